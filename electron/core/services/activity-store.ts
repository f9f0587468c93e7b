/**
 * Reading and writing activities with all their child rows. Loads go table by table for a whole set of
 * activities at once (never one query per activity), so one activity and 20,000 use the same code. The plain
 * columns of the activity and of its items come from the field registry (shared/fields); the lists of ids and
 * the DPIA screening are mapped here.
 */
import type { Activity, ActivityFields } from '../../../shared/schemas/activity'
import type { Codec, Field } from '../../../shared/fields/define'
import { ACTIVITY_FIELDS, LIST_FIELDS } from '../../../shared/fields/registry'
import type { DpiaCriterion, DpiaStatus } from '../../../shared/schemas/codes'
import type { CoreContext } from '../context'
import type { ActivitiesTable, Database } from '../db/schema'
import type { Tx } from '../history/mutate'
import { insertRows } from '../db/insert-rows'
import type { Kysely } from 'kysely'
import { compareReferences, referenceSortKey } from '../../../shared/order'

type Db = CoreContext['db'] | Tx['db']
export type ActivityFilter = { organisationId: string } | { activityIds: string[] }

const CHILD_TABLES = [
  'activity_purposes',
  'activity_data_subjects',
  'activity_data_categories',
  'activity_sources',
  'activity_recipients',
  'activity_parties',
  'activity_transfers',
  'activity_security_measures',
] as const

/** How many activities' child rows are read per query: enough for few queries, few enough to let go quickly. */
const CHUNK = 500

/** The rows of one child table for these activities, in activity and position order. */
async function childRows(
  db: Db,
  table: (typeof CHILD_TABLES)[number],
  activityIds: string[],
): Promise<(Record<string, unknown> & { activity_id: string })[]> {
  // One query for eight tables of different shapes: typed per table where the rows are used.
  const k = db as unknown as Kysely<Record<string, { activity_id: string; position: number }>>
  return k
    .selectFrom(`${table} as c`)
    .selectAll()
    .where('c.activity_id', 'in', activityIds)
    .orderBy('c.activity_id')
    .orderBy('c.position')
    .execute()
}

/** Keeps one copy of each text it is given: codes, ids and phrases repeated across thousands of rows. */
type Shared = <T extends string | null>(value: T) => T

function sharedTexts(): Shared {
  const texts = new Map<string, string>()
  return (<T extends string | null>(value: T): T => {
    if (value === null) return value
    const known = texts.get(value)
    if (known !== undefined) return known as T
    texts.set(value, value)
    return value
  }) as Shared
}

const unshared: Shared = (value) => value

/** A column the registry maps onto a plain field: its form path, where it is kept and how. */
interface Column {
  path: string
  column: string
  codec: Codec
}

/** The plain columns of these fields (top-level paths, not JSON): what the registry says, so a new field needs no store code. */
const plainColumns = (fields: readonly Field<any>[]): Column[] =>
  fields.flatMap((f) =>
    f.store && f.store.codec !== 'json' && !f.path.includes('.')
      ? [{ path: f.path, column: f.store.column, codec: f.store.codec }]
      : [],
  )

const ACTIVITY_COLUMNS = plainColumns(ACTIVITY_FIELDS)

/** The child tables whose rows are items of a registry list, with their plain columns. */
const ITEM_TABLES = new Map(
  LIST_FIELDS.map((list) => [list.item.table, { path: list.path, columns: plainColumns(list.item.fields) }]),
)

function readColumns(
  columns: readonly Column[],
  row: Record<string, unknown>,
  text: Shared,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const { path, column, codec } of columns) {
    const value = row[column]
    out[path] = codec === 'bool' ? value === 1 : codec === 'shared' ? text(value as string | null) : value
  }
  return out
}

function writeColumns(columns: readonly Column[], owner: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const { path, column, codec } of columns)
    out[column] = codec === 'bool' ? (owner[path] ? 1 : 0) : owner[path]
  return out
}

/** An activity's own fields from its row, with empty lists for what its child rows hold. */
export function rowToFields(row: ActivitiesTable, text: Shared = unshared): ActivityFields {
  return {
    ...readColumns(ACTIVITY_COLUMNS, row as unknown as Record<string, unknown>, text),
    purposes: [],
    dataSubjectCategoryIds: [],
    dataCategories: [],
    sources: [],
    recipients: [],
    jointControllerIds: [],
    controllerIds: [],
    transfers: [],
    securityMeasureIds: [],
    dpia: {
      status: text(row.dpia_status) as DpiaStatus,
      criteria: (JSON.parse(row.dpia_criteria) as DpiaCriterion[]).map(text),
      reference: row.dpia_reference,
    },
    systems: (JSON.parse(row.systems) as string[]).map(text),
  } as unknown as ActivityFields
}

/** Append one child row, in its stored order, to the lists of the activity it belongs to. */
function appendChild(
  a: ActivityFields,
  table: (typeof CHILD_TABLES)[number],
  row: Record<string, unknown>,
  text: Shared,
): void {
  const items = ITEM_TABLES.get(table)
  if (items) {
    ;(a[items.path as keyof ActivityFields] as unknown[]).push(readColumns(items.columns, row, text))
    return
  }
  switch (table) {
    case 'activity_data_subjects':
      a.dataSubjectCategoryIds.push(
        text((row as unknown as Database['activity_data_subjects']).data_subject_category_id),
      )
      break
    case 'activity_parties': {
      const p = row as unknown as Database['activity_parties']
      ;(p.relation === 'joint_controller' ? a.jointControllerIds : a.controllerIds).push(text(p.party_id))
      break
    }
    case 'activity_security_measures':
      a.securityMeasureIds.push(
        text((row as unknown as Database['activity_security_measures']).security_measure_id),
      )
      break
  }
}

