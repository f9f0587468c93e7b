/**
 * Changes to many activities at once from the activities table: a status for all of them (a register typed
 * in as drafts made active in one step), or a review recorded for all of them. All or nothing: one
 * transaction, and an id that is not an activity of the organisation refuses the whole change. Each activity
 * gets its own change record and a new version stamp, as a save in the editor gives it, so an editor open on
 * one of them meets a conflict rather than overwriting the change.
 */
import type { Activity, ActivityFields } from '../../../shared/schemas/activity'
import type { CoreContext } from '../context'
import { invalid } from '../errors'
import type { Handlers } from '../handler'
import { mutate, type Tx } from '../history/mutate'
import { activityColumns, loadActivities } from './activity-store'
import { nextVersionStamp } from './edits'
import { requireOrganisation } from './organisations'

/** Loads the activities named, refusing the lot when one is missing or belongs to another organisation. */
async function loadAll(tx: Tx, organisationId: string, ids: readonly string[]): Promise<Activity[]> {
  await requireOrganisation(tx.db, organisationId)
  const unique = [...new Set(ids)]
  const found = new Map(
    (await loadActivities(tx.db, { activityIds: unique }))
      .filter((a) => a.organisationId === organisationId)
      .map((a) => [a.id, a]),
  )
  const missing = ids.flatMap((id, i) =>
    found.has(id)
      ? []
      : [
          {
            path: `ids[${i}]`,
            message: 'is not an activity of this organisation (it may have been deleted)',
          },
        ],
  )
  if (missing.length > 0)
    throw invalid(
      'Some of the chosen activities are no longer in this organisation’s register, so nothing was changed. Reload and try again.',
      missing,
    )
  return unique.map((id) => found.get(id)!)
}

/** Writes the changed columns of each activity with a new stamp and a change record; unchanged ones are left alone. */
async function applyToEach(tx: Tx, activities: Activity[], change: (a: Activity) => Partial<ActivityFields>) {
  let changed = 0
  for (const before of activities) {
    const fields = change(before)
    if (Object.entries(fields).every(([key, value]) => before[key as keyof Activity] === value)) continue
    const updatedAt = nextVersionStamp(before.updatedAt, tx.at)
    const after: Activity = { ...before, ...fields, updatedAt }
    await tx.db
      .updateTable('activities')
      .set({ ...activityColumns(after), updated_at: updatedAt })
      .where('id', '=', before.id)
      .execute()
    await tx.record({
      organisationId: before.organisationId,
      entity: 'activity',
      entityId: before.id,
      operation: 'update',
      before,
      after,
    })
    changed++
  }
  return { changed, unchanged: activities.length - changed }
}

export function setActivitiesStatus(
  ctx: CoreContext,
  organisationId: string,
  ids: readonly string[],
  status: Activity['status'],
) {
  return mutate(ctx, async (tx) => {
    const activities = await loadAll(tx, organisationId, ids)
    return applyToEach(tx, activities, () => ({ status }))
  })
}

export function recordActivitiesReview(
  ctx: CoreContext,
  organisationId: string,
  ids: readonly string[],
  reviewedOn: string,
  nextReviewDue: string | null,
) {
  return mutate(ctx, async (tx) => {
    const activities = await loadAll(tx, organisationId, ids)
    return applyToEach(tx, activities, () => ({ lastReviewedOn: reviewedOn, nextReviewDue }))
  })
}

export const activityBulkHandlers: Handlers<'activities.setStatus' | 'activities.recordReview'> = {
  'activities.setStatus': (ctx, input) =>
    setActivitiesStatus(ctx, input.organisationId, input.ids, input.status),
  'activities.recordReview': (ctx, input) =>
    recordActivitiesReview(
      ctx,
      input.organisationId,
      input.ids,
      input.reviewedOn,
      input.nextReviewDue ?? null,
    ),
}
