/**
 * One sheet's XML read a row at a time, every cell as the text a person sees, stopping at the first row past
 * the limit: a million-row sheet costs the first 20,001 rows, never the million. Formulas are never calculated:
 * the value Excel saved with the formula is used, and a formula without one is reported. A merged range gives
 * its top-left value to the cells below it (a value merged down several rows belongs to each row) and leaves
 * the cells to its right empty (a title merged across columns is one heading, not several).
 */
import { columnLetter } from '../../../shared/imports/text'
import { ImportFailure, type ImportProblem, type SourceSheet } from '../../../shared/imports/types'
import { IMPORT_LIMITS } from './limits'
import type { WorkbookParts } from './xlsx-parts'
import { parseXml, type Attributes } from './xml'

/** Excel's own grid: a cell reference beyond it is damage, not data. */
const MAX_ROW = 1_048_576
const MAX_COLUMN = 16_384

export const tooManyRows = (sheet: string) =>
  new ImportFailure(
    `The sheet “${sheet}” has more than ${IMPORT_LIMITS.rows.toLocaleString('en')} rows with data; ROPA imports up to ${IMPORT_LIMITS.rows.toLocaleString('en')} rows per sheet. Delete the rows that are not part of the register, or split it.`,
  )

const tooManyColumns = (sheet: string) =>
  new ImportFailure(
    `The sheet “${sheet}” has values beyond column ${columnLetter(IMPORT_LIMITS.columns)}; ROPA imports up to ${IMPORT_LIMITS.columns} columns. Delete the columns that are not part of the register.`,
  )

const FORMULA_WITHOUT_VALUE =
  'This cell holds a formula without a saved value. ROPA never calculates formulas: open the file in Excel or LibreOffice, save it, and import it again.'

const isoDate = (d: Date) =>
  d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0
    ? d.toISOString().slice(0, 10)
    : d.toISOString().slice(0, 16).replace('T', ' ')

/** A serial day number as Excel counts them (from 1900, or from 1904 in old Mac workbooks). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000))
}

/** The column number of a reference such as `AB12`, or null when it has no letters. */
function columnOf(ref: string): number | null {
  const letters = /^[A-Za-z]+/.exec(ref)?.[0]
  if (!letters) return null
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64
  return n
}

interface Cell {
  col: number
  type: string
  style: number
  formula: boolean
  value: string | null
  inline: string | null
}

/** What a person sees in a cell; `valued` is whether it holds anything at all (an empty string does not). */
interface CellText {
  text: string | null
  valued: boolean
  problem?: string
}

function cellText(cell: Cell, parts: WorkbookParts): CellText {
  const { value } = cell
  if (cell.formula && value === null) return { text: null, valued: true, problem: FORMULA_WITHOUT_VALUE }
  switch (cell.type) {
    case 'inlineStr':
      return { text: cell.inline ?? value, valued: cell.formula || (cell.inline ?? value ?? '') !== '' }
    case 's': {
      const text = value === null ? undefined : parts.strings[Number.parseInt(value, 10)]
      return { text: text ?? null, valued: cell.formula || (text !== undefined && text !== '') }
    }
    case 'str':
      return { text: value, valued: cell.formula || (value ?? '') !== '' }
    case 'b':
      return value === null
        ? { text: null, valued: cell.formula }
        : { text: Number.parseInt(value, 10) !== 0 ? 'Yes' : 'No', valued: true }
    case 'e':
      return {
        text: null,
        valued: true,
        problem: `The cell shows the error ${value}, so it was not imported.`,
      }
    case 'd': {
      if (value === null) return { text: null, valued: cell.formula }
      const date = new Date(value)
      return { text: Number.isNaN(date.getTime()) ? value : isoDate(date), valued: true }
    }
    default: {
      if (value === null || value.trim() === '') return { text: null, valued: cell.formula }
      const number = Number.parseFloat(value)
      if (Number.isNaN(number)) return { text: value, valued: true }
      if (parts.dateStyles[cell.style]) {
        const date = excelDate(number, parts.date1904)
        if (!Number.isNaN(date.getTime())) return { text: isoDate(date), valued: true }
      }
      return { text: String(number), valued: true }
    }
  }
}

interface Row {
  /** Text by column (1-based, sparse). */
  texts: (string | null)[]
  /** Columns whose cell holds a value of its own. */
  valued: number[]
}

interface Merge {
  top: number
  left: number
  bottom: number
  right: number
}

function parseRange(ref: string): Merge | null {
  const m = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(ref)
  if (!m) return null
  const left = columnOf(m[1])!
  const top = Number(m[2])
  const right = m[3] ? columnOf(m[3])! : left
  const bottom = m[4] ? Number(m[4]) : top
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  }
}

export interface SheetOptions {
  name: string
  hidden: boolean
  /** Stop at the first row with data past IMPORT_LIMITS.rows (off for the app's own data sheet, checked after). */
  limitRows: boolean
}

export interface ReadSheet {
  sheet: SourceSheet
  problems: ImportProblem[]
  /** Rows with data: for a check after the read when the limit was off. */
  dataRows: number
  /** Column A as the strings typed there, by row (the app's data sheet is read from it), and B1. */
  columnA: (string | null)[]
  b1: string | null
}

