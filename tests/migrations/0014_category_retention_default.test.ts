import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { tempWorkspacePath } from '../helpers/workspace'
import { migrationBefore, openAt } from './helpers'

describe('migration 0014_category_retention_default', () => {
  it('keeps every category and activity as it was, with no default, and then holds the default activities take', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, migrationBefore('0014_category_retention_default'))
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, address, created_at, updated_at) VALUES ('o1', 'Acme Oy', 'Helsinki', 't', 't')",
      )
      .run()
    const category = old.sqlite.prepare(
      "INSERT INTO data_categories (id, organisation_id, name, description, special, created_at, updated_at) VALUES (?, 'o1', ?, ?, ?, 't', 't')",
    )
    category.run('d1', 'Payslips', 'Monthly salary statements', 'none')
    category.run('d2', 'Sick leave', null, 'health')
    old.sqlite
      .prepare(
        `INSERT INTO activities (id, organisation_id, reference, reference_key, name, role, status, retention, dpia_status, dpia_criteria, systems, automated_decision_making, created_at, updated_at)
         VALUES ('a1', 'o1', 'PA-1', 'PA-1', 'Payroll', 'controller', 'active', NULL, 'not_assessed', '[]', '[]', 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run()
    const row = old.sqlite.prepare(
      'INSERT INTO activity_data_categories (activity_id, position, data_category_id, retention, retention_months) VALUES (?, ?, ?, ?, ?)',
    )
    row.run('a1', 0, 'd1', null, null)
    row.run('a1', 1, 'd2', '2 years', 24)
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    try {
      const client = createClient(backend.dispatch)
      const categories = await client.call('dataCategories.list', { organisationId: 'o1' })
      expect(categories.map(({ activityCount: _n, ...c }) => c)).toEqual([
        {
          id: 'd1',
          organisationId: 'o1',
          name: 'Payslips',
          description: 'Monthly salary statements',
          special: 'none',
          defaultRetention: null,
          defaultRetentionMonths: null,
        },
        {
          id: 'd2',
          organisationId: 'o1',
          name: 'Sick leave',
          description: null,
          special: 'health',
          defaultRetention: null,
          defaultRetentionMonths: null,
        },
      ])
      const activity = await client.call('activities.get', { id: 'a1' })
      expect(activity.dataCategories).toEqual([
        { dataCategoryId: 'd1', retention: null, retentionMonths: null },
        { dataCategoryId: 'd2', retention: '2 years', retentionMonths: 24 },
      ])
      const missing = async () =>
        (await client.call('checks.organisation', { organisationId: 'o1' })).findings
          .filter((f) => f.code === 'RETENTION_MISSING')
          .map((f) => f.entityId)
      // Before a default is set, the payslips still lack a time limit, as before the migration.
      expect(await missing()).toEqual(['d1'])

      await client.call('dataCategories.update', {
        id: 'd1',
        entry: {
          name: 'Payslips',
          description: 'Monthly salary statements',
          special: 'none',
          defaultRetention: '6 years after the end of the financial year',
          defaultRetentionMonths: 72,
        },
      })
      const [payslips] = await client.call('dataCategories.list', { organisationId: 'o1' })
      expect(payslips).toMatchObject({
        defaultRetention: '6 years after the end of the financial year',
        defaultRetentionMonths: 72,
      })
      expect(await missing()).toEqual([])
      // The activity itself still records nothing for the payslips: the default is not copied into it.
      expect((await client.call('activities.get', { id: 'a1' })).dataCategories[0]).toEqual({
        dataCategoryId: 'd1',
        retention: null,
        retentionMonths: null,
      })
    } finally {
      await backend.close()
    }
  })
})
