/** A notice being read: its text, segments, each segment's section, table columns and mentions. */
import type { Language } from '../schemas/codes'
import type { ColumnKind, DomainKey, SectionKind } from './concepts'
import { columnKind, mentionsOf, sectionKind, type SegmentMentions } from './mentions'
import { matchersFor, type Matchers } from './matchers'
import { foldRange, type Folded } from './folded'
import { segment, type Segment, type Span } from './segments'
import type { Evidence } from './schema'

export interface Piece {
  segment: Segment
  /** The segment's text folded for matching (kept: every matcher reads it). */
  folded: Folded
  section: SectionKind | null
  mentions: SegmentMentions
  /** For table rows: each cell's column kind and mentions. */
  cells: { span: Span; column: ColumnKind | null; mentions: SegmentMentions }[]
  /** What the piece's purposes are about: its own words, else its table row's purpose cell, else its heading's. */
  domain: DomainKey | null
  /** The row's own activity when the piece is a row of a table with a purpose column. */
  rowActivity: boolean
}

export interface Reading {
  text: string
  language: Language
  matchers: Matchers
  pieces: Piece[]
}

export function evidenceOf(text: string, span: Span): Evidence {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) }
}

export function prepare(text: string, language: Language): Reading {
  const matchers = matchersFor(language)
  const segments = segment(text, matchers.lexicon)
  const sections = new Map<number, SectionKind | null>()
  const headingDomains = new Map<number, DomainKey | null>()
  const tableColumns = new Map<number, (ColumnKind | null)[]>()
  const pieces: Piece[] = []
  for (const s of segments) {
    if (s.kind === 'heading') {
      sections.set(s.index, sectionKind(text, s, matchers))
      headingDomains.set(
        s.index,
        (mentionsOf(text, s, matchers).domains[0]?.code as DomainKey | undefined) ?? null,
      )
    }
    const section =
      s.section === null
        ? s.kind === 'heading'
          ? (sections.get(s.index) ?? null)
          : null
        : (sections.get(s.section) ?? null)
    const basisContext = section === 'purposes'
    let cells: Piece['cells'] = []
    let rowActivity = false
    if (s.kind === 'row' && s.cells && s.table !== undefined) {
      if (s.row === 0)
        tableColumns.set(
          s.table,
          s.cells.map((c) => columnKind(text, c, matchers)),
        )
      const columns = tableColumns.get(s.table) ?? []
      cells = s.cells.map((span, i) => ({
        span,
        column: columns[i] ?? null,
        mentions: mentionsOf(text, span, matchers, columns[i] === 'basis'),
      }))
      rowActivity = s.row !== 0 && columns.includes('purpose')
    }
    const mentions = mentionsOf(text, s, matchers, basisContext)
    const purposeCell = cells.find((c) => c.column === 'purpose')
    const own = (purposeCell ? purposeCell.mentions.domains[0]?.code : mentions.domains[0]?.code) as
      DomainKey | undefined
    const domain = own ?? (s.section !== null ? (headingDomains.get(s.section) ?? null) : null)
    pieces.push({
      segment: s,
      folded: foldRange(text, s.start, s.end),
      section,
      mentions,
      cells: s.row === 0 ? [] : cells,
      domain,
      rowActivity,
    })
  }
  return { text, language, matchers, pieces }
}
