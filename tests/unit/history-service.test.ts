import { describe, expect, it } from 'vitest'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { richRegister } from '../fixtures/rich-register'
import { withoutIds } from '../helpers/register'
import { openTestWorkspace } from '../helpers/workspace'

/** A clock the test moves forward by hand. */
function manualClock(start: string) {
  let now = new Date(start)
  return { clock: () => now, set: (iso: string) => (now = new Date(iso)) }
}

async function setup() {
  const time = manualClock('2026-01-10T09:00:00Z')
  const ws = await openTestWorkspace(undefined, { clock: time.clock })
  const { organisationId } = await ws.client.call('register.import', { document: richRegister() })
  const activities = await ws.client.call('activities.list', { organisationId })
  const payroll = await ws.client.call('activities.get', {
    id: activities.find((a) => a.reference === 'PA-01')!.id,
  })
  const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = payroll
  return { ...ws, time, organisationId, payroll, fields }
}

describe('history in words a DPO reads', () => {
  it('describes an activity change field by field', async () => {
    const { client, time, payroll, fields } = await setup()
    time.set('2026-02-01T10:00:00Z')
    const contact = fields.dataCategories[0]
    await client.call('activities.update', {
      id: payroll.id,
      activity: {
        ...fields,
        status: 'retired',
        dataCategories: [{ ...contact, retention: '3 years' }, ...fields.dataCategories.slice(1, 3)],
        purposes: [{ ...fields.purposes[0], legalBasis: '6_1_a' }, ...fields.purposes.slice(1)],
        systems: ['Palkka.fi'],
      },
    })
    const [latest, created] = await client.call('history.entity', { entityId: payroll.id })
    expect(created.operation).toBe('create')
    expect(latest).toMatchObject({
      operation: 'update',
      actor: 'tester',
      at: '2026-02-01T10:00:00.000Z',
      label: 'PA-01 Payroll',
    })
    const texts = latest.lines.map((l) => l.text)
    expect(texts).toContain('Status changed from “Active” to “Retired”')
    expect(texts).toContain(
      'Time limit for erasure of Contact details changed from “6 years after employment ends” to “3 years”',
    )
    // Written as every export writes a lawful basis: with its article.
    expect(texts).toContain(
      'Lawful basis of “Paying salaries” changed from “Contract (Art. 6(1)(b))” to “Consent (Art. 6(1)(a))”',
    )
    expect(texts).toContain('Categories of personal data: “Henkilötunnus” removed')
    expect(texts).toContain('Systems used: “SAP HCM” removed')
    expect(texts).toHaveLength(5)
  })

  it('describes catalogue changes, and names deleted entries by their last name', async () => {
    const { client, organisationId } = await setup()
    const party = (await client.call('parties.list', { organisationId })).find(
      (p) => p.name === 'CloudCo Inc.',
    )!
    const { id, organisationId: _o, activityCount: _a, ...entry } = party
    await client.call('parties.update', { id, entry: { ...entry, dpfCertified: false, country: 'IE' } })
    const [latest] = await client.call('history.entity', { entityId: id })
    expect(latest.lines.map((l) => l.text)).toEqual([
      'Country changed from “United States of America” to “Ireland”',
      'Certified under the EU-US Data Privacy Framework changed from “Yes” to “No”',
    ])
  })

  it('lists an organisation’s changes with filters by date, user and kind of entry', async () => {
    const { client, time, organisationId, payroll, fields } = await setup()
    time.set('2026-03-01T08:00:00Z')
    await client.call('activities.update', {
      id: payroll.id,
      activity: { ...fields, name: 'Payroll and HR' },
    })
    const all = await client.call('history.timeline', { organisationId })
    expect(all.changes[0].label).toBe('PA-01 Payroll and HR')
    expect(all.actors).toEqual(['tester'])
    const march = await client.call('history.timeline', { organisationId, since: '2026-02-15' })
    expect(march.changes.map((c) => c.label)).toEqual(['PA-01 Payroll and HR'])
    expect(
      (await client.call('history.timeline', { organisationId, until: '2026-01-31', entity: 'party' }))
        .changes,
    ).toHaveLength(6)
    expect(
      (await client.call('history.timeline', { organisationId, actor: 'someone else' })).changes,
    ).toEqual([])
  })
})

