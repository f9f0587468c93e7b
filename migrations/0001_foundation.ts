/**
 * Organisations, a basic processing activity with its purposes, and the change history.
 * Frozen: never edit a landed migration; add a new one.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX organisations_name_unique ON organisations (lower(name))`.execute(db)

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX activities_reference_unique ON activities (organisation_id, lower(reference))`.execute(
    db,
  )

  await db.schema
    .createTable('activity_purposes')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addPrimaryKeyConstraint('activity_purposes_pk', ['activity_id', 'position'])
    .execute()

  // Append-only history: one row per mutation, written in the mutation's own transaction.
  await db.schema
    .createTable('changes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute()
  await db.schema
    .createIndex('changes_organisation')
    .on('changes')
    .columns(['organisation_id', 'id'])
    .execute()
  await db.schema.createIndex('changes_entity').on('changes').columns(['entity_id', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('changes').execute()
  await db.schema.dropTable('activity_purposes').execute()
  await db.schema.dropTable('activities').execute()
  await db.schema.dropTable('organisations').execute()
}
