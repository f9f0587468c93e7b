/**
 * Everything an Art. 30 register holds: the organisation profile, the catalogues (parties, data subject
 * categories, data categories, security measures) and every field of a processing activity.
 * Frozen: never edit a landed migration; add a new one.
 */
import { sql, type Kysely } from 'kysely'

async function catalogueTable(db: Kysely<any>, name: string, columns: (t: any) => any) {
  let builder = db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
  builder = columns(builder)
  await builder
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await sql`CREATE UNIQUE INDEX ${sql.raw(`${name}_name_unique`)} ON ${sql.table(name)} (organisation_id, lower(name))`.execute(
    db,
  )
}

/** A child table of activities; its rows go with their activity. */
function childTable(db: Kysely<any>, name: string) {
  return db.schema
    .createTable(name)
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['activity_id', 'position'])
}

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    'trade_name',
    'registration_number',
    'country',
    'address',
    'email',
    'phone',
    'website',
  ]) {
    await db.schema.alterTable('organisations').addColumn(column, 'text').execute()
  }
  await db.schema.alterTable('organisations').addColumn('employee_count', 'integer').execute()
  // Contact blocks (representative, DPO, contact person) are small value objects, kept as JSON text.
  for (const column of ['representative_json', 'dpo_json', 'contact_person_json', 'supervisory_authority']) {
    await db.schema.alterTable('organisations').addColumn(column, 'text').execute()
  }
  await db.schema
    .alterTable('organisations')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute()

  await catalogueTable(db, 'parties', (t) =>
    t
      .addColumn('kind', 'text', (c: any) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('address', 'text')
      .addColumn('email', 'text')
      .addColumn('website', 'text')
      .addColumn('dpf_certified', 'integer', (c: any) => c.notNull().defaultTo(0))
      .addColumn('dpa_reference', 'text')
      .addColumn('dpa_signed_on', 'text')
      .addColumn('notes', 'text'),
  )
  await catalogueTable(db, 'data_subject_categories', (t) =>
    t
      .addColumn('description', 'text')
      .addColumn('vulnerable', 'integer', (c: any) => c.notNull().defaultTo(0)),
  )
  await catalogueTable(db, 'data_categories', (t) =>
    t
      .addColumn('description', 'text')
      .addColumn('special', 'text', (c: any) => c.notNull().defaultTo('none')),
  )
  await catalogueTable(db, 'security_measures', (t) =>
    t.addColumn('kind', 'text', (c: any) => c.notNull()).addColumn('description', 'text'),
  )

  for (const column of [
    'business_function',
    'owner',
    'description',
    'retention',
    'dpia_reference',
    'data_location',
    'last_reviewed_on',
    'next_review_due',
    'notes',
  ]) {
    await db.schema.alterTable('activities').addColumn(column, 'text').execute()
  }
  await db.schema
    .alterTable('activities')
    .addColumn('automated_decision_making', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('activities')
    .addColumn('dpia_status', 'text', (c) => c.notNull().defaultTo('not_assessed'))
    .execute()
  // Short lists of codes and names, read and written with their activity: JSON arrays.
  await db.schema
    .alterTable('activities')
    .addColumn('dpia_criteria', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
  await db.schema
    .alterTable('activities')
    .addColumn('systems', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()

  for (const column of ['legitimate_interest', 'special_category_condition', 'criminal_data_basis']) {
    await db.schema.alterTable('activity_purposes').addColumn(column, 'text').execute()
  }

  await childTable(db, 'activity_data_subjects')
    .addColumn('data_subject_category_id', 'text', (c) =>
      c.notNull().references('data_subject_categories.id'),
    )
    .execute()
  await childTable(db, 'activity_data_categories')
    .addColumn('data_category_id', 'text', (c) => c.notNull().references('data_categories.id'))
    .addColumn('retention', 'text')
    .addColumn('retention_months', 'integer')
    .execute()
  await childTable(db, 'activity_sources')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .execute()
  await childTable(db, 'activity_recipients')
    .addColumn('party_id', 'text', (c) => c.references('parties.id'))
    .addColumn('category', 'text')
    .addColumn('purpose', 'text')
    .execute()
  // Joint controllers, and for processor records the controllers it acts for: `relation` tells which.
  await db.schema
    .createTable('activity_parties')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('party_id', 'text', (c) => c.notNull().references('parties.id'))
    .addPrimaryKeyConstraint('activity_parties_pk', ['activity_id', 'relation', 'position'])
    .execute()
  await childTable(db, 'activity_transfers')
    .addColumn('party_id', 'text', (c) => c.references('parties.id'))
    .addColumn('country', 'text')
    .addColumn('international_organisation', 'text')
    .addColumn('mechanism', 'text', (c) => c.notNull())
    .addColumn('scc_module', 'integer')
    .addColumn('safeguard_documentation', 'text')
    .addColumn('transfer_impact_assessment', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await childTable(db, 'activity_security_measures')
    .addColumn('security_measure_id', 'text', (c) => c.notNull().references('security_measures.id'))
    .execute()

  // "Which activities use this entry?" must not scan every activity.
  await db.schema
    .createIndex('activity_data_subjects_entry')
    .on('activity_data_subjects')
    .column('data_subject_category_id')
    .execute()
  await db.schema
    .createIndex('activity_data_categories_entry')
    .on('activity_data_categories')
    .column('data_category_id')
    .execute()
  await db.schema
    .createIndex('activity_recipients_entry')
    .on('activity_recipients')
    .column('party_id')
    .execute()
  await db.schema.createIndex('activity_parties_entry').on('activity_parties').column('party_id').execute()
  await db.schema
    .createIndex('activity_transfers_entry')
    .on('activity_transfers')
    .column('party_id')
    .execute()
  await db.schema
    .createIndex('activity_security_measures_entry')
    .on('activity_security_measures')
    .column('security_measure_id')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'activity_security_measures',
    'activity_transfers',
    'activity_parties',
    'activity_recipients',
    'activity_sources',
    'activity_data_categories',
    'activity_data_subjects',
    'security_measures',
    'data_categories',
    'data_subject_categories',
    'parties',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
