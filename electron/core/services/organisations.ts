import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Organisation, OrganisationSummary } from '../../../shared/schemas/organisation'
import type { CoreContext } from '../context'
import type { OrganisationsTable } from '../db/schema'
import { conflict, notFound } from '../errors'
import type { Handlers } from '../handler'
import { mutate, type Tx } from '../history/mutate'

export function toOrganisation(row: OrganisationsTable): Organisation {
  return { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at }
}

export async function listOrganisations(ctx: CoreContext): Promise<OrganisationSummary[]> {
  const rows = await ctx.db
    .selectFrom('organisations as o')
    .selectAll('o')
    .select((eb) =>
      eb.selectFrom('activities as a').whereRef('a.organisation_id', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('activity_count'),
    )
    .orderBy(sql`lower(o.name)`)
    .execute()
  return rows.map((row) => ({ ...toOrganisation(row), activityCount: Number(row.activity_count ?? 0) }))
}

/** The organisation row, or NOT_FOUND; works inside and outside a transaction. */
export async function requireOrganisation(db: CoreContext['db'] | Tx['db'], id: string): Promise<OrganisationsTable> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('The organisation')
  return row
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  let query = tx.db.selectFrom('organisations').select('id').where(sql`lower(name)`, '=', name.toLowerCase())
  if (exceptId) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) {
    throw conflict(`An organisation called “${name}” already exists. Choose another name.`, [
      { path: 'name', message: 'is already used by another organisation' },
    ])
  }
}

export async function createOrganisation(ctx: CoreContext, input: { name: string }): Promise<Organisation> {
  return mutate(ctx, async (tx) => {
    await assertNameFree(tx, input.name)
    const row: OrganisationsTable = { id: randomUUID(), name: input.name, created_at: tx.at, updated_at: tx.at }
    await tx.db.insertInto('organisations').values(row).execute()
    const after = toOrganisation(row)
    await tx.record({ organisationId: row.id, entity: 'organisation', entityId: row.id, operation: 'create', before: null, after })
    return after
  })
}

export async function renameOrganisation(ctx: CoreContext, input: { id: string; name: string }): Promise<Organisation> {
  return mutate(ctx, async (tx) => {
    const before = await requireOrganisation(tx.db, input.id)
    await assertNameFree(tx, input.name, input.id)
    const row = { ...before, name: input.name, updated_at: tx.at }
    await tx.db.updateTable('organisations').set({ name: row.name, updated_at: row.updated_at }).where('id', '=', row.id).execute()
    const after = toOrganisation(row)
    await tx.record({ organisationId: row.id, entity: 'organisation', entityId: row.id, operation: 'update', before: toOrganisation(before), after })
    return after
  })
}

export async function deleteOrganisation(ctx: CoreContext, input: { id: string }): Promise<{ id: string }> {
  return mutate(ctx, async (tx) => {
    const before = await requireOrganisation(tx.db, input.id)
    await tx.db.deleteFrom('organisations').where('id', '=', input.id).execute()
    await tx.record({ organisationId: input.id, entity: 'organisation', entityId: input.id, operation: 'delete', before: toOrganisation(before), after: null })
    return { id: input.id }
  })
}

export const organisationHandlers: Handlers<'organisations.list' | 'organisations.create' | 'organisations.rename' | 'organisations.delete'> = {
  'organisations.list': (ctx) => listOrganisations(ctx),
  'organisations.create': (ctx, input) => createOrganisation(ctx, input),
  'organisations.rename': (ctx, input) => renameOrganisation(ctx, input),
  'organisations.delete': (ctx, input) => deleteOrganisation(ctx, input),
}
