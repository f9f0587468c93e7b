/**
 * The Excel workbook: a cover sheet and one sheet per table (tables.ts), styled as a careful person would
 * (bold frozen header, autofilter, wrapped text, fitted widths, landscape A4 printing with the header row on
 * every page, document properties). Written with exceljs' streaming writer, row by row, so a register of tens
 * of thousands of activities never sits in memory as a workbook.
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
const BODY_STYLE: Partial<ExcelJS.Style> = Object.freeze({ alignment: WRAP })
const HEADER_STYLE: Partial<ExcelJS.Style> = Object.freeze({ font: { bold: true }, fill: HEADER_FILL, border: HEADER_BORDER, alignment: WRAP })
/** A4 in the OOXML paper size list. */
const A4 = 9

/** Header and footer codes: "&&" is a literal ampersand, &P the page, &N the number of pages. */
const hf = (text: string) => text.replace(/&/g, '&&')

function pageSetup(model: ExportModel, orientation: 'landscape' | 'portrait', titleRows?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages down as the rows need.
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  }
}

function headerFooter(model: ExportModel): Partial<ExcelJS.HeaderFooter> {
  const header = `&L${hf(model.doc.organisation.name)}&R${hf(`${model.labels.document.exportDate}: ${formatDayLong(model.exportDate, model.lang)}`)}`
  // The page placeholders are filled after escaping, so their "&" stays a code.
  const page = hf(model.labels.document.page).replace('{{page}}', '&P').replace('{{pages}}', '&N')
  const footer = `&L${hf(model.labels.document.recordName)}&R${page}`
  return { oddHeader: header, oddFooter: footer }
}

function addCover(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ExportModel) {
  const sheet = workbook.addWorksheet(model.labels.sheets.cover, {
    pageSetup: pageSetup(model, 'portrait'),
    headerFooter: headerFooter(model),
    properties: { tabColor: { argb: 'FF3B5BA9' } },
  })
  sheet.columns = [{ width: 36 }, { width: 90 }]
  // Title and note stand alone in column A and flow over the empty cells to their right.
  const title = sheet.addRow([fill(model.labels.document.recordOf, { organisation: model.doc.organisation.name })])
  title.getCell(1).font = { bold: true, size: 14 }
  title.commit()
  const note = sheet.addRow([model.labels.document.note])
  note.getCell(1).font = { italic: true }
  note.commit()
  sheet.addRow([]).commit()
  for (const [label, value] of coverRows(model)) {
    const row = sheet.addRow([label, value])
    row.getCell(1).font = { bold: true }
    row.getCell(1).alignment = WRAP
    row.getCell(2).alignment = WRAP
    row.commit()
  }
  sheet.commit()
}

async function addTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ExportModel, table: Table, pacer: Pacer) {
  const lastColumn = table.columns.length
  const sheet = workbook.addWorksheet(table.title, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: pageSetup(model, 'landscape', '1:1'),
    headerFooter: headerFooter(model),
  })
  // Read when the sheet is committed; the streaming writer's option type does not list it.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: lastColumn } }
  sheet.columns = table.columns.map((c) => ({ width: c.width }))
  const header = sheet.addRow(table.columns.map((c) => c.header))
  header.eachCell((cell) => {
    cell.style = HEADER_STYLE
  })
  header.commit()
  let count = 0
  for (const values of table.rows()) {
    const row = sheet.addRow(values)
    row.eachCell((cell) => {
      cell.style = BODY_STYLE
    })
    row.commit()
    if (++count % 50 === 0) await compressorCaughtUp(sheet)
    await pacer.step()
  }
  sheet.commit()
}

/** Write the workbook to `file`; on cancel or failure the caller deletes the partial file. */
export async function writeXlsx(model: ExportModel, file: string, options: WriteOptions = {}): Promise<void> {
  const tables = exportTables(model)
  const pacer = new Pacer(tables.reduce((n, t) => n + t.rowCount, 0), options)
  const out = fs.createWriteStream(file)
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve)
    out.on('error', reject)
  })
  closed.catch(() => {})
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
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
