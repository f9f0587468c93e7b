/**
 * Reading the cells of one record for a field: the first cell, every cell, text cut to the schema's limit
 * (with a warning rather than a refusal), lists split into entries, several columns joined under their
 * headings, dates. Every cell that cannot be read is reported by its sheet, row and column.
 */
import { MULTI_COLUMN_FIELDS, type ImportField } from './fields'
import type { CellRef, TableRecord } from './table'
import { splitList } from './text'
import type { ImportProblem } from './types'
import { whyNoSuchDay } from '../calendar'
import { parseDate, writtenDate } from './values'

export type Cell = { value: string; at: CellRef }
export type Report = (at: CellRef, message: string, severity?: ImportProblem['severity']) => void

export interface RowReader {
  cells(field: ImportField): Cell[]
  cell(field: ImportField): Cell | null
  /** Text that must fit the schema's limit: cut, with a warning, rather than refused. */
  fit(cell: Cell, max: number): string
  text(field: ImportField, max: number): string | null
  /** The entries of the field's cells, each cut to `max`. */
  items(field: ImportField, max: number): string[]
  /** The field's text; from several columns, each under its heading. */
  multiText(field: ImportField, max: number): string | null
  date(field: ImportField): string | null
  report: Report
}

/** Why a cell is no date: not written like one, or a day that does not exist (30.2.2026 is not read as 2 March). */
function dateProblem(value: string): string {
  const shown = value.trim().slice(0, 40)
  const written = writtenDate(value)
  if (written)
    return `There is no “${shown}”: ${whyNoSuchDay(written.year, written.month)}. Correct the date in the file and read it again.`
  return `“${shown}” is not a date ROPA can read (write it as 2026-03-31 or 31.3.2026).`
}

export function rowReader(
  record: TableRecord,
  keysOf: ReadonlyMap<ImportField, string[]>,
  report: Report,
): RowReader {
  const cells = (field: ImportField): Cell[] =>
    (keysOf.get(field) ?? []).flatMap((k) => record.values.get(k) ?? [])
  const cell = (field: ImportField): Cell | null => cells(field)[0] ?? null
  const fit = (c: Cell, max: number): string => {
    if (c.value.length <= max) return c.value
    report(
      c.at,
      `This text is ${c.value.length} characters long; the register keeps ${max}, so it was cut.`,
      'warning',
    )
    return c.value.slice(0, max)
  }
  return {
    cells,
    cell,
    fit,
    text: (field, max) => {
      const c = cell(field)
      return c ? fit(c, max) : null
    },
    items: (field, max) =>
      cells(field).flatMap((c) =>
        splitList(c.value).map((item) => {
          if (item.length <= max) return item
          report(c.at, `An entry of this list is longer than ${max} characters, so it was cut.`, 'warning')
          return item.slice(0, max)
        }),
      ),
    multiText: (field, max) => {
      const all = cells(field)
      if (all.length === 0) return null
      const joined =
        (keysOf.get(field) ?? []).length === 1 || !MULTI_COLUMN_FIELDS.has(field)
          ? all[0].value
          : all.map((c) => `${c.at.heading}: ${c.value}`).join('\n')
      return fit({ value: joined, at: all[0].at }, max)
    },
    date: (field) => {
      const c = cell(field)
      if (!c) return null
      const parsed = parseDate(c.value)
      if (parsed === null) report(c.at, dateProblem(c.value))
      return parsed
    },
    report,
  }
}
