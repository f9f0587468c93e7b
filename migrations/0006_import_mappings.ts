/**
 * Saved import mappings: how the columns of a spreadsheet map onto register fields, by folded heading, so
 * the next client's sheet with the same headings imports in one step. Workspace-wide (not per
 * organisation); the imported files themselves are never stored.
 * Frozen: never edit a landed migration; add a new one.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_mappings').execute()
}
