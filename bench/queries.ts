/**
 * List, filter, sort and search activities through the core service (`activities.search`), against exactly
 * the SQL it runs, prepared once as a raw better-sqlite3 statement: the difference is what the service adds
 * (Kysely, binding, the unknown-organisation check). Target: at most 1.3 × raw.
 */
import { sqliteHandle } from '../electron/core/db/workspace'
import type { Backend } from '../electron/core/backend'
import {
  compileActivitySearch,
  pageTellsTotal,
  searchActivities,
} from '../electron/core/services/activity-search'
import { activitySearchSchema, type ActivitySearchInput } from '../shared/schemas/activity-search'
import { line, paired, progress, timePerCall, type BenchResult } from './lib/measure'
import { organisationName } from './lib/workspace'

export async function benchQueries(backend: Backend, runs: number): Promise<BenchResult[]> {
  const { ctx } = backend
  const organisationId = sqliteHandle(ctx.storage)
    .prepare('SELECT id FROM organisations WHERE name = ?')
    .pluck()
    .get(organisationName(6)) as string
  const cases: [string, ActivitySearchInput][] = [
    ['list one organisation (400 activities, by reference)', { organisationId }],
    [
      'filter one organisation (controller, active)',
      { organisationId, role: 'controller', status: 'active' },
    ],
    ['sort one organisation (by name, descending)', { organisationId, sort: 'name', direction: 'desc' }],
    ['search one organisation (“payroll”)', { organisationId, text: 'payroll' }],
    ['list all organisations (20,000 activities, by reference)', {}],
    ['list all organisations, first page of 100', { limit: 100 }],
    ['filter all organisations (active, HR)', { status: 'active', businessFunction: 'HR' }],
    [
      'sort all organisations (last changed, first 100)',
      { sort: 'updatedAt', direction: 'desc', limit: 100 },
    ],
    ['sort all organisations (by name, first 100)', { sort: 'name', limit: 100 }],
    ['search all organisations (“payroll owner 3”)', { text: 'payroll owner 3' }],
  ]
  const results: BenchResult[] = []
  for (const [name, raw] of cases) {
    const input = activitySearchSchema.parse(raw)
    const { page, count } = compileActivitySearch(ctx.db, ctx.storage.engine, input)
    const pageStatement = sqliteHandle(ctx.storage).prepare(page.sql)
    const countStatement = sqliteHandle(ctx.storage).prepare(count.sql)
    const service = () => searchActivities(ctx, input)
    const baseline = () => {
      const rows = pageStatement.all(...page.parameters)
      return pageTellsTotal(input, rows.length)
        ? rows.length
        : (countStatement.get(...count.parameters) as { total: number }).total
    }
    // Same answer both ways, or the comparison means nothing.
    const answer = await service()
    if (answer.total !== baseline() || answer.total === 0)
      throw new Error(`${name}: the service and the raw statement disagree, or nothing matched`)
    const minMs = input.limit === null && input.organisationId === null ? 400 : 100
    const m = await paired(
      runs,
      () => timePerCall(service, minMs),
      () => timePerCall(baseline, minMs),
    )
    results.push(line(`search: ${name}`, m.value, 'ms', { baseline: m.baseline, target: 1.3 }))
    progress(`  ${name}: ${m.value.toFixed(2)} ms, raw ${m.baseline.toFixed(2)} ms`)
  }
  return results
}
