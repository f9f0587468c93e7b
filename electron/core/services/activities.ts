import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Activity, ActivityFields, ActivitySummary } from '../../../shared/schemas/activity'
import type { LegalBasis, Role, Status } from '../../../shared/schemas/codes'
import type { CoreContext } from '../context'
import type { ActivitiesTable } from '../db/schema'
import { conflict, notFound } from '../errors'
import type { Handlers } from '../handler'
import { mutate, type Tx } from '../history/mutate'
import { requireOrganisation } from './organisations'

type Db = CoreContext['db'] | Tx['db']

export async function listActivities(ctx: CoreContext, organisationId: string): Promise<ActivitySummary[]> {
  await requireOrganisation(ctx.db, organisationId)
  const rows = await ctx.db
    .selectFrom('activities as a')
    .select([
      'a.id', 'a.reference', 'a.name', 'a.role', 'a.status', 'a.updated_at',
      (eb) => eb.selectFrom('activity_purposes as p').whereRef('p.activity_id', '=', 'a.id').select(eb.fn.countAll<number>().as('n')).as('purpose_count'),
    ])
    .where('a.organisation_id', '=', organisationId)
    .orderBy(sql`lower(a.reference)`)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    name: r.name,
    role: r.role as Role,
    status: r.status as Status,
    purposeCount: Number(r.purpose_count ?? 0),
    updatedAt: r.updated_at,
  }))
}

async function loadActivity(db: Db, id: string): Promise<Activity> {
  const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('The processing activity')
  const purposes = await db.selectFrom('activity_purposes').selectAll().where('activity_id', '=', id).orderBy('position').execute()
  return {
    id: row.id,
    organisationId: row.organisation_id,
    reference: row.reference,
    name: row.name,
    role: row.role as Role,
    status: row.status as Status,
    purposes: purposes.map((p) => ({ description: p.description, legalBasis: p.legal_basis as LegalBasis | null })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function getActivity(ctx: CoreContext, id: string): Promise<Activity> {
  return loadActivity(ctx.db, id)
}

async function assertReferenceFree(tx: Tx, organisationId: string, reference: string, exceptId?: string) {
  let query = tx.db
    .selectFrom('activities')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql`lower(reference)`, '=', reference.toLowerCase())
  if (exceptId) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) {
    throw conflict(`Another activity already has the reference “${reference}”. References must be unique within an organisation.`, [
      { path: 'activity.reference', message: 'is already used by another activity' },
    ])
  }
}

async function writeChildren(tx: Tx, id: string, fields: ActivityFields) {
  await tx.db.deleteFrom('activity_purposes').where('activity_id', '=', id).execute()
  if (fields.purposes.length > 0) {
    await tx.db
      .insertInto('activity_purposes')
      .values(fields.purposes.map((p, position) => ({ activity_id: id, position, description: p.description, legal_basis: p.legalBasis })))
      .execute()
  }
}

function columns(fields: ActivityFields): Pick<ActivitiesTable, 'reference' | 'name' | 'role' | 'status'> {
  return { reference: fields.reference, name: fields.name, role: fields.role, status: fields.status }
}

export async function createActivity(ctx: CoreContext, organisationId: string, fields: ActivityFields): Promise<Activity> {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, organisationId)
    await assertReferenceFree(tx, organisationId, fields.reference)
    const id = randomUUID()
    await tx.db
      .insertInto('activities')
      .values({ id, organisation_id: organisationId, ...columns(fields), created_at: tx.at, updated_at: tx.at })
      .execute()
    await writeChildren(tx, id, fields)
    const after = await loadActivity(tx.db, id)
    await tx.record({ organisationId, entity: 'activity', entityId: id, operation: 'create', before: null, after })
    return after
  })
}

export async function updateActivity(ctx: CoreContext, id: string, fields: ActivityFields): Promise<Activity> {
  return mutate(ctx, async (tx) => {
    const before = await loadActivity(tx.db, id)
    await assertReferenceFree(tx, before.organisationId, fields.reference, id)
    await tx.db.updateTable('activities').set({ ...columns(fields), updated_at: tx.at }).where('id', '=', id).execute()
    await writeChildren(tx, id, fields)
    const after = await loadActivity(tx.db, id)
    await tx.record({ organisationId: before.organisationId, entity: 'activity', entityId: id, operation: 'update', before, after })
    return after
  })
}

export async function deleteActivity(ctx: CoreContext, id: string): Promise<{ id: string }> {
  return mutate(ctx, async (tx) => {
    const before = await loadActivity(tx.db, id)
    await tx.db.deleteFrom('activities').where('id', '=', id).execute()
    await tx.record({ organisationId: before.organisationId, entity: 'activity', entityId: id, operation: 'delete', before, after: null })
    return { id }
  })
}

export const activityHandlers: Handlers<'activities.list' | 'activities.get' | 'activities.create' | 'activities.update' | 'activities.delete'> = {
  'activities.list': (ctx, input) => listActivities(ctx, input.organisationId),
  'activities.get': (ctx, input) => getActivity(ctx, input.id),
  'activities.create': (ctx, input) => createActivity(ctx, input.organisationId, input.activity),
  'activities.update': (ctx, input) => updateActivity(ctx, input.id, input.activity),
  'activities.delete': (ctx, input) => deleteActivity(ctx, input.id),
}
