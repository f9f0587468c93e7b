/**
 * The history with many writers, on both engines: several backends (as several consultants' apps, or the app
 * and the CLI) write the same workspace at once and keep one chain, with gapless ids, that verifies; a
 * rolled-back change leaves no trace; and every change names the caller of its request.
 */
import { describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/core/backend'
import { verifyChain } from '../../electron/core/history/chain'
import { mutate } from '../../electron/core/history/mutate'
import type { Dispatch } from '../../electron/core/dispatch'
import { createClient } from '../../shared/api/client'
import { TEST_ENGINE, asAdministrator } from '../helpers/engine'
import { rawSql, rawValue } from '../helpers/raw-sql'
import { openTestWorkspace } from '../helpers/workspace'

const opened: Backend[] = []

/**
 * Another consultant writing the same workspace. On PostgreSQL, a backend of its own (another app, its own
 * connections). On SQLite, a caller of the same backend: better-sqlite3 waits for a lock synchronously, so two
 * connections in one process would wait on each other; separate processes (the app and the CLI) wait in
 * turn, which the benchmark (bench/team.ts) runs.
 */
async function anotherWriter(first: Backend, location: string, actor: string): Promise<Dispatch> {
  if (TEST_ENGINE === 'sqlite') return (method, input) => first.dispatch(method, input, { actor })
  const backend = await openBackend(location, { actor, checkOutput: true, logError: () => {} })
  opened.push(backend)
  return backend.dispatch
}

describe('the change history with many writers', () => {
  it('keeps one chain while four writers save at once, each in its own organisation', async () => {
    const first = await openTestWorkspace()
    const writers = [
      first.backend.dispatch,
      ...(await Promise.all(
        ['bea', 'cai', 'dan'].map((actor) => anotherWriter(first.backend, first.file, actor)),
      )),
    ]
    const organisations = await Promise.all(
      writers.map((w, i) => createClient(w).call('organisations.create', { name: `Client ${i}` })),
    )
    const saves = 6
    await Promise.all(
      writers.map(async (writer, i) => {
        const client = createClient(writer)
        for (let n = 0; n < saves; n++) {
          const activity = await client.call('activities.create', {
            organisationId: organisations[i].id,
            activity: { reference: `PA-${n}`, name: `Activity ${n}`, role: 'controller' },
          })
          await client.call('activities.update', {
            id: activity.id,
            activity: { reference: `PA-${n}`, name: `Activity ${n} (reviewed)`, role: 'controller' },
          })
        }
      }),
    )
    const expected = writers.length * (1 + 2 * saves)
    const report = await verifyChain(first.backend.ctx.db)
    expect(report).toEqual({ ok: true, records: expected, problem: null })
    const ids = (await rawSql<{ id: number }>(first.file, 'SELECT id FROM changes ORDER BY id')).map(
      (r) => r.id,
    )
    expect(ids).toEqual(Array.from({ length: expected }, (_, i) => i + 1))
    // Nothing was lost: each writer's every save is there, under its own name.
    const byActor = await rawSql<{ actor: string; n: number }>(
      first.file,
      'SELECT actor, count(*) AS n FROM changes GROUP BY actor ORDER BY actor',
    )
    expect(byActor).toEqual(['bea', 'cai', 'dan', 'tester'].map((actor) => ({ actor, n: 1 + 2 * saves })))
    for (const backend of opened.splice(0)) await backend.close()
  })

  it('a change that fails after recording leaves no record and no gap in the ids', async () => {
    const { backend, client, file } = await openTestWorkspace()
    await client.call('organisations.create', { name: 'Acme Oy' })
    await expect(
      mutate(backend.ctx, async (tx) => {
        await tx.record({
          organisationId: null,
          entity: 'settings',
          entityId: 'workspace',
          operation: 'update',
          before: null,
          after: { x: 1 },
        })
        throw new Error('interrupted')
      }),
    ).rejects.toThrow('interrupted')
    await client.call('organisations.create', { name: 'Beta Oy' })
    expect(
      (await rawSql<{ id: number }>(file, 'SELECT id FROM changes ORDER BY id')).map((r) => r.id),
    ).toEqual([1, 2])
    expect(await client.call('history.verify', {})).toEqual({ ok: true, records: 2, problem: null })
  })

  it('finds the last records removed, and records added behind ROPA’s back', async () => {
    const { client, file } = await openTestWorkspace()
    for (const name of ['A Oy', 'B Oy', 'C Oy']) await client.call('organisations.create', { name })
    await rawSql(file, 'DELETE FROM changes WHERE id >= 2')
    expect(await client.call('history.verify', {})).toMatchObject({
      ok: false,
      problem: {
        changeId: 2,
        reason: expect.stringMatching(/record 2 is missing \(the last 2 record\(s\) were removed\)/),
      },
    })
    await rawSql(
      file,
      `INSERT INTO changes (id, at, actor, organisation_id, entity, entity_id, operation, before_json, after_json, prev_hash, hash) SELECT 2, at, actor, organisation_id, entity, entity_id, operation, before_json, after_json, hash, 'forged' FROM changes WHERE id = 1; UPDATE change_chain_head SET last_id = 1`,
    )
    expect(await client.call('history.verify', {})).toMatchObject({ ok: false, problem: { changeId: 2 } })
  })

  it('records the caller of each request, not one name for the whole backend', async () => {
    const { backend, file } = await openTestWorkspace()
    const org = await backend.dispatch('organisations.create', { name: 'Acme Oy' }, { actor: 'anna' })
    expect(org.ok).toBe(true)
    await backend.dispatch(
      'organisations.rename',
      { id: (org as { value: { id: string } }).value.id, name: 'Acme Ab' },
      { actor: 'bertil' },
    )
    await backend.dispatch('settings.update', { employeeThreshold: 250 }, {})
    expect(
      (await rawSql<{ actor: string }>(file, 'SELECT actor FROM changes ORDER BY id')).map((r) => r.actor),
    ).toEqual(['anna', 'bertil', 'tester'])
  })

  it.runIf(TEST_ENGINE === 'postgres')(
    'on a team database, names the database role when the request names nobody',
    async () => {
      const { file } = await openTestWorkspace()
      const role = `consultant_${Math.random().toString(36).slice(2, 8)}`
      const database = new URL(file).pathname.slice(1)
      await asAdministrator(async (admin) => {
        await admin.query(`CREATE ROLE ${role} LOGIN`)
        await admin.query(`GRANT ALL ON DATABASE ${database} TO ${role}`)
      })
      await rawSql(file, `GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`)
      const url = new URL(file)
      url.username = role
      const backend = await openBackend(url.toString(), { logError: () => {} })
      try {
        await createClient(backend.dispatch).call('organisations.create', { name: 'Role Oy' })
        expect(await rawValue(file, 'SELECT actor FROM changes ORDER BY id DESC LIMIT 1')).toBe(role)
        expect((await createClient(backend.dispatch).call('app.info', {})).actor).toBe(role)
      } finally {
        await backend.close()
      }
    },
  )
})
