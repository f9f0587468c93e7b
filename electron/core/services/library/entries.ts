/**
 * The consultant's own catalogue entries (categories of data subjects, of personal data, security measures),
 * kept once in the workspace library and copied into organisations. A copy remembers the entry it came from
 * (`library_entry_id`), so a change to the entry lists the copies that now differ; `push` updates the chosen ones.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { LibraryCatalogue, LibraryEntry, LibraryUser } from '../../../../shared/api/library'
import { catalogueFieldSchemas, type CatalogueFields } from '../../../../shared/schemas/catalogue'
import type { CoreContext } from '../../context'
import type { Database } from '../../db/schema'
import { conflict, invalid, notFound } from '../../errors'
import type { Handlers } from '../../handler'
import { mutate, type Tx } from '../../history/mutate'
import { TABLES } from '../catalogues/kind'
import { ENTITY, entryColumns, toEntry } from '../catalogues/kinds'
import { listEntries } from '../catalogues/read'
import { insertEntry } from '../catalogues/write'
import { requireOrganisation } from '../organisations'

type Db = CoreContext['db'] | Tx['db']
type Row = Database['library_entries']
type LinkedTable = 'data_subject_categories' | 'data_categories' | 'security_measures'

const CATALOGUES: readonly LibraryCatalogue[] = [
  'dataSubjectCategories',
  'dataCategories',
  'securityMeasures',
]
const tableOf = (catalogue: LibraryCatalogue) => TABLES[catalogue] as LinkedTable

function fieldsOf<C extends LibraryCatalogue>(catalogue: C, row: Row): CatalogueFields[C] {
  return catalogueFieldSchemas[catalogue].parse(JSON.parse(row.fields_json)) as CatalogueFields[C]
}

async function usedBy(db: Db, ids: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (ids.length === 0) return counts
  for (const catalogue of CATALOGUES) {
    const rows = await db
      .selectFrom(tableOf(catalogue))
      .select(['library_entry_id', sql<number>`count(*)`.as('n')])
      .where('library_entry_id', 'in', ids)
      .groupBy('library_entry_id')
      .execute()
    for (const r of rows)
      if (r.library_entry_id)
        counts.set(r.library_entry_id, (counts.get(r.library_entry_id) ?? 0) + Number(r.n))
  }
  return counts
}

function toLibraryEntry(row: Row, count: number): LibraryEntry {
  const catalogue = row.catalogue as LibraryCatalogue
  return {
    id: row.id,
    catalogue,
    name: row.name,
    fields: fieldsOf(catalogue, row) as Record<string, unknown>,
    usedBy: count,
    updatedAt: row.updated_at,
  }
}

export async function listLibraryEntries(
  db: Db,
  catalogue: LibraryCatalogue | null,
): Promise<LibraryEntry[]> {
  let query = db
    .selectFrom('library_entries')
    .selectAll()
    .orderBy('catalogue')
    .orderBy(sql`lower(name)`)
  if (catalogue !== null) query = query.where('catalogue', '=', catalogue)
  const rows = await query.execute()
  const counts = await usedBy(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => toLibraryEntry(r, counts.get(r.id) ?? 0))
}

async function requireLibraryEntry(db: Db, id: string): Promise<Row> {
  const row = await db.selectFrom('library_entries').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('The library entry')
  return row
}

async function assertLibraryNameFree(
  db: Db,
  catalogue: LibraryCatalogue,
  name: string,
  exceptId: string | null,
) {
  let query = db
    .selectFrom('library_entries')
    .select('name')
    .where('catalogue', '=', catalogue)
    .where(sql`lower(name)`, '=', name.trim().toLowerCase())
  if (exceptId !== null) query = query.where('id', '!=', exceptId)
  const clash = await query.executeTakeFirst()
  if (clash)
    throw conflict(`Your library already has an entry called “${clash.name}”.`, [
      { path: 'entry.fields.name', message: 'is already used by another library entry' },
    ])
}

/** The fields (of the entry's own schema) in which a copy differs from the library entry. */
function differences(library: Record<string, unknown>, copy: Record<string, unknown>): string[] {
  return Object.keys(library).filter((key) => JSON.stringify(library[key]) !== JSON.stringify(copy[key]))
}

