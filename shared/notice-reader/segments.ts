/**
 * A notice cut into the pieces proposals are drawn from, each with its place in the text: headings, list
 * items, table rows (with their cells) and sentences. A heading opens a section that the pieces below it
 * belong to, so "Mailchimp" under "Who receives the data" is read as a recipient.
 */
import type { Lexicon } from './lexicon/types'

export type SegmentKind = 'heading' | 'item' | 'row' | 'sentence'

export interface Span {
  start: number
  end: number
}

export interface Segment extends Span {
  index: number
  kind: SegmentKind
  /** The heading segment whose section this is in, or null before the first heading. */
  section: number | null
  /** Table rows: the cells, and which row of its table (0 = the header row). */
  cells?: Span[]
  table?: number
  row?: number
}

const BULLET = /^[ \t]*(?:[-*•·▪●◦–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+/u
const NUMBERED_HEADING = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)[ \t]+/u
const TABLE_RULE = /^[\s|:+-]+$/

interface Line extends Span {
  text: string
}

function lines(text: string): Line[] {
  const out: Line[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i
      if (end > start && text[end - 1] === '\r') end--
      out.push({ start, end, text: text.slice(start, end) })
      start = i + 1
    }
  }
  return out
}

/** Trim a span to the non-blank characters inside it. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++
  while (end > start && /\s/u.test(text[end - 1])) end--
  return { start, end }
}

/** "a | b | c" (as the file readers write table rows) or a Markdown row "| a | b |". */
function isTableRow(line: string): boolean {
  const pipes = line.split('|').length - 1
  return pipes >= 2 || / \| /.test(line) || (pipes >= 1 && line.includes('\t'))
}

function cellsOf(text: string, line: Line): Span[] {
  const cells: Span[] = []
  let from = line.start
  const stop = line.end
  for (let i = line.start; i <= stop; i++) {
    if (i === stop || text[i] === '|') {
      const cell = trimSpan(text, from, i)
      cells.push(cell)
      from = i + 1
    }
  }
  // "| a | b |" leaves an empty cell before the first and after the last pipe.
  if (cells.length > 0 && cells[0].start === cells[0].end) cells.shift()
  if (cells.length > 0 && cells[cells.length - 1].start === cells[cells.length - 1].end) cells.pop()
  return cells
}

const words = (s: string) => s.trim().split(/\s+/u).filter(Boolean).length

/**
 * A short line that does not read as a sentence: no closing punctuation, few words, and not a "Label: value"
 * line. Markdown headings ("## …") and all-capital lines always count.
 */
