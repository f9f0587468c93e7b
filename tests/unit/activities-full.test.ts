import { describe, expect, it } from 'vitest'
import { activityFieldsSchema } from '../../shared/schemas/activity'
import { richRegister } from '../fixtures/rich-register'
import { openTestWorkspace } from '../helpers/workspace'

describe('a complete processing activity', () => {
  it('stores and returns every field of the register format', async () => {
    const { client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const [summary] = (await client.call('activities.list', { organisationId })).filter(
      (a) => a.reference === 'PA-02',
    )
    expect(summary).toMatchObject({
      businessFunction: 'Marketing',
      purposeCount: 1,
      dataCategoryCount: 1,
      transferCount: 11,
      nextReviewDue: '2025-06-01',
    })
    const activity = await client.call('activities.get', { id: summary.id })
    const { id: _id, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = activity
    expect(activityFieldsSchema.parse(fields)).toEqual(fields)
    const updated = await client.call('activities.update', {
      id: activity.id,
      activity: {
        ...fields,
        systems: ['Mailer', 'CRM'],
        dpia: { status: 'completed', criteria: [], reference: 'DPIA-7' },
      },
    })
    expect(updated.systems).toEqual(['Mailer', 'CRM'])
    expect((await client.call('activities.get', { id: activity.id })).dpia).toEqual({
      status: 'completed',
      criteria: [],
      reference: 'DPIA-7',
    })
  })

  it('refuses catalogue entries of another organisation, naming the field', async () => {
    const { backend, client } = await openTestWorkspace()
    const a = await client.call('organisations.create', { name: 'A Oy' })
    const b = await client.call('organisations.create', { name: 'B Oy' })
    const foreign = await client.call('dataCategories.create', {
      organisationId: b.id,
      entry: { name: 'Contact details' },
    })
    const result = await backend.dispatch('activities.create', {
      organisationId: a.id,
      activity: {
        reference: 'PA-01',
        name: 'X',
        role: 'controller',
        dataCategories: [{ dataCategoryId: foreign.id }],
      },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'activity.dataCategories[0].dataCategoryId' }] },
    })
    expect(await client.call('activities.list', { organisationId: a.id })).toEqual([])
  })

  it('lists the controllers a processor acts for only on processor records', async () => {
    const { backend, client } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'A Oy' })
    const client1 = await client.call('parties.create', {
      organisationId: org.id,
      entry: { name: 'Client AB', kind: 'client_controller' },
    })
    const wrong = await backend.dispatch('activities.create', {
      organisationId: org.id,
      activity: { reference: 'PA-01', name: 'X', role: 'controller', controllerIds: [client1.id] },
    })
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'activity.controllerIds' }] },
    })
    const right = await client.call('activities.create', {
      organisationId: org.id,
      activity: { reference: 'PA-01', name: 'X', role: 'processor', controllerIds: [client1.id] },
    })
    expect(right.controllerIds).toEqual([client1.id])
  })

  it('duplicates an activity as a draft under the next number of its prefix, keeping its name', async () => {
    const { client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const [payroll] = await client.call('activities.list', { organisationId })
    const copy = await client.call('activities.duplicate', { id: payroll.id })
    const copy2 = await client.call('activities.duplicate', { id: payroll.id })
    // The register has PA-01, PA-02 and PA-10: the copies come after the highest, not into the gap.
    expect([copy.reference, copy2.reference]).toEqual(['PA-11', 'PA-12'])
    expect(copy).toMatchObject({ name: 'Payroll', status: 'draft' })
    const original = await client.call('activities.get', { id: payroll.id })
    expect(copy.dataCategories).toEqual(original.dataCategories)
    expect(copy.purposes).toEqual(original.purposes)
  })

  it('copies activities to another organisation with their catalogue entries, reusing entries of the same name', async () => {
    const { client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const target = await client.call('organisations.create', { name: 'Next Client Oy' })
    const existing = await client.call('dataCategories.create', {
      organisationId: target.id,
      entry: { name: 'contact details' },
    })
    const source = await client.call('activities.list', { organisationId })
    const payroll = source.find((a) => a.reference === 'PA-01')!
    const result = await client.call('activities.copyToOrganisation', {
      ids: [payroll.id],
      targetOrganisationId: target.id,
    })
    expect(result.activities.map((a) => a.reference)).toEqual(['PA-01'])
    expect(result.reusedEntries).toBe(1)
    // PA-01 uses 2 parties, 1 subject category, 4 data categories (one reused), 3 measures.
    expect(result.createdEntries).toBe(2 + 1 + 3 + 3)
    const copied = await client.call('activities.get', { id: result.activities[0].id })
    expect(copied.organisationId).toBe(target.id)
    expect(copied.dataCategories[0].dataCategoryId).toBe(existing.id)
    const targetCategories = await client.call('dataCategories.list', { organisationId: target.id })
    expect(targetCategories.map((c) => c.name)).toEqual([
      'Bank account',
      'contact details',
      'Henkilötunnus',
      'Sick leave',
    ])
    const again = await client.call('activities.copyToOrganisation', {
      ids: [payroll.id],
      targetOrganisationId: target.id,
    })
    expect(again.activities[0].reference).toBe('PA-01 (copy)')
    expect(again.createdEntries).toBe(0)
  })
})
