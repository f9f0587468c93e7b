import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openWorkspace } from '../../electron/core/db/open'
import { openPostgresWorkspace } from '../../electron/core/db/postgres'
import { verifyChain } from '../../electron/core/history/chain'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { asAdministrator, createTestDatabase, TEST_ENGINE } from '../helpers/engine'
import { tempWorkspacePath } from '../helpers/workspace'
import { migrationsUpTo, openAt } from './helpers'

const BEFORE = '0007_search_indexes'

describe('migration 0012_team_database', () => {
  it('starts the chain head at the last record of a file, so the chain verifies and new records follow it', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0003_settings')
    const insert = old.sqlite.prepare(
      "INSERT INTO changes (at, actor, organisation_id, entity, entity_id, operation, before_json, after_json) VALUES (?, 'dpo', NULL, 'settings', 'workspace', 'update', NULL, '{}')",
    )
    for (let i = 1; i <= 3; i++) insert.run(`2025-0${i}-01T00:00:00.000Z`)
    await old.close()
    await (await openAt(file, BEFORE)).close()

    const ws = await openWorkspace(file)
    const last = await ws.db
      .selectFrom('changes')
      .select('hash')
      .where('id', '=', 3)
      .executeTakeFirstOrThrow()
    expect(await ws.db.selectFrom('change_chain_head').selectAll().execute()).toEqual([
      { id: 1, last_id: 3, last_hash: last.hash },
    ])
    await ws.close()
    const backend = await openBackend(file, { actor: 'dpo' })
    await createClient(backend.dispatch).call('organisations.create', { name: 'Acme Oy' })
    expect(await verifyChain(backend.ctx.db)).toEqual({ ok: true, records: 4, problem: null })
    await backend.close()
  })

  it('keeps the evidence of a last record removed before it (SQLite had issued its id)', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0003_settings')
    const insert = old.sqlite.prepare(
      "INSERT INTO changes (at, actor, organisation_id, entity, entity_id, operation, before_json, after_json) VALUES (?, 'dpo', 'o1', 'organisation', 'o1', 'update', NULL, '{}')",
    )
    for (let i = 1; i <= 4; i++) insert.run(`2025-0${i}-01T00:00:00.000Z`)
    await old.close()
    // Records written before 0005 are chained by it; remove the last one behind ROPA's back.
    const chained = await openAt(file, BEFORE)
    chained.sqlite.prepare('DELETE FROM changes WHERE id = 4').run()
    await chained.close()

    const ws = await openWorkspace(file)
    expect(
      await ws.db.selectFrom('change_chain_head').select(['last_id', 'last_hash']).executeTakeFirstOrThrow(),
    ).toEqual({ last_id: 4, last_hash: null })
    expect(await verifyChain(ws.db)).toMatchObject({
      ok: false,
      problem: { changeId: 4, reason: expect.stringMatching(/record 4 is missing/) },
    })
    await ws.close()
  })

  it.runIf(TEST_ENGINE === 'postgres')(
    'on PostgreSQL: export snapshots become bytes that read back, and text sorts and lowercases as in a file',
    async () => {
      // A database made with a language's collation (ICU English): without 0012, "Ä" would sort by "A", "b" before "C".
      const url = await createTestDatabase()
      const name = new URL(url).pathname.slice(1)
      await asAdministrator(async (admin) => {
        await admin.query(`DROP DATABASE ${name}`)
        await admin.query(
          `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`,
        )
      })
      const old = await openPostgresWorkspace(url, { migrations: migrationsUpTo(BEFORE) })
      const at = '2025-01-01T00:00:00.000Z'
      for (const [id, org] of [
        ['o1', 'beta Oy'],
        ['o2', 'Äpple AB'],
        ['o3', 'Alpha Oy'],
        ['o4', 'Cesar SA'],
      ]) {
        await old.db
          .insertInto('organisations')
          .values({ id, name: org, created_at: at, updated_at: at, language: 'en' })
          .execute()
      }
      const snapshot = JSON.stringify({ format: 'ropa-register', activities: [] })
      await old.db
        .insertInto('export_records')
        .values({
          id: 'e1',
          organisation_id: 'o1',
          organisation_name: 'beta Oy',
          created_at: at,
          actor: 'dpo',
          format: 'csv',
          language: 'en',
          sections_json: '[]',
          file_name: 'x.csv',
          sha256: 'x',
          byte_size: 1,
          counts_json: JSON.stringify({
            activities: 0,
            controllerActivities: 0,
            processorActivities: 0,
            parties: 0,
            transfers: 0,
            securityMeasures: 0,
            findings: 0,
          }),
          as_of: null,
          snapshot_json: snapshot,
        })
        .execute()
      const before = await sql<{ name: string }>`SELECT name FROM organisations ORDER BY lower(name)`.execute(
        old.db,
      )
      expect(before.rows.map((r) => r.name)).toEqual(['Alpha Oy', 'Äpple AB', 'beta Oy', 'Cesar SA'])
      await old.close()

      const backend = await openBackend(url, { actor: 'dpo', logError: () => {} })
      try {
        const client = createClient(backend.dispatch)
        // As SQLite orders: by bytes, lowercasing a–z only.
        expect((await client.call('organisations.list', {})).map((o) => o.name)).toEqual([
          'Alpha Oy',
          'beta Oy',
          'Cesar SA',
          'Äpple AB',
        ])
        const { rows } = await sql<{
          type: string
        }>`SELECT data_type AS type FROM information_schema.columns WHERE table_name = 'export_records' AND column_name = 'snapshot_json'`.execute(
          backend.ctx.db,
        )
        expect(rows[0].type).toBe('bytea')
        expect((await client.call('exports.get', { id: 'e1' })).snapshot).toEqual(JSON.parse(snapshot))
        // New exports keep gzip bytes there.
        await client.call('activities.create', {
          organisationId: 'o1',
          activity: { reference: 'PA-1', name: 'Payroll', role: 'controller' },
        })
        expect(await verifyChain(backend.ctx.db)).toMatchObject({ ok: true })
      } finally {
        await backend.close()
      }
    },
  )
})
