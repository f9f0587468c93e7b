/**
 * The notice as a PDF, drawn with the register PDF's layout layer (pages with a header and "page x of y",
 * DejaVu fonts for every EU language, contents with page numbers and bookmarks): the summary on the first
 * page, the contents after it, then the details. Gaps are printed on a yellow band, as in the Word file.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { fill, labelsFor } from '../../../../shared/i18n/labels'
import type { ListItem, NoticeBlock, NoticeDocument, Span } from '../../../../shared/notice/document'
import { Contents, type ContentsEntry } from '../pdf-layout/contents'
import { PageFrame } from '../pdf-layout/frame'
import { fillRect } from '../pdf-layout/ink'
import { GREY, INK, LABEL_INK, NAVY, RULE, type TextStyle } from '../pdf-layout/look'
import { paragraph } from '../pdf-layout/paragraph'
import { createDocument } from '../pdf-layout/pdfkit'
import { drawRichLines, richLines, richParagraph, type RichRun } from '../pdf-layout/rich'
import { Typesetter } from '../pdf-layout/text'
import type { WriteOptions } from '../pacer'
import type { NoticeFileInfo } from './prepare'

const style = (font: TextStyle['font'], size: number, color = INK): TextStyle => ({ font, size, color })
/** A notice is read by the public: larger type than the register's fiches. */
const S = {
  body: style('regular', 10),
  strong: style('bold', 10),
  gap: style('boldItalic', 10, '#6b3a00'),
  note: style('italic', 9, GREY),
  lead: style('bold', 12),
  label: style('bold', 9.5, LABEL_INK),
  h1: style('bold', 20, NAVY),
  h2: style('bold', 14, NAVY),
  h3: style('bold', 12, NAVY),
  h4: style('bold', 10.5, LABEL_INK),
}
const GAP_BAND = '#fff1a8'
const SPACE_BEFORE = { 1: 0, 2: 16, 3: 12, 4: 8 } as const
const SPACE_AFTER = { 1: 6, 2: 6, 3: 4, 4: 3 } as const
const BULLET_INDENT = 12

function runsOf(spans: Span[], base: TextStyle = S.body): RichRun[] {
  return spans.map((s) =>
    s.gap
      ? { text: s.text, style: S.gap, mark: GAP_BAND }
      : { text: s.text, style: s.strong ? (base === S.body ? S.strong : base) : base },
  )
}

function drawFacts(frame: PageFrame, rows: { label: string; value: Span[] }[]): void {
  const labelWidth = Math.round(frame.width * 0.34)
  const gap = 8
  for (const row of rows) {
    const label = frame.text.lines(row.label, S.label, labelWidth)
    const value = richLines(frame, runsOf(row.value), frame.width - labelWidth - gap)
    const height =
      Math.max(
        label.length * frame.text.lineHeight(S.label),
        value.reduce((h, l) => h + l.height, 0),
      ) + 4
    frame.ensure(height)
    frame.text.draw(label, S.label, frame.left, frame.y + 2)
    drawRichLines(frame, value, frame.left + labelWidth + gap, frame.y + 2)
    frame.y += height
    fillRect(frame.doc, frame.left, frame.y, frame.width, 0.5, RULE)
  }
  frame.y += 6
}

function drawList(frame: PageFrame, items: ListItem[]): void {
  for (const item of items) {
    const lines = richLines(frame, runsOf(item.spans), frame.width - BULLET_INDENT)
    frame.ensure(lines[0].height)
    frame.text.draw(['•'], S.body, frame.left + 2, frame.y)
    for (const line of lines) {
      frame.ensure(line.height)
      frame.y += drawRichLines(frame, [line], frame.left + BULLET_INDENT, frame.y)
    }
    for (const sub of item.sub ?? []) {
      const subLines = richLines(frame, runsOf(sub), frame.width - 2 * BULLET_INDENT)
      frame.ensure(subLines[0].height)
      frame.text.draw(['–'], S.body, frame.left + BULLET_INDENT + 2, frame.y)
      for (const line of subLines) {
        frame.ensure(line.height)
        frame.y += drawRichLines(frame, [line], frame.left + 2 * BULLET_INDENT, frame.y)
      }
    }
    frame.y += 3
  }
  frame.y += 4
}

