import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { openTestWorkspace } from '../helpers/workspace'

describe('checks over the workspace', () => {
  it('reports findings, counts per activity and completeness for an organisation, judged on the injected day', async () => {
    const { client } = await openTestWorkspace(undefined, { clock: () => new Date('2026-11-23T12:00:00') })
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const result = await client.call('checks.organisation', { organisationId })
    expect(result.today).toBe('2026-11-23')
    const overdue = result.findings.filter((f) => f.code === 'REVIEW_OVERDUE')
    expect(overdue.map((f) => f.activityReference)).toEqual(['PA-02'])
    expect(result.findings.some((f) => f.code === 'MECHANISM_INVALID')).toBe(true)
    const activities = await client.call('activities.list', { organisationId })
    const pa02 = activities.find((a) => a.reference === 'PA-02')!
    expect(result.byActivity[pa02.id].warning).toBeGreaterThan(0)
    expect(result.counts.error).toBe(result.findings.filter((f) => f.severity === 'error').length)
    expect(result.completeness.map((p) => p.point)).toContain('30(1)(b)')
  })

  it('gives a table the finding counts per activity without the findings, the same as checks.organisation', async () => {
    const { client } = await openTestWorkspace(undefined, { clock: () => new Date('2026-11-23T12:00:00') })
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const full = await client.call('checks.organisation', { organisationId })
    const counts = await client.call('checks.counts', { organisationId })
    expect(counts).toEqual({
      organisationId,
      today: '2026-11-23',
      counts: full.counts,
      byActivity: full.byActivity,
    })
    expect(Object.keys(counts.byActivity).length).toBeGreaterThan(0)
    await expect(
      client.call('checks.counts', { organisationId: 'no-such-organisation' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('uses the workspace’s employee threshold for the Art. 30(5) finding', async () => {
    const { client } = await openTestWorkspace()
    const org = await client.call('organisations.create', {
      name: 'Small Oy',
      country: 'FI',
      employeeCount: 300,
      email: 'x@small.example',
    })
    await client.call('activities.create', {
      organisationId: org.id,
      activity: { reference: 'PA-01', name: 'Customers', role: 'controller', status: 'active' },
    })
    const codes = async () =>
      (await client.call('checks.organisation', { organisationId: org.id })).findings.map((f) => f.code)
    expect(await codes()).not.toContain('ART30_5_EXEMPTION_POSSIBLE')
    expect(await client.call('settings.get', {})).toEqual({ employeeThreshold: 250 })
    await client.call('settings.update', { employeeThreshold: 500 })
    expect(await codes()).toContain('ART30_5_EXEMPTION_POSSIBLE')
    // A threshold given for one call wins over the setting, and does not change it.
    const once = await client.call('checks.organisation', { organisationId: org.id, employeeThreshold: 300 })
    expect(once.findings.map((f) => f.code)).not.toContain('ART30_5_EXEMPTION_POSSIBLE')
    expect(await client.call('settings.get', {})).toEqual({ employeeThreshold: 500 })
    const bad = await client.invoke('checks.organisation', { organisationId: org.id, employeeThreshold: 0 })
    expect(bad.ok || bad.error.message).toMatch(/employeeThreshold: must be at least 1/)
  })

  it('gives the dashboard the transfers by destination and the reviews due', async () => {
    const { client } = await openTestWorkspace(undefined, { clock: () => new Date('2026-11-23T12:00:00') })
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const overview = await client.call('checks.overview', { organisationId })
    expect(overview).toMatchObject({ organisationId, today: '2026-11-23', withinDays: 60 })
    const activities = await client.call('activities.list', { organisationId })
    const pa02 = activities.find((a) => a.reference === 'PA-02')!
    // PA-02 was due on 2025-06-01; PA-01 is due on 2027-01-15, 53 days ahead; PA-10 has no date.
    expect(overview.reviews).toEqual([
      { activityId: pa02.id, reference: 'PA-02', name: pa02.name, due: '2025-06-01', daysLeft: -540 },
      expect.objectContaining({ reference: 'PA-01', due: '2027-01-15', daysLeft: 53 }),
    ])
    const byCountry = new Map(overview.destinations.map((d) => [d.country ?? d.name, d]))
    expect(byCountry.get('US')).toMatchObject({
      name: 'United States of America',
      status: 'adequate_partial',
    })
    expect(byCountry.get('IN')).toMatchObject({ status: 'third_country', activities: 2 })
    expect(byCountry.get('CH')).toMatchObject({ status: 'adequate' })
    expect(byCountry.get('European Patent Organisation')).toMatchObject({ country: null })
    const total = overview.destinations.reduce((n, d) => n + d.transfers, 0)
    const recorded = activities.filter((a) => a.status !== 'retired').reduce((n, a) => n + a.transferCount, 0)
    expect(total).toBe(recorded)
    const narrower = await client.call('checks.overview', { organisationId, withinDays: 30 })
    expect(narrower.reviews.map((r) => r.reference)).toEqual(['PA-02'])
  })

  it('summarises every organisation for the portfolio', async () => {
    const { client } = await openTestWorkspace(undefined, { clock: () => new Date('2026-11-23T12:00:00') })
    await client.call('register.import', { document: richRegister() })
    await client.call('organisations.create', { name: 'Empty Oy' })
    const rows = await client.call('checks.portfolio', {})
    expect(rows.map((r) => r.name)).toEqual(['Empty Oy', 'Nordic Bakery Oy'])
    expect(rows[1]).toMatchObject({ activityCount: 3, overdueReviews: 1 })
    expect(rows[1].completeness).toBeGreaterThan(0)
    expect(rows[1].completeness).toBeLessThanOrEqual(1)
    expect(rows[0].completeness).toBeNull()
  })
})
