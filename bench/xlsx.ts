/**
 * The Excel export of one 400-activity organisation against a bare exceljs streaming write of the same cells
 * (same strings, no styles, nothing else), target at most 1.5 × bare: the styled workbook written from the
 * export model (cells formatted from the register as it goes), and the whole export (`runExport`: register
 * read, checks, workbook, SHA-256, export record), whose reading and checking the bare write does not do:
 * of a register exported before and unchanged since (kept between exports), and right after a change. Then `ropa export` of one organisation of 20,000 activities, for its peak
 * resident memory (target 400 MB) and time.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Backend } from '../electron/core/backend'
import { APP_DATA_SHEET, appDataRows, carriesAppData } from '../electron/core/exports/app-data'
import { buildExportModel, type ExportModel } from '../electron/core/exports/model'
import { runExport } from '../electron/core/exports/run'
import { coverRows, exportTables } from '../electron/core/exports/tables'
import { writeXlsx } from '../electron/core/exports/xlsx'
import { createClient } from '../shared/api/client'
import { EXPORT_SECTIONS } from '../shared/schemas/export'
import { line, median, paired, pairedBoth, progress, timed, timedBoth, type BenchResult } from './lib/measure'
import { ropaWithPeak, type PeakReport } from './lib/peak'
import { organisationName } from './lib/workspace'
import { ensureBuilt } from './browser'

/** The workbook's cells as plain strings, sheet by sheet, exactly as the export writes them (the hidden data sheet too). */
function cellsOf(model: ExportModel) {
  return [
    { title: model.labels.sheets.cover, rows: coverRows(model) as string[][] },
    ...exportTables(model).map((t) => ({
      title: t.title,
      rows: [t.columns.map((c) => c.header), ...t.rows()],
    })),
    ...(carriesAppData(model) ? [{ title: APP_DATA_SHEET, rows: [...appDataRows(model)] }] : []),
  ]
}

async function bareWrite(sheets: { title: string; rows: string[][] }[], file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  })
  for (const { title, rows } of sheets) {
    const sheet = workbook.addWorksheet(title)
    for (const values of rows) sheet.addRow(values).commit()
    sheet.commit()
  }
  await workbook.commit()
}

export async function benchXlsx(backend: Backend, runs: number, dir: string): Promise<BenchResult[]> {
  const organisationId = sqliteHandle(backend.ctx.storage)
    .prepare('SELECT id FROM organisations WHERE name = ?')
    .pluck()
    .get(organisationName(11)) as string
  const model = await buildExportModel(backend.ctx, organisationId, { lang: 'en', sections: EXPORT_SECTIONS })
  const sheets = cellsOf(model)
  const bare = path.join(dir, 'bare.xlsx')
  const bareMs = async () => (await timed(() => bareWrite(sheets, bare))).ms
  const writer = await paired(
    runs,
    async () => (await timed(() => writeXlsx(model, path.join(dir, 'written.xlsx')))).ms,
    bareMs,
  )
  progress(
    `  workbook of 400 activities from its model ${writer.value.toFixed(0)} ms, bare exceljs ${writer.baseline.toFixed(0)} ms`,
  )
  const request = {
    organisationId,
    format: 'xlsx' as const,
    language: 'en' as const,
    sections: [...EXPORT_SECTIONS],
  }
  const bareBoth = () => timedBoth(() => bareWrite(sheets, bare))
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
      writer.value,
      'ms',
      { baseline: writer.baseline, target: 1.5 },
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
