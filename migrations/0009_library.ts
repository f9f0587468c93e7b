/**
 * The library, and the facts a party carries about transfers to it:
 * - parties: the Chapter V mechanism its contract relies on, the SCC module, whether a transfer impact
 *   assessment was done, the day its DPF certification was last checked, and the vendor library entry it was
 *   created from (a built-in id such as `microsoft-365`, or a workspace vendor's id);
 * - workspace-level library tables (not per organisation): the consultant's own vendors (additions to and edits
 *   of the built-in vendor list), catalogue entries (data subject categories, data categories, security measures)
 *   and activity templates, each kept once and copied into organisations;
 * - on each organisation's catalogue entries, the library entry it was copied from, so a change to the library
 *   entry can be offered to the organisations that use it (never applied silently). Deleting a library entry
 *   leaves the copies and forgets the link.
 * Frozen: never edit a landed migration; add a new one.
 */
import { sql, type Kysely } from 'kysely'

async function libraryTable(db: Kysely<any>, name: string, columns: (t: any) => any, unique: string) {
  let builder = db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey())
  builder = columns(builder)
  await builder
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX ${sql.raw(`${name}_name_unique`)} ON ${sql.table(name)} (${sql.raw(unique)})`.execute(
    db,
  )
}

const LINKED_CATALOGUES = ['data_subject_categories', 'data_categories', 'security_measures'] as const

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('parties').addColumn('transfer_mechanism', 'text').execute()
  await db.schema.alterTable('parties').addColumn('scc_module', 'integer').execute()
  await db.schema
    .alterTable('parties')
    .addColumn('transfer_impact_assessment', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.alterTable('parties').addColumn('dpf_checked_on', 'text').execute()
  await db.schema.alterTable('parties').addColumn('library_vendor_id', 'text').execute()

  await libraryTable(
    db,
    'library_vendors',
    (t) =>
      t
        .addColumn('name', 'text', (c: any) => c.notNull())
        .addColumn('vendor_json', 'text', (c: any) => c.notNull()),
    'lower(name)',
  )
  await libraryTable(
    db,
    'library_entries',
    (t) =>
      t
        .addColumn('catalogue', 'text', (c: any) => c.notNull())
        .addColumn('name', 'text', (c: any) => c.notNull())
        .addColumn('fields_json', 'text', (c: any) => c.notNull()),
    'catalogue, lower(name)',
  )
  await libraryTable(
    db,
    'library_templates',
    (t) =>
      t
        .addColumn('name', 'text', (c: any) => c.notNull())
        .addColumn('language', 'text', (c: any) => c.notNull())
        .addColumn('template_json', 'text', (c: any) => c.notNull()),
    'lower(name)',
  )

  for (const table of LINKED_CATALOGUES) {
    await db.schema
      .alterTable(table)
      .addColumn('library_entry_id', 'text', (c) => c.references('library_entries.id').onDelete('set null'))
      .execute()
    await db.schema.createIndex(`${table}_library_entry`).on(table).column('library_entry_id').execute()
  }
  await db.schema.createIndex('parties_library_vendor').on('parties').column('library_vendor_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('parties_library_vendor').execute()
  for (const table of LINKED_CATALOGUES) {
    await db.schema.dropIndex(`${table}_library_entry`).execute()
    await db.schema.alterTable(table).dropColumn('library_entry_id').execute()
  }
  for (const table of ['library_templates', 'library_entries', 'library_vendors'])
    await db.schema.dropTable(table).execute()
  for (const column of [
    'library_vendor_id',
    'dpf_checked_on',
    'transfer_impact_assessment',
    'scc_module',
    'transfer_mechanism',
  ]) {
    await db.schema.alterTable('parties').dropColumn(column).execute()
  }
}
