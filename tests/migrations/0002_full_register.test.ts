import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { tempWorkspacePath } from '../helpers/workspace'
import { openAt } from './helpers'

describe('migration 0002_full_register', () => {
  it('keeps organisations, activities and purposes written at 0001, with sensible defaults for the new fields', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0001_foundation')
    old.sqlite
      .prepare(
        "INSERT INTO organisations VALUES ('o1', 'Acme Oy', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
      )
      .run()
    old.sqlite
      .prepare(
        "INSERT INTO activities VALUES ('a1', 'o1', 'PA-01', 'Payroll', 'controller', 'active', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
      )
      .run()
    old.sqlite.prepare("INSERT INTO activity_purposes VALUES ('a1', 0, 'Paying salaries', '6_1_b')").run()
    await old.close()

    const backend = await openBackend(file, { actor: 'tester', checkOutput: true })
    expect(backend.workspace.backupPath).toMatch(/workspace\.backup-.*\.sqlite$/)
    const client = createClient(backend.dispatch)
    expect(await client.call('organisations.get', { id: 'o1' })).toMatchObject({
      name: 'Acme Oy',
      language: 'en',
      country: null,
      dpo: null,
    })
    const activity = await client.call('activities.get', { id: 'a1' })
    expect(activity).toMatchObject({
      reference: 'PA-01',
      purposes: [{ description: 'Paying salaries', legalBasis: '6_1_b', legitimateInterest: null }],
      dataCategories: [],
      dpia: { status: 'not_assessed', criteria: [], reference: null },
      systems: [],
      automatedDecisionMaking: false,
    })
    // The new catalogues work with the old data.
    const party = await client.call('parties.create', {
      organisationId: 'o1',
      entry: { name: 'Payroll Oy', kind: 'processor' },
    })
    const { id: _id, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = activity
    await client.call('activities.update', {
      id: 'a1',
      activity: { ...fields, recipients: [{ partyId: party.id, category: null, purpose: null }] },
    })
    expect((await client.call('parties.usage', { id: party.id })).map((a) => a.reference)).toEqual(['PA-01'])
    await backend.close()
  })
})
