/**
 * The Excel export of one 400-activity organisation against a bare exceljs streaming write of the same
 * workbook, target at most 1.5 × bare. The bare write is given everything the export works out, ready made:
 * every sheet's cells (the same values, plain strings or inline strings), the same shared style objects, row
 * heights, merged title cells, column widths, page setup, header and footer, frozen panes, filter, document
 * properties and the hidden data sheet; what it leaves out is the work of the export itself (reading the
 * register into rows, formatting the cells, measuring the wrapped text, keeping pace with the compressor).
 * Both files are checked to hold the same entries, byte for byte. Measured: the styled workbook written from
 * the export model, and the whole export (`runExport`: register read, checks, workbook, SHA-256, export
 * record), whose reading and checking the bare write does not do: of a register exported before and
 * unchanged since (kept between exports), and right after a change. Then `ropa export` of one organisation of
 * 20,000 activities, for its peak resident memory (target 400 MB) and time.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Backend } from '../electron/core/backend'
import { APP_DATA_SHEET, appDataRows, carriesAppData } from '../electron/core/exports/app-data'
import { buildExportModel, type ExportModel } from '../electron/core/exports/model'
import { runExport } from '../electron/core/exports/run'
import { exportTables } from '../electron/core/exports/tables'
import {
  BODY_STYLE,
  coverLayout,
  coverSheet,
  HEADER_STYLE,
  tableSheet,
  workbookProperties,
  writeXlsx,
  type LaidOutRow,
} from '../electron/core/exports/xlsx'
import { cellValue, rowHeight, useFontAsDefault } from '../electron/core/exports/xlsx-print'
import { openBoundedZip, zipEntries } from '../electron/core/imports/zip'
import { createClient } from '../shared/api/client'
import { EXPORT_SECTIONS } from '../shared/schemas/export'
import { line, median, pairedBoth, progress, timedBoth, type BenchResult } from './lib/measure'
import { ropaWithPeak, type PeakReport } from './lib/peak'
import { organisationName } from './lib/workspace'
import { ensureBuilt } from './browser'

interface BareSheet {
  title: string
  options: Partial<ExcelJS.AddWorksheetOptions>
  widths?: number[]
  autoFilter?: ExcelJS.AutoFilter
  rows: LaidOutRow[]
}

/** Everything the export's workbook holds, sheet by sheet and row by row, worked out before the bare write. */
function workbookOf(model: ExportModel): BareSheet[] {
  const cover = coverSheet(model)
  const tables = exportTables(model).map((table): BareSheet => {
    const { options, widths, autoFilter } = tableSheet(model, table)
    const headings = table.columns.map((c) => c.header)
    const rows: LaidOutRow[] = [
      {
        values: headings,
        styles: headings.map(() => HEADER_STYLE),
        height: rowHeight(headings, widths, true),
      },
    ]
    for (const values of table.rows())
      rows.push({
        values: values.map(cellValue),
        styles: values.map(() => BODY_STYLE),
        height: rowHeight(values, widths),
      })
    return { title: table.title, options, widths, autoFilter, rows }
  })
  const data: BareSheet[] = carriesAppData(model)
    ? [
        {
          title: APP_DATA_SHEET,
          options: { state: 'hidden' },
          rows: [...appDataRows(model)].map((values) => ({ values, styles: [] })),
        },
      ]
    : []
  return [
    { title: cover.title, options: cover.options, widths: cover.widths, rows: coverLayout(model) },
    ...tables,
    ...data,
  ]
}

async function bareWrite(model: ExportModel, sheets: BareSheet[], file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  })
  useFontAsDefault(workbook)
  Object.assign(workbook, workbookProperties(model))
  for (const { title, options, widths, autoFilter, rows } of sheets) {
    const sheet = workbook.addWorksheet(title, options)
    if (autoFilter) sheet.autoFilter = autoFilter
    if (widths) sheet.columns = widths.map((width) => ({ width }))
    for (const { values, styles, height, merged } of rows) {
      const row = sheet.addRow(values)
      if (merged) sheet.mergeCells(row.number, 1, row.number, 2)
      for (let i = 0; i < styles.length; i++) row.getCell(i + 1).style = styles[i]
      if (height !== undefined) row.height = height
      row.commit()
    }
    sheet.commit()
  }
  await workbook.commit()
}

/** Every entry of a zip file, unpacked. */
async function unpacked(file: string): Promise<Map<string, Buffer>> {
  const bytes = fs.readFileSync(file)
  const zip = await openBoundedZip(bytes, 1e9)
  const out = new Map<string, Buffer>()
  for (const { name } of zipEntries(bytes) ?? []) {
    const chunks: Buffer[] = []
    for await (const chunk of zip.chunks(name, 1e9)) chunks.push(chunk)
    out.set(name, Buffer.concat(chunks))
  }
  return out
}

/** The bare write must be the same workbook, or the comparison means nothing. */
async function assertSameWorkbook(written: string, bare: string) {
  const [a, b] = [await unpacked(written), await unpacked(bare)]
  const names = [...new Set([...a.keys(), ...b.keys()])]
  const differ = names.filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)))
  if (differ.length > 0)
    throw new Error(`the bare workbook differs from the export's in ${differ.join(', ')}`)
  progress(`  bare workbook checked: the same ${names.length} entries as the export's, byte for byte`)
}

