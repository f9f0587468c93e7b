/**
 * Privacy notices are recorded like exports (what was published, when, its SHA-256): an export record says
 * which document it holds, the register or a notice, and for a notice the choices it was made with (audience,
 * recipients by name or category) and how many gaps it showed. Records made before are register exports.
 * Frozen: never edit a landed migration; add a new one.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('export_records')
    .addColumn('document', 'text', (c) => c.notNull().defaultTo('register'))
    .execute()
  await db.schema.alterTable('export_records').addColumn('notice_json', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('export_records').dropColumn('notice_json').execute()
  await db.schema.alterTable('export_records').dropColumn('document').execute()
}
