/**
 * The four catalogues (parties, data subject categories, data categories, security measures) share one
 * implementation: a small table description per catalogue, and generic list / create / update / delete / usage.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { ActivityRef } from '../../../shared/api/catalogues'
import type { CatalogueFields, CatalogueName } from '../../../shared/schemas/catalogue'
import type { Mechanism, PartyKind, SecurityMeasureKind, SpecialKind } from '../../../shared/schemas/codes'
import type { CoreContext } from '../context'
import type { Database } from '../db/schema'
import { conflict, invalid, notFound } from '../errors'
import type { Handlers } from '../handler'
import { mutate, type Tx } from '../history/mutate'
import { compareReferences, loadActivities, writeChildren } from './activity-store'
import { requireOrganisation } from './organisations'

type Db = CoreContext['db'] | Tx['db']
type CatalogueTable = 'parties' | 'data_subject_categories' | 'data_categories' | 'security_measures'
type Row<C extends CatalogueName> = Database[(typeof TABLES)[C]]
type Entry<C extends CatalogueName> = CatalogueFields[C] & { id: string; organisationId: string }

export const TABLES = {
  parties: 'parties',
  dataSubjectCategories: 'data_subject_categories',
  dataCategories: 'data_categories',
  securityMeasures: 'security_measures',
} as const satisfies Record<CatalogueName, CatalogueTable>

/** The entity name used in change records and findings. */
export const ENTITY: Record<CatalogueName, string> = {
  parties: 'party',
  dataSubjectCategories: 'dataSubjectCategory',
  dataCategories: 'dataCategory',
  securityMeasures: 'securityMeasure',
}

const NOUN: Record<CatalogueName, string> = {
  parties: 'party',
  dataSubjectCategories: 'category of data subjects',
  dataCategories: 'category of personal data',
  securityMeasures: 'security measure',
}

/** Where activities refer to each catalogue: child table and column. */
const USES: Record<CatalogueName, { table: keyof Database; column: string }[]> = {
  parties: [
    { table: 'activity_recipients', column: 'party_id' },
    { table: 'activity_parties', column: 'party_id' },
    { table: 'activity_transfers', column: 'party_id' },
  ],
  dataSubjectCategories: [{ table: 'activity_data_subjects', column: 'data_subject_category_id' }],
  dataCategories: [{ table: 'activity_data_categories', column: 'data_category_id' }],
  securityMeasures: [{ table: 'activity_security_measures', column: 'security_measure_id' }],
}

const bool = (n: number) => n === 1

export function toEntry<C extends CatalogueName>(catalogue: C, row: Row<C>): Entry<C> {
  const base = { id: row.id, organisationId: row.organisation_id, name: row.name }
  switch (catalogue) {
    case 'parties': {
      const r = row as Database['parties']
      return {
        ...base,
        kind: r.kind as PartyKind,
        country: r.country,
        address: r.address,
        email: r.email,
        website: r.website,
        dpfCertified: bool(r.dpf_certified),
        dpaReference: r.dpa_reference,
        dpaSignedOn: r.dpa_signed_on,
        notes: r.notes,
        transferMechanism: r.transfer_mechanism as Mechanism | null,
        sccModule: r.scc_module as 1 | 2 | 3 | 4 | null,
        transferImpactAssessment: bool(r.transfer_impact_assessment),
        dpfCheckedOn: r.dpf_checked_on,
        libraryVendorId: r.library_vendor_id,
      } as unknown as Entry<C>
    }
    case 'dataSubjectCategories': {
      const r = row as Database['data_subject_categories']
      return { ...base, description: r.description, vulnerable: bool(r.vulnerable) } as unknown as Entry<C>
    }
    case 'dataCategories': {
      const r = row as Database['data_categories']
      return { ...base, description: r.description, special: r.special as SpecialKind } as unknown as Entry<C>
    }
    default: {
      const r = row as Database['security_measures']
      return {
        ...base,
        kind: r.kind as SecurityMeasureKind,
        description: r.description,
      } as unknown as Entry<C>
    }
  }
}

export function entryColumns<C extends CatalogueName>(
  catalogue: C,
  fields: CatalogueFields[C],
): Record<string, unknown> {
  switch (catalogue) {
    case 'parties': {
      const f = fields as CatalogueFields['parties']
      return {
        name: f.name,
        kind: f.kind,
        country: f.country,
        address: f.address,
        email: f.email,
        website: f.website,
        dpf_certified: f.dpfCertified ? 1 : 0,
        dpa_reference: f.dpaReference,
        dpa_signed_on: f.dpaSignedOn,
        notes: f.notes,
        transfer_mechanism: f.transferMechanism ?? null,
        scc_module: f.sccModule ?? null,
        transfer_impact_assessment: f.transferImpactAssessment ? 1 : 0,
        dpf_checked_on: f.dpfCheckedOn ?? null,
        library_vendor_id: f.libraryVendorId ?? null,
      }
    }
    case 'dataSubjectCategories': {
      const f = fields as CatalogueFields['dataSubjectCategories']
      return { name: f.name, description: f.description, vulnerable: f.vulnerable ? 1 : 0 }
    }
    case 'dataCategories': {
      const f = fields as CatalogueFields['dataCategories']
      return { name: f.name, description: f.description, special: f.special }
    }
    default: {
      const f = fields as CatalogueFields['securityMeasures']
      return { name: f.name, kind: f.kind, description: f.description }
    }
  }
}

