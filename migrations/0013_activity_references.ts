/**
 * Fields DPOs asked for after comparing the register with the ICO template and the CNIL model (issue 15):
 * - on each purpose: the law, contract or public task its basis relies on (`legal_basis_reference`), where the
 *   legitimate interests assessment is recorded, where consents are recorded, and the national-law provision
 *   an Art. 9(2)(b), (g)–(j) condition or the Art. 10 basis rests on (`condition_reference`);
 * - on each recipient: whether it is inside the organisation (a department) or an external body;
 * - on the activity: the logic and effects of automated decision-making, and the retention policy or schedule
 *   the periods come from.
 * All optional: existing rows read as "not recorded" (NULL) and recipients as external (0), which is what the
 * register said before.
 * Frozen: never edit a landed migration; add a new one.
 */
import type { Kysely } from 'kysely'

const TEXT_COLUMNS: [table: string, column: string][] = [
  ['activity_purposes', 'legal_basis_reference'],
  ['activity_purposes', 'legitimate_interest_assessment'],
  ['activity_purposes', 'consent_record'],
  ['activity_purposes', 'condition_reference'],
  ['activities', 'automated_decision_making_description'],
  ['activities', 'retention_reference'],
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column] of TEXT_COLUMNS)
    await db.schema.alterTable(table).addColumn(column, 'text').execute()
  await db.schema
    .alterTable('activity_recipients')
    .addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activity_recipients').dropColumn('internal').execute()
  for (const [table, column] of [...TEXT_COLUMNS].reverse())
    await db.schema.alterTable(table).dropColumn(column).execute()
}
