/**
 * A sheet as a table of records: the header line found by scanning, its columns (keyed by their folded
 * heading, so a saved mapping fits the next client's sheet), and the records below it with the sheet, row
 * and column of every cell, so each problem can be named where the user will find it.
 */
import { findHeaderRow, findLabelColumn } from './match'
import { columnLetter, fold, stripCitation } from './text'
import type { Template } from './fields'
import type { ImportProblem, SourceSheet } from './types'

export interface TableColumn {
  key: string
  heading: string
}

export interface CellRef {
  sheet: string
  row: number
  column: string
  heading: string
}

export interface TableRecord {
  sheet: string
  /** The 1-based row (of a table) or column letter (of a form) the record comes from. */
  row: number
  values: Map<string, { value: string; at: CellRef }>
}

export interface SheetTable {
  sheet: string
  orientation: 'table' | 'form'
  /** The 1-based header row, or the 1-based label column of a form. */
  header: number
  matched: number
  templates: Template[]
  columns: TableColumn[]
  records: TableRecord[]
  /** Rows above the header (a table) or the whole sheet (a form): where a contact block may stand. */
  above: (string | null)[][]
  problems: ImportProblem[]
}

export interface SheetShape {
  orientation: 'table' | 'form' | null
  header: number | null
  matched: number
  templates: Template[]
}

/** How a sheet looks: a table with a header row, a form with a label column, or neither. */
export function sheetShape(sheet: SourceSheet): SheetShape {
  const row = findHeaderRow(sheet.rows)
  const column = findLabelColumn(sheet.rows)
  if (column && (!row || column.matched > row.matched + 1))
    return {
      orientation: 'form',
      header: column.index + 1,
      matched: column.matched,
      templates: column.templates,
    }
  if (row)
    return { orientation: 'table', header: row.index + 1, matched: row.matched, templates: row.templates }
  return { orientation: null, header: null, matched: 0, templates: [] }
}

const isBlank = (v: string | null | undefined): v is null | undefined =>
  v === null || v === undefined || v.trim() === ''

/** Keys for headings: folded text, numbered when a heading repeats, the column letter when there is none. */
function keyColumns(
  headings: { heading: string; letter: string }[],
  problems: ImportProblem[],
  sheet: string,
  at: (i: number) => { row: number | null; column: string | null },
) {
  const seen = new Map<string, number>()
  return headings.map((h, i) => {
    const base = fold(stripCitation(h.heading)) || `column ${h.letter.toLowerCase()}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    if (n > 1) {
      problems.push({
        sheet,
        ...at(i),
        heading: h.heading,
        severity: 'warning',
        message: `The heading “${h.heading}” appears ${n} times; this column is kept apart as “${h.heading} (${n})”.`,
      })
    }
    return { key: n > 1 ? `${base} (${n})` : base, heading: n > 1 ? `${h.heading} (${n})` : h.heading }
  })
}

/** The records of a sheet laid out as a table under its header row. */
function tableOf(sheet: SourceSheet, headerRow: number, shape: SheetShape): SheetTable {
  const problems: ImportProblem[] = []
  const header = sheet.rows[headerRow - 1] ?? []
  const used = header.flatMap((h, i) =>
    isBlank(h) ? [] : [{ index: i, heading: h.trim(), letter: columnLetter(i + 1) }],
  )
  const keyed = keyColumns(used, problems, sheet.name, (i) => ({ row: headerRow, column: used[i].letter }))
  const columns = keyed.map((k) => ({ key: k.key, heading: k.heading }))
  const records: TableRecord[] = []
  const unheaded = new Set<number>()
  for (let r = headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]
    const values: TableRecord['values'] = new Map()
    used.forEach((u, i) => {
      const value = row[u.index]
      if (!isBlank(value))
        values.set(keyed[i].key, {
          value: value.trim(),
          at: { sheet: sheet.name, row: r + 1, column: u.letter, heading: keyed[i].heading },
        })
    })
    row.forEach((v, c) => {
      if (!isBlank(v) && isBlank(header[c])) unheaded.add(c)
    })
    // Empty rows (and rows with text only under columns without a heading) are skipped.
    if (values.size > 0) records.push({ sheet: sheet.name, row: r + 1, values })
  }
  for (const c of unheaded) {
    problems.push({
      sheet: sheet.name,
      row: headerRow,
      column: columnLetter(c + 1),
      heading: null,
      severity: 'error',
      message: 'This column has values but no heading, so it was not imported. Give it a heading to map it.',
    })
  }
  return {
    sheet: sheet.name,
    orientation: 'table',
    header: headerRow,
    matched: shape.matched,
    templates: shape.templates,
    columns,
    records,
    above: sheet.rows.slice(0, headerRow - 1),
    problems,
  }
}

/** The records of a form sheet: labels down one column, one record per column of values to its right. */
function formOf(sheet: SourceSheet, labelColumn: number, shape: SheetShape): SheetTable {
  const problems: ImportProblem[] = []
  const c = labelColumn - 1
  const labelled = sheet.rows.flatMap((row, r) =>
    isBlank(row[c]) ? [] : [{ r, heading: (row[c] as string).trim(), letter: columnLetter(labelColumn) }],
  )
  const keyed = keyColumns(labelled, problems, sheet.name, (i) => ({
    row: labelled[i].r + 1,
    column: labelled[i].letter,
  }))
  const width = Math.max(0, ...sheet.rows.map((row) => row.length))
  const records: TableRecord[] = []
  for (let v = c + 1; v < width; v++) {
    const values: TableRecord['values'] = new Map()
    labelled.forEach((l, i) => {
      const value = sheet.rows[l.r][v]
      if (!isBlank(value))
        values.set(keyed[i].key, {
          value: value.trim(),
          at: { sheet: sheet.name, row: l.r + 1, column: columnLetter(v + 1), heading: keyed[i].heading },
        })
    })
    if (values.size > 0) records.push({ sheet: sheet.name, row: v + 1, values })
  }
  return {
    sheet: sheet.name,
    orientation: 'form',
    header: labelColumn,
    matched: shape.matched,
    templates: shape.templates,
    columns: keyed.map((k) => ({ key: k.key, heading: k.heading })),
    records,
    above: sheet.rows,
    problems,
  }
}

/**
 * The sheet as a table. A sheet whose header cannot be found is read with its first non-empty row as the
 * header, so the user can still map its columns by hand; a warning says so.
 */
export function sheetTable(sheet: SourceSheet, shape: SheetShape = sheetShape(sheet)): SheetTable {
  if (shape.orientation === 'form' && shape.header !== null) return formOf(sheet, shape.header, shape)
  if (shape.orientation === 'table' && shape.header !== null) return tableOf(sheet, shape.header, shape)
  const first = sheet.rows.findIndex((row) => row.some((v) => !isBlank(v)))
  const table = tableOf(sheet, first + 1, shape)
  table.problems.unshift({
    sheet: sheet.name,
    row: first + 1,
    column: null,
    heading: null,
    severity: 'warning',
    message:
      'No row of this sheet names register fields (such as “Purpose” or “Categories of personal data”), so its first row is taken as the headings. Check the mapping.',
  })
  return table
}
