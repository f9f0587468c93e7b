/**
 * Memory of a large xlsx export: builds a register of N activities (default 5000) in a temporary workspace,
 * exports it as xlsx and prints the resident memory before, at its peak during, and after the export.
 * Not a test (no assertion, machine-dependent): run it to see that the streaming writer keeps memory bounded.
 *
 *   npx tsx bench/export-memory.ts 5000
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../electron/core/backend'
import { runExport } from '../electron/core/exports/run'
import { createClient } from '../shared/api/client'
import { richRegister } from '../tests/fixtures/rich-register'

const count = Number(process.argv[2] ?? 5000)
const format = (process.argv[3] ?? 'xlsx') as 'xlsx' | 'csv' | 'pdf'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'))
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const doc = richRegister()
const template = doc.activities![0]
doc.activities = Array.from({ length: count }, (_, i) => ({ ...template, id: `a${i + 1}`, reference: `PA-${i + 1}`, name: `${template.name} ${i + 1}` }))

const backend = await openBackend(path.join(dir, 'ws.sqlite'))
try {
  const client = createClient(backend.dispatch)
  const { organisationId } = await client.call('register.import', { document: doc })
  global.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
  const started = Date.now()
  const record = await runExport(backend.ctx, { organisationId, format, language: 'en', sections: ['controllerRecord', 'parties', 'transfers', 'securityMeasures'] }, path.join(dir, `out.${format}`), {
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
  })
  clearInterval(sampler)
  console.log(`${count} activities → ${format}: ${mb(record.byteSize)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`RSS before ${mb(before)}, peak ${mb(peak)} (+${mb(peak - before)}), after ${mb(process.memoryUsage().rss)}`)
} finally {
  await backend.close()
  fs.rmSync(dir, { recursive: true, force: true })
}
