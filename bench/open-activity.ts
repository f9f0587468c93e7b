/**
 * Opening one activity in the editor: the activity with everything it records (`activities.get`), its
 * organisation and the four catalogues its ids refer to, as the editor asks for them. Timed through the
 * dispatcher (input validation included) for 200 activities spread over the 50 organisations; the median
 * of all those openings is the figure. Target: 5 ms.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import type { Backend } from '../electron/core/backend'
import { median, line, progress, type BenchResult } from './lib/measure'

const CATALOGUES = ['parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'] as const

export async function benchOpenActivity(backend: Backend, runs: number): Promise<BenchResult[]> {
  const { dispatch, ctx } = backend
  // Every 100th activity: 200 of them, in every organisation.
  const picks = sqliteHandle(ctx.storage)
    .prepare('SELECT id, organisation_id AS organisationId FROM activities ORDER BY rowid')
    .all()
    .filter((_, i) => i % 100 === 0) as {
    id: string
    organisationId: string
  }[]
  const call = async (method: string, input: unknown) => {
    const result = await dispatch(method, input)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value
  }
  const getTimes: number[] = []
  const openTimes: number[] = []
  for (let run = 0; run < runs; run++) {
    for (const { id, organisationId } of picks) {
      let start = performance.now()
      await call('activities.get', { id })
      getTimes.push(performance.now() - start)
      start = performance.now()
      await Promise.all([
        call('activities.get', { id }),
        call('organisations.get', { id: organisationId }),
        ...CATALOGUES.map((c) => call(`${c}.list`, { organisationId })),
      ])
      openTimes.push(performance.now() - start)
    }
  }
  progress(
    `  activities.get ${median(getTimes).toFixed(2)} ms, with organisation and catalogues ${median(openTimes).toFixed(2)} ms (medians of ${openTimes.length})`,
  )
  return [
    line('open: one activity with its organisation and catalogues (median)', median(openTimes), 'ms', {
      target: 5,
    }),
    line('open: activities.get alone (median)', median(getTimes), 'ms'),
  ]
}
