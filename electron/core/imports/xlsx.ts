/**
 * Reading an xlsx workbook as text: every cell as the text a person sees. Formulas are never calculated:
 * the value Excel saved with the formula is used, and a formula without one is reported. A merged range
 * gives its top-left value to the cells below it (a value merged down several rows belongs to each row)
 * and leaves the cells to its right empty (a title merged across columns is one heading, not several).
 */
import ExcelJS from 'exceljs'
import { columnLetter } from '../../../shared/imports/text'
import { ImportFailure, type ImportProblem, type SourceFile, type SourceSheet } from '../../../shared/imports/types'
import { APP_DATA_SHEET, parseAppData, type AppDataMeta } from '../exports/app-data'
import { IMPORT_LIMITS, mb } from './limits'
import { zipEntries } from './zip'

export interface AppWorkbookData {
  meta: AppDataMeta
  json: string
}

export interface ReadWorkbook extends SourceFile {
  /** The register the app put in its own workbook's hidden sheet, when this is one. */
  app: AppWorkbookData | null
}

const NOT_A_WORKBOOK = 'is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as “Excel Workbook (.xlsx)”, or as CSV, and import that.'

/** Checks the zip's table of contents before anything is unpacked. */
function inspect(bytes: Buffer, fileName: string) {
  const entries = zipEntries(bytes)
  if (!entries) throw new ImportFailure(`“${fileName}” ${NOT_A_WORKBOOK}`)
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    const kind = entries.some((e) => e.name === 'word/document.xml') ? ' It is a Word document.' : entries.some((e) => e.name === 'content.xml') ? ' It is an OpenDocument file.' : ''
    throw new ImportFailure(`“${fileName}” is a zip archive but not an Excel workbook.${kind} Save the register as “Excel Workbook (.xlsx)” or CSV and import that.`)
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))
  if (sheets.length > IMPORT_LIMITS.sheets) throw new ImportFailure(`“${fileName}” has ${sheets.length} sheets; ROPA imports workbooks of up to ${IMPORT_LIMITS.sheets} sheets.`)
  const size = (n: number) => (n === 0xffffffff ? Infinity : n)
  const big = sheets.find((e) => size(e.uncompressedSize) > IMPORT_LIMITS.sheetXmlBytes)
  const total = entries.reduce((n, e) => n + size(e.uncompressedSize), 0)
  if (big || total > IMPORT_LIMITS.totalXmlBytes) {
    throw new ImportFailure(
      `“${fileName}” is too large to import: it unpacks to ${total === Infinity ? 'more than 4 GB' : mb(total)} (ROPA reads up to ${mb(IMPORT_LIMITS.totalXmlBytes)}, and ${mb(IMPORT_LIMITS.sheetXmlBytes)} per sheet). Delete unused rows and sheets, or split the register.`,
    )
  }
}

const isoDate = (d: Date) => (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 ? d.toISOString().slice(0, 10) : d.toISOString().slice(0, 16).replace('T', ' '))

type Text = { text: string | null; problem?: string }

/** A cell's value as the text a person sees, never evaluating anything. */
function textOf(value: ExcelJS.CellValue): Text {
  if (value === null || value === undefined) return { text: null }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number') return { text: String(value) }
  if (typeof value === 'boolean') return { text: value ? 'Yes' : 'No' }
  if (value instanceof Date) return { text: isoDate(value) }
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') }
    if ('error' in value) return { text: null, problem: `The cell shows the error ${value.error}, so it was not imported.` }
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result
      if (result === undefined || result === null) {
        return { text: null, problem: 'This cell holds a formula without a saved value. ROPA never calculates formulas: open the file in Excel or LibreOffice, save it, and import it again.' }
      }
      return textOf(result as ExcelJS.CellValue)
    }
    if ('text' in value) return textOf((value as { text: ExcelJS.CellValue }).text)
  }
  return { text: String(value) }
}

function readSheet(ws: ExcelJS.Worksheet, problems: ImportProblem[]): SourceSheet {
  const rows: (string | null)[][] = []
  let count = 0
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    count++
    if (count > IMPORT_LIMITS.rows) {
      throw new ImportFailure(`The sheet “${ws.name}” has more than ${IMPORT_LIMITS.rows.toLocaleString('en')} rows with data; ROPA imports up to ${IMPORT_LIMITS.rows.toLocaleString('en')} rows per sheet. Delete the rows that are not part of the register, or split it.`)
    }
    const cells: (string | null)[] = []
    // A row whose only values come down from a merged cell above is an empty row, not a record.
    let own = 0
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > IMPORT_LIMITS.columns) {
        throw new ImportFailure(`The sheet “${ws.name}” has values beyond column ${columnLetter(IMPORT_LIMITS.columns)}; ROPA imports up to ${IMPORT_LIMITS.columns} columns. Delete the columns that are not part of the register.`)
      }
      let value: ExcelJS.CellValue = cell.value
      if (cell.isMerged && cell.master.address !== cell.address) {
        // Down a merged range the value belongs to every row; across it, only to the first column.
        value = cell.master.col === cell.col ? cell.master.value : null
      } else if (value !== null && value !== undefined && value !== '') own++
      const { text, problem } = textOf(value)
      if (problem) problems.push({ sheet: ws.name, row: rowNumber, column: columnLetter(col), heading: null, severity: 'error', message: problem })
      if (text !== null && text.trim() !== '') cells[col - 1] = text
    })
    rows[rowNumber - 1] = own === 0 ? [] : Array.from(cells, (c) => c ?? null)
  })
  return { name: ws.name, rows: Array.from(rows, (r) => r ?? []), hidden: ws.state !== 'visible' }
}

/** Reads a workbook's sheets as text, and the app's hidden register when it is the app's own workbook. */
export async function readXlsx(bytes: Buffer, fileName: string): Promise<ReadWorkbook> {
  inspect(bytes, fileName)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new ImportFailure(`“${fileName}” could not be read as an Excel workbook (${(error as Error).message.slice(0, 120)}). Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)”, and import it again.`)
  }
  const problems: ImportProblem[] = []
  const sheets: SourceSheet[] = []
  let app: AppWorkbookData | null = null
  for (const ws of workbook.worksheets) {
    if (ws.name === APP_DATA_SHEET) {
      const column = ws.getColumn(1).values.slice(1).map((v) => (typeof v === 'string' ? v : null))
      const version = ws.getCell('B1').value
      try {
        app = parseAppData(column, typeof version === 'string' ? version : null)
      } catch {
        problems.push({ sheet: ws.name, row: null, column: null, heading: null, severity: 'warning', message: 'The hidden sheet with ROPA’s data is damaged or from another version, so the visible sheets were read instead.' })
      }
      if (app) continue
    }
    sheets.push(readSheet(ws, problems))
  }
  return { kind: 'xlsx', sheets, problems, app }
}