describe('restore and trash', () => {
  it('restores an earlier version of an activity as a new change', async () => {
    const { client, time, payroll, fields } = await setup()
    time.set('2026-02-01T10:00:00Z')
    await client.call('activities.update', {
      id: payroll.id,
      activity: { ...fields, name: 'Wrong name', purposes: [] },
    })
    const [, created] = await client.call('history.entity', { entityId: payroll.id })
    await client.call('history.restore', { changeId: created.id })
    const restored = await client.call('activities.get', { id: payroll.id })
    expect(restored.name).toBe('Payroll')
    expect(restored.purposes).toEqual(payroll.purposes)
    const [latest] = await client.call('history.entity', { entityId: payroll.id })
    expect(latest.operation).toBe('restore')
    expect(latest.lines.map((l) => l.text)).toContain(
      'Processing activity changed from “Wrong name” to “Payroll”',
    )
  })

  it('puts deleted activities and entries in the trash, restores them with the same id, and empties it explicitly', async () => {
    const { backend, client, organisationId, payroll } = await setup()
    const measure = await client.call('securityMeasures.create', {
      organisationId,
      entry: { name: 'Clean desk', kind: 'physical' },
    })
    await client.call('securityMeasures.delete', { id: measure.id })
    await client.call('activities.delete', { id: payroll.id })
    const trash = await client.call('trash.list', { organisationId })
    expect(trash.map((i) => [i.entity, i.label])).toEqual([
      ['activity', 'PA-01 Payroll'],
      ['securityMeasure', 'Clean desk'],
    ])
    await client.call('trash.restore', { changeId: trash[0].changeId })
    expect(await client.call('activities.get', { id: payroll.id })).toMatchObject({
      reference: 'PA-01',
      purposes: payroll.purposes,
    })
    expect((await client.call('trash.list', { organisationId })).map((i) => i.label)).toEqual(['Clean desk'])
    expect(await backend.dispatch('trash.restore', { changeId: trash[0].changeId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })

    expect(await client.call('trash.empty', { organisationId })).toEqual({ purged: 1 })
    expect(await client.call('trash.list', { organisationId })).toEqual([])
    const verify = await client.call('history.verify', {})
    expect(verify.ok).toBe(true)
  })

  it('refuses to restore an activity whose catalogue entries were deleted, naming them', async () => {
    const { backend, client, organisationId, payroll, fields } = await setup()
    await client.call('activities.delete', { id: payroll.id })
    const bank = (await client.call('dataCategories.list', { organisationId })).find(
      (d) => d.name === 'Bank account',
    )!
    await client.call('dataCategories.delete', { id: bank.id })
    const [item] = (await client.call('trash.list', { organisationId })).filter(
      (i) => i.entity === 'activity',
    )
    const refused = await backend.dispatch('trash.restore', { changeId: item.changeId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!refused.ok)
      expect(refused.error.message).toMatch(/deleted: “Bank account”.*Restore them from the trash first/)
    expect(fields.dataCategories).toHaveLength(4)
  })
})

describe('the register as of a date', () => {
  it('rebuilds the register as it stood, and compares two versions', async () => {
    const { client, time, organisationId, payroll, fields } = await setup()
    const january = await client.call('register.export', { organisationId })

    time.set('2026-02-01T10:00:00Z')
    await client.call('activities.update', { id: payroll.id, activity: { ...fields, status: 'retired' } })
    await client.call('activities.create', {
      organisationId,
      activity: { reference: 'PA-20', name: 'Newsletter', role: 'controller' },
    })
    await client.call('organisations.rename', { id: organisationId, name: 'Nordic Bakery Group Oy' })
    time.set('2026-03-01T10:00:00Z')
    const pa02 = (await client.call('activities.list', { organisationId })).find(
      (a) => a.reference === 'PA-02',
    )!
    await client.call('activities.delete', { id: pa02.id })

    const asOfJanuary = await client.call('history.asOf', { organisationId, at: '2026-01-31' })
    expect(withoutIds(registerDocumentSchema.parse(asOfJanuary))).toEqual(withoutIds(january))
    const asOfFebruary = await client.call('history.asOf', { organisationId, at: '2026-02-15' })
    expect(asOfFebruary.organisation.name).toBe('Nordic Bakery Group Oy')
    expect(asOfFebruary.activities.map((a) => a.reference)).toEqual(['PA-01', 'PA-02', 'PA-10', 'PA-20'])

    const comparison = await client.call('history.compare', {
      organisationId,
      from: { kind: 'at', at: '2026-01-31' },
      to: { kind: 'now' },
    })
    expect(comparison.activities.added.map((a) => a.label)).toEqual(['PA-20 Newsletter'])
    expect(comparison.activities.removed.map((a) => a.label)).toEqual([
      'PA-02 Joint marketing with the Greek distributor',
    ])
    expect(comparison.activities.changed.map((c) => [c.label, c.lines.map((l) => l.text)])).toEqual([
      ['PA-01 Payroll', ['Status changed from “Active” to “Retired”']],
    ])
    expect(comparison.organisation.map((l) => l.text)).toEqual([
      'Name changed from “Nordic Bakery Oy” to “Nordic Bakery Group Oy”',
    ])
  })

  it('says clearly when the organisation did not exist yet', async () => {
    const { backend, organisationId } = await setup()
    const result = await backend.dispatch('history.asOf', { organisationId, at: '2025-12-31' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await backend.dispatch('history.asOf', { organisationId, at: 'last tuesday' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
  })
})