function looksLikeHeading(line: string, next: string | undefined): boolean {
  const t = line.trim()
  if (t === '') return false
  if (/^#{1,6}\s/u.test(t)) return true
  if (/[.,;:!]$/u.test(t)) return false
  if (/:\s+\S/u.test(t)) return false
  if (/[@]|https?:\/\//u.test(t)) return false
  // A line the next one goes on from ("… may be" / "in Canada.") is part of a paragraph.
  if (next !== undefined && /^\s*\p{Ll}/u.test(next)) return false
  const n = words(t)
  if (t.length >= 4 && t === t.toUpperCase() && /\p{Lu}/u.test(t) && n <= 10) return true
  if (n > 10 || t.length > 90) return false
  // A question ("What data do we collect?") is a heading when something follows it.
  if (t.endsWith('?')) return next !== undefined
  return next !== undefined && next.trim() !== ''
}

export function segment(text: string, lexicon: Lexicon): Segment[] {
  const all = lines(text)
  const segments: Segment[] = []
  let section: number | null = null
  let table = -1
  let row = 0
  let inTable = false
  const push = (s: Omit<Segment, 'index' | 'section'>) => {
    if (s.end <= s.start) return
    const index = segments.length
    segments.push({ ...s, index, section: s.kind === 'heading' ? null : section })
    if (s.kind === 'heading') section = index
  }

  // Consecutive plain lines are one paragraph when they are hard-wrapped (PDF text, wrapped .txt files).
  let paragraph: Line[] = []
  const flush = () => {
    if (paragraph.length === 0) return
    const span = trimSpan(text, paragraph[0].start, paragraph[paragraph.length - 1].end)
    paragraph = []
    for (const s of sentences(text, span, lexicon)) push({ ...s, kind: 'sentence' })
  }

  for (let i = 0; i < all.length; i++) {
    const line = all[i]
    const t = line.text.trim()
    if (t === '') {
      flush()
      inTable = false
      continue
    }
    if (isTableRow(line.text)) {
      flush()
      if (TABLE_RULE.test(t)) continue
      if (!inTable) {
        table++
        row = 0
        inTable = true
      }
      const span = trimSpan(text, line.start, line.end)
      push({ ...span, kind: 'row', cells: cellsOf(text, line), table, row: row++ })
      continue
    }
    inTable = false
    const nextLine = all.slice(i + 1).find((l) => l.text.trim() !== '')?.text
    const marked = /^#{1,6}\s/u.exec(t)
    // An unnumbered heading stands after a blank line: the short lines under "1. Rekisterinpitäjä" are content.
    const previous = i === 0 ? '' : all[i - 1].text.trim()
    const afterBlank = previous === '' || /[.!?:]$/u.test(previous)
    if (
      marked ||
      (afterBlank && !BULLET.test(line.text) && looksLikeHeading(line.text, nextLine)) ||
      numberedHeading(line.text, nextLine)
    ) {
      flush()
      const offset = line.text.indexOf(t) + (marked ? marked[0].length : 0)
      push({ ...trimSpan(text, line.start + offset, line.end), kind: 'heading' })
      continue
    }
    const bullet = BULLET.exec(line.text)
    if (bullet) {
      flush()
      const span = trimSpan(text, line.start + bullet[0].length, line.end)
      // A long item is several sentences: each is evidence on its own.
      sentences(text, span, lexicon).forEach((s, n) => push({ ...s, kind: n === 0 ? 'item' : 'sentence' }))
      continue
    }
    // A short line without a full stop (an address line, "Contact: …") stands alone.
    const last = paragraph[paragraph.length - 1]
    if (last && last.text.trim().length < 50 && !/[.!?:;,]$/u.test(last.text.trim())) flush()
    paragraph.push(line)
  }
  flush()
  return segments
}

/** "1. Rekisterinpitäjä", "2 Data we process": a numbered short line without a full stop. */
function numberedHeading(line: string, next: string | undefined): boolean {
  const m = NUMBERED_HEADING.exec(line)
  if (!m) return false
  const rest = line.slice(m[0].length)
  return looksLikeHeading(rest, next) && words(rest) <= 8
}

/**
 * Sentences of one paragraph: a full stop, question or exclamation mark followed by a space and a capital
 * letter, digit or quote ends a sentence, unless the word before it is an abbreviation of the language
 * ("e.g.", "Abs.", "jf."), an initial, or a number ("Art. 6. Abs").
 */
export function sentences(text: string, span: Span, lexicon: Lexicon): Span[] {
  const abbreviations = new Set(lexicon.abbreviations)
  const out: Span[] = []
  let start = span.start
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    let j = i + 1
    while (j < span.end && /["'”’»)\]]/u.test(text[j])) j++
    if (j >= span.end || !/\s/u.test(text[j])) continue
    let k = j
    while (k < span.end && /\s/u.test(text[k])) k++
    if (k >= span.end) continue
    const next = text[k]
    if (!/[\p{Lu}\p{N}"'“‘«(]/u.test(next)) continue
    if (ch === '.') {
      const before = /([\p{L}\p{N}.-]+)$/u.exec(text.slice(Math.max(span.start, i - 20), i))?.[1] ?? ''
      const word = before.toLowerCase()
      if (abbreviations.has(word) || abbreviations.has(word.replace(/\.$/u, ''))) continue
      if (/^\p{Lu}$/u.test(before)) continue
      if (/^\d+$/u.test(before) && /\p{N}/u.test(next)) continue
    }
    out.push(trimSpan(text, start, j))
    start = k
  }
  if (start < span.end) out.push(trimSpan(text, start, span.end))
  return out.filter((s) => s.end > s.start)
}
