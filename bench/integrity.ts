/**
 * What the integrity check costs at open: opening the consultant workspace (50 × 400 activities, about 200 MB) as
 * every host does, against SQLite's quick_check alone on the open file. The check reads every page, so it
 * grows with the file; opening without it is a few milliseconds.
 */
import fs from 'node:fs'
import { assertIntact } from '../electron/core/db/damaged'
import { openWorkspace } from '../electron/core/db/open'
import { line, median, progress, timed, type BenchResult } from './lib/measure'

export async function benchIntegrity(file: string, runs: number): Promise<BenchResult[]> {
  const opens: number[] = []
  const checks: number[] = []
  for (let run = 0; run < runs; run++) {
    const open = await timed(() => openWorkspace(file))
    opens.push(open.ms)
    checks.push((await timed(() => assertIntact(open.value.sqlite, file))).ms)
    await open.value.close()
  }
  const mb = fs.statSync(file).size / 1024 / 1024
  progress(
    `  open ${median(opens).toFixed(0)} ms, of which quick_check about ${median(checks).toFixed(0)} ms, for ${mb.toFixed(0)} MB`,
  )
  return [
    line(
      `open: the consultant workspace (${mb.toFixed(0)} MB) with its integrity check`,
      median(opens),
      'ms',
    ),
    line(`open: SQLite's quick_check alone on that workspace`, median(checks), 'ms'),
  ]
}
