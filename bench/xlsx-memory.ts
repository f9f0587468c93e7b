/**
 * One xlsx export in a process of its own, reporting its peak resident memory (the operating system's
 * maximum resident set size of this process) and its time as one line of JSON. Run by bench/xlsx.ts; also
 * usable on any workspace:
 *
 *   npx tsx bench/xlsx-memory.ts WORKSPACE.sqlite "Organisation name" OUT.xlsx
 */
import { openBackend } from '../electron/core/backend'
import { runExport } from '../electron/core/exports/run'
import { EXPORT_SECTIONS } from '../shared/schemas/export'

export interface MemoryReport {
  activities: number
  ms: number
  /** Resident memory once the workspace is open, before the export. */
  idleRssMb: number
  peakRssMb: number
  bytes: number
}

const MB = 1024 * 1024

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, name, out] = process.argv.slice(2)
  const backend = await openBackend(file, { actor: 'bench', logError: () => {} })
  try {
    const organisation = backend.ctx.sqlite.prepare('SELECT id, (SELECT count(*) FROM activities WHERE organisation_id = o.id) AS n FROM organisations o WHERE name = ?').get(name) as { id: string; n: number }
    const idleRssMb = process.memoryUsage.rss() / MB
    const start = performance.now()
    const record = await runExport(backend.ctx, { organisationId: organisation.id, format: 'xlsx', language: 'en', sections: [...EXPORT_SECTIONS] }, out)
    const ms = performance.now() - start
    // maxRSS is in kilobytes: the highest resident memory of this process during its whole life.
    const report: MemoryReport = { activities: organisation.n, ms, idleRssMb, peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB, bytes: record.byteSize }
    process.stdout.write(`${JSON.stringify(report)}\n`)
  } finally {
    await backend.close()
  }
}
