/**
 * The Excel workbook: a cover sheet and one sheet per table (tables.ts), styled as a careful person would
 * (bold frozen header, autofilter, wrapped text, one font, row heights for the wrapped text, document
 * properties) and set up to print readably (xlsx-print.ts: A4 landscape one page wide, or A3 landscape across
 * several pages with the header row and the reference and name on every page). Written with exceljs' streaming
 * writer, row by row, so a register of tens of thousands of activities never sits in memory as a workbook.
 *
 * A workbook of the whole register also carries it in a hidden sheet (app-data.ts) for `ropa import`.
 *
 * Every cell is a plain string cell: text that begins with "=", "+", "-", "@", a tab or a carriage return is
 * never a formula in xlsx (only a cell with a formula element is), so the user's text is written unchanged.
 */
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { addAppDataSheet, carriesAppData } from './app-data'
import { formatDayLong } from '../../../shared/i18n/dates'
import { fill } from './fields'
import type { ExportModel } from './model'
import { Pacer, type WriteOptions } from './pacer'
import { cellValue, coverPageSetup, FONT, rowHeight, tablePageSetup, useFontAsDefault } from './xlsx-print'
import { compressorCaughtUp } from './xlsx-backlog'
import { coverRows, exportTables, type Table } from './tables'

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3F0' } }
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF5B6B8C' } } }
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' }
/**
 * The style of every body cell, as one object: exceljs recognises a style object it has seen and reuses its
 * number, where a style set property by property on each cell is a new object it must analyse every time
 * (a sixth of a workbook's writing time).
 */
const BODY_STYLE: Partial<ExcelJS.Style> = Object.freeze({ font: FONT, alignment: WRAP })
const BOLD: Partial<ExcelJS.Font> = Object.freeze({ ...FONT, bold: true })
const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze({
  font: BOLD,
  fill: HEADER_FILL,
  border: HEADER_BORDER,
  alignment: WRAP,
})
const COVER_LABEL_STYLE: Partial<ExcelJS.Style> = Object.freeze({ font: BOLD, alignment: WRAP })
const COVER_WIDTHS = [36, 64]

/** Header and footer codes: "&&" is a literal ampersand, &P the page, &N the number of pages. */
const hf = (text: string) => text.replace(/&/g, '&&')

function headerFooter(model: ExportModel): Partial<ExcelJS.HeaderFooter> {
  const header = `&L${hf(model.doc.organisation.name)}&R${hf(`${model.labels.document.exportDate}: ${formatDayLong(model.exportDate, model.lang)}`)}`
  // The page placeholders are filled after escaping, so their "&" stays a code.
  const page = hf(model.labels.document.page).replace('{{page}}', '&P').replace('{{pages}}', '&N')
  const footer = `&L${hf(model.labels.document.recordName)}&R${page}`
  return { oddHeader: header, oddFooter: footer }
}

function addCover(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ExportModel) {
  const sheet = workbook.addWorksheet(model.labels.sheets.cover, {
    pageSetup: coverPageSetup(),
    headerFooter: headerFooter(model),
    properties: { tabColor: { argb: 'FF3B5BA9' } },
  })
  sheet.columns = COVER_WIDTHS.map((width) => ({ width }))
  const whole = [COVER_WIDTHS[0] + COVER_WIDTHS[1]]
  // Title and note span both columns, wrapped there, so neither runs past the printed page.
  const title = sheet.addRow([
    fill(model.labels.document.recordOf, { organisation: model.doc.organisation.name }),
  ])
  sheet.mergeCells(title.number, 1, title.number, 2)
  title.getCell(1).style = COVER_LABEL_STYLE
  title.height = rowHeight([String(title.getCell(1).value)], whole, true)
  title.commit()
  const note = sheet.addRow([model.labels.document.note])
  sheet.mergeCells(note.number, 1, note.number, 2)
  note.getCell(1).style = { font: { ...FONT, italic: true }, alignment: WRAP }
  note.height = rowHeight([model.labels.document.note], whole)
  note.commit()
  sheet.addRow([]).commit()
  for (const [label, value] of coverRows(model)) {
    const row = sheet.addRow([label, cellValue(value)])
    row.getCell(1).style = COVER_LABEL_STYLE
    row.getCell(2).style = BODY_STYLE
    row.height = Math.max(rowHeight([label], COVER_WIDTHS, true), rowHeight(['', value], COVER_WIDTHS))
    row.commit()
  }
  sheet.commit()
}

async function addTable(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  model: ExportModel,
  table: Table,
  pacer: Pacer,
) {
  const lastColumn = table.columns.length
  const widths = table.columns.map((c) => c.width)
  const sheet = workbook.addWorksheet(table.title, {
    // The header row and the columns naming the row (reference, name) stay in view when scrolling.
    views: [{ state: 'frozen', xSplit: table.titleColumns, ySplit: 1, activeCell: 'A2' }],
    pageSetup: tablePageSetup(widths, table.titleColumns),
    headerFooter: headerFooter(model),
  })
  // Read when the sheet is committed; the streaming writer's option type does not list it.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: lastColumn } }
  sheet.columns = widths.map((width) => ({ width }))
  const headings = table.columns.map((c) => c.header)
  const header = sheet.addRow(headings)
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE
  })
  header.height = rowHeight(headings, widths, true)
  header.commit()
  let count = 0
  for (const values of table.rows()) {
    const row = sheet.addRow(values.map(cellValue))
    row.eachCell((cell) => {
      cell.style = BODY_STYLE
    })
    row.height = rowHeight(values, widths)
    row.commit()
    if (++count % 50 === 0) await compressorCaughtUp(sheet)
    await pacer.step()
  }
  sheet.commit()
}

/** Write the workbook to `file`; on cancel or failure the caller deletes the partial file. */
export async function writeXlsx(model: ExportModel, file: string, options: WriteOptions = {}): Promise<void> {
  const tables = exportTables(model)
  const pacer = new Pacer(
    tables.reduce((n, t) => n + t.rowCount, 0),
    options,
  )
  const out = fs.createWriteStream(file)
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve)
    out.on('error', reject)
  })
  closed.catch(() => {})
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  useFontAsDefault(workbook)
  const title = fill(model.labels.document.recordOf, { organisation: model.doc.organisation.name })
  Object.assign(workbook, {
    creator: `ROPA ${model.appVersion}`,
    lastModifiedBy: `ROPA ${model.appVersion}`,
    title,
    subject: model.labels.document.recordName,
    description: model.labels.document.note,
    keywords: 'GDPR Art. 30',
    category: model.labels.document.recordName,
    language: model.lang,
    company: model.doc.organisation.name,
    created: new Date(model.exportedAt),
    modified: new Date(model.exportedAt),
  })
  try {
    addCover(workbook, model)
    for (const table of tables) await addTable(workbook, model, table, pacer)
    if (carriesAppData(model)) await addAppDataSheet(workbook, model)
    pacer.check()
    await workbook.commit()
    await closed
  } catch (error) {
    out.destroy()
    await closed.catch(() => {})
    throw error
  }
}