/** Every entry of one catalogue of an organisation, by name. */
export async function listEntries<C extends CatalogueName>(
  db: Db,
  catalogue: C,
  organisationId: string,
): Promise<Entry<C>[]> {
  const rows = await db
    .selectFrom(TABLES[catalogue] as 'parties')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy(sql`lower(name)`)
    .execute()
  return rows.map((row) => toEntry(catalogue, row as unknown as Row<C>))
}

async function requireEntry<C extends CatalogueName>(db: Db, catalogue: C, id: string): Promise<Entry<C>> {
  const row = await db
    .selectFrom(TABLES[catalogue] as 'parties')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound(`The ${NOUN[catalogue]}`)
  return toEntry(catalogue, row as unknown as Row<C>)
}

/**
 * How many activities use each entry of a catalogue, keyed by entry id. Counted entry by entry through the
 * entry indexes (a UNION removes an activity that uses a party in several ways), which reads only the rows
 * naming the organisation's entries: a third of the time of going through all its activities' rows.
 */
async function usageCounts(
  db: Db,
  catalogue: CatalogueName,
  organisationId: string,
): Promise<Map<string, number>> {
  const uses = USES[catalogue]
  const parts = uses.map(
    ({ table, column }) =>
      sql`SELECT ${sql.raw(uses.length === 1 ? 'DISTINCT ' : '')}u.activity_id FROM ${sql.table(table)} u WHERE u.${sql.ref(column)} = e.id`,
  )
  const { rows } = await sql<{
    entry_id: string
    n: number
  }>`SELECT e.id AS entry_id, (SELECT count(*) FROM (${sql.join(parts, sql` UNION `)}) AS uses) AS n FROM ${sql.table(TABLES[catalogue])} e WHERE e.organisation_id = ${organisationId}`.execute(
    db,
  )
  return new Map(rows.map((r) => [r.entry_id, Number(r.n)]))
}

/** The activities using one entry, by reference. */
export async function entryUsage(db: Db, catalogue: CatalogueName, id: string): Promise<ActivityRef[]> {
  const parts = USES[catalogue].map(
    ({ table, column }) => sql`SELECT activity_id FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`,
  )
  const { rows } =
    await sql<ActivityRef>`SELECT id, reference, name FROM activities WHERE id IN (${sql.join(parts, sql` UNION `)})`.execute(
      db,
    )
  return rows.sort((a, b) => compareReferences(a.reference, b.reference))
}

export async function assertNameFree(
  db: Db,
  catalogue: CatalogueName,
  organisationId: string,
  name: string,
  exceptId?: string,
) {
  let query = db
    .selectFrom(TABLES[catalogue] as 'parties')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where(sql`lower(name)`, '=', name.trim().toLowerCase())
  if (exceptId) query = query.where('id', '!=', exceptId)
  const clash = await query.executeTakeFirst()
  if (clash) {
    throw conflict(`This organisation already has a ${NOUN[catalogue]} called “${clash.name}”.`, [
      { path: 'entry.name', message: 'is already used by another entry' },
    ])
  }
}

/** Insert a catalogue entry inside an open transaction (also used by import and copy). */
export async function insertEntry<C extends CatalogueName>(
  tx: Tx,
  catalogue: C,
  organisationId: string,
  fields: CatalogueFields[C],
  options: { id?: string } = {},
): Promise<Entry<C>> {
  const id = options.id ?? randomUUID()
  const row = {
    id,
    organisation_id: organisationId,
    ...entryColumns(catalogue, fields),
    created_at: tx.at,
    updated_at: tx.at,
  }
  await tx.db
    .insertInto(TABLES[catalogue] as 'parties')
    .values(row as never)
    .execute()
  const after = { ...fields, id, organisationId } as unknown as Entry<C>
  await tx.record({
    organisationId,
    entity: ENTITY[catalogue],
    entityId: id,
    operation: options.id ? 'restore' : 'create',
    before: null,
    after,
  })
  return after
}

export async function createEntry<C extends CatalogueName>(
  ctx: CoreContext,
  catalogue: C,
  organisationId: string,
  fields: CatalogueFields[C],
) {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, organisationId)
    await assertNameFree(tx.db, catalogue, organisationId, fields.name)
    return insertEntry(tx, catalogue, organisationId, fields)
  })
}

