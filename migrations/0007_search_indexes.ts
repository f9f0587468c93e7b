/**
 * What the activity search needs (its query plans showed temporary sort trees and scans without it):
 * - `reference_key`, the reference as a person orders it (PA-2 before PA-10, letter case and accents ignored),
 *   so SQL can sort and page activities in the app's order instead of sorting every row in JavaScript;
 * - an index on (organisation_id, reference_key): one organisation's activities in order, without sorting;
 * - an index on reference_key: every organisation's activities in order (the cross-organisation list);
 * - an index on updated_at: the most recently changed activities, without sorting the workspace;
 * - the indexes from a catalogue entry to the activities using it (0002's `*_entry`) now hold the activity too,
 *   so counting an entry's activities reads the index alone (catalogue lists count them for every entry).
 * Frozen: the key recipe is repeated here on purpose (migrations never import app code); it must stay
 * identical to referenceSortKey in shared/order.ts.
 */
import { sql, type Kysely } from 'kysely'

function referenceSortKey(reference: string): string {
  return reference
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+(?=\d)/, '')
      return String(value.length).padStart(2, '0') + value
    })
}

/** Child tables and the column naming a catalogue entry, as 0002 indexed them. */
const ENTRY_COLUMNS = [
  ['activity_data_subjects', 'data_subject_category_id'],
  ['activity_data_categories', 'data_category_id'],
  ['activity_recipients', 'party_id'],
  ['activity_parties', 'party_id'],
  ['activity_transfers', 'party_id'],
  ['activity_security_measures', 'security_measure_id'],
] as const

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('reference_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  const { rows } = await sql<{ id: string; reference: string }>`SELECT id, reference FROM activities`.execute(
    db,
  )
  for (const row of rows) {
    await sql`UPDATE activities SET reference_key = ${referenceSortKey(row.reference)} WHERE id = ${row.id}`.execute(
      db,
    )
  }
  await db.schema
    .createIndex('activities_organisation_reference_key')
    .on('activities')
    .columns(['organisation_id', 'reference_key'])
    .execute()
  await db.schema.createIndex('activities_reference_key').on('activities').column('reference_key').execute()
  await db.schema.createIndex('activities_updated_at').on('activities').column('updated_at').execute()
  for (const [table, column] of ENTRY_COLUMNS) {
    await db.schema.dropIndex(`${table}_entry`).execute()
    await db.schema.createIndex(`${table}_entry`).on(table).columns([column, 'activity_id']).execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of ENTRY_COLUMNS) {
    await db.schema.dropIndex(`${table}_entry`).execute()
    await db.schema.createIndex(`${table}_entry`).on(table).column(column).execute()
  }
  await db.schema.dropIndex('activities_updated_at').execute()
  await db.schema.dropIndex('activities_reference_key').execute()
  await db.schema.dropIndex('activities_organisation_reference_key').execute()
  await db.schema.alterTable('activities').dropColumn('reference_key').execute()
}