export async function writeNoticePdf(
  doc: NoticeDocument,
  file: string,
  info: NoticeFileInfo,
  options: WriteOptions,
): Promise<void> {
  const L = labelsFor(doc.lang)
  const pdf = createDocument(
    {
      Title: `${doc.title} — ${doc.organisation}`,
      Author: doc.organisation,
      Subject: doc.title,
      Keywords: 'GDPR Art. 13, Art. 14',
      Creator: `ROPA ${info.appVersion}`,
      Producer: `ROPA ${info.appVersion}`,
      CreationDate: info.createdAt,
    },
    doc.lang,
  )
  const out = fs.createWriteStream(file)
  const closed = once(out, 'close')
  closed.catch(() => {})
  let writeError: unknown = null
  out.on('error', (error) => (writeError ??= error))
  pdf.pipe(out)
  try {
    const frame = new PageFrame(pdf, new Typesetter(pdf, doc.lang))
    frame.addPage('portrait')
    const contentsBlock = doc.blocks.find((b) => b.kind === 'contents')
    // The contents list what follows them (the summary before them is on the first page).
    const before = new Set(
      doc.blocks
        .slice(0, contentsBlock ? doc.blocks.indexOf(contentsBlock) : 0)
        .flatMap((b) => (b.kind === 'heading' ? [b.id] : [])),
    )
    const listed = contentsBlock ? contentsBlock.entries.filter((e) => !before.has(e.id)) : []
    const entries: ContentsEntry[] = listed.map((e) => ({ title: e.text, level: e.level === 1 ? 0 : 1 }))
    const entryIndex = new Map(listed.map((e, i) => [e.id, i]))
    let contents: Contents | null = null
    let afterContents = false

    const heading = (block: Extract<NoticeBlock, { kind: 'heading' }>) => {
      const headingStyle = S[`h${block.level}`]
      const at = entryIndex.get(block.id)
      // The details start on a page after the contents, and each audience's part on a page of its own (it can be
      // printed for them alone); a heading is never left alone at a page's foot.
      if (contents !== null && block.level === 2 && (afterContents || block.id.startsWith('audience-')))
        frame.addPage()
      else if (!frame.atTop) frame.y += SPACE_BEFORE[block.level]
      frame.ensure(frame.text.lineHeight(headingStyle) * 3)
      afterContents = false
      if (at !== undefined && contents !== null) contents.mark(at)
      paragraph(frame, block.text, headingStyle, SPACE_AFTER[block.level])
    }

    for (const block of doc.blocks) {
      options.signal?.throwIfAborted()
      if (writeError !== null) throw writeError
      switch (block.kind) {
        case 'heading':
          heading(block)
          break
        case 'paragraph':
          richParagraph(
            frame,
            runsOf(block.spans, block.tone === 'note' ? S.note : block.tone === 'lead' ? S.lead : S.body),
            { spaceAfter: 6 },
          )
          break
        case 'list':
          drawList(frame, block.items)
          break
        case 'facts':
          drawFacts(frame, block.rows)
          break
        case 'contents':
          contents = Contents.reserve(frame, block.heading, entries)
          afterContents = true
          break
      }
    }
    if (contents !== null) await contents.finish(async () => {})
    await frame.finish(
      (page, pages) => ({
        headerLeft: page === 1 ? null : doc.organisation,
        headerRight: page === 1 ? null : doc.title,
        footerLeft: doc.title,
        footerRight: fill(L.document.page, { page, pages }),
      }),
      async () => {},
    )
    pdf.end()
    await closed
    if (writeError !== null) throw writeError
    options.onProgress?.(1)
  } catch (error) {
    pdf.unpipe(out)
    out.destroy()
    await closed.catch(() => {})
    throw error
  }
}
