import { describe, expect, it } from 'vitest'
import type { MethodInput } from '../../shared/api'
import { compareReferences, referenceSortKey } from '../../shared/order'
import type { ActivityFieldsInput } from '../../shared/schemas/activity'
import type { ActivitySearchRow } from '../../shared/schemas/activity-search'
import { openTestWorkspace } from '../helpers/workspace'

type Search = MethodInput<'activities.search'>

function activity(
  reference: string,
  name: string,
  extra: Partial<ActivityFieldsInput> = {},
): ActivityFieldsInput {
  return {
    reference,
    name,
    role: 'controller',
    status: 'active',
    purposes: [{ description: 'Running the business', legalBasis: '6_1_b' }],
    ...extra,
  }
}

/** Two organisations whose activities differ in every way the search filters, sorts and searches. */
async function workspace() {
  // A clock a second ahead at every reading, so "last changed" orders are certain.
  let tick = Date.parse('2026-03-01T09:00:00Z')
  const ws = await openTestWorkspace(undefined, { clock: () => new Date((tick += 1000)) })
  const { client } = ws
  const acme = await client.call('organisations.create', { name: 'Acme Oy' })
  const beta = await client.call('organisations.create', { name: 'beta AB' })
  const acmeActivities: ActivityFieldsInput[] = [
    activity('PA-10', 'Payroll', {
      businessFunction: 'HR',
      owner: 'Liisa',
      description: 'Salaries and tax cards',
      purposes: [
        { description: 'Pay', legalBasis: '6_1_b' },
        { description: 'Tax', legalBasis: '6_1_c' },
      ],
    }),
    activity('PA-2', 'Recruitment', {
      businessFunction: 'HR',
      status: 'draft',
      owner: null,
      description: 'Applicants for open positions',
    }),
    activity('pa-3', 'Newsletter 50% off', {
      businessFunction: 'Marketing',
      owner: 'Mikko',
      description: 'Campaign_2026 mailing',
    }),
    activity('PA-1', 'CRM hosting for clients', {
      role: 'processor',
      status: 'retired',
      businessFunction: null,
      owner: 'Anna',
      purposes: [{ description: 'Hosting', legalBasis: null }],
    }),
    activity('PA-02b', 'Événements', {
      businessFunction: 'Marketing',
      owner: 'anna',
      description: 'Customer events',
    }),
  ]
  const ids: Record<string, string> = {}
  for (const a of acmeActivities)
    ids[`Acme ${a.reference}`] = (
      await client.call('activities.create', { organisationId: acme.id, activity: a })
    ).id
  for (const a of [
    activity('PA-1', 'Payroll', { businessFunction: 'HR', owner: 'Bo' }),
    activity('PA-11', 'Video surveillance', { businessFunction: 'Security' }),
  ]) {
    ids[`beta ${a.reference}`] = (
      await client.call('activities.create', { organisationId: beta.id, activity: a })
    ).id
  }
  const search = (input: Search) => client.call('activities.search', input)
  const refs = (rows: ActivitySearchRow[]) =>
    rows.map((r) => `${r.organisationName.split(' ')[0]} ${r.reference}`)
  return { ...ws, acme, beta, ids, search, refs }
}