/**
 * Every activity matching the filter, complete, ordered by reference. Child rows are read for 500 activities
 * at a time and go straight into their activities' lists, so a register of 20,000 activities never holds all
 * its raw rows at once (they would age into V8's old generation: 100 MB more for the largest registers); codes,
 * catalogue ids and phrases repeated in thousands of rows (retention periods, recipients' purposes) are kept
 * as one string each.
 */
export async function loadActivities(db: Db, filter: ActivityFilter): Promise<Activity[]> {
  if ('activityIds' in filter && filter.activityIds.length === 0) return []
  // reference_key orders as compareReferences does, so SQL sorts (with an index) instead of JavaScript.
  let query = db.selectFrom('activities').selectAll().orderBy('reference_key').orderBy('reference')
  query =
    'organisationId' in filter
      ? query.where('organisation_id', '=', filter.organisationId)
      : query.where('id', 'in', filter.activityIds)
  const text = sharedTexts()
  const activities: Activity[] = []
  // Streamed: each row is let go once its fields are taken.
  for await (const row of query.stream()) {
    activities.push({
      id: row.id,
      organisationId: row.organisation_id,
      ...rowToFields(row, text),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })
  }
  const byId = new Map(activities.map((a) => [a.id, a]))
  for (let start = 0; start < activities.length; start += CHUNK) {
    const ids = activities.slice(start, start + CHUNK).map((a) => a.id)
    for (const table of CHILD_TABLES) {
      for (const row of await childRows(db, table, ids))
        appendChild(byId.get(row.activity_id)!, table, row, text)
    }
  }
  return activities
}

export { compareReferences }

/** The activity's own columns (not its children). */
export function activityColumns(
  fields: ActivityFields,
): Omit<ActivitiesTable, 'id' | 'organisation_id' | 'created_at' | 'updated_at'> {
  return {
    ...writeColumns(ACTIVITY_COLUMNS, fields as unknown as Record<string, unknown>),
    reference_key: referenceSortKey(fields.reference),
    dpia_status: fields.dpia.status,
    dpia_criteria: JSON.stringify(fields.dpia.criteria),
    dpia_reference: fields.dpia.reference,
    systems: JSON.stringify(fields.systems),
  } as Omit<ActivitiesTable, 'id' | 'organisation_id' | 'created_at' | 'updated_at'>
}

/** The rows of one registry list's items, ready to insert. */
function itemRows(id: string, f: ActivityFields, table: string): Record<string, unknown>[] {
  const { path, columns } = ITEM_TABLES.get(table)!
  return (f[path as keyof ActivityFields] as Record<string, unknown>[]).map((item, position) => ({
    activity_id: id,
    position,
    ...writeColumns(columns, item),
  }))
}

/** The child rows of one activity, ready to insert. */
export function childRowsOf(id: string, f: ActivityFields) {
  return {
    activity_purposes: itemRows(id, f, 'activity_purposes'),
    activity_data_subjects: f.dataSubjectCategoryIds.map((data_subject_category_id, position) => ({
      activity_id: id,
      position,
      data_subject_category_id,
    })),
    activity_data_categories: itemRows(id, f, 'activity_data_categories'),
    activity_sources: itemRows(id, f, 'activity_sources'),
    activity_recipients: itemRows(id, f, 'activity_recipients'),
    activity_parties: [
      ...f.jointControllerIds.map((party_id, position) => ({
        activity_id: id,
        relation: 'joint_controller' as const,
        position,
        party_id,
      })),
      ...f.controllerIds.map((party_id, position) => ({
        activity_id: id,
        relation: 'controller' as const,
        position,
        party_id,
      })),
    ],
    activity_transfers: itemRows(id, f, 'activity_transfers'),
    activity_security_measures: f.securityMeasureIds.map((security_measure_id, position) => ({
      activity_id: id,
      position,
      security_measure_id,
    })),
  }
}

/** The child rows of activities just inserted, table by table, in multi-row INSERTs. */
export async function insertChildren(tx: Tx, activities: (ActivityFields & { id: string })[]): Promise<void> {
  const rows = activities.map((a) => childRowsOf(a.id, a))
  for (const table of CHILD_TABLES)
    await insertRows(
      tx.db,
      table,
      rows.flatMap((r) => r[table] as never[]),
    )
}

/** Replace all child rows of one activity (`fresh`: the activity was just inserted and has none). */
export async function writeChildren(
  tx: Tx,
  id: string,
  fields: ActivityFields,
  options: { fresh?: boolean } = {},
): Promise<void> {
  const rows = childRowsOf(id, fields)
  for (const table of CHILD_TABLES) {
    if (!options.fresh) await tx.db.deleteFrom(table).where('activity_id', '=', id).execute()
    await insertRows(tx.db, table, rows[table] as never[])
  }
}
