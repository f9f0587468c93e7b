import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { openTestWorkspace } from '../helpers/workspace'

describe('changing several activities at once', () => {
  it('makes chosen drafts active, each with its own change record and a new version', async () => {
    const { client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const before = await client.call('activities.list', { organisationId })
    expect(
      await client.call('activities.setStatus', {
        organisationId,
        ids: before.map((a) => a.id),
        status: 'draft',
      }),
    ).toEqual({ changed: 2, unchanged: 1 })
    const drafts = await client.call('activities.list', { organisationId })
    expect(drafts.map((a) => a.status)).toEqual(['draft', 'draft', 'draft'])
    const chosen = drafts.slice(0, 2)
    const result = await client.call('activities.setStatus', {
      organisationId,
      ids: chosen.map((a) => a.id),
      status: 'active',
    })
    expect(result).toEqual({ changed: 2, unchanged: 0 })
    const after = await client.call('activities.list', { organisationId })
    expect(after.map((a) => [a.reference, a.status])).toEqual([
      ['PA-01', 'active'],
      ['PA-02', 'active'],
      ['PA-10', 'draft'],
    ])
    for (const a of chosen) {
      expect(after.find((x) => x.id === a.id)!.updatedAt).not.toBe(a.updatedAt)
      const history = await client.call('history.entity', { entityId: a.id })
      expect(history[0]).toMatchObject({ operation: 'update' })
      expect(history.length).toBe(3) // imported, made a draft, made active
    }
    // Already active: nothing written again.
    expect(
      await client.call('activities.setStatus', {
        organisationId,
        ids: chosen.map((a) => a.id),
        status: 'active',
      }),
    ).toEqual({ changed: 0, unchanged: 2 })
  })

  it('records a review on all chosen activities', async () => {
    const { client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const list = await client.call('activities.list', { organisationId })
    const result = await client.call('activities.recordReview', {
      organisationId,
      ids: list.map((a) => a.id),
      reviewedOn: '2026-11-30',
      nextReviewDue: '2027-11-30',
    })
    expect(result.changed).toBe(3)
    for (const a of list)
      expect(await client.call('activities.get', { id: a.id })).toMatchObject({
        lastReviewedOn: '2026-11-30',
        nextReviewDue: '2027-11-30',
      })
  })

  it('changes nothing when one of the activities is gone or belongs to another organisation, and says which', async () => {
    const { backend, client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const other = await client.call('organisations.create', { name: 'Other Oy' })
    const stranger = await client.call('activities.create', {
      organisationId: other.id,
      activity: { reference: 'PA-01', name: 'X', role: 'controller' },
    })
    const list = await client.call('activities.list', { organisationId })
    const refused = await backend.dispatch('activities.setStatus', {
      organisationId,
      ids: [list[0].id, stranger.id],
      status: 'retired',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ids[1]' }] } })
    expect((await client.call('activities.list', { organisationId })).map((a) => a.status)).toEqual(
      list.map((a) => a.status),
    )
    expect((await client.call('activities.get', { id: stranger.id })).status).toBe('draft')
  })

  it('validates the input: a status it knows, at least one activity, the next review after the review', async () => {
    const { backend, client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const [a] = await client.call('activities.list', { organisationId })
    const saved = await client.call('activities.get', { id: a.id })
    expect(
      await backend.dispatch('activities.setStatus', { organisationId, ids: [a.id], status: 'finished' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'status' }] } })
    expect(
      await backend.dispatch('activities.setStatus', { organisationId, ids: [], status: 'active' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'ids' }] } })
    const backwards = await backend.dispatch('activities.recordReview', {
      organisationId,
      ids: [a.id],
      reviewedOn: '2026-11-30',
      nextReviewDue: '2026-01-01',
    })
    expect(backwards).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'nextReviewDue', message: 'must be after the day of the review' }],
      },
    })
    expect(await client.call('activities.get', { id: a.id })).toEqual(saved)
  })
})
