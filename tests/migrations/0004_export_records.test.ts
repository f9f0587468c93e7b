import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { exportJobs } from '../../electron/core/exports/jobs'
import { createClient } from '../../shared/api/client'
import { tempDir, tempWorkspacePath } from '../helpers/workspace'
import { openAt } from './helpers'
import path from 'node:path'

describe('migration 0004_export_records', () => {
  it('adds export records to a workspace with data; its organisations can be exported and recorded', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0003_settings')
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Acme Oy', 't', 't')",
      )
      .run()
    old.sqlite
      .prepare(
        "INSERT INTO activities (id, organisation_id, reference, name, role, status, dpia_status, dpia_criteria, systems, automated_decision_making, created_at, updated_at) VALUES ('a1', 'o1', 'PA-01', 'Payroll', 'controller', 'active', 'not_assessed', '[]', '[]', 0, 't', 't')",
      )
      .run()
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    const client = createClient(backend.dispatch)
    expect(await client.call('exports.list', { organisationId: 'o1' })).toEqual([])
    const jobs = exportJobs(backend.ctx)
    const started = await client.call('exports.start', {
      organisationId: 'o1',
      format: 'csv',
      saveTicket: jobs.registerSaveTarget(path.join(tempDir(), 'acme.csv')),
    })
    expect((await jobs.wait(started.jobId)).state).toBe('done')
    const [record] = await client.call('exports.list', { organisationId: 'o1' })
    expect(record).toMatchObject({
      organisationName: 'Acme Oy',
      format: 'csv',
      language: 'en',
      counts: { activities: 1 },
    })
    await backend.close()
  })
})