/** Reads one sheet's XML from `chunks`, a row at a time. */
export async function readSheetXml(
  chunks: AsyncIterable<Buffer>,
  parts: WorkbookParts,
  options: SheetOptions,
): Promise<ReadSheet> {
  const rows = new Map<number, Row>()
  const merges: Merge[] = []
  const problems = new Map<string, { row: number; col: number; message: string }>()
  const columnA: (string | null)[] = []
  let b1: string | null = null
  let dataRows = 0
  let lastRow = 0

  let rowNumber = 0
  let row: Row | null = null
  let cell: Cell | null = null
  let column = 0
  let capture: 'value' | 'inline' | null = null
  let phonetic = 0

  const damaged = (what: string) =>
    new Error(`the sheet “${options.name}” refers to ${what}, outside Excel’s grid`)

  const closeCell = (c: Cell) => {
    const { text, valued, problem } = cellText(c, parts)
    if (!valued) return
    if (c.col > IMPORT_LIMITS.columns) throw tooManyColumns(options.name)
    row!.valued.push(c.col)
    if (problem) problems.set(`${rowNumber}:${c.col}`, { row: rowNumber, col: c.col, message: problem })
    if (text !== null && text.trim() !== '') row!.texts[c.col] = text
    const isString = !c.formula && (c.type === 's' || c.type === 'str' || c.type === 'inlineStr')
    if (c.col === 1 && isString) columnA[rowNumber - 1] = text
    if (c.col === 2 && rowNumber === 1 && isString) b1 = text
  }

  const handlers = {
    open(name: string, attrs: Attributes) {
      switch (name) {
        case 'row':
          rowNumber = attrs.r ? Number.parseInt(attrs.r, 10) : rowNumber + 1
          if (!(rowNumber >= 1 && rowNumber <= MAX_ROW)) throw damaged(`row ${attrs.r}`)
          row = { texts: [], valued: [] }
          column = 0
          break
        case 'c':
          if (!row) break
          column = (attrs.r ? columnOf(attrs.r) : null) ?? column + 1
          if (column > MAX_COLUMN) throw damaged(`cell ${attrs.r}`)
          cell = {
            col: column,
            type: attrs.t ?? 'n',
            style: Number(attrs.s ?? 0),
            formula: false,
            value: null,
            inline: null,
          }
          break
        case 'v':
          if (cell) {
            cell.value = ''
            capture = 'value'
          }
          break
        case 'f':
          if (cell) cell.formula = true
          break
        case 'is':
          if (cell) cell.inline = ''
          break
        case 'rPh':
          phonetic++
          break
        case 't':
          if (cell && cell.inline !== null && phonetic === 0) capture = 'inline'
          break
        case 'mergeCell': {
          const range = attrs.ref ? parseRange(attrs.ref) : null
          if (range) merges.push(range)
          break
        }
      }
    },
    text(text: string) {
      if (capture === 'value') cell!.value += text
      else if (capture === 'inline') cell!.inline += text
    },
    close(name: string) {
      switch (name) {
        case 'v':
        case 't':
          capture = null
          break
        case 'rPh':
          phonetic--
          break
        case 'c':
          if (cell) closeCell(cell)
          cell = null
          break
        case 'row':
          if (row && row.valued.length > 0) {
            dataRows++
            if (options.limitRows && dataRows > IMPORT_LIMITS.rows) throw tooManyRows(options.name)
            rows.set(rowNumber, row)
            lastRow = Math.max(lastRow, rowNumber)
          }
          row = null
          break
      }
    },
  }
  await parseXml(chunks, handlers)

  applyMerges(options.name, rows, merges, problems, lastRow)
  const sheetRows: (string | null)[][] = Array.from({ length: lastRow }, (_, i) => {
    const r = rows.get(i + 1)
    // A row whose only values come down from a merged cell above is an empty row, not a record.
    if (!r || r.valued.length === 0) return []
    return Array.from(r.texts.slice(1), (t) => t ?? null)
  })
  const sorted = [...problems.values()].sort((a, b) => a.row - b.row || a.col - b.col)
  return {
    sheet: { name: options.name, rows: sheetRows, hidden: options.hidden },
    problems: sorted.map((p) => ({
      sheet: options.name,
      row: p.row,
      column: columnLetter(p.col),
      heading: null,
      severity: 'error',
      message: p.message,
    })),
    dataRows,
    columnA,
    b1,
  }
}

/** Rows covered by merged ranges, summed: a register merges a few; a sheet built to stall the reader, millions. */
const MAX_MERGED_ROWS = 1_000_000

/**
 * Down a merged range the top-left value belongs to every row; across it, to the first column only. Cells
 * covered by a range lose what they held themselves (Excel shows only the top-left one).
 */
function applyMerges(
  sheet: string,
  rows: Map<number, Row>,
  merges: Merge[],
  problems: Map<string, { row: number; col: number; message: string }>,
  lastRow: number,
) {
  let covered = 0
  for (const m of merges) {
    const bottom = Math.min(m.bottom, lastRow)
    covered += Math.max(0, bottom - m.top + 1)
    if (covered > MAX_MERGED_ROWS) {
      throw new ImportFailure(
        `The sheet “${sheet}” has more merged cells than ROPA reads (over ${MAX_MERGED_ROWS.toLocaleString('en')} merged rows). Unmerge the cells and import it again.`,
      )
    }
    const masterText = rows.get(m.top)?.texts[m.left] ?? null
    const masterProblem = problems.get(`${m.top}:${m.left}`)
    const inRange = (c: number) => c >= m.left && c <= m.right
    for (let r = m.top; r <= bottom; r++) {
      const row = rows.get(r)
      if (!row) continue
      const isMaster = (c: number) => r === m.top && c === m.left
      for (const c of row.valued) if (inRange(c) && !isMaster(c)) problems.delete(`${r}:${c}`)
      row.valued = row.valued.filter((c) => !inRange(c) || isMaster(c))
      for (const key of Object.keys(row.texts)) {
        const c = Number(key)
        if (inRange(c) && !isMaster(c)) delete row.texts[c]
      }
      if (r === m.top) continue
      if (masterText !== null) row.texts[m.left] = masterText
      if (masterProblem) problems.set(`${r}:${m.left}`, { ...masterProblem, row: r })
    }
  }
}
