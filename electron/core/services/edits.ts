/**
 * Concurrent edits: two consultants open the same activity, both save. The second save names the version it
 * started from (its `updatedAt`); when that is no longer the stored one, it is refused with who changed it and
 * when, so the user reloads and applies their change again instead of silently undoing the other's. Only that
 * entry is involved: saves to other activities and other organisations go on.
 */
import type { Activity } from '../../../shared/schemas/activity'
import type { CoreContext } from '../context'
import { conflict, type AppError } from '../errors'
import type { Tx } from '../history/mutate'

type Db = CoreContext['db'] | Tx['db']

/** Where the conflict is reported in the error's issues: the UI offers to reload when it sees it. */
export const STALE_EDIT_PATH = 'expectedUpdatedAt'

/**
 * The stamp a save writes: the transaction's time, unless that equals the stored one (two saves in one
 * millisecond, or clocks that differ between computers), so every save changes it and stale edits show.
 */
export function nextVersionStamp(previous: string, at: string): string {
  return at !== previous ? at : new Date(new Date(at).getTime() + 1).toISOString()
}

/** The refusal of a save overtaken by another: who saved last and when, from the history. */
export async function staleEdit(
  db: Db,
  current: Pick<Activity, 'id' | 'reference' | 'name'>,
): Promise<AppError> {
  const last = await db
    .selectFrom('changes')
    .select(['actor', 'at'])
    .where('entity_id', '=', current.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  const by = last ? ` by ${last.actor} at ${last.at.slice(0, 16).replace('T', ' ')} UTC` : ''
  return conflict(
    `“${current.reference} ${current.name}” was changed${by} since you opened it: reload it and make your changes again. Nothing was saved.`,
    [{ path: STALE_EDIT_PATH, message: `was changed${by}` }],
  )
}
