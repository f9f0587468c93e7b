/**
 * Time and memory of the PDF export by register size: for each size (default 40, 100, 400 activities) a fresh
 * process imports a generated register into a temporary workspace, exports it as PDF and reports seconds and
 * the peak resident memory; the parent prints a table and the 400/40 time ratio (linear growth: about 10).
 * Each size runs in its own process so one run's heap does not inflate the next one's memory.
 * Not a test (machine-dependent, no assertion).
 *
 *   npx tsx bench/pdf.ts              # 40, 100, 400
 *   npx tsx bench/pdf.ts 400 2000     # any sizes
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { openBackend } from '../electron/core/backend'
import { runExport } from '../electron/core/exports/run'
import { createClient } from '../shared/api/client'
import { generateRegister } from '../tests/fixtures/generate-register'

interface Result {
  activities: number
  seconds: number
  /** CPU time of the process during the export: steadier than wall time on a shared machine. */
  cpuSeconds: number
  /** Resident memory before the export and its peak during it. */
  beforeMb: number
  peakMb: number
  fileMb: number
  pages: number
}

const mb = (bytes: number) => bytes / 1024 / 1024

/** One export in this process; prints its result as JSON on the last line. */
async function measure(activities: number): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-pdf-'))
  const backend = await openBackend(path.join(dir, 'ws.sqlite'))
  try {
    const client = createClient(backend.dispatch)
    const { organisationId } = await client.call('register.import', { document: generateRegister({ activities }) })
    global.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))
    const sampler = setInterval(sample, 25)
    const file = path.join(dir, 'out.pdf')
    const started = performance.now()
    const cpu = process.cpuUsage()
    const record = await runExport(backend.ctx, { organisationId, format: 'pdf', language: 'en', sections: ['controllerRecord', 'processorRecord', 'parties', 'transfers', 'securityMeasures', 'findings'] }, file, {
      onProgress: sample,
    })
    const seconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    clearInterval(sampler)
    sample()
    // The page count as a reader sees it: the /Count of the page tree's root.
    const counts = [...fs.readFileSync(file).toString('latin1').matchAll(/\/Type \/Pages\s*\/Count (\d+)/g)].map((m) => Number(m[1]))
    return { activities, seconds, cpuSeconds: (used.user + used.system) / 1e6, beforeMb: mb(before), peakMb: mb(peak), fileMb: mb(record.byteSize), pages: Math.max(0, ...counts) }
  } finally {
    await backend.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--one') {
  console.log(JSON.stringify(await measure(Number(process.argv[3]))))
} else {
  const sizes = process.argv.slice(2).map(Number)
  const results: Result[] = []
  for (const activities of sizes.length > 0 ? sizes : [40, 100, 400]) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', String(activities)], { encoding: 'utf8' })
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as Result
    results.push(result)
    console.log(
      `${String(activities).padStart(6)} activities: ${result.seconds.toFixed(1).padStart(5)} s (CPU ${result.cpuSeconds.toFixed(1).padStart(5)} s), ` +
        `RSS ${result.beforeMb.toFixed(0)} → peak ${result.peakMb.toFixed(0).padStart(4)} MB, ${result.pages} pages, ${result.fileMb.toFixed(1)} MB file`,
    )
  }
  const small = results.find((r) => r.activities === 40)
  const large = results.find((r) => r.activities === 400)
  if (small && large) {
    console.log(`400/40: time ${(large.seconds / small.seconds).toFixed(1)}, CPU ${(large.cpuSeconds / small.cpuSeconds).toFixed(1)}, pages ${(large.pages / small.pages).toFixed(1)} (linear: 10, less with the fixed start-up cost)`)
  }
}
