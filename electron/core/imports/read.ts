/** Reading an uploaded file by its kind: an xlsx workbook or a CSV file; anything else is refused in words. */
import path from 'node:path'
import { ImportFailure } from '../../../shared/imports/types'
import { readCsv } from './csv'
import { IMPORT_LIMITS, mb } from './limits'
import { readXlsx, type ReadWorkbook } from './xlsx'

export async function readImportFile(fileName: string, bytes: Buffer): Promise<ReadWorkbook> {
  if (bytes.length === 0) throw new ImportFailure(`“${fileName}” is empty.`)
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    throw new ImportFailure(
      `“${fileName}” is ${mb(bytes.length)}; ROPA imports spreadsheets of up to ${mb(IMPORT_LIMITS.fileBytes)}.`,
    )
  }
  const ext = path.extname(fileName).toLowerCase()
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(bytes, fileName)
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return { ...readCsv(bytes, fileName), app: null }
  if (ext === '.xls')
    throw new ImportFailure(
      `“${fileName}” is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)”, and import that.`,
    )
  if (ext === '.ods')
    throw new ImportFailure(
      `“${fileName}” is an OpenDocument spreadsheet. Save it as “Excel Workbook (.xlsx)” or CSV, and import that.`,
    )
  throw new ImportFailure(
    `ROPA imports Excel workbooks (.xlsx), CSV files (.csv) and register documents (.json); “${fileName}” is none of these.`,
  )
}
