import { describe, expect, it } from 'vitest'
import { verifyChain } from '../../electron/core/history/chain'
import { openWorkspace } from '../../electron/core/db/open'
import { tempWorkspacePath } from '../helpers/workspace'
import { openAt } from './helpers'

describe('migration 0005_change_chain', () => {
  it('chains the change records written before it, so verification passes and tampering shows', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, '0003_settings')
    const insert = old.sqlite.prepare(
      "INSERT INTO changes (at, actor, organisation_id, entity, entity_id, operation, before_json, after_json) VALUES (?, 'dpo', 'o1', 'activity', ?, 'create', NULL, ?)",
    )
    for (let i = 1; i <= 5; i++)
      insert.run(`2025-0${i}-01T00:00:00.000Z`, `a${i}`, JSON.stringify({ reference: `PA-0${i}` }))
    await old.close()

    const ws = await openWorkspace(file)
    const rows = ws.sqlite.prepare('SELECT id, prev_hash, hash FROM changes ORDER BY id').all() as {
      id: number
      prev_hash: string | null
      hash: string
    }[]
    expect(rows).toHaveLength(5)
    expect(rows[0].prev_hash).toBeNull()
    expect(rows[1].prev_hash).toBe(rows[0].hash)
    expect(await verifyChain(ws.db)).toEqual({ ok: true, records: 5, problem: null })
    ws.sqlite.prepare("UPDATE changes SET actor = 'x' WHERE id = 2").run()
    expect((await verifyChain(ws.db)).problem?.changeId).toBe(2)
    await ws.close()
  })
})
