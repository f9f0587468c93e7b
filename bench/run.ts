/**
 * `npm run bench`: generates a consultant's workspace (50 organisations × 400 activities, deterministic) and one
 * organisation of 20,000 activities in a temporary folder, measures each operation against its baseline on
 * this machine, prints a table and writes bench/results.json. Not a test: nothing here passes or fails.
 *
 *   npm run bench                          everything, 5 runs each (a few minutes)
 *   npm run bench -- --runs 3              fewer runs
 *   npm run bench -- --only queries,open   some measurements (queries, open, integrity, checks, import, hostile, xlsx, pdf, browser, notice-reader, team)
 *   npm run bench -- --dir /tmp/ropa-bench keep the generated workspaces there and reuse them next time
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { benchBrowser } from './browser'
import { benchChecks } from './checks'
import { benchHostile } from './hostile'
import { benchIntegrity } from './integrity'
import { benchImport } from './import'
import { benchNoticeReader } from './notice-reader'
import { line, progress, type BenchResult } from './lib/measure'
import { printTable } from './lib/table'
import { buildConsultantWorkspace, buildLargeWorkspace, openBench } from './lib/workspace'
import { benchOpenActivity } from './open-activity'
import { benchPdf } from './pdf'
import { benchQueries } from './queries'
import { benchLargeXlsx, benchXlsx } from './xlsx'
import { benchTeam } from './team'

const MEASUREMENTS = [
  'queries',
  'open',
  'integrity',
  'checks',
  'import',
  'hostile',
  'xlsx',
  'pdf',
  'browser',
  'notice-reader',
  'team',
] as const
type Measurement = (typeof MEASUREMENTS)[number]

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    dir: { type: 'string' },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1')
const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...MEASUREMENTS]
const unknown = only.filter((name) => !(MEASUREMENTS as readonly string[]).includes(name))
if (unknown.length > 0)
  throw new Error(`unknown measurement ${unknown.join(', ')}; choose from ${MEASUREMENTS.join(', ')}`)
const wanted = (m: Measurement) => only.includes(m)

const dir = values.dir ? path.resolve(values.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'))
fs.mkdirSync(dir, { recursive: true })
const out = path.join(dir, 'out')
fs.mkdirSync(out, { recursive: true })
const results: BenchResult[] = []
const started = performance.now()
const load = () => os.loadavg()[0]

/** The consultant workspace, generated only for the measurements that read it. */
async function buildConsultant() {
  progress('generating the consultant workspace (50 organisations × 400 activities)…')
  return buildConsultantWorkspace(path.join(dir, 'consultant.sqlite'))
}

const cores = os.cpus().length
results.push(line(`machine: load average (1 minute) at the start, ${cores} cores`, load(), 'runnable'))
progress(
  `workspaces in ${dir}; ${runs} runs per measurement; load average ${load().toFixed(1)} on ${cores} cores`,
)

try {
  const needsConsultant = (['queries', 'open', 'integrity', 'checks', 'xlsx', 'browser'] as const).some(
    wanted,
  )
  const consultant = needsConsultant ? await buildConsultant() : null
  if (consultant?.seconds != null)
    results.push(
      line(
        'workspace: 50 organisations × 400 activities imported (one transaction each)',
        consultant.seconds,
        's',
      ),
    )
  const needsLarge = wanted('xlsx') || wanted('browser')
  if (needsLarge) {
    progress('generating one organisation of 20,000 activities…')
    const large = await buildLargeWorkspace(path.join(dir, 'large.sqlite'))
    if (large.seconds !== null)
      results.push(
        line(
          'workspace: one organisation of 20,000 activities imported (one transaction)',
          large.seconds,
          's',
        ),
      )
  }

  if (consultant && wanted('integrity')) {
    progress('opening the consultant workspace, with and without its integrity check…')
    results.push(...(await benchIntegrity(consultant.file, runs)))
  }
  if (consultant) {
    const backend = await openBench(consultant.file)
    try {
      if (wanted('queries')) {
        progress('list / filter / sort / search through activities.search against the same SQL, raw…')
        results.push(...(await benchQueries(backend, runs)))
      }
      if (wanted('open')) {
        progress('opening activities…')
        results.push(...(await benchOpenActivity(backend, runs)))
      }
      if (wanted('checks')) {
        progress('checks over the whole workspace…')
        results.push(...(await benchChecks(backend, consultant.file, runs)))
      }
      if (wanted('xlsx')) {
        progress('xlsx export of 400 activities against a bare exceljs write…')
        results.push(...(await benchXlsx(backend, runs, out)))
      }
    } finally {
      await backend.close()
    }
  }

  if (wanted('import')) {
    progress('JSON import against raw inserts…')
    const file = path.join(dir, 'import.sqlite')
    fs.rmSync(file, { force: true })
    const importing = await openBench(file)
    try {
      results.push(...(await benchImport(importing, runs)))
    } finally {
      await importing.close()
      fs.rmSync(file, { force: true })
    }
  }
  if (wanted('hostile')) {
    progress('hostile imports (a lying zip bomb, a million rows), each in a process of its own…')
    results.push(...(await benchHostile(Math.min(runs, 3), out)))
  }
  if (wanted('xlsx')) {
    progress('xlsx export of 20,000 activities (peak memory, in a process of its own)…')
    results.push(...(await benchLargeXlsx(path.join(dir, 'large.sqlite'), Math.min(runs, 3), out)))
  }
  if (wanted('pdf')) {
    progress('PDF export of 40, 100 and 400 activities, each in a process of its own…')
    results.push(...(await benchPdf(Math.min(runs, 3))))
  }
  if (wanted('notice-reader')) {
    progress('notice reader: recall and precision on the held-out, tuned and real sample notices…')
    results.push(...(await benchNoticeReader()))
  }
  if (wanted('browser')) {
    progress('app start, the activities table and the editor in Chromium…')
    results.push(
      ...(await benchBrowser(
        path.join(dir, 'consultant.sqlite'),
        path.join(dir, 'large.sqlite'),
        Math.min(runs, 3),
      )),
    )
  }
  if (wanted('team')) {
    progress('2, 4 and 8 writers at once, each a process of its own, on SQLite and on PostgreSQL…')
    results.push(...(await benchTeam(dir, Math.min(runs, 3))))
  }
} finally {
  if (!values.dir) fs.rmSync(dir, { recursive: true, force: true })
  else fs.rmSync(out, { recursive: true, force: true })
}

results.push(line(`machine: load average (1 minute) at the end, ${cores} cores`, load(), 'runnable'))
const file = path.join(import.meta.dirname, 'results.json')
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
printTable(results)
progress(
  `done in ${((performance.now() - started) / 60000).toFixed(1)} minutes; results in ${path.relative(process.cwd(), file)}`,
)
