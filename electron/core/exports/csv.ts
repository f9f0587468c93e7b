/**
 * The controller record (Art. 30(1)) as CSV: the same table as the workbook's controller sheet, UTF-8 with a
 * byte order mark so spreadsheet programs read å, ä, ø correctly, CRLF line ends, RFC 4180 quoting.
 *
 * A CSV has no cell types, so a spreadsheet program evaluates a cell that starts with "=", "+", "-", "@", a tab
 * or a carriage return as a formula. Such cells are written with a leading apostrophe (the OWASP
 * recommendation): visible, documented in docs/exports.md, and the rest of the text is unchanged.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { stringify } from 'csv-stringify/sync'
import type { ExportModel } from './model'
import { Pacer, type WriteOptions } from './pacer'
import { controllerTable } from './tables'

const FORMULA_START = /^[=+\-@\t\r]/

/** The text a CSV cell holds: unchanged, or with a leading apostrophe when a spreadsheet would run it. */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

const line = (cells: string[]) => stringify([cells.map(neutraliseCsvCell)], { record_delimiter: 'windows' })

export async function writeCsv(model: ExportModel, file: string, options: WriteOptions = {}): Promise<void> {
  const table = controllerTable(model)
  const pacer = new Pacer(table.rowCount, options)
  const out = fs.createWriteStream(file)
  const closed = once(out, 'close')
  // Observed now, awaited later: an early stream error must not become an unhandled rejection.
  closed.catch(() => {})
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  try {
    await write('\uFEFF' + line(table.columns.map((c) => c.header)))
    for (const row of table.rows()) {
      await write(line(row))
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
