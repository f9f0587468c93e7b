import { describe, expect, it } from 'vitest'
import { countChanges, openTestWorkspace } from '../helpers/workspace'

async function setup() {
  const ws = await openTestWorkspace()
  const org = await ws.client.call('organisations.create', { name: 'Acme Oy' })
  return { ...ws, org }
}

describe('catalogues', () => {
  it('creates, lists by name, updates and deletes entries of each catalogue', async () => {
    const { client, org } = await setup()
    const cloud = await client.call('parties.create', {
      organisationId: org.id,
      entry: { name: 'CloudCo', kind: 'processor', country: 'US', dpfCertified: true },
    })
    await client.call('parties.create', {
      organisationId: org.id,
      entry: { name: 'Accounting Ltd', kind: 'processor' },
    })
    expect((await client.call('parties.list', { organisationId: org.id })).map((p) => p.name)).toEqual([
      'Accounting Ltd',
      'CloudCo',
    ])
    const updated = await client.call('parties.update', {
      id: cloud.id,
      entry: { name: 'CloudCo Inc.', kind: 'sub_processor', country: 'US', dpfCertified: false },
    })
    expect(updated).toMatchObject({
      name: 'CloudCo Inc.',
      kind: 'sub_processor',
      dpfCertified: false,
      address: null,
    })

    const staff = await client.call('dataSubjectCategories.create', {
      organisationId: org.id,
      entry: { name: 'Employees', vulnerable: true },
    })
    const health = await client.call('dataCategories.create', {
      organisationId: org.id,
      entry: { name: 'Sick leave', special: 'health' },
    })
    const backup = await client.call('securityMeasures.create', {
      organisationId: org.id,
      entry: { name: 'Backups', kind: 'backup' },
    })
    expect(staff.vulnerable).toBe(true)
    expect(health.special).toBe('health')
    expect(backup.kind).toBe('backup')
    for (const [catalogue, id] of [
      ['dataSubjectCategories', staff.id],
      ['dataCategories', health.id],
      ['securityMeasures', backup.id],
      ['parties', cloud.id],
    ] as const) {
      await client.call(`${catalogue}.delete`, { id })
    }
    expect(await client.call('dataCategories.list', { organisationId: org.id })).toEqual([])
  })

  it('refuses a second entry with the same name (any letter case) in one organisation, not across organisations', async () => {
    const { backend, client, org } = await setup()
    await client.call('dataCategories.create', { organisationId: org.id, entry: { name: 'Contact details' } })
    const clash = await backend.dispatch('dataCategories.create', {
      organisationId: org.id,
      entry: { name: 'CONTACT DETAILS' },
    })
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'entry.name' }] } })
    const other = await client.call('organisations.create', { name: 'Other Oy' })
    await expect(
      client.call('dataCategories.create', { organisationId: other.id, entry: { name: 'Contact details' } }),
    ).resolves.toBeTruthy()
  })

  it('refuses to delete an entry activities use, listing them, and changes nothing', async () => {
    const { backend, client, org } = await setup()
    const contact = await client.call('dataCategories.create', {
      organisationId: org.id,
      entry: { name: 'Contact details' },
    })
    for (const reference of ['PA-2', 'PA-10', 'PA-1']) {
      await client.call('activities.create', {
        organisationId: org.id,
        activity: {
          reference,
          name: `Activity ${reference}`,
          role: 'controller',
          dataCategories: [{ dataCategoryId: contact.id, retention: '1 year' }],
        },
      })
    }
    const changesBefore = await countChanges(backend)
    const refused = await backend.dispatch('dataCategories.delete', { id: contact.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!refused.ok) {
      expect(refused.error.message).toMatch(
        /“Contact details” is used by 3 activities \(PA-1 Activity PA-1, PA-2 Activity PA-2, PA-10 Activity PA-10\)/,
      )
      expect(refused.error.issues?.map((i) => i.path)).toEqual(['PA-1', 'PA-2', 'PA-10'])
    }
    expect((await client.call('dataCategories.list', { organisationId: org.id }))[0]).toMatchObject({
      name: 'Contact details',
      activityCount: 3,
    })
    expect(await countChanges(backend)).toBe(changesBefore)
    expect((await client.call('dataCategories.usage', { id: contact.id })).map((a) => a.reference)).toEqual([
      'PA-1',
      'PA-2',
      'PA-10',
    ])
  })

  it('deletes a used entry when told what replaces it, in every activity, keeping each list free of doubles', async () => {
    const { backend, client, org } = await setup()
    const old = await client.call('parties.create', {
      organisationId: org.id,
      entry: { name: 'Old Payroll Oy', kind: 'processor', country: 'FI' },
    })
    const next = await client.call('parties.create', {
      organisationId: org.id,
      entry: { name: 'New Payroll Oy', kind: 'processor', country: 'FI' },
    })
    const a = await client.call('activities.create', {
      organisationId: org.id,
      activity: {
        reference: 'PA-01',
        name: 'Payroll',
        role: 'joint_controller',
        jointControllerIds: [old.id, next.id],
        recipients: [{ partyId: old.id }],
        transfers: [{ partyId: old.id, country: 'NO', mechanism: 'NONE' }],
      },
    })
    const result = await client.call('parties.delete', { id: old.id, replaceWith: next.id })
    expect(result).toEqual({ id: old.id, replacedIn: 1 })
    const after = await client.call('activities.get', { id: a.id })
    expect(after.jointControllerIds).toEqual([next.id])
    expect(after.recipients[0].partyId).toBe(next.id)
    expect(after.transfers[0].partyId).toBe(next.id)
    const ops = await backend.ctx.db
      .selectFrom('changes')
      .select(['entity', 'operation'])
      .where('operation', '!=', 'create')
      .orderBy('id')
      .execute()
    expect(ops).toEqual([
      { entity: 'activity', operation: 'update' },
      { entity: 'party', operation: 'delete' },
    ])
  })

  it('refuses a replacement from another organisation or of itself', async () => {
    const { backend, client, org } = await setup()
    const other = await client.call('organisations.create', { name: 'Other Oy' })
    const mine = await client.call('securityMeasures.create', {
      organisationId: org.id,
      entry: { name: 'Backups', kind: 'backup' },
    })
    const theirs = await client.call('securityMeasures.create', {
      organisationId: other.id,
      entry: { name: 'Backups', kind: 'backup' },
    })
    await client.call('activities.create', {
      organisationId: org.id,
      activity: { reference: 'PA-01', name: 'X', role: 'controller', securityMeasureIds: [mine.id] },
    })
    expect(
      await backend.dispatch('securityMeasures.delete', { id: mine.id, replaceWith: theirs.id }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(
      await backend.dispatch('securityMeasures.delete', { id: mine.id, replaceWith: mine.id }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})
