/** Which activities use a catalogue's entries. */
import { sql } from 'kysely'
import type { ActivityRef } from '../../../../shared/api/catalogues'
import type { CatalogueName } from '../../../../shared/schemas/catalogue'
import { compareReferences } from '../activity-store'
import type { Db } from './kind'
import { KINDS } from './kinds'

/**
 * How many activities use each entry of a catalogue, keyed by entry id. Counted entry by entry through the
 * entry indexes (a UNION removes an activity that uses a party in several ways), which reads only the rows
 * naming the organisation's entries: a third of the time of going through all its activities' rows.
 */
export async function usageCounts(
  db: Db,
  catalogue: CatalogueName,
  organisationId: string,
): Promise<Map<string, number>> {
  const { uses, table } = KINDS[catalogue]
  const parts = uses.map(
    ({ table, column }) =>
      sql`SELECT ${sql.raw(uses.length === 1 ? 'DISTINCT ' : '')}u.activity_id FROM ${sql.table(table)} u WHERE u.${sql.ref(column)} = e.id`,
  )
  const { rows } = await sql<{
    entry_id: string
    n: number
  }>`SELECT e.id AS entry_id, (SELECT count(*) FROM (${sql.join(parts, sql` UNION `)}) AS uses) AS n FROM ${sql.table(table)} e WHERE e.organisation_id = ${organisationId}`.execute(
    db,
  )
  return new Map(rows.map((r) => [r.entry_id, Number(r.n)]))
}

/** The activities using one entry, by reference. */
export async function entryUsage(db: Db, catalogue: CatalogueName, id: string): Promise<ActivityRef[]> {
  const parts = KINDS[catalogue].uses.map(
    ({ table, column }) => sql`SELECT activity_id FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`,
  )
  const { rows } =
    await sql<ActivityRef>`SELECT id, reference, name FROM activities WHERE id IN (${sql.join(parts, sql` UNION `)})`.execute(
      db,
    )
  return rows.sort((a, b) => compareReferences(a.reference, b.reference))
}
