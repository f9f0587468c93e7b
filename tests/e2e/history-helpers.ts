/** Helpers for the history end-to-end tests: prepared workspaces, activities by reference, exports run to their end. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import type { MethodOutput } from '../../shared/api'
import type { Client } from '../../shared/api/client'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Writes one of the scenarios of history-scenarios.ts into a new workspace file. */
export function prepareWorkspace(scenario: 'imported' | 'bakery', file: string): void {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'tests/e2e/history-scenarios.ts'), scenario, file],
    { cwd: ROOT, stdio: 'pipe' },
  )
}

type Activity = MethodOutput<'activities.get'>

export function fieldsOf(activity: Activity) {
  const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = activity
  return fields
}

export async function activityByReference(
  client: Pick<Client, 'call'>,
  organisationId: string,
  reference: string,
): Promise<Activity> {
  const summary = (await client.call('activities.list', { organisationId })).find(
    (a) => a.reference === reference,
  )
  if (!summary) throw new Error(`no activity ${reference}`)
  return client.call('activities.get', { id: summary.id })
}

/** Runs an export to its end (kept for download, as in browser mode) and returns its record. */
export async function exportNow(
  client: Pick<Client, 'call'>,
  organisationId: string,
  format: 'json' | 'xlsx' | 'pdf' | 'csv',
) {
  let job = await client.call('exports.start', { organisationId, format, language: 'en' })
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50))
    job = await client.call('exports.status', { jobId: job.jobId })
  }
  if (job.state !== 'done' || !job.record) throw new Error(`export ${job.state}: ${job.error}`)
  return job.record
}
