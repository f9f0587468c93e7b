/**
 * Chains the change history: each record gets the SHA-256 of its content and of the previous record.
 * Existing records are chained in id order. Frozen: the hash recipe is repeated here on purpose (migrations
 * never import app code); it must stay identical to electron/core/history/chain.ts.
 */
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'

interface Row {
  id: number
  at: string
  actor: string
  organisation_id: string | null
  entity: string
  entity_id: string
  operation: string
  before_json: string | null
  after_json: string | null
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('changes').addColumn('prev_hash', 'text').execute()
  await db.schema.alterTable('changes').addColumn('hash', 'text').execute()
  const { rows } =
    await sql<Row>`SELECT id, at, actor, organisation_id, entity, entity_id, operation, before_json, after_json FROM changes ORDER BY id`.execute(
      db,
    )
  let prev: string | null = null
  for (const r of rows) {
    const canonical: string = JSON.stringify([
      r.at,
      r.actor,
      r.organisation_id,
      r.entity,
      r.entity_id,
      r.operation,
      r.before_json,
      r.after_json,
      prev,
    ])
    const hash: string = createHash('sha256').update(canonical, 'utf8').digest('hex')
    await sql`UPDATE changes SET prev_hash = ${prev}, hash = ${hash} WHERE id = ${r.id}`.execute(db)
    prev = hash
  }
  await db.schema.createIndex('changes_at').on('changes').columns(['organisation_id', 'at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('changes_at').execute()
  await db.schema.alterTable('changes').dropColumn('hash').execute()
  await db.schema.alterTable('changes').dropColumn('prev_hash').execute()
}
