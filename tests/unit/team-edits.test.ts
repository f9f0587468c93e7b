/**
 * Two consultants save the same activity: the second is told who changed it and when, and nothing of either
 * is lost or overwritten; saves elsewhere go on. On both engines (on PostgreSQL the saves truly overlap).
 */
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/core/backend'
import { mutate } from '../../electron/core/history/mutate'
import { createClient } from '../../shared/api/client'
import { TEST_ENGINE } from '../helpers/engine'
import { countChanges, openTestWorkspace } from '../helpers/workspace'

const payroll = { reference: 'PA-01', name: 'Payroll', role: 'controller' as const }

/**
 * Anna and Bertil. On PostgreSQL, Bertil has a backend of his own (another app); on SQLite he is another
 * caller of the same backend (two connections of one process would wait on each other: team-history.test.ts).
 */
async function twoConsultants() {
  const ws = await openTestWorkspace()
  const second =
    TEST_ENGINE === 'postgres'
      ? await openBackend(ws.file, { actor: 'bertil', checkOutput: true, logError: () => {} })
      : null
  const anna = createClient((method, input) => ws.backend.dispatch(method, input, { actor: 'anna' }))
  const bertil = createClient(
    second ? second.dispatch : (method, input) => ws.backend.dispatch(method, input, { actor: 'bertil' }),
  )
  const org = await anna.call('organisations.create', { name: 'Client Oy' })
  const activity = await anna.call('activities.create', { organisationId: org.id, activity: payroll })
  return { ws, second, anna, bertil, org, activity }
}

async function closing<T>(backend: Backend | null, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } finally {
    await backend?.close()
  }
}

describe('concurrent edits of one activity', () => {
  it('refuses the second save of the same version, naming who saved first, and keeps the first', async () => {
    const { ws, second, anna, bertil, activity } = await twoConsultants()
    await closing(second, async () => {
      const opened = await bertil.call('activities.get', { id: activity.id })
      await anna.call('activities.update', {
        id: activity.id,
        activity: { ...payroll, name: 'Payroll (Anna)' },
        expectedUpdatedAt: activity.updatedAt,
      })
      const before = await countChanges(ws.backend)
      const refused = await bertil.invoke('activities.update', {
        id: activity.id,
        activity: { ...payroll, owner: 'Bertil' },
        expectedUpdatedAt: opened.updatedAt,
      })
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: expect.stringMatching(
            /“PA-01 Payroll \(Anna\)” was changed by anna at \d{4}-\d\d-\d\d \d\d:\d\d UTC since you opened it: reload it/,
          ),
          issues: [{ path: 'expectedUpdatedAt' }],
        },
      })
      expect(await countChanges(ws.backend)).toBe(before)
      const reloaded = await bertil.call('activities.get', { id: activity.id })
      expect(reloaded).toMatchObject({ name: 'Payroll (Anna)', owner: null })
      // Reloaded and reapplied, the save goes through and keeps both changes.
      const saved = await bertil.call('activities.update', {
        id: activity.id,
        activity: { ...payroll, name: reloaded.name, owner: 'Bertil' },
        expectedUpdatedAt: reloaded.updatedAt,
      })
      expect(saved).toMatchObject({ name: 'Payroll (Anna)', owner: 'Bertil' })
      expect(saved.updatedAt).not.toBe(reloaded.updatedAt)
    })
  })

  it('lets exactly one of two saves made at the same moment through', async () => {
    const { second, anna, bertil, activity } = await twoConsultants()
    await closing(second, async () => {
      const results = await Promise.all([
        anna.invoke('activities.update', {
          id: activity.id,
          activity: { ...payroll, owner: 'Anna' },
          expectedUpdatedAt: activity.updatedAt,
        }),
        bertil.invoke('activities.update', {
          id: activity.id,
          activity: { ...payroll, owner: 'Bertil' },
          expectedUpdatedAt: activity.updatedAt,
        }),
      ])
      expect(results.filter((r) => r.ok)).toHaveLength(1)
      expect(results.filter((r) => !r.ok)).toMatchObject([
        { error: { code: 'CONFLICT', issues: [{ path: 'expectedUpdatedAt' }] } },
      ])
      const winner = results.find((r) => r.ok) as { value: { owner: string } }
      expect((await anna.call('activities.get', { id: activity.id })).owner).toBe(winner.value.owner)
      expect(await anna.call('history.verify', {})).toMatchObject({ ok: true })
    })
  })

  it('without the version it started from, a save replaces what is there (scripts, older clients)', async () => {
    const { second, anna, bertil, activity } = await twoConsultants()
    await closing(second, async () => {
      await anna.call('activities.update', { id: activity.id, activity: { ...payroll, owner: 'Anna' } })
      expect(
        (
          await bertil.call('activities.update', {
            id: activity.id,
            activity: { ...payroll, owner: 'Bertil' },
          })
        ).owner,
      ).toBe('Bertil')
    })
  })

  it.runIf(TEST_ENGINE === 'postgres')(
    'does not hold up another organisation while a save is under way',
    async () => {
      const { ws, second, bertil } = await twoConsultants()
      await closing(second, async () => {
        const other = await bertil.call('organisations.create', { name: 'Other Oy' })
        let release!: () => void
        const held = new Promise<void>((resolve) => (release = resolve))
        // Anna's save of her client is in the middle of its transaction (rows written, not yet committed)…
        const slow = mutate(ws.backend.ctx, async (tx) => {
          await tx.db
            .updateTable('organisations')
            .set({ trade_name: 'Slow' })
            .where('name', '=', 'Client Oy')
            .execute()
          await tx.record({
            organisationId: null,
            entity: 'settings',
            entityId: 'workspace',
            operation: 'update',
            before: null,
            after: {},
          })
          await held
        })
        // …while Bertil works on another client: his saves go through without waiting for hers.
        const saved = await bertil.call('activities.create', { organisationId: other.id, activity: payroll })
        expect(saved.reference).toBe('PA-01')
        release()
        await slow
        expect(await bertil.call('history.verify', {})).toMatchObject({ ok: true })
      })
    },
  )
})
