/**
 * Export records: what was exported, when, by whom, in which format and language, with the SHA-256 of the file
 * and the register snapshot it was made from, so a DPO can say exactly which version went to the authority.
 * The records go with their organisation when it is deleted (the snapshots hold its personal data).
 * Frozen: never edit a landed migration; add a new one.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('export_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('organisation_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('counts_json', 'text', (c) => c.notNull())
    // Set when the export showed the register as it stood at a past moment (rebuilt from the history).
    .addColumn('as_of', 'text')
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE INDEX export_records_by_organisation ON export_records (organisation_id, created_at)`.execute(
    db,
  )
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('export_records').execute()
}