export async function libraryEntryUsers(db: Db, row: Row): Promise<LibraryUser[]> {
  const catalogue = row.catalogue as LibraryCatalogue
  const library = fieldsOf(catalogue, row) as Record<string, unknown>
  const copies = await db
    .selectFrom(`${tableOf(catalogue)} as e` as 'data_categories as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .selectAll('e')
    .select('o.name as organisation_name')
    .where('e.library_entry_id', '=', row.id)
    .orderBy(sql`lower(o.name)`)
    .execute()
  return copies.map((copy) => {
    const entry = toEntry(catalogue, copy as never) as Record<string, unknown> & {
      id: string
      organisationId: string
      name: string
    }
    return {
      organisationId: entry.organisationId,
      organisationName: copy.organisation_name,
      entryId: entry.id,
      entryName: entry.name,
      differs: differences(library, entry),
    }
  })
}

export async function saveLibraryEntry(
  ctx: CoreContext,
  id: string | null,
  catalogue: LibraryCatalogue,
  fields: CatalogueFields[LibraryCatalogue],
) {
  return mutate(ctx, async (tx) => {
    const existing = id === null ? undefined : await requireLibraryEntry(tx.db, id)
    if (existing && existing.catalogue !== catalogue)
      throw invalid('A library entry stays in its catalogue; create a new entry instead.', [
        { path: 'entry.catalogue', message: 'differs from the entry’s catalogue' },
      ])
    await assertLibraryNameFree(tx.db, catalogue, fields.name, id)
    const row: Row = {
      id: id ?? randomUUID(),
      catalogue,
      name: fields.name,
      fields_json: JSON.stringify(fields),
      created_at: existing?.created_at ?? tx.at,
      updated_at: tx.at,
    }
    if (existing)
      await tx.db
        .updateTable('library_entries')
        .set({ name: row.name, fields_json: row.fields_json, updated_at: tx.at })
        .where('id', '=', row.id)
        .execute()
    else await tx.db.insertInto('library_entries').values(row).execute()
    await tx.record({
      organisationId: null,
      entity: 'libraryEntry',
      entityId: row.id,
      operation: existing ? 'update' : 'create',
      before: existing ? { catalogue, ...JSON.parse(existing.fields_json) } : null,
      after: { catalogue, ...fields },
    })
    const users = await libraryEntryUsers(tx.db, row)
    return { entry: toLibraryEntry(row, users.length), users: users.filter((u) => u.differs.length > 0) }
  })
}

export async function deleteLibraryEntry(ctx: CoreContext, id: string) {
  return mutate(ctx, async (tx) => {
    const row = await requireLibraryEntry(tx.db, id)
    // The copies keep their fields; the foreign key forgets the link.
    await tx.db.deleteFrom('library_entries').where('id', '=', id).execute()
    await tx.record({
      organisationId: null,
      entity: 'libraryEntry',
      entityId: id,
      operation: 'delete',
      before: { catalogue: row.catalogue, ...JSON.parse(row.fields_json) },
      after: null,
    })
    return { id }
  })
}

/** Keep an organisation's entry in the library, linked to it; an entry of the same name already there is linked instead. */
export async function saveEntryFromOrganisation(
  ctx: CoreContext,
  catalogue: LibraryCatalogue,
  entryId: string,
) {
  return mutate(ctx, async (tx) => {
    const source = await tx.db
      .selectFrom(tableOf(catalogue))
      .selectAll()
      .where('id', '=', entryId)
      .executeTakeFirst()
    if (!source) throw notFound('The catalogue entry')
    const {
      id: _id,
      organisationId: _org,
      ...fields
    } = toEntry(catalogue, source as never) as CatalogueFields[LibraryCatalogue] & {
      id: string
      organisationId: string
    }
    let row = await tx.db
      .selectFrom('library_entries')
      .selectAll()
      .where('catalogue', '=', catalogue)
      .where(sql`lower(name)`, '=', fields.name.trim().toLowerCase())
      .executeTakeFirst()
    if (!row) {
      row = {
        id: randomUUID(),
        catalogue,
        name: fields.name,
        fields_json: JSON.stringify(fields),
        created_at: tx.at,
        updated_at: tx.at,
      }
      await tx.db.insertInto('library_entries').values(row).execute()
      await tx.record({
        organisationId: null,
        entity: 'libraryEntry',
        entityId: row.id,
        operation: 'create',
        before: null,
        after: { catalogue, ...fields },
      })
    }
    await tx.db
      .updateTable(tableOf(catalogue))
      .set({ library_entry_id: row.id })
      .where('id', '=', entryId)
      .execute()
    return toLibraryEntry(row, (await usedBy(tx.db, [row.id])).get(row.id) ?? 0)
  })
}

export async function addEntriesToOrganisation(ctx: CoreContext, organisationId: string, ids: string[]) {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, organisationId)
    const rows = await tx.db
      .selectFrom('library_entries')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute()
    if (rows.length !== new Set(ids).size) throw notFound('Some of the chosen library entries')
    let created = 0
    let linked = 0
    for (const row of rows) {
      const catalogue = row.catalogue as LibraryCatalogue
      const fields = fieldsOf(catalogue, row)
      const same = (await listEntries(tx.db, catalogue, organisationId)).find(
        (e) => e.name.trim().toLowerCase() === fields.name.trim().toLowerCase(),
      )
      const entryId = same?.id ?? (await insertEntry(tx, catalogue, organisationId, fields)).id
      if (same) linked++
      else created++
      await tx.db
        .updateTable(tableOf(catalogue))
        .set({ library_entry_id: row.id })
        .where('id', '=', entryId)
        .execute()
    }
    return { created, linked }
  })
}