export async function benchXlsx(backend: Backend, runs: number, dir: string): Promise<BenchResult[]> {
  const organisationId = sqliteHandle(backend.ctx.storage)
    .prepare('SELECT id FROM organisations WHERE name = ?')
    .pluck()
    .get(organisationName(11)) as string
  const model = await buildExportModel(backend.ctx, organisationId, { lang: 'en', sections: EXPORT_SECTIONS })
  const sheets = workbookOf(model)
  const bare = path.join(dir, 'bare.xlsx')
  const written = path.join(dir, 'written.xlsx')
  const bareWriteBoth = () => timedBoth(() => bareWrite(model, sheets, bare))
  const writerBoth = () => timedBoth(() => writeXlsx(model, written))
  // One untimed write of each first: the first run of either compiles its code.
  await bareWriteBoth()
  await writerBoth()
  const writer = await pairedBoth(runs, writerBoth, bareWriteBoth)
  await assertSameWorkbook(written, bare)
  progress(
    `  workbook of 400 activities from its model ${writer.wall.value.toFixed(0)} ms (CPU ${writer.cpu.value.toFixed(0)}), ` +
      `bare exceljs ${writer.wall.baseline.toFixed(0)} ms (CPU ${writer.cpu.baseline.toFixed(0)})`,
  )
  const request = {
    organisationId,
    format: 'xlsx' as const,
    language: 'en' as const,
    sections: [...EXPORT_SECTIONS],
  }
  const bareBoth = () => timedBoth(() => bareWrite(model, sheets, bare))
  const exportBoth = () => timedBoth(() => runExport(backend.ctx, request, path.join(dir, 'export.xlsx')))
  // An export right after the register changed reads and checks it; one of a register exported before and
  // unchanged since finds its register, findings and snapshot kept (exports/model.ts).
  const client = createClient(backend.dispatch)
  const [listed] = await client.call('activities.list', { organisationId })
  const {
    id,
    organisationId: _o,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = await client.call('activities.get', { id: listed.id })
  let edits = 0
  const changedFirst = async () => {
    await client.call('activities.update', {
      id,
      activity: { ...fields, name: `${fields.name} (edit ${++edits})` },
    })
    return exportBoth()
  }
  const afterChange = await pairedBoth(runs, changedFirst, bareBoth)
  await client.call('activities.update', { id, activity: fields })
  await exportBoth()
  const whole = await pairedBoth(runs, exportBoth, bareBoth)
  progress(
    `  whole export of 400 activities ${whole.wall.value.toFixed(0)} ms (CPU ${whole.cpu.value.toFixed(0)}), after a change ${afterChange.wall.value.toFixed(0)} ms ` +
      `(CPU ${afterChange.cpu.value.toFixed(0)}); bare exceljs ${whole.wall.baseline.toFixed(0)} ms (CPU ${whole.cpu.baseline.toFixed(0)})`,
  )
  const unchanged =
    'xlsx: whole export of one organisation (400 activities: register, checks, workbook, record), unchanged since its last export'
  const changed = 'xlsx: the same right after one of its activities changed (register read and checked again)'
  return [
    line(
      'xlsx: the workbook of one organisation (400 activities) from its export model',
      writer.wall.value,
      'ms',
      { baseline: writer.wall.baseline, target: 1.5 },
    ),
    line(
      'xlsx: the workbook of one organisation (400 activities) from its export model, CPU time',
      writer.cpu.value,
      'ms',
      { baseline: writer.cpu.baseline, target: 1.5 },
    ),
    line(unchanged, whole.wall.value, 'ms', { baseline: whole.wall.baseline, target: 1.5 }),
    line(`${unchanged}, CPU time`, whole.cpu.value, 'ms', { baseline: whole.cpu.baseline, target: 1.5 }),
    line(changed, afterChange.wall.value, 'ms', { baseline: afterChange.wall.baseline, target: 1.5 }),
    line(`${changed}, CPU time`, afterChange.cpu.value, 'ms', {
      baseline: afterChange.cpu.baseline,
      target: 1.5,
    }),
  ]
}

/** `ropa export` of the organisation as xlsx, as a user runs it. */
async function ropaExport(file: string, organisation: string, out: string): Promise<PeakReport> {
  const report = await ropaWithPeak([
    'export',
    '--org',
    organisation,
    '--format',
    'xlsx',
    '--lang',
    'en',
    '--out',
    out,
    '--db',
    file,
  ])
  if (report.code !== 0) throw new Error(`ropa export failed (${report.code}): ${report.stderr}`)
  return report
}

export async function benchLargeXlsx(
  largeWorkspace: string,
  runs: number,
  dir: string,
): Promise<BenchResult[]> {
  await ensureBuilt()
  const reports: PeakReport[] = []
  for (let run = 0; run < runs; run++) {
    const out = path.join(dir, `large-${run}.xlsx`)
    const report = await ropaExport(largeWorkspace, 'Large Register Oy', out)
    progress(
      `  ropa export of 20,000 activities as xlsx: ${(report.ms / 1000).toFixed(1)} s, peak RSS ${report.peakRssMb.toFixed(0)} MB, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB file`,
    )
    reports.push(report)
    fs.rmSync(out, { force: true })
  }
  return [
    line(
      'xlsx: ropa export of 20,000 activities, peak resident memory',
      median(reports.map((r) => r.peakRssMb)),
      'MB',
      { target: 400 },
    ),
    line('xlsx: ropa export of 20,000 activities, time', median(reports.map((r) => r.ms)) / 1000, 's'),
  ]
}
