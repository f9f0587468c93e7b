/**
 * The app's own workbook carries the register document in a hidden sheet, so `ropa import` rebuilds the
 * organisation exactly (ids linking activities to parties and catalogues, codes, every field), whatever the
 * language of the visible sheets. The visible sheets stay as an authority reads them; the hidden sheet is
 * named the same in every language and says in its first rows what it is.
 *
 * Layout: A1 the marker, B1 the version; A2 a note for people; A3 the export's details as JSON (language,
 * moment, app version); A4 downwards the register document as JSON, cut into cells Excel can hold.
 */
import type ExcelJS from 'exceljs'
import type { ExportModel } from './model'
import { EXPORT_SECTIONS } from '../../../shared/schemas/export'
import { inPiecesOf, registerJsonPieces } from './register-json'
import { compressorCaughtUp } from './xlsx-backlog'

export const APP_DATA_SHEET = 'ROPA data'
export const APP_DATA_MARKER = 'ropa-register-xlsx'
export const APP_DATA_VERSION = '1'
/** Excel keeps at most 32,767 characters in a cell; stay well below. */
const CHUNK = 30_000

export interface AppDataMeta {
  lang: string
  exportedAt: string
  appVersion: string
}

/**
 * Whether a workbook of this model gets the hidden data: only when it shows the whole register. The findings
 * are the checks' view of the register, not part of it: a workbook without them still carries the register.
 */
export function carriesAppData(model: ExportModel): boolean {
  return EXPORT_SECTIONS.every((s) => s === 'findings' || model.sections.has(s))
}

/** The hidden sheet's rows: marker and version, a note, the export's details, then the register's JSON in cells. */
export function* appDataRows(model: ExportModel): Generator<string[]> {
  yield [APP_DATA_MARKER, APP_DATA_VERSION]
  yield [model.labels.document.appDataNote]
  const meta: AppDataMeta = { lang: model.lang, exportedAt: model.exportedAt, appVersion: model.appVersion }
  yield [JSON.stringify(meta)]
  // The JSON goes in activity by activity, never whole (54 MB for 20,000 activities).
  for (const cell of inPiecesOf(CHUNK, registerJsonPieces(model.doc))) yield [cell]
}

/** Write the hidden sheet, waiting for the compressor as the visible sheets do. */
export async function addAppDataSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ExportModel) {
  const sheet = workbook.addWorksheet(APP_DATA_SHEET, { state: 'hidden' })
  let rows = 0
  for (const values of appDataRows(model)) {
    sheet.addRow(values).commit()
    if (++rows % 20 === 0) await compressorCaughtUp(sheet)
  }
  sheet.commit()
}

/** Reads the hidden sheet's cells (column A, then B1) back into the export's details and document text. */
export function parseAppData(
  cellsA: (string | null)[],
  versionCell: string | null,
): { meta: AppDataMeta; json: string } | null {
  if (cellsA[0] !== APP_DATA_MARKER) return null
  if (versionCell !== APP_DATA_VERSION) throw new Error(`version ${versionCell ?? 'missing'}`)
  const meta = JSON.parse(cellsA[2] ?? '') as AppDataMeta
  return {
    meta,
    json: cellsA
      .slice(3)
      .map((c) => c ?? '')
      .join(''),
  }
}
