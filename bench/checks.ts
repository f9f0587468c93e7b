/**
 * The compliance checks over the whole consultant workspace: building the 50 register documents from the
 * workspace (as `checks.organisation` does), then `runChecks` over all 20,000 activities. Target for the
 * checks: 0.5 s. Then `checks.portfolio`, the consultant's home page, three ways: on a backend just opened
 * (nothing kept: every register built and checked), asked again with nothing changed (issue 20: ≤ 300 ms),
 * and after one activity of one organisation changed (≤ 600 ms). CPU time beside the wall time: on a
 * shared machine it depends less on the others' load.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import type { Backend } from '../electron/core/backend'
import { buildRegister } from '../electron/core/services/register'
import { localIsoDate } from '../electron/core/services/checks'
import { createClient } from '../shared/api/client'
import { runChecks } from '../shared/checks'
import { plainTranslator } from '../shared/i18n'
import type { RegisterDocument } from '../shared/schemas/register'
import { line, median, progress, timed, timedBoth, type BenchResult } from './lib/measure'
import { openBench } from './lib/workspace'

export async function benchChecks(backend: Backend, file: string, runs: number): Promise<BenchResult[]> {
  const { ctx } = backend
  const ids = sqliteHandle(ctx.storage)
    .prepare('SELECT id FROM organisations ORDER BY name')
    .pluck()
    .all() as string[]
  const t = plainTranslator('en')
  const today = localIsoDate(new Date())
  const build: number[] = []
  const check: number[] = []
  for (let run = 0; run < runs; run++) {
    const built = await timed(async () => {
      const docs: RegisterDocument[] = []
      for (const id of ids) docs.push(await buildRegister(ctx.db, id, { keepIds: true }))
      return docs
    })
    build.push(built.ms)
    const checked = await timed(() =>
      built.value.reduce((n, doc) => n + runChecks(doc, { today, language: 'en', t }).length, 0),
    )
    check.push(checked.ms)
  }

  const client = createClient(backend.dispatch)
  const [first] = await client.call('activities.list', { organisationId: ids[0] })
  const {
    id,
    organisationId: _o,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = await client.call('activities.get', { id: first.id })
  const cold: { wall: number; cpu: number }[] = []
  const warm: { wall: number; cpu: number }[] = []
  const changed: { wall: number; cpu: number }[] = []
  for (let run = 0; run < runs; run++) {
    // A backend of its own keeps nothing yet: the first call builds and checks every register.
    const fresh = await openBench(file)
    try {
      cold.push(await timedBoth(() => fresh.dispatch('checks.portfolio', {})))
    } finally {
      await fresh.close()
    }
    await backend.dispatch('checks.portfolio', {})
    warm.push(await timedBoth(() => backend.dispatch('checks.portfolio', {})))
    await client.call('activities.update', {
      id,
      activity: { ...fields, name: `${fields.name} (run ${run + 1})` },
    })
    changed.push(await timedBoth(() => backend.dispatch('checks.portfolio', {})))
  }
  await client.call('activities.update', { id, activity: fields })
  const wall = (xs: { wall: number }[]) => median(xs.map((x) => x.wall))
  const cpu = (xs: { cpu: number }[]) => median(xs.map((x) => x.cpu))
  progress(
    `  documents ${median(build).toFixed(0)} ms, checks ${median(check).toFixed(0)} ms, checks.portfolio cold ${wall(cold).toFixed(0)} ms, ` +
      `warm ${wall(warm).toFixed(0)} ms, after one change ${wall(changed).toFixed(0)} ms`,
  )
  return [
    line(`checks: runChecks over ${ids.length} registers (20,000 activities)`, median(check), 'ms', {
      target: 500,
    }),
    line(`checks: building the ${ids.length} register documents`, median(build), 'ms'),
    line(
      'checks: checks.portfolio on a backend just opened (every register built and checked)',
      wall(cold),
      'ms',
    ),
    line('checks: the same, CPU time', cpu(cold), 'ms'),
    line('checks: checks.portfolio again, nothing changed', wall(warm), 'ms', { target: 300 }),
    line('checks: the same, CPU time', cpu(warm), 'ms'),
    line('checks: checks.portfolio after one activity changed', wall(changed), 'ms', { target: 600 }),
    line('checks: the same, CPU time', cpu(changed), 'ms'),
  ]
}
