import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Language } from '../../../shared/schemas/codes'
import type {
  Organisation,
  OrganisationProfile,
  OrganisationSummary,
} from '../../../shared/schemas/organisation'
import type { CoreContext } from '../context'
import type { OrganisationsTable } from '../db/schema'
import { conflict, notFound } from '../errors'
import type { Handlers } from '../handler'
import { mutate, type Tx } from '../history/mutate'

type Db = CoreContext['db'] | Tx['db']

const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T))
const toJson = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

export function toProfile(row: OrganisationsTable): OrganisationProfile {
  return {
    name: row.name,
    tradeName: row.trade_name,
    registrationNumber: row.registration_number,
    country: row.country,
    address: row.address,
    email: row.email,
    phone: row.phone,
    website: row.website,
    employeeCount: row.employee_count,
    representative: parseJson(row.representative_json),
    dpo: parseJson(row.dpo_json),
    contactPerson: parseJson(row.contact_person_json),
    supervisoryAuthority: row.supervisory_authority,
    language: row.language as Language,
  }
}

export function toOrganisation(row: OrganisationsTable): Organisation {
  return { id: row.id, ...toProfile(row), createdAt: row.created_at, updatedAt: row.updated_at }
}

export function profileColumns(
  profile: OrganisationProfile,
): Omit<OrganisationsTable, 'id' | 'created_at' | 'updated_at'> {
  return {
    name: profile.name,
    trade_name: profile.tradeName,
    registration_number: profile.registrationNumber,
    country: profile.country,
    address: profile.address,
    email: profile.email,
    phone: profile.phone,
    website: profile.website,
    employee_count: profile.employeeCount,
    representative_json: toJson(profile.representative),
    dpo_json: toJson(profile.dpo),
    contact_person_json: toJson(profile.contactPerson),
    supervisory_authority: profile.supervisoryAuthority,
    language: profile.language,
  }
}

/** The later of two ISO timestamps (the history's and the profile's), either written as the store writes it. */
function latest(changed: string | null | undefined, updated: string): string {
  if (!changed) return updated
  return Date.parse(changed) > Date.parse(updated) ? changed : updated
}

export async function listOrganisations(ctx: CoreContext): Promise<OrganisationSummary[]> {
  const rows = await ctx.db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name', 'o.country', 'o.language', 'o.created_at', 'o.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('activities as a')
        .whereRef('a.organisation_id', '=', 'o.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('activity_count'),
    )
    // The latest change of anything in it, in the same query: the history's (organisation_id, at) index
    // serves each organisation's look-up, so the list does not read the history once per organisation.
    .select((eb) =>
      eb
        .selectFrom('changes as c')
        .whereRef('c.organisation_id', '=', 'o.id')
        .where('c.entity', '!=', 'exportRecord')
        .select((inner) => inner.fn.max('c.at').as('at'))
        .as('last_change_at'),
    )
    .orderBy(sql`lower(o.name)`)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    country: row.country,
    language: row.language as Language,
    activityCount: Number(row.activity_count ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastChangeAt: latest(row.last_change_at, row.updated_at),
  }))
}

/** The organisation row, or NOT_FOUND; works inside and outside a transaction. */
export async function requireOrganisation(db: Db, id: string): Promise<OrganisationsTable> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('The organisation')
  return row
}

export async function findOrganisationByName(db: Db, name: string): Promise<OrganisationsTable | undefined> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where(sql`lower(name)`, '=', name.trim().toLowerCase())
    .executeTakeFirst()
}

export async function assertOrganisationNameFree(
  db: Db,
  name: string,
  exceptId?: string,
  path = 'name',
): Promise<void> {
  const existing = await findOrganisationByName(db, name)
  if (existing && existing.id !== exceptId) {
    throw conflict(`An organisation called “${existing.name}” already exists. Choose another name.`, [
      { path, message: 'is already used by another organisation' },
    ])
  }
}

/** Insert an organisation inside an open transaction, with its change record. */
export async function insertOrganisation(tx: Tx, profile: OrganisationProfile): Promise<Organisation> {
  const row: OrganisationsTable = {
    id: randomUUID(),
    ...profileColumns(profile),
    created_at: tx.at,
    updated_at: tx.at,
  }
  await tx.db.insertInto('organisations').values(row).execute()
  const after = toOrganisation(row)
  await tx.record({
    organisationId: row.id,
    entity: 'organisation',
    entityId: row.id,
    operation: 'create',
    before: null,
    after,
  })
  return after
}

export async function createOrganisation(
  ctx: CoreContext,
  profile: OrganisationProfile,
): Promise<Organisation> {
  return mutate(ctx, async (tx) => {
    await assertOrganisationNameFree(tx.db, profile.name)
    return insertOrganisation(tx, profile)
  })
}

export async function getOrganisation(ctx: CoreContext, id: string): Promise<Organisation> {
  return toOrganisation(await requireOrganisation(ctx.db, id))
}

export async function updateOrganisation(
  ctx: CoreContext,
  id: string,
  profile: OrganisationProfile,
): Promise<Organisation> {
  return mutate(ctx, async (tx) => {
    const before = await requireOrganisation(tx.db, id)
    await assertOrganisationNameFree(tx.db, profile.name, id, 'profile.name')
    const row: OrganisationsTable = { ...before, ...profileColumns(profile), updated_at: tx.at }
    await tx.db
      .updateTable('organisations')
      .set({ ...profileColumns(profile), updated_at: tx.at })
      .where('id', '=', id)
      .execute()
    const after = toOrganisation(row)
    await tx.record({
      organisationId: id,
      entity: 'organisation',
      entityId: id,
      operation: 'update',
      before: toOrganisation(before),
      after,
    })
    return after
  })
}

export async function renameOrganisation(ctx: CoreContext, id: string, name: string): Promise<Organisation> {
  const current = await getOrganisation(ctx, id)
  const { id: _id, createdAt: _c, updatedAt: _u, ...profile } = current
  return updateOrganisation(ctx, id, { ...profile, name })
}

/** Delete an organisation and its register inside an open transaction. */
export async function removeOrganisation(tx: Tx, id: string): Promise<void> {
  const before = await requireOrganisation(tx.db, id)
  await tx.db.deleteFrom('organisations').where('id', '=', id).execute()
  await tx.record({
    organisationId: id,
    entity: 'organisation',
    entityId: id,
    operation: 'delete',
    before: toOrganisation(before),
    after: null,
  })
}

export async function deleteOrganisation(ctx: CoreContext, id: string): Promise<{ id: string }> {
  await mutate(ctx, (tx) => removeOrganisation(tx, id))
  return { id }
}

export const organisationHandlers: Handlers<
  | 'organisations.list'
  | 'organisations.get'
  | 'organisations.create'
  | 'organisations.update'
  | 'organisations.rename'
  | 'organisations.delete'
> = {
  'organisations.list': (ctx) => listOrganisations(ctx),
  'organisations.get': (ctx, input) => getOrganisation(ctx, input.id),
  'organisations.create': (ctx, input) => createOrganisation(ctx, input),
  'organisations.update': (ctx, input) => updateOrganisation(ctx, input.id, input.profile),
  'organisations.rename': (ctx, input) => renameOrganisation(ctx, input.id, input.name),
  'organisations.delete': (ctx, input) => deleteOrganisation(ctx, input.id),
}
