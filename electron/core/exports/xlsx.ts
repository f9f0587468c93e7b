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
import { cellValue, coverPageSetup, FONT, rowHeights, tablePageSetup, useFontAsDefault } from './xlsx-print'
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
export const BODY_STYLE: Partial<ExcelJS.Style> = Object.freeze({ font: FONT, alignment: WRAP })
const BOLD: Partial<ExcelJS.Font> = Object.freeze({ ...FONT, bold: true })
export const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze({
  font: BOLD,
  fill: HEADER_FILL,
  border: HEADER_BORDER,
  alignment: WRAP,
})
const COVER_LABEL_STYLE: Partial<ExcelJS.Style> = Object.freeze({ font: BOLD, alignment: WRAP })
const NOTE_STYLE: Partial<ExcelJS.Style> = Object.freeze({ font: { ...FONT, italic: true }, alignment: WRAP })
const COVER_WIDTHS = [36, 64]

type Measure = ReturnType<typeof rowHeights>

/** A row as written: its cells, each cell's style, its height, and whether its one cell spans the sheet's width. */
export interface LaidOutRow {
  values: ExcelJS.CellValue[]
  styles: Partial<ExcelJS.Style>[]
  height?: number
  merged?: boolean
}

/** Header and footer codes: "&&" is a literal ampersand, &P the page, &N the number of pages. */
const hf = (text: string) => text.replace(/&/g, '&&')

export function headerFooter(model: ExportModel): Partial<ExcelJS.HeaderFooter> {
  const header = `&L${hf(model.doc.organisation.name)}&R${hf(`${model.labels.document.exportDate}: ${formatDayLong(model.exportDate, model.lang)}`)}`
  // The page placeholders are filled after escaping, so their "&" stays a code.
  const page = hf(model.labels.document.page).replace('{{page}}', '&P').replace('{{pages}}', '&N')
  const footer = `&L${hf(model.labels.document.recordName)}&R${page}`
  return { oddHeader: header, oddFooter: footer }
}

/** The cover's rows: title and note across both columns, a blank row, then label and value. */
export function coverLayout(model: ExportModel, measure: Measure = rowHeights()): LaidOutRow[] {
  const whole = [COVER_WIDTHS[0] + COVER_WIDTHS[1]]
  // Title and note span both columns, wrapped there, so neither runs past the printed page.
  const title = fill(model.labels.document.recordOf, { organisation: model.doc.organisation.name })
  const { note } = model.labels.document
  return [
    { values: [title], styles: [COVER_LABEL_STYLE], height: measure([title], whole, true), merged: true },
    { values: [note], styles: [NOTE_STYLE], height: measure([note], whole), merged: true },
    { values: [], styles: [] },
    ...coverRows(model).map(([label, value]) => ({
      values: [label, cellValue(value)],
      styles: [COVER_LABEL_STYLE, BODY_STYLE],
      height: Math.max(measure([label], COVER_WIDTHS, true), measure(['', value], COVER_WIDTHS)),
    })),
  ]
}

/** The cover sheet's options: portrait A4, the header and footer of every sheet, a coloured tab. */
export function coverSheet(model: ExportModel) {
  return {
    title: model.labels.sheets.cover,
    options: {
      pageSetup: coverPageSetup(),
      headerFooter: headerFooter(model),
      properties: { tabColor: { argb: 'FF3B5BA9' } },
    } satisfies Partial<ExcelJS.AddWorksheetOptions>,
    widths: COVER_WIDTHS,
  }
}

function addCover(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ExportModel, measure: Measure) {
  const { title, options, widths } = coverSheet(model)
  const sheet = workbook.addWorksheet(title, options)
  sheet.columns = widths.map((width) => ({ width }))
  for (const laid of coverLayout(model, measure)) {
    const row = sheet.addRow(laid.values)
    if (laid.merged) sheet.mergeCells(row.number, 1, row.number, 2)
    laid.styles.forEach((style, i) => (row.getCell(i + 1).style = style))
    if (laid.height !== undefined) row.height = laid.height
    row.commit()
  }
  sheet.commit()
}

/**
 * A table sheet's options: the header row and the columns naming the row (reference, name) stay in view when
 * scrolling; the page setup follows from the sheet's width (xlsx-print.ts).
 */
export function tableSheet(model: ExportModel, table: Table) {
  const widths = table.columns.map((c) => c.width)
  return {
    options: {
      views: [{ state: 'frozen', xSplit: table.titleColumns, ySplit: 1, activeCell: 'A2' }],
      pageSetup: tablePageSetup(widths, table.titleColumns),
      headerFooter: headerFooter(model),
    } satisfies Partial<ExcelJS.AddWorksheetOptions>,
    widths,
    autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } },
  }
}

async function addTable(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  model: ExportModel,
  table: Table,
  pacer: Pacer,
  measure: Measure,
) {
  const { options, widths, autoFilter } = tableSheet(model, table)
  const sheet = workbook.addWorksheet(table.title, options)
  // Read when the sheet is committed; the streaming writer's option type does not list it.
  sheet.autoFilter = autoFilter
  sheet.columns = widths.map((width) => ({ width }))
  const headings = table.columns.map((c) => c.header)
  const header = sheet.addRow(headings)
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE
  })
  header.height = measure(headings, widths, true)
  header.commit()
  let count = 0
  for (const values of table.rows()) {
    const row = sheet.addRow(values.map(cellValue))
    row.eachCell((cell) => {
      cell.style = BODY_STYLE
    })
    row.height = measure(values, widths)
    row.commit()
    if (++count % 50 === 0) await compressorCaughtUp(sheet)
    await pacer.step()
  }
  sheet.commit()
}

/** The workbook's document properties. */
export function workbookProperties(model: ExportModel) {
  return {
    creator: `ROPA ${model.appVersion}`,
    lastModifiedBy: `ROPA ${model.appVersion}`,
    title: fill(model.labels.document.recordOf, { organisation: model.doc.organisation.name }),
    subject: model.labels.document.recordName,
    description: model.labels.document.note,
    keywords: 'GDPR Art. 30',
    category: model.labels.document.recordName,
    language: model.lang,
    company: model.doc.organisation.name,
    created: new Date(model.exportedAt),
    modified: new Date(model.exportedAt),
  }
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
  Object.assign(workbook, workbookProperties(model))
  // One measurer for the workbook: a text measured in one sheet is known in the next.
  const measure = rowHeights()
  try {
    addCover(workbook, model, measure)
    for (const table of tables) await addTable(workbook, model, table, pacer, measure)
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
