import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { exportJobs } from '../../electron/core/exports/jobs'
import { createClient } from '../../shared/api/client'
import { tempDir, tempWorkspacePath } from '../helpers/workspace'
import { migrationBefore, openAt } from './helpers'

describe('migration 0011_notice_records', () => {
  it('keeps earlier export records as register exports, and records notices beside them', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, migrationBefore('0011_notice_records'))
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Acme Oy', 't', 't')",
      )
      .run()
    old.sqlite
      .prepare(
        `INSERT INTO export_records (id, organisation_id, organisation_name, created_at, actor, format, language, sections_json, file_name, sha256, byte_size, counts_json, as_of, snapshot_json)
         VALUES ('e1', 'o1', 'Acme Oy', '2026-01-01T00:00:00.000Z', 'dpo', 'pdf', 'fi', '["controllerRecord"]', 'acme.pdf', '${'a'.repeat(64)}', 1234, ?, NULL, ?)`,
      )
      .run(
        JSON.stringify({
          activities: 0,
          controllerActivities: 0,
          processorActivities: 0,
          parties: 0,
          transfers: 0,
          securityMeasures: 0,
          findings: 0,
        }),
        JSON.stringify({ format: 'ropa-register', version: 1, organisation: { name: 'Acme Oy' } }),
      )
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    const client = createClient(backend.dispatch)
    const [before] = await client.call('exports.list', { organisationId: 'o1' })
    expect(before).toMatchObject({
      id: 'e1',
      document: 'register',
      format: 'pdf',
      notice: null,
      fileName: 'acme.pdf',
    })

    const jobs = exportJobs(backend.ctx)
    const started = await client.call('notices.start', {
      organisationId: 'o1',
      format: 'html',
      saveTicket: jobs.registerSaveTarget(path.join(tempDir(), 'acme.html')),
    })
    expect((await jobs.wait(started.jobId)).state).toBe('done')
    const records = await client.call('exports.list', { organisationId: 'o1' })
    expect(records.map((r) => [r.document, r.format])).toEqual([
      ['notice', 'html'],
      ['register', 'pdf'],
    ])
    // An organisation without activities gets a notice that says what is missing.
    expect(records[0].notice).toEqual({ audienceId: null, audienceName: null, recipients: 'names', gaps: 3 })
    await backend.close()
  })
})
