/**
 * "Last change" on the Organisations page: the latest change of anything in the organisation (its activities,
 * catalogue entries, profile), from the history, not the profile's own update time. An export changes
 * nothing, so it does not count.
 */
import { describe, expect, it } from 'vitest'
import { exportNow } from '../e2e/history-helpers'
import { openTestWorkspace } from '../helpers/workspace'

describe('the organisations list', () => {
  it('gives each organisation the time of its latest change, whatever was changed', async () => {
    let now = new Date('2026-01-10T09:00:00Z')
    const { client } = await openTestWorkspace(undefined, { clock: () => now })
    const shop = await client.call('organisations.create', { name: 'Shop Oy' })
    const bakery = await client.call('organisations.create', { name: 'Bakery Oy' })
    const untouched = await client.call('organisations.create', { name: 'Untouched Oy' })

    now = new Date('2026-02-01T10:00:00Z')
    const activity = await client.call('activities.create', {
      organisationId: shop.id,
      activity: { reference: 'PA-01', name: 'Customers', role: 'controller', status: 'draft' },
    })
    now = new Date('2026-03-05T11:00:00Z')
    const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = activity
    await client.call('activities.update', { id: activity.id, activity: { ...fields, status: 'active' } })

    now = new Date('2026-02-20T12:00:00Z')
    await client.call('parties.create', {
      organisationId: bakery.id,
      entry: { name: 'Flour Ltd', kind: 'processor' },
    })

    now = new Date('2026-04-01T08:00:00Z')
    await exportNow(client, shop.id, 'json')

    const list = new Map((await client.call('organisations.list', {})).map((o) => [o.name, o]))
    expect(list.get('Shop Oy')!.lastChangeAt).toBe('2026-03-05T11:00:00.000Z')
    expect(list.get('Bakery Oy')!.lastChangeAt).toBe('2026-02-20T12:00:00.000Z')
    expect(list.get('Untouched Oy')!.lastChangeAt).toBe(untouched.updatedAt)
    // The profiles themselves were not touched after they were created.
    expect(list.get('Shop Oy')!.updatedAt).toBe(shop.updatedAt)
  })
})
