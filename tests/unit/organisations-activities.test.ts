import { describe, expect, it } from 'vitest'
import { emptyPurpose } from '../../shared/schemas/activity'
import type { ActivityFieldsInput } from '../../shared/schemas/activity'
import { closeTestWorkspace, openTestWorkspace } from '../helpers/workspace'
import { rawValue } from '../helpers/raw-sql'

const payroll: ActivityFieldsInput = {
  reference: 'PA-01',
  name: 'Payroll',
  role: 'controller',
  status: 'active',
  purposes: [
    { description: 'Paying salaries', legalBasis: '6_1_b' },
    { description: 'Reporting to the tax authority', legalBasis: '6_1_c' },
  ],
}

describe('organisations and activities on a real workspace file', () => {
  it('creates, renames, lists and deletes organisations', async () => {
    const { client } = await openTestWorkspace()
    const a = await client.call('organisations.create', { name: 'Zeta Oy' })
    await client.call('organisations.create', { name: 'alpha AB' })
    expect((await client.call('organisations.list', {})).map((o) => o.name)).toEqual(['alpha AB', 'Zeta Oy'])
    const renamed = await client.call('organisations.rename', { id: a.id, name: 'Zeta Group Oy' })
    expect(renamed.name).toBe('Zeta Group Oy')
    expect(renamed.updatedAt >= a.updatedAt).toBe(true)
    await client.call('organisations.delete', { id: a.id })
    expect((await client.call('organisations.list', {})).map((o) => o.name)).toEqual(['alpha AB'])
  })

  it('keeps activities with their purposes in order, and survives closing and reopening the file', async () => {
    const ws = await openTestWorkspace()
    const org = await ws.client.call('organisations.create', { name: 'Acme' })
    const created = await ws.client.call('activities.create', { organisationId: org.id, activity: payroll })
    expect(created).toMatchObject({ ...payroll, organisationId: org.id })
    await closeTestWorkspace(ws)

    const reopened = await openTestWorkspace(ws.file)
    expect(await reopened.client.call('activities.get', { id: created.id })).toEqual(created)
    const [summary] = await reopened.client.call('activities.list', { organisationId: org.id })
    expect(summary).toMatchObject({
      reference: 'PA-01',
      name: 'Payroll',
      role: 'controller',
      status: 'active',
      purposeCount: 2,
    })
    expect((await reopened.client.call('organisations.list', {}))[0].activityCount).toBe(1)
  })

  it('updates an activity, replacing its purposes', async () => {
    const { client } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'Acme' })
    const created = await client.call('activities.create', { organisationId: org.id, activity: payroll })
    const updated = await client.call('activities.update', {
      id: created.id,
      activity: {
        ...payroll,
        role: 'processor',
        status: 'retired',
        purposes: [{ description: 'Payroll service for clients', legalBasis: null }],
      },
    })
    expect(updated.purposes).toEqual([emptyPurpose('Payroll service for clients')])
    expect(updated.role).toBe('processor')
    expect(updated.createdAt).toBe(created.createdAt)
  })

  it('refuses a reference already used in the same organisation, but not in another', async () => {
    const { backend, client } = await openTestWorkspace()
    const acme = await client.call('organisations.create', { name: 'Acme' })
    const beta = await client.call('organisations.create', { name: 'Beta' })
    await client.call('activities.create', { organisationId: acme.id, activity: payroll })
    const clash = await backend.dispatch('activities.create', {
      organisationId: acme.id,
      activity: { ...payroll, reference: 'pa-01' },
    })
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'activity.reference' }] },
    })
    await expect(
      client.call('activities.create', { organisationId: beta.id, activity: payroll }),
    ).resolves.toBeTruthy()
  })

  it('deleting an organisation deletes its activities', async () => {
    const { backend, client, file } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'Acme' })
    const act = await client.call('activities.create', { organisationId: org.id, activity: payroll })
    await client.call('organisations.delete', { id: org.id })
    expect(await backend.dispatch('activities.get', { id: act.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    const orphans = await rawValue(file, 'SELECT count(*) FROM activity_purposes')
    expect(orphans).toBe(0)
  })

  it('deletes an activity', async () => {
    const { backend, client } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'Acme' })
    const act = await client.call('activities.create', { organisationId: org.id, activity: payroll })
    await client.call('activities.delete', { id: act.id })
    expect(await client.call('activities.list', { organisationId: org.id })).toEqual([])
    expect(await backend.dispatch('activities.delete', { id: act.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
