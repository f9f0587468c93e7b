/** Reading a catalogue: its entries, one entry, and whether a name is still free in an organisation. */
import { sql } from 'kysely'
import type { CatalogueName } from '../../../../shared/schemas/catalogue'
import { conflict, notFound } from '../../errors'
import { selectEntries, type Db, type Entry } from './kind'
import { KINDS } from './kinds'

/** Every entry of one catalogue of an organisation, by name. */
export async function listEntries<C extends CatalogueName>(
  db: Db,
  catalogue: C,
  organisationId: string,
): Promise<Entry<C>[]> {
  const kind = KINDS[catalogue]
  const rows = await selectEntries(db, kind.table)
    .where('organisation_id', '=', organisationId)
    .orderBy(sql`lower(name)`)
    .execute()
  return rows.map((row) => kind.toEntry(row))
}

export async function requireEntry<C extends CatalogueName>(
  db: Db,
  catalogue: C,
  id: string,
): Promise<Entry<C>> {
  const kind = KINDS[catalogue]
  const row = await selectEntries(db, kind.table).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound(`The ${kind.noun}`)
  return kind.toEntry(row)
}

/** Names are unique per catalogue and organisation, compared without case. */
export async function assertNameFree(
  db: Db,
  catalogue: CatalogueName,
  organisationId: string,
  name: string,
  exceptId?: string,
) {
  const kind = KINDS[catalogue]
  let query = db
    .selectFrom(kind.table)
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where(sql`lower(name)`, '=', name.trim().toLowerCase())
  if (exceptId) query = query.where('id', '!=', exceptId)
  const clash = await query.executeTakeFirst()
  if (clash) {
    throw conflict(`This organisation already has a ${kind.noun} called “${clash.name}”.`, [
      { path: 'entry.name', message: 'is already used by another entry' },
    ])
  }
}
