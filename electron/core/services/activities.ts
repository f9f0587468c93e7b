import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { FieldIssue } from '../../../shared/api'
import type { Activity, ActivityFields, ActivitySummary } from '../../../shared/schemas/activity'
import { defaultReferencePrefix, referenceNumbering, referencePrefix } from '../../../shared/references'
import { activitySearchSchema } from '../../../shared/schemas/activity-search'
import type { CoreContext } from '../context'
import { conflict, invalid, notFound } from '../errors'
import { mutate, type Tx } from '../history/mutate'
import { insertRows } from '../db/insert-rows'
import { activityColumns, insertChildren, loadActivities, writeChildren } from './activity-store'
import { searchActivities } from './activity-search'
import { nextVersionStamp, staleEdit } from './edits'
import { requireOrganisation } from './organisations'

type Db = CoreContext['db'] | Tx['db']

/** One organisation's activities by reference: the search without filters, without the organisation's name. */
export async function listActivities(ctx: CoreContext, organisationId: string): Promise<ActivitySummary[]> {
  const { activities } = await searchActivities(ctx, activitySearchSchema.parse({ organisationId }))
  return activities.map(({ organisationId: _id, organisationName: _name, ...summary }) => summary)
}

export async function loadActivity(db: Db, id: string): Promise<Activity> {
  const [activity] = await loadActivities(db, { activityIds: [id] })
  if (!activity) throw notFound('The processing activity')
  return activity
}

export function getActivity(ctx: CoreContext, id: string): Promise<Activity> {
  return loadActivity(ctx.db, id)
}

export async function assertReferenceFree(
  db: Db,
  organisationId: string,
  reference: string,
  exceptId?: string,
) {
  let query = db
    .selectFrom('activities')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql`lower(reference)`, '=', reference.toLowerCase())
  if (exceptId) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) {
    throw conflict(
      `Another activity already has the reference “${reference}”. References must be unique within an organisation.`,
      [{ path: 'activity.reference', message: 'is already used by another activity' }],
    )
  }
}

/** Every catalogue entry the activity names must belong to the activity's own organisation. */
export async function assertEntriesInOrganisation(db: Db, organisationId: string, f: ActivityFields) {
  const checks: {
    table: 'parties' | 'data_subject_categories' | 'data_categories' | 'security_measures'
    refs: { path: string; id: string }[]
  }[] = [
    {
      table: 'parties',
      refs: [
        ...f.jointControllerIds.map((id, i) => ({ path: `activity.jointControllerIds[${i}]`, id })),
        ...f.controllerIds.map((id, i) => ({ path: `activity.controllerIds[${i}]`, id })),
        ...f.recipients.flatMap((r, i) =>
          r.partyId ? [{ path: `activity.recipients[${i}].partyId`, id: r.partyId }] : [],
        ),
        ...f.transfers.flatMap((t, i) =>
          t.partyId ? [{ path: `activity.transfers[${i}].partyId`, id: t.partyId }] : [],
        ),
      ],
    },
    {
      table: 'data_subject_categories',
      refs: f.dataSubjectCategoryIds.map((id, i) => ({ path: `activity.dataSubjectCategoryIds[${i}]`, id })),
    },
    {
      table: 'data_categories',
      refs: f.dataCategories.map((d, i) => ({
        path: `activity.dataCategories[${i}].dataCategoryId`,
        id: d.dataCategoryId,
      })),
    },
    {
      table: 'security_measures',
      refs: f.securityMeasureIds.map((id, i) => ({ path: `activity.securityMeasureIds[${i}]`, id })),
    },
  ]
  const issues: FieldIssue[] = []
  for (const { table, refs } of checks) {
    if (refs.length === 0) continue
    const found = new Set(
      (
        await db
          .selectFrom(table)
          .select('id')
          .where('organisation_id', '=', organisationId)
          .where('id', 'in', [...new Set(refs.map((r) => r.id))])
          .execute()
      ).map((r) => r.id),
    )
    for (const ref of refs)
      if (!found.has(ref.id))
        issues.push({
          path: ref.path,
          message:
            'refers to an entry that is not in this organisation’s catalogue (it may have been deleted)',
        })
  }
  if (issues.length > 0)
    throw invalid(
      'The activity refers to catalogue entries this organisation does not have. Reload and try again.',
      issues,
    )
  if (f.role !== 'processor' && f.controllerIds.length > 0) {
    throw invalid('Only a processor record lists the controllers it acts for.', [
      { path: 'activity.controllerIds', message: 'is only for processor records' },
    ])
  }
}

/** An activity to insert: its fields, and its id when it is restored under the id it had. */
export interface NewActivity {
  fields: ActivityFields
  id?: string
}

/** Activities written per round: rows and change records of a large import go in groups, in bounded memory. */
const ACTIVITIES_PER_ROUND = 500

/**
 * Insert activities inside an open transaction, each with its change record (`create`, or `restore` when its
 * id is given); used by create, duplicate, copy, restore and import. Their rows, child rows and change records
 * go in multi-row INSERTs, so 400 activities take a few dozen statements rather than thousands.
 */
