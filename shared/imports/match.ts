/**
 * Matching headings to fields with a confidence between 0 and 1, finding the header row by scanning (not
 * assuming row 1), and suggesting a mapping in which each field is taken by the column that fits it best.
 */
import { headingSynonyms, MULTI_COLUMN_FIELDS, type ImportField, type Template } from './fields'
import { fold, stripCitation } from './text'

export interface FieldScore {
  field: ImportField
  confidence: number
  template?: Template
}

const STOP = new Set([
  'of',
  'the',
  'for',
  'to',
  'and',
  'or',
  'if',
  'applicable',
  'possible',
  'a',
  'an',
  'in',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'ou',
  'd',
  'l',
  'der',
  'die',
  'das',
  'und',
  'von',
  'zu',
  'och',
  'av',
  'för',
  'og',
  'af',
  'for',
  'til',
  'ja',
  'tai',
  'art',
  'article',
  'artikel',
  'artikla',
])

const content = (folded: string) => folded.split(' ').filter((w) => w !== '' && !STOP.has(w))

/** Same word, or the same stem (plural, case ending) when both are at least five letters long. */
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)))

interface Prepared extends FieldScore {
  folded: string
  words: string[]
}

let prepared: { list: Prepared[]; exact: Map<string, Prepared> } | null = null

function index() {
  if (prepared) return prepared
  const list: Prepared[] = headingSynonyms().map((s) => {
    const folded = fold(stripCitation(s.heading))
    return { field: s.field, template: s.template, confidence: 1, folded, words: content(folded) }
  })
  const exact = new Map<string, Prepared>()
  for (const p of list) if (!exact.has(p.folded)) exact.set(p.folded, p)
  prepared = { list, exact }
  return prepared
}

/** How well one heading names each field: the best score per field, best first. */
export function scoreHeading(heading: string): FieldScore[] {
  const folded = fold(stripCitation(heading))
  if (folded === '') return []
  const { list, exact } = index()
  const hit = exact.get(folded)
  if (hit) return [{ field: hit.field, confidence: 1, template: hit.template }]
  const words = content(folded)
  if (words.length === 0) return []
  const best = new Map<ImportField, FieldScore>()
  for (const s of list) {
    if (s.words.length === 0) continue
    const common = s.words.filter((w) => words.some((h) => sameWord(h, w))).length
    if (common === 0) continue
    const dice = (2 * common) / (words.length + s.words.length)
    const score = common === s.words.length ? 0.5 + 0.45 * dice : 0.8 * dice
    const rounded = Math.round(score * 100) / 100
    const known = best.get(s.field)
    if (!known || known.confidence < rounded)
      best.set(s.field, { field: s.field, confidence: rounded, template: s.template })
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence)
}

/** Below this a heading is not taken for a field. */
export const MIN_CONFIDENCE = 0.5

export interface ColumnSuggestion {
  field: ImportField | null
  confidence: number
}

/**
 * One suggestion per heading. A field goes to the column that names it most clearly; a column that loses
 * its best field tries its next one. Notes and description may take several columns.
 */
export function suggestMapping(headings: string[]): ColumnSuggestion[] {
  const scores = headings.map((h) => scoreHeading(h).filter((s) => s.confidence >= MIN_CONFIDENCE))
  const result: ColumnSuggestion[] = headings.map(() => ({ field: null, confidence: 0 }))
  const candidates = scores
    .flatMap((list, column) => list.map((s, rank) => ({ column, rank, ...s })))
    .sort((a, b) => b.confidence - a.confidence || a.rank - b.rank || a.column - b.column)
  const taken = new Set<ImportField>()
  for (const c of candidates) {
    if (result[c.column].field !== null) continue
    if (taken.has(c.field) && !MULTI_COLUMN_FIELDS.has(c.field)) continue
    result[c.column] = { field: c.field, confidence: c.confidence }
    taken.add(c.field)
  }
  return result
}

export interface HeaderGuess {
  /** 0-based index of the header line (a row, or a column when the sheet is a form). */
  index: number
  matched: number
  score: number
  templates: Template[]
}

const HEADER_MIN_MATCHES = 2

/**
 * Scores a line of cells as a header: how many different fields its cells name clearly (a column of
 * values such as "Activity 1", "Activity 2" names one field many times and is no header).
 */
function scoreLine(cells: (string | null)[]): HeaderGuess & { index: -1 } {
  const fields = new Set<string>()
  let score = 0
  const templates: Template[] = []
  for (const cell of cells) {
    if (cell === null || cell.length > 300) continue
    const best = scoreHeading(cell)[0]
    if (best && best.confidence >= 0.6 && !fields.has(best.field)) {
      fields.add(best.field)
      score += best.confidence
      if (best.template && best.confidence === 1) templates.push(best.template)
    }
  }
  return { index: -1, matched: fields.size, score, templates }
}

/** The header row among the first `scan` rows: the one whose cells name the most fields; null if none does. */
export function findHeaderRow(rows: (string | null)[][], scan = 50): HeaderGuess | null {
  let best: HeaderGuess | null = null
  rows.slice(0, scan).forEach((row, index) => {
    const s = scoreLine(row)
    if (s.matched < HEADER_MIN_MATCHES) return
    if (!best || s.matched > best.matched || (s.matched === best.matched && s.score > best.score + 0.001))
      best = { ...s, index }
  })
  return best
}

/**
 * A form sheet (one activity per sheet, labels down a column with the values beside them, as in the CNIL
 * "fiche"): the label column among the first few, when it names more fields than any row does.
 */
export function findLabelColumn(rows: (string | null)[][], scanColumns = 5): HeaderGuess | null {
  let best: HeaderGuess | null = null
  for (let c = 0; c < scanColumns; c++) {
    const s = scoreLine(rows.slice(0, 200).map((r) => r[c] ?? null))
    if (s.matched < 3) continue
    if (!best || s.matched > best.matched) best = { ...s, index: c }
  }
  return best
}