export async function pushLibraryEntry(ctx: CoreContext, id: string, entryIds: string[]) {
  return mutate(ctx, async (tx) => {
    const row = await requireLibraryEntry(tx.db, id)
    const catalogue = row.catalogue as LibraryCatalogue
    const fields = fieldsOf(catalogue, row)
    const copies = await tx.db
      .selectFrom(tableOf(catalogue))
      .selectAll()
      .where('id', 'in', [...new Set(entryIds)])
      .where('library_entry_id', '=', id)
      .execute()
    if (copies.length !== new Set(entryIds).size)
      throw notFound('Some of the chosen entries copied from this library entry')
    for (const copy of copies) {
      const before = toEntry(catalogue, copy as never) as CatalogueFields[LibraryCatalogue] & {
        id: string
        organisationId: string
      }
      const clash = await tx.db
        .selectFrom(tableOf(catalogue))
        .select('id')
        .where('organisation_id', '=', before.organisationId)
        .where(sql`lower(name)`, '=', fields.name.trim().toLowerCase())
        .where('id', '!=', before.id)
        .executeTakeFirst()
      if (clash)
        throw conflict(
          `An organisation already has another entry called “${fields.name}”; rename one of them first.`,
          [{ path: 'entryIds', message: 'would give two entries the same name' }],
        )
      await tx.db
        .updateTable(tableOf(catalogue))
        .set({ ...(entryColumns(catalogue, fields) as object), updated_at: tx.at })
        .where('id', '=', before.id)
        .execute()
      await tx.record({
        organisationId: before.organisationId,
        entity: ENTITY[catalogue],
        entityId: before.id,
        operation: 'update',
        before,
        after: { ...fields, id: before.id, organisationId: before.organisationId },
      })
    }
    return { updated: copies.length }
  })
}

export const entryHandlers: Handlers<
  | 'library.entries.list'
  | 'library.entries.save'
  | 'library.entries.delete'
  | 'library.entries.saveFromOrganisation'
  | 'library.entries.addToOrganisation'
  | 'library.entries.users'
  | 'library.entries.push'
> = {
  'library.entries.list': (ctx, input) => listLibraryEntries(ctx.db, input.catalogue),
  'library.entries.save': (ctx, input) =>
    saveLibraryEntry(ctx, input.id, input.entry.catalogue, input.entry.fields),
  'library.entries.delete': (ctx, input) => deleteLibraryEntry(ctx, input.id),
  'library.entries.saveFromOrganisation': (ctx, input) =>
    saveEntryFromOrganisation(ctx, input.catalogue, input.entryId),
  'library.entries.addToOrganisation': (ctx, input) =>
    addEntriesToOrganisation(ctx, input.organisationId, input.ids),
  'library.entries.users': async (ctx, input) =>
    libraryEntryUsers(ctx.db, await requireLibraryEntry(ctx.db, input.id)),
  'library.entries.push': (ctx, input) => pushLibraryEntry(ctx, input.id, input.entryIds),
}