describe('activities.search', () => {
  it('lists one organisation by reference as a person reads it (PA-2 before PA-10, letter case ignored), with counts', async () => {
    const { search, refs, acme, ids } = await workspace()
    const result = await search({ organisationId: acme.id })
    expect(refs(result.activities)).toEqual([
      'Acme PA-1',
      'Acme PA-2',
      'Acme PA-02b',
      'Acme pa-3',
      'Acme PA-10',
    ])
    expect(result.total).toBe(5)
    expect(result.activities[4]).toMatchObject({
      id: ids['Acme PA-10'],
      organisationId: acme.id,
      organisationName: 'Acme Oy',
      name: 'Payroll',
      role: 'controller',
      status: 'active',
      businessFunction: 'HR',
      owner: 'Liisa',
      purposeCount: 2,
      dataCategoryCount: 0,
      transferCount: 0,
    })
  })

  it('searches every organisation, sorted by organisation and then reference', async () => {
    const { search, refs } = await workspace()
    expect(refs((await search({ sort: 'organisation' })).activities)).toEqual([
      'Acme PA-1',
      'Acme PA-2',
      'Acme PA-02b',
      'Acme pa-3',
      'Acme PA-10',
      'beta PA-1',
      'beta PA-11',
    ])
    // By reference across organisations, the organisation breaks ties.
    expect(refs((await search({})).activities)).toEqual([
      'Acme PA-1',
      'beta PA-1',
      'Acme PA-2',
      'Acme PA-02b',
      'Acme pa-3',
      'Acme PA-10',
      'beta PA-11',
    ])
  })

  it('filters by role, status and business function, alone and together', async () => {
    const { search, refs, acme } = await workspace()
    expect(refs((await search({ role: 'processor' })).activities)).toEqual(['Acme PA-1'])
    expect(refs((await search({ status: 'draft' })).activities)).toEqual(['Acme PA-2'])
    expect(refs((await search({ businessFunction: 'HR' })).activities)).toEqual([
      'beta PA-1',
      'Acme PA-2',
      'Acme PA-10',
    ])
    expect(
      refs((await search({ organisationId: acme.id, businessFunction: 'HR', status: 'active' })).activities),
    ).toEqual(['Acme PA-10'])
    expect((await search({ role: 'joint_controller' })).activities).toEqual([])
  })

  it('finds each word of the text in the reference, name, description or owner, ignoring letter case', async () => {
    const { search, refs } = await workspace()
    expect(refs((await search({ text: 'payroll' })).activities)).toEqual(['beta PA-1', 'Acme PA-10'])
    expect(refs((await search({ text: 'TAX' })).activities)).toEqual(['Acme PA-10'])
    expect(refs((await search({ text: 'anna' })).activities)).toEqual(['Acme PA-1', 'Acme PA-02b'])
    expect(refs((await search({ text: '  liisa   payroll ' })).activities)).toEqual(['Acme PA-10'])
    expect(refs((await search({ text: 'liisa surveillance' })).activities)).toEqual([])
    expect(refs((await search({ text: 'pa-1' })).activities)).toEqual([
      'Acme PA-1',
      'beta PA-1',
      'Acme PA-10',
      'beta PA-11',
    ])
  })

  it('treats % and _ in the text as characters, not wildcards', async () => {
    const { search, refs } = await workspace()
    expect(refs((await search({ text: '50%' })).activities)).toEqual(['Acme pa-3'])
    expect(refs((await search({ text: '%' })).activities)).toEqual(['Acme pa-3'])
    expect(refs((await search({ text: 'campaign_2026' })).activities)).toEqual(['Acme pa-3'])
    expect(refs((await search({ text: '_' })).activities)).toEqual(['Acme pa-3'])
    expect(refs((await search({ text: 'x\\' })).activities)).toEqual([])
  })

  it('sorts by name either way, and puts activities without an owner last in both directions', async () => {
    const { search, acme } = await workspace()
    const names = async (input: Search) =>
      (await search({ organisationId: acme.id, ...input })).activities.map((a) => a.name)
    expect(await names({ sort: 'name' })).toEqual([
      'CRM hosting for clients',
      'Newsletter 50% off',
      'Payroll',
      'Recruitment',
      'Événements',
    ])
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual([
      'Événements',
      'Recruitment',
      'Payroll',
      'Newsletter 50% off',
      'CRM hosting for clients',
    ])
    const owners = async (direction: 'asc' | 'desc') =>
      (await search({ organisationId: acme.id, sort: 'owner', direction })).activities.map((a) => a.owner)
    expect(await owners('asc')).toEqual(['Anna', 'anna', 'Liisa', 'Mikko', null])
    expect(await owners('desc')).toEqual(['Mikko', 'Liisa', 'Anna', 'anna', null])
  })

  it('sorts by the last change, newest first', async () => {
    const { search, client, ids, refs } = await workspace()
    const before = await search({ sort: 'updatedAt', direction: 'desc', limit: 1 })
    expect(refs(before.activities)).toEqual(['beta PA-11'])
    const pa2 = await client.call('activities.get', { id: ids['Acme PA-2'] })
    const { id: _id, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = pa2
    await client.call('activities.update', {
      id: pa2.id,
      activity: { ...fields, name: 'Recruitment (updated)' },
    })
    expect(refs((await search({ sort: 'updatedAt', direction: 'desc', limit: 1 })).activities)).toEqual([
      'Acme PA-2',
    ])
  })

  it('pages through the results: the pages make up the whole list, and the total counts every match', async () => {
    const { search } = await workspace()
    const all = (await search({ sort: 'name' })).activities
    const pages: ActivitySearchRow[] = []
    for (let offset = 0; offset < all.length; offset += 3) {
      const page = await search({ sort: 'name', limit: 3, offset })
      expect(page.total).toBe(7)
      pages.push(...page.activities)
    }
    expect(pages).toEqual(all)
    expect(await search({ limit: 2, offset: 50 })).toEqual({ total: 7, activities: [] })
    expect(await search({ offset: 6 })).toMatchObject({ total: 7, activities: [{ reference: 'PA-11' }] })
    expect((await search({ text: 'payroll', limit: 1 })).total).toBe(2)
  })

  it('says when the organisation does not exist, and refuses an unknown sort key', async () => {
    const { client, acme } = await workspace()
    await expect(
      client.call('activities.search', { organisationId: 'no-such-organisation' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      client.call('activities.search', { organisationId: acme.id, sort: 'colour' as never }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('is what activities.list returns for one organisation, without the organisation fields', async () => {
    const { client, search, acme } = await workspace()
    const listed = await client.call('activities.list', { organisationId: acme.id })
    const searched = (await search({ organisationId: acme.id })).activities
    expect(listed).toEqual(
      searched.map(({ organisationId: _i, organisationName: _n, ...summary }) => summary),
    )
  })
})

describe('the order of references', () => {
  it('orders numbers by value, ignores letter case, accents and leading zeros', () => {
    const sorted = ['PA-10', 'pa-2', 'PA-1', 'Ä-1', 'A-1', 'PA-007', 'PA-7b', 'PA-100', 'PA'].sort(
      compareReferences,
    )
    expect(sorted).toEqual(['A-1', 'Ä-1', 'PA', 'PA-1', 'pa-2', 'PA-007', 'PA-7b', 'PA-10', 'PA-100'])
    expect(referenceSortKey('PA-007')).toBe(referenceSortKey('pa-7'))
  })
})
