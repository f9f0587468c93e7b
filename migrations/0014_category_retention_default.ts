/**
 * A default time limit for erasure on each category of personal data (issue 21): in words and, for a fixed
 * period, in months, as an activity records it per category. An activity that records no retention of its own
 * for the category takes the default.
 * Optional: existing categories read as "no default" (NULL), so every activity keeps the retention it showed.
 * Frozen: never edit a landed migration; add a new one.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_categories').addColumn('default_retention', 'text').execute()
  await db.schema.alterTable('data_categories').addColumn('default_retention_months', 'integer').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_categories').dropColumn('default_retention_months').execute()
  await db.schema.alterTable('data_categories').dropColumn('default_retention').execute()
}
