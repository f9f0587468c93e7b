/**
 * Both records (Art. 30(1) and 30(2)) as one CSV: one row per activity, the record it belongs to in the first
 * column (tables.ts, bothRecordsTable). UTF-8 with a byte order mark so spreadsheet programs read å, ä, ø
 * correctly, CRLF line ends, fields separated by the language's list separator (";" where the decimal sign is
 * a comma, "," in English) unless the user chose one.
 *
 * Quoting (RFC 4180): a field holding the separator, a double quote, a carriage return or a line feed is quoted
 * and its quotes doubled, so a multi-line text stays one cell in every reader.
 *
 * A CSV has no cell types, so a spreadsheet program evaluates a cell that starts with "=", "+", "-", "@", a tab
 * or a carriage return as a formula. Such text is written with a leading apostrophe (the OWASP
 * recommendation), and so is every line inside a cell that starts so: a reader that splits a cell at its line
 * breaks must not find a formula at the start of the next line either. The apostrophe is visible, documented
 * in docs/exports.md, and the rest of the text is unchanged.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { defaultCsvDelimiter, type CsvDelimiter } from '../../../shared/schemas/export'
import type { ExportModel } from './model'
import { Pacer, type WriteOptions } from './pacer'
import { bothRecordsTable } from './tables'

export interface CsvOptions extends WriteOptions {
  /** The field separator; default: the export language's (defaultCsvDelimiter). */
  delimiter?: CsvDelimiter | null
}

/** The start of the cell and the start of every line in it, where a formula character follows. */
const FORMULA_START = /(^|\r\n|\r|\n)(?=[=+\-@\t\r])/g

/** The text a CSV cell holds: unchanged, or with an apostrophe before the cell or a line a spreadsheet would run. */
export function neutraliseCsvCell(text: string): string {
  return text.replace(FORMULA_START, "$1'")
}

/** One field: neutralised, then quoted when it holds the separator, a quote, a carriage return or a line feed. */
export function csvField(text: string, delimiter: CsvDelimiter): string {
  const safe = neutraliseCsvCell(text)
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const line = (cells: string[], delimiter: CsvDelimiter) =>
  `${cells.map((cell) => csvField(cell, delimiter)).join(delimiter)}\r\n`

export async function writeCsv(model: ExportModel, file: string, options: CsvOptions = {}): Promise<void> {
  const delimiter = options.delimiter ?? defaultCsvDelimiter(model.lang)
  const table = bothRecordsTable(model)
  const pacer = new Pacer(table.rowCount, options)
  const out = fs.createWriteStream(file)
  const closed = once(out, 'close')
  // Observed now, awaited later: an early stream error must not become an unhandled rejection.
  closed.catch(() => {})
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  try {
    await write(
      '\uFEFF' +
        line(
          table.columns.map((c) => c.header),
          delimiter,
        ),
    )
    for (const row of table.rows()) {
      await write(line(row, delimiter))
      await pacer.step()
    }
    pacer.check()
    out.end()
    await closed
  } catch (error) {
    out.destroy()
    await closed.catch(() => {})
    throw error
  }
}
