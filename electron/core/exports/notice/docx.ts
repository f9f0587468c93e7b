/**
 * The notice as a Word document (docx), for the consultant who edits it before publishing: real headings (so
 * Word's navigation pane and a table of contents work), bulleted lists, two-column tables for contact details
 * and retention, internal links from the contents to the headings, and every gap highlighted in yellow so it
 * is found before the notice goes out. The document's language is set, so Word checks the spelling in it.
 */
import fs from 'node:fs/promises'
import {
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx'
import type { ListItem, NoticeBlock, NoticeDocument, Span } from '../../../../shared/notice/document'
import type { Language } from '../../../../shared/schemas/codes'
import type { WriteOptions } from '../pacer'
import type { NoticeFileInfo } from './prepare'

const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  fi: 'fi-FI',
  sv: 'sv-SE',
  da: 'da-DK',
  de: 'de-DE',
  fr: 'fr-FR',
}
const NAVY = '1F2F57'
const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40 characters. */
const bookmark = (id: string) => `n_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40)

/** Runs of one span: its lines, joined by line breaks (a value may hold several lines). */
function runs(span: Span, style: { italics?: boolean; color?: string } = {}): TextRun[] {
  return span.text.split(/\r?\n/).map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: span.strong || span.gap ? true : undefined,
        highlight: span.gap ? 'yellow' : undefined,
        style: span.href ? 'Hyperlink' : undefined,
        ...style,
      }),
  )
}

function children(spans: Span[], style: { italics?: boolean; color?: string } = {}): ParagraphChild[] {
  return spans
    .map((span) => {
      const text = runs(span, style)
      // Only web and email links: the register's text never becomes another kind of link.
      return span.href && /^(https?:|mailto:)/i.test(span.href)
        ? new ExternalHyperlink({ link: span.href, children: text })
        : text
    })
    .flat()
}

function listParagraphs(item: ListItem): Paragraph[] {
  return [
    new Paragraph({ bullet: { level: 0 }, children: children(item.spans) }),
    ...(item.sub ?? []).map((sub) => new Paragraph({ bullet: { level: 1 }, children: children(sub) })),
  ]
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DE' }

function factsTable(rows: { label: string; value: Span[] }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3400, 5600],
    borders: {
      top: thin,
      bottom: thin,
      left: thin,
      right: thin,
      insideHorizontal: thin,
      insideVertical: thin,
    },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 38, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({ children: [new TextRun({ text: row.label, bold: true, color: '33404F' })] }),
              ],
            }),
            new TableCell({
              width: { size: 62, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: children(row.value) })],
            }),
          ],
        }),
    ),
  })
}

function blockContent(block: NoticeBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          children: [new Bookmark({ id: bookmark(block.id), children: [new TextRun(block.text)] })],
        }),
      ]
    case 'paragraph':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children:
            block.tone === 'note'
              ? children(block.spans, { italics: true, color: '5F6B7A' })
              : children(block.spans),
        }),
      ]
    case 'list':
      return block.items.flatMap(listParagraphs)
    case 'facts':
      return [factsTable(block.rows), new Paragraph({ children: [] })]
    case 'contents':
      return [
        new Paragraph({
          spacing: { before: 240 },
          children: [new TextRun({ text: block.heading, bold: true, color: NAVY })],
        }),
        ...block.entries.map(
          (entry) =>
            new Paragraph({
              indent: { left: entry.level === 2 ? 360 : 0 },
              children: [
                new InternalHyperlink({
                  anchor: bookmark(entry.id),
                  children: [new TextRun({ text: entry.text, style: 'Hyperlink' })],
                }),
              ],
            }),
        ),
      ]
  }
}

export function noticeDocx(doc: NoticeDocument, info: NoticeFileInfo): Document {
  return new Document({
    title: `${doc.title} — ${doc.organisation}`,
    subject: doc.title,
    creator: `ROPA ${info.appVersion}`,
    lastModifiedBy: `ROPA ${info.appVersion}`,
    description: 'GDPR Art. 13/14',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: LOCALES[doc.lang] } } },
        heading1: { run: { size: 36, bold: true, color: NAVY }, paragraph: { spacing: { after: 120 } } },
        heading2: {
          run: { size: 28, bold: true, color: NAVY },
          paragraph: { spacing: { before: 360, after: 120 } },
        },
        heading3: {
          run: { size: 24, bold: true, color: NAVY },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading4: {
          run: { size: 22, bold: true, color: '33404F' },
          paragraph: { spacing: { before: 160, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1200, bottom: 1200, left: 1200, right: 1200 } } },
        children: doc.blocks.flatMap(blockContent),
      },
    ],
    features: { updateFields: false },
  })
}

/** Write the notice as .docx (a zip of a few kilobytes, made in memory). */
export async function writeNoticeDocx(
  doc: NoticeDocument,
  file: string,
  info: NoticeFileInfo,
  options: WriteOptions,
): Promise<void> {
  options.signal?.throwIfAborted()
  const buffer = await Packer.toBuffer(noticeDocx(doc, info))
  options.signal?.throwIfAborted()
  await fs.writeFile(file, buffer)
  options.onProgress?.(1)
}
