/**
 * Reading an xlsx workbook as text, every cell as the text a person sees (xlsx-sheet.ts), without trusting
 * the file: its table of contents is checked first, then each part is unpacked with a count of the bytes it
 * really produces (zip.ts) and read as a stream, a row at a time, up to the limits (limits.ts).
 */
import {
  ImportFailure,
  type ImportProblem,
  type SourceFile,
  type SourceSheet,
} from '../../../shared/imports/types'
import { APP_DATA_SHEET, parseAppData, type AppDataMeta } from '../exports/app-data'
import { IMPORT_LIMITS, mb } from './limits'
import { readWorkbookParts, WORKSHEET_PART } from './xlsx-parts'
import { readSheetXml, tooManyRows, type ReadSheet } from './xlsx-sheet'
import { InflateLimitError, openBoundedZip, zipEntries } from './zip'

export interface AppWorkbookData {
  meta: AppDataMeta
  json: string
}

export interface ReadWorkbook extends SourceFile {
  /** The register the app put in its own workbook's hidden sheet, when this is one. */
  app: AppWorkbookData | null
}

const NOT_A_WORKBOOK =
  'is not an Excel workbook (.xlsx). Save it from Excel or LibreOffice as “Excel Workbook (.xlsx)”, or as CSV, and import that.'

/** Checks the zip's table of contents before anything is unpacked (what it declares; the unpacking checks what it does). */
function inspect(bytes: Buffer, fileName: string) {
  const entries = zipEntries(bytes)
  if (!entries) throw new ImportFailure(`“${fileName}” ${NOT_A_WORKBOOK}`)
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    const kind = entries.some((e) => e.name === 'word/document.xml')
      ? ' It is a Word document.'
      : entries.some((e) => e.name === 'content.xml')
        ? ' It is an OpenDocument file.'
        : ''
    throw new ImportFailure(
      `“${fileName}” is a zip archive but not an Excel workbook.${kind} Save the register as “Excel Workbook (.xlsx)” or CSV and import that.`,
    )
  }
  const sheets = entries.filter((e) => WORKSHEET_PART.test(e.name))
  if (sheets.length > IMPORT_LIMITS.sheets)
    throw new ImportFailure(
      `“${fileName}” has ${sheets.length} sheets; ROPA imports workbooks of up to ${IMPORT_LIMITS.sheets} sheets.`,
    )
  const size = (n: number) => (n === 0xffffffff ? Infinity : n)
  const big = sheets.find((e) => size(e.uncompressedSize) > IMPORT_LIMITS.sheetXmlBytes)
  const total = entries.reduce((n, e) => n + size(e.uncompressedSize), 0)
  if (big || total > IMPORT_LIMITS.totalXmlBytes) {
    throw new ImportFailure(
      `“${fileName}” is too large to import: it unpacks to ${total === Infinity ? 'more than 4 GB' : mb(total)} (ROPA reads up to ${mb(IMPORT_LIMITS.totalXmlBytes)}, and ${mb(IMPORT_LIMITS.sheetXmlBytes)} per sheet). Delete unused rows and sheets, or split the register.`,
    )
  }
}

/** A limit passed while unpacking, in words: a file that lied about its sizes is called what it is. */
function tooLarge(fileName: string, error: InflateLimitError): ImportFailure {
  if (error.which === 'declared') {
    return new ImportFailure(
      `“${fileName}” is not a genuine workbook: part of it unpacks to more than the ${error.limit.toLocaleString('en')} bytes the file says it holds, the way “zip bombs” are made to fill a computer’s memory. ROPA stopped reading it there. Do not open it in other programs either.`,
    )
  }
  return new ImportFailure(
    `“${fileName}” is too large to import: it unpacks to more than ${mb(error.limit)} (ROPA reads up to ${mb(IMPORT_LIMITS.totalXmlBytes)}, and ${mb(IMPORT_LIMITS.sheetXmlBytes)} per sheet). Delete unused rows and sheets, or split the register.`,
  )
}

/** The app's own register, when this sheet is its hidden data sheet and that sheet is intact. */
function appDataOf(read: ReadSheet, problems: ImportProblem[]): AppWorkbookData | null {
  try {
    return parseAppData(read.columnA, read.b1)
  } catch {
    problems.push({
      sheet: read.sheet.name,
      row: null,
      column: null,
      heading: null,
      severity: 'warning',
      message:
        'The hidden sheet with ROPA’s data is damaged or from another version, so the visible sheets were read instead.',
    })
    return null
  }
}

/**
 * Reads a workbook's sheets as text, and the app's hidden register when it is the app's own workbook. Nothing
 * of the file is unpacked beyond the limits, and each sheet only up to its row limit.
 */
export async function readXlsx(bytes: Buffer, fileName: string): Promise<ReadWorkbook> {
  inspect(bytes, fileName)
  try {
    const zip = await openBoundedZip(bytes, IMPORT_LIMITS.totalXmlBytes)
    const parts = await readWorkbookParts(zip, IMPORT_LIMITS.totalXmlBytes)
    const problems: ImportProblem[] = []
    const sheets: SourceSheet[] = []
    let app: AppWorkbookData | null = null
    for (const { name, part, hidden } of parts.sheets) {
      const isAppData = name === APP_DATA_SHEET && app === null
      const read = await readSheetXml(zip.chunks(part, IMPORT_LIMITS.sheetXmlBytes), parts, {
        name,
        hidden,
        limitRows: !isAppData,
      })
      if (isAppData) {
        app = appDataOf(read, problems)
        if (app) continue
        if (read.dataRows > IMPORT_LIMITS.rows) throw tooManyRows(name)
      }
      problems.push(...read.problems)
      sheets.push(read.sheet)
    }
    return { kind: 'xlsx', sheets, problems, app }
  } catch (error) {
    if (error instanceof ImportFailure) throw error
    if (error instanceof InflateLimitError) throw tooLarge(fileName, error)
    throw new ImportFailure(
      `“${fileName}” could not be read as an Excel workbook (${(error as Error).message.slice(0, 120)}). Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)”, and import it again.`,
    )
  }
}