export async function insertActivities(
  tx: Tx,
  organisationId: string,
  list: NewActivity[],
  options: { checkEntries?: boolean } = {},
): Promise<Activity[]> {
  const inserted: Activity[] = []
  for (let start = 0; start < list.length; start += ACTIVITIES_PER_ROUND) {
    const round = list.slice(start, start + ACTIVITIES_PER_ROUND)
    if (options.checkEntries !== false)
      for (const { fields } of round) await assertEntriesInOrganisation(tx.db, organisationId, fields)
    const activities: Activity[] = round.map(({ fields, id }) => ({
      id: id ?? randomUUID(),
      organisationId,
      ...fields,
      createdAt: tx.at,
      updatedAt: tx.at,
    }))
    await insertRows(
      tx.db,
      'activities',
      activities.map((a) => ({
        id: a.id,
        organisation_id: organisationId,
        ...activityColumns(a),
        created_at: tx.at,
        updated_at: tx.at,
      })),
    )
    await insertChildren(tx, activities)
    await tx.recordAll(
      activities.map((after, i) => ({
        organisationId,
        entity: 'activity',
        entityId: after.id,
        operation: round[i].id ? 'restore' : 'create',
        before: null,
        after,
      })),
    )
    inserted.push(...activities)
  }
  return inserted
}

/** Insert one activity inside an open transaction, with its change record. */
export async function insertActivity(
  tx: Tx,
  organisationId: string,
  fields: ActivityFields,
  options: { checkEntries?: boolean; id?: string } = {},
): Promise<Activity> {
  const [activity] = await insertActivities(tx, organisationId, [{ fields, id: options.id }], options)
  return activity
}

export async function createActivity(
  ctx: CoreContext,
  organisationId: string,
  fields: ActivityFields,
): Promise<Activity> {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, organisationId)
    await assertReferenceFree(tx.db, organisationId, fields.reference)
    return insertActivity(tx, organisationId, fields)
  })
}

/**
 * Replace an activity's fields. `expectedUpdatedAt`, the `updatedAt` of the version the user started from,
 * makes a save that another user's save overtook a conflict (edits.ts) instead of overwriting it.
 */
export async function updateActivity(
  ctx: CoreContext,
  id: string,
  fields: ActivityFields,
  expectedUpdatedAt: string | null = null,
): Promise<Activity> {
  return mutate(ctx, async (tx) => {
    const before = await loadActivity(tx.db, id)
    if (expectedUpdatedAt !== null && before.updatedAt !== expectedUpdatedAt)
      throw await staleEdit(tx.db, before)
    await assertReferenceFree(tx.db, before.organisationId, fields.reference, id)
    await assertEntriesInOrganisation(tx.db, before.organisationId, fields)
    const updatedAt = nextVersionStamp(before.updatedAt, tx.at)
    let update = tx.db
      .updateTable('activities')
      .set({ ...activityColumns(fields), updated_at: updatedAt })
      .where('id', '=', id)
    // Another transaction may have saved between our read and this write (a team database reads committed rows):
    // the write then matches no row, and waits for nothing.
    if (expectedUpdatedAt !== null) update = update.where('updated_at', '=', expectedUpdatedAt)
    const { numUpdatedRows } = await update.executeTakeFirstOrThrow()
    if (Number(numUpdatedRows) === 0) throw await staleEdit(tx.db, before)
    await writeChildren(tx, id, fields)
    const after: Activity = { ...before, ...fields, updatedAt }
    await tx.record({
      organisationId: before.organisationId,
      entity: 'activity',
      entityId: id,
      operation: 'update',
      before,
      after,
    })
    return after
  })
}

export async function deleteActivity(ctx: CoreContext, id: string): Promise<{ id: string }> {
  return mutate(ctx, async (tx) => {
    const before = await loadActivity(tx.db, id)
    await tx.db.deleteFrom('activities').where('id', '=', id).execute()
    await tx.record({
      organisationId: before.organisationId,
      entity: 'activity',
      entityId: id,
      operation: 'delete',
      before,
      after: null,
    })
    return { id }
  })
}

/**
 * Hands out references not yet used in the organisation, `PA-01 (copy)`, `PA-01 (copy 2)`, … (for copies to
 * another organisation, which keep their references where they can), each counted as taken once handed out: the organisation's references are read once, however many activities are copied.
 */
export async function referenceAllocator(
  db: Db,
  organisationId: string,
  suffix = 'copy',
): Promise<(wanted: string) => string> {
  const taken = new Set(
    (
      await db
        .selectFrom('activities')
        .select('reference')
        .where('organisation_id', '=', organisationId)
        .execute()
    ).map((r) => r.reference.toLowerCase()),
  )
  return (wanted) => {
    let candidate = wanted
    for (let n = 1; taken.has(candidate.toLowerCase()); n++)
      candidate = `${wanted} (${suffix}${n === 1 ? '' : ` ${n}`})`.slice(0, 50)
    taken.add(candidate.toLowerCase())
    return candidate
  }
}

/** Hands out the next free reference per prefix: after the highest number the organisation already uses (PA-05 after PA-04). */
export async function referenceNumberer(db: Db, organisationId: string): Promise<(prefix: string) => string> {
  const rows = await db
    .selectFrom('activities')
    .select('reference')
    .where('organisation_id', '=', organisationId)
    .execute()
  return referenceNumbering(rows.map((r) => r.reference))
}

/**
 * A copy within the organisation, as a draft under the next number of its reference's prefix (PA-05 after the
 * organisation's PA-04, whichever activity was copied) and the same name: a register numbers its activities,
 * it does not say "(copy)" in them.
 */
export async function duplicateActivity(ctx: CoreContext, id: string): Promise<Activity> {
  return mutate(ctx, async (tx) => {
    const { id: _id, organisationId, createdAt: _c, updatedAt: _u, ...fields } = await loadActivity(tx.db, id)
    const next = await referenceNumberer(tx.db, organisationId)
    const reference = next(referencePrefix(fields.reference) ?? defaultReferencePrefix(fields.role))
    return insertActivity(tx, organisationId, { ...fields, reference, status: 'draft' })
  })
}
