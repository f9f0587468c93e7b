/**
 * Each activity's created and last-changed dates, read from the change history (the CNIL fiche's "date de
 * création" and "mise à jour"): one grouped query per export, not one per activity, so a register of 20,000
 * activities costs one pass over its organisation's changes and a map of two timestamps per activity.
 */
import { sql } from 'kysely'
import type { ActivityDates } from '../../../shared/fields/render'
import type { CoreContext } from '../context'

type Db = CoreContext['db']

/** The operations that leave the activity in the register: a delete or a purge takes it out of any export. */
const KEEPING = ['create', 'update', 'restore']

/** A timestamp as PostgreSQL or SQLite hands it back, as the ISO text the history stores. */
const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value))

/**
 * When each activity of an organisation was created (its first change record) and last changed (its last
 * one), as ISO timestamps; up to `moment` (inclusive) for the register as of a date.
 */
export async function activityDates(
  db: Db,
  organisationId: string,
  moment: string | null = null,
): Promise<Map<string, ActivityDates>> {
  let query = db
    .selectFrom('changes')
    .select(['entity_id', sql<string>`min(at)`.as('created_at'), sql<string>`max(at)`.as('changed_at')])
    .where('organisation_id', '=', organisationId)
    .where('entity', '=', 'activity')
    .where('operation', 'in', KEEPING)
  if (moment !== null) query = query.where('at', '<=', moment)
  const rows = await query.groupBy('entity_id').execute()
  return new Map(
    rows.map((r) => [r.entity_id, { createdAt: iso(r.created_at), changedAt: iso(r.changed_at) }]),
  )
}