export async function updateEntry<C extends CatalogueName>(
  ctx: CoreContext,
  catalogue: C,
  id: string,
  fields: CatalogueFields[C],
) {
  return mutate(ctx, async (tx) => {
    const before = await requireEntry(tx.db, catalogue, id)
    await assertNameFree(tx.db, catalogue, before.organisationId, fields.name, id)
    await tx.db
      .updateTable(TABLES[catalogue] as 'parties')
      .set({ ...entryColumns(catalogue, fields), updated_at: tx.at } as never)
      .where('id', '=', id)
      .execute()
    const after = { ...fields, id, organisationId: before.organisationId } as unknown as Entry<C>
    await tx.record({
      organisationId: before.organisationId,
      entity: ENTITY[catalogue],
      entityId: id,
      operation: 'update',
      before,
      after,
    })
    return after
  })
}

function replaceId(list: string[], from: string, to: string): string[] {
  const replaced = list.map((x) => (x === from ? to : x))
  return replaced.filter((x, i) => replaced.indexOf(x) === i)
}

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
        throw invalid(`The replacement must be another ${NOUN[catalogue]} of the same organisation.`, [
          { path: 'replaceWith', message: 'is not in this catalogue' },
        ])
      }
      const activities = await loadActivities(tx.db, { activityIds: users.map((u) => u.id) })
      for (const activity of activities) {
        const { id: activityId, organisationId, createdAt: _c, updatedAt: _u, ...fields } = activity
        const next = structuredClone(fields)
        if (catalogue === 'dataSubjectCategories')
          next.dataSubjectCategoryIds = replaceId(next.dataSubjectCategoryIds, id, replaceWith)
        if (catalogue === 'securityMeasures')
          next.securityMeasureIds = replaceId(next.securityMeasureIds, id, replaceWith)
        if (catalogue === 'dataCategories') {
          const already = next.dataCategories.some((d) => d.dataCategoryId === replaceWith)
          next.dataCategories = already
            ? next.dataCategories.filter((d) => d.dataCategoryId !== id)
            : next.dataCategories.map((d) =>
                d.dataCategoryId === id ? { ...d, dataCategoryId: replaceWith } : d,
              )
        }
        if (catalogue === 'parties') {
          next.jointControllerIds = replaceId(next.jointControllerIds, id, replaceWith)
          next.controllerIds = replaceId(next.controllerIds, id, replaceWith)
          next.recipients = next.recipients.map((r) =>
            r.partyId === id ? { ...r, partyId: replaceWith } : r,
          )
          next.transfers = next.transfers.map((t) => (t.partyId === id ? { ...t, partyId: replaceWith } : t))
        }
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
    await tx.db
      .deleteFrom(TABLES[catalogue] as 'parties')
      .where('id', '=', id)
      .execute()
    await tx.record({
      organisationId: before.organisationId,
      entity: ENTITY[catalogue],
      entityId: id,
      operation: 'delete',
      before,
      after: null,
    })
    return { id, replacedIn: replaceWith === null ? 0 : users.length }
  })
}

function handlersFor<C extends CatalogueName>(catalogue: C) {
  return {
    [`${catalogue}.list`]: async (ctx: CoreContext, input: { organisationId: string }) => {
      await requireOrganisation(ctx.db, input.organisationId)
      const [entries, counts] = await Promise.all([
        listEntries(ctx.db, catalogue, input.organisationId),
        usageCounts(ctx.db, catalogue, input.organisationId),
      ])
      return entries.map((e) => ({ ...e, activityCount: counts.get(e.id) ?? 0 }))
    },
    [`${catalogue}.create`]: (
      ctx: CoreContext,
      input: { organisationId: string; entry: CatalogueFields[C] },
    ) => createEntry(ctx, catalogue, input.organisationId, input.entry),
    [`${catalogue}.update`]: (ctx: CoreContext, input: { id: string; entry: CatalogueFields[C] }) =>
      updateEntry(ctx, catalogue, input.id, input.entry),
    [`${catalogue}.delete`]: (ctx: CoreContext, input: { id: string; replaceWith: string | null }) =>
      deleteEntry(ctx, catalogue, input.id, input.replaceWith),
    [`${catalogue}.usage`]: async (ctx: CoreContext, input: { id: string }) => {
      await requireEntry(ctx.db, catalogue, input.id)
      return entryUsage(ctx.db, catalogue, input.id)
    },
  }
}

type CatalogueMethod = `${CatalogueName}.${'list' | 'create' | 'update' | 'delete' | 'usage'}`

export const catalogueHandlers = {
  ...handlersFor('parties'),
  ...handlersFor('dataSubjectCategories'),
  ...handlersFor('dataCategories'),
  ...handlersFor('securityMeasures'),
} as unknown as Handlers<CatalogueMethod>
