/** Deleting a catalogue entry, refused while activities use it unless another entry replaces it in them. */
import type { CatalogueName } from '../../../../shared/schemas/catalogue'
import type { CoreContext } from '../../context'
import { conflict, invalid } from '../../errors'
import { mutate } from '../../history/mutate'
import { loadActivities, writeChildren } from '../activity-store'
import { KINDS } from './kinds'
import { requireEntry } from './read'
import { entryUsage } from './usage'

/**
 * Delete an entry. While activities use it, this is refused with the list of those activities, unless
 * `replaceWith` names another entry of the same catalogue: then each activity is changed to use that one
 * (each with its own change record) before the entry goes.
 */
export async function deleteEntry(
  ctx: CoreContext,
  catalogue: CatalogueName,
  id: string,
  replaceWith: string | null,
) {
  const kind = KINDS[catalogue]
  return mutate(ctx, async (tx) => {
    const before = await requireEntry(tx.db, catalogue, id)
    const users = await entryUsage(tx.db, catalogue, id)
    if (users.length > 0 && replaceWith === null) {
      const names = users
        .slice(0, 10)
        .map((u) => `${u.reference} ${u.name}`)
        .join(', ')
      throw conflict(
        `“${before.name}” is used by ${users.length} ${users.length === 1 ? 'activity' : 'activities'} (${names}${users.length > 10 ? ', …' : ''}). ` +
          'Remove it from them first, or replace it with another entry.',
        users.map((u) => ({ path: u.reference, message: u.name })),
      )
    }
    if (replaceWith !== null && users.length > 0) {
      if (replaceWith === id)
        throw invalid('Choose a different entry to replace it with.', [
          { path: 'replaceWith', message: 'is the entry being deleted' },
        ])
      const replacement = await requireEntry(tx.db, catalogue, replaceWith).catch(() => null)
      if (!replacement || replacement.organisationId !== before.organisationId) {
        throw invalid(`The replacement must be another ${kind.noun} of the same organisation.`, [
          { path: 'replaceWith', message: 'is not in this catalogue' },
        ])
      }
      const activities = await loadActivities(tx.db, { activityIds: users.map((u) => u.id) })
      for (const activity of activities) {
        const { id: activityId, organisationId, createdAt: _c, updatedAt: _u, ...fields } = activity
        const next = kind.replace(structuredClone(fields), id, replaceWith)
        await tx.db
          .updateTable('activities')
          .set({ updated_at: tx.at })
          .where('id', '=', activityId)
          .execute()
        await writeChildren(tx, activityId, next)
        await tx.record({
          organisationId,
          entity: 'activity',
          entityId: activityId,
          operation: 'update',
          before: activity,
          after: { ...activity, ...next, updatedAt: tx.at },
        })
      }
    }
    await tx.db.deleteFrom(kind.table).where('id', '=', id).execute()
    await tx.record({
      organisationId: before.organisationId,
      entity: kind.entity,
      entityId: id,
      operation: 'delete',
      before,
      after: null,
    })
    return { id, replacedIn: replaceWith === null ? 0 : users.length }
  })
}
