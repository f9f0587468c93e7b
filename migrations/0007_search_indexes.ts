/**
 * What the activity search needs (its query plans showed temporary sort trees and scans without it):
 * - `reference_key`, the reference as a person orders it (PA-2 before PA-10, letter case and accents ignored),
 *   so SQL can sort and page activities in the app's order instead of sorting every row in JavaScript;
 * - an index on (organisation_id, reference_key): one organisation's activities in order, without sorting;
 * - an index on reference_key: every organisation's activities in order (the cross-organisation list);
 * - an index on updated_at: the most recently changed activities, without sorting the workspace.
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

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activities').addColumn('reference_key', 'text', (c) => c.notNull().defaultTo('')).execute()
  const { rows } = await sql<{ id: string; reference: string }>`SELECT id, reference FROM activities`.execute(db)
  for (const row of rows) {
    await sql`UPDATE activities SET reference_key = ${referenceSortKey(row.reference)} WHERE id = ${row.id}`.execute(db)
  }
  await db.schema.createIndex('activities_organisation_reference_key').on('activities').columns(['organisation_id', 'reference_key']).execute()
  await db.schema.createIndex('activities_reference_key').on('activities').column('reference_key').execute()
  await db.schema.createIndex('activities_updated_at').on('activities').column('updated_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activities_updated_at').execute()
  await db.schema.dropIndex('activities_reference_key').execute()
  await db.schema.dropIndex('activities_organisation_reference_key').execute()
  await db.schema.alterTable('activities').dropColumn('reference_key').execute()
}
