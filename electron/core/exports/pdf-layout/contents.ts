/**
 * The table of contents with page numbers, and the PDF's bookmarks (outline).
 *
 * The titles are known before the first fiche is drawn, their page numbers only when the document is done.
 * So the contents are laid out first (wrapping the titles tells how many pages they take), those pages are
 * reserved, and the titles, page numbers and links are drawn into them at the end (frame.ts, `later`).
 */
import type { LaterContent, PageFrame } from './frame'
import { SPACE, STYLES, type TextStyle } from './look'
import { paragraph } from './paragraph'
import type { PdfOutline } from './pdfkit'

export interface ContentsEntry {
  title: string
  /** 0: a part of the document (controller record, annexes); 1: an activity or annex within it. */
  level: 0 | 1
}

interface Level {
  style: TextStyle
  indent: number
  spaceBefore: number
  spaceAfter: number
}

const LEVELS: Record<ContentsEntry['level'], Level> = {
  0: { style: STYLES.tocSection, indent: 0, spaceBefore: 6, spaceAfter: 2 },
  1: { style: STYLES.tocEntry, indent: 12, spaceBefore: 0, spaceAfter: 2 },
}

/** Room for page numbers up to 99999, and a gap before them. */
const NUMBER_GAP = 8

interface Placed extends ContentsEntry {
  lines: string[]
  /** Index of the contents page it is on, and its top there. */
  sheet: number
  y: number
  /** 1-based page the entry points to, once known. */
  target: number | null
  bookmark: PdfOutline | null
}

export class Contents {
  private readonly sheets: LaterContent[] = []

  private constructor(
    private readonly frame: PageFrame,
    private readonly placed: Placed[],
  ) {}

  /** Lay out the contents, start as many portrait pages as they need and draw the heading on the first one. */
  static reserve(frame: PageFrame, heading: string, entries: ContentsEntry[]): Contents {
    frame.addPage('portrait')
    const top = frame.y
    const bottom = frame.bottom
    const numberWidth = (style: TextStyle) => frame.text.width('99999', style) + NUMBER_GAP
    let sheet = 0
    let y =
      top +
      frame.text.lines(heading, STYLES.h1, frame.width).length * frame.text.lineHeight(STYLES.h1) +
      SPACE.afterH1
    const placed = entries.map((entry): Placed => {
      const level = LEVELS[entry.level]
      const lines = frame.text.lines(
        entry.title,
        level.style,
        frame.width - level.indent - numberWidth(level.style),
      )
      const height = lines.length * frame.text.lineHeight(level.style)
      if (y > top) y += level.spaceBefore
      if (y + height > bottom && y > top) {
        sheet++
        y = top
      }
      const at = { ...entry, lines, sheet, y, target: null, bookmark: null }
      y += height + level.spaceAfter
      return at
    })
    const contents = new Contents(frame, placed)
    paragraph(frame, heading, STYLES.h1, SPACE.afterH1)
    for (let i = 0; i <= sheet; i++) {
      if (i > 0) frame.addPage('portrait')
      contents.sheets.push(frame.later())
    }
    return contents
  }

  /** The entry starts on the current page: note its page number and bookmark it. */
  mark(index: number): void {
    const entry = this.placed[index]
    entry.target = this.frame.pageNumber
    const options = { pageNumber: entry.target - 1, fit: true as const, expanded: true }
    const parent = entry.level === 0 ? this.frame.doc.outline : this.parentOf(index)
    entry.bookmark = parent.addItem(entry.title, options)
  }

  private parentOf(index: number): PdfOutline {
    for (let i = index - 1; i >= 0; i--)
      if (this.placed[i].level === 0) return this.placed[i].bookmark ?? this.frame.doc.outline
    return this.frame.doc.outline
  }

  /** Draw titles, page numbers and links into the reserved pages (before the frame finishes); `step` after each. */
  async finish(step: () => Promise<void>): Promise<void> {
    const { frame } = this
    let next = 0
    for (const [i, sheet] of this.sheets.entries()) {
      sheet.draw(() => {
        const right = frame.left + frame.width
        for (; next < this.placed.length && this.placed[next].sheet === i; next++) {
          const entry = this.placed[next]
          const level = LEVELS[entry.level]
          frame.text.draw(entry.lines, level.style, frame.left + level.indent, entry.y)
          if (entry.target === null) continue
          frame.text.drawRight(String(entry.target), level.style, right, entry.y)
          const height = entry.lines.length * frame.text.lineHeight(level.style)
          frame.doc.link(
            frame.left + level.indent,
            entry.y,
            right - frame.left - level.indent,
            height,
            entry.target - 1,
          )
        }
      })
      await step()
    }
  }

  /** Pages the contents take. */
  get pages(): number {
    return this.sheets.length
  }
}
