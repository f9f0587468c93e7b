/**
 * The compliance checks over the whole consultant workspace: building the 50 register documents from the
 * workspace (as `checks.organisation` does), then `runChecks` over all 20,000 activities. Target for the
 * checks: 0.5 s.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import type { Backend } from '../electron/core/backend'
import { buildRegister } from '../electron/core/services/register'
import { localIsoDate } from '../electron/core/services/checks'
import { runChecks } from '../shared/checks'
import { plainTranslator } from '../shared/i18n'
import type { RegisterDocument } from '../shared/schemas/register'
import { line, median, progress, timed, type BenchResult } from './lib/measure'

export async function benchChecks(backend: Backend, runs: number): Promise<BenchResult[]> {
  const { ctx } = backend
  const ids = sqliteHandle(ctx.storage).prepare('SELECT id FROM organisations ORDER BY name').pluck().all() as string[]
  const t = plainTranslator('en')
  const today = localIsoDate(new Date())
  const build: number[] = []
  const check: number[] = []
  const portfolio: number[] = []
  for (let run = 0; run < runs; run++) {
    const built = await timed(async () => {
      const docs: RegisterDocument[] = []
      for (const id of ids) docs.push(await buildRegister(ctx.db, id, { keepIds: true }))
      return docs
    })
    build.push(built.ms)
    const checked = await timed(() => built.value.reduce((n, doc) => n + runChecks(doc, { today, language: 'en', t }).length, 0))
    check.push(checked.ms)
    portfolio.push((await timed(() => backend.dispatch('checks.portfolio', {}))).ms)
  }
  progress(`  documents ${median(build).toFixed(0)} ms, checks ${median(check).toFixed(0)} ms, checks.portfolio ${median(portfolio).toFixed(0)} ms`)
  return [
    line(`checks: runChecks over ${ids.length} registers (20,000 activities)`, median(check), 'ms', { target: 500 }),
    line(`checks: building the ${ids.length} register documents`, median(build), 'ms'),
    line('checks: checks.portfolio (documents and checks of every organisation)', median(portfolio), 'ms'),
  ]
}
