/**
 * The PDF export of one organisation of 400 activities (target: 5 s), and how its time grows from 40 to 400
 * activities: 10 × the time would be linear growth, more means each activity costs more as the document grows.
 */
import path from 'node:path'
import type { Backend } from '../electron/core/backend'
import { runExport } from '../electron/core/exports/run'
import { importRegister } from '../electron/core/services/register'
import { EXPORT_SECTIONS } from '../shared/schemas/export'
import { generateRegister } from '../tests/fixtures/generate-register'
import { line, median, progress, timed, type BenchResult } from './lib/measure'

const SIZES = [40, 100, 400] as const

export async function benchPdf(backend: Backend, runs: number, dir: string): Promise<BenchResult[]> {
  const organisations = new Map<number, string>()
  for (const size of SIZES) {
    const name = `PDF register of ${size}`
    const existing = backend.ctx.sqlite.prepare('SELECT id FROM organisations WHERE name = ?').pluck().get(name) as string | undefined
    organisations.set(size, existing ?? (await importRegister(backend.ctx, generateRegister({ activities: size, seed: 700 + size, name }))).organisationId)
  }
  const times = new Map<number, number[]>(SIZES.map((size) => [size, []]))
  for (let run = 0; run < runs; run++) {
    for (const size of SIZES) {
      const request = { organisationId: organisations.get(size)!, format: 'pdf' as const, language: 'en' as const, sections: [...EXPORT_SECTIONS] }
      const { ms } = await timed(() => runExport(backend.ctx, request, path.join(dir, `register-${size}.pdf`)))
      times.get(size)!.push(ms / 1000)
    }
    progress(`  run ${run + 1}: ${SIZES.map((size) => `${size} activities ${times.get(size)!.at(-1)!.toFixed(1)} s`).join(', ')}`)
  }
  const t = (size: number) => median(times.get(size)!)
  return [
    line('pdf: export of one organisation (400 activities)', t(400), 's', { target: 5 }),
    line('pdf: 400 activities against 40 (linear growth: 10 ×)', t(400), 's', { baseline: t(40), target: 10 }),
    line('pdf: export of 100 activities', t(100), 's'),
  ]
}
