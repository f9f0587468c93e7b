/**
 * Restoring from the history. Deleted activities and catalogue entries stay in their delete records, so the
 * trash is a view of those records: an item is in the trash while it was deleted, not restored since, and not
 * purged. Emptying the trash records a purge (the records themselves are kept: the history is append-only).
 */
import type { CatalogueFields, CatalogueName } from '../../../shared/schemas/catalogue'
import { catalogueFieldSchemas } from '../../../shared/schemas/catalogue'
import { activityFieldsSchema, type Activity } from '../../../shared/schemas/activity'
import type { CoreContext } from '../context'
import { conflict, invalid, notFound } from '../errors'
import { mutate, type Tx } from '../history/mutate'
import { CATALOGUE_ENTITIES, changeLabel, entryNames, toChangeRow, type ChangeRow } from '../history/records'
import { assertEntriesInOrganisation, assertReferenceFree, insertActivity, loadActivity } from './activities'
import { activityColumns, writeChildren } from './activity-store'
import { assertNameFree } from './catalogues/read'
import { insertEntry } from './catalogues/write'
import { requireOrganisation } from './organisations'

const CATALOGUE_OF: Record<string, CatalogueName> = {
  party: 'parties',
  dataSubjectCategory: 'dataSubjectCategories',
  dataCategory: 'dataCategories',
  securityMeasure: 'securityMeasures',
}
const TRASHABLE = ['activity', ...CATALOGUE_ENTITIES]
const TABLE_OF: Record<
  string,
  'activities' | 'parties' | 'data_subject_categories' | 'data_categories' | 'security_measures'
> = {
  activity: 'activities',
  party: 'parties',
  dataSubjectCategory: 'data_subject_categories',
  dataCategory: 'data_categories',
  securityMeasure: 'security_measures',
}

async function requireChange(db: Tx['db'] | CoreContext['db'], changeId: number): Promise<ChangeRow> {
  const row = await db.selectFrom('changes').selectAll().where('id', '=', changeId).executeTakeFirst()
  if (!row) throw notFound('That change')
  return toChangeRow(row)
}

async function exists(db: Tx['db'] | CoreContext['db'], entity: string, id: string): Promise<boolean> {
  const table = TABLE_OF[entity]
  return Boolean(table && (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()))
}

/** Fields of an activity version, or a clear refusal if the version cannot be read. */
function activityFields(version: Record<string, any> | null) {
  if (!version) throw invalid('That change holds no version of the activity to restore.')
  const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = version
  const parsed = activityFieldsSchema.safeParse(fields)
  if (!parsed.success) throw invalid('That version of the activity cannot be read by this version of ROPA.')
  return parsed.data
}

/** Catalogue entries a version refers to that no longer exist: restoring it would leave dangling references. */
async function explainMissingEntries(
  tx: Tx,
  organisationId: string,
  fields: ReturnType<typeof activityFields>,
) {
  try {
    await assertEntriesInOrganisation(tx.db, organisationId, fields)
  } catch (error) {
    const names = await entryNames(tx.db, organisationId)
    const ids = [
      ...fields.dataSubjectCategoryIds,
      ...fields.dataCategories.map((d) => d.dataCategoryId),
      ...fields.securityMeasureIds,
      ...fields.jointControllerIds,
      ...fields.controllerIds,
      ...fields.recipients.flatMap((r) => (r.partyId ? [r.partyId] : [])),
      ...fields.transfers.flatMap((t) => (t.partyId ? [t.partyId] : [])),
    ]
    const missing: string[] = []
    for (const id of new Set(ids)) {
      const found = await Promise.all(
        Object.values(TABLE_OF)
          .slice(1)
          .map((t) => tx.db.selectFrom(t).select('id').where('id', '=', id).executeTakeFirst()),
      )
      if (!found.some(Boolean)) missing.push(`“${names.get(id) ?? id}”`)
    }
    if (missing.length === 0) throw error
    throw conflict(
      `This version uses catalogue entries that have since been deleted: ${missing.join(', ')}. Restore them from the trash first.`,
    )
  }
}

/** Restore an activity to the version a change left it in, or to what a deletion removed. */
export async function restoreVersion(ctx: CoreContext, changeId: number) {
  return mutate(ctx, async (tx) => {
    const change = await requireChange(tx.db, changeId)
    if (change.entity !== 'activity') return restoreEntry(tx, change)
    const fields = activityFields(change.operation === 'delete' ? change.before : change.after)
    const organisationId = change.organisationId!
    await requireOrganisation(tx.db, organisationId)
    await explainMissingEntries(tx, organisationId, fields)
    if (await exists(tx.db, 'activity', change.entityId)) {
      const before = await loadActivity(tx.db, change.entityId)
      await assertReferenceFree(tx.db, organisationId, fields.reference, change.entityId)
      await tx.db
        .updateTable('activities')
        .set({ ...activityColumns(fields), updated_at: tx.at })
        .where('id', '=', change.entityId)
        .execute()
      await writeChildren(tx, change.entityId, fields)
      const after: Activity = { ...before, ...fields, updatedAt: tx.at }
      await tx.record({
        organisationId,
        entity: 'activity',
        entityId: change.entityId,
        operation: 'restore',
        before,
        after,
      })
    } else {
      await assertReferenceFree(tx.db, organisationId, fields.reference)
      await insertActivity(tx, organisationId, fields, { id: change.entityId, checkEntries: false })
    }
    return { entity: 'activity', entityId: change.entityId }
  })
}

async function restoreEntry(tx: Tx, change: ChangeRow) {
  const catalogue = CATALOGUE_OF[change.entity]
  if (!catalogue || change.operation !== 'delete' || !change.before)
    throw invalid('Only deleted activities and catalogue entries can be restored this way.')
  if (await exists(tx.db, change.entity, change.entityId))
    throw conflict(`“${change.before.name}” is not in the trash: it exists already.`)
  const organisationId = change.organisationId!
  await requireOrganisation(tx.db, organisationId)
  const { id: _i, organisationId: _o, ...raw } = change.before
  const fields = catalogueFieldSchemas[catalogue].parse(raw) as CatalogueFields[typeof catalogue]
  await assertNameFree(tx.db, catalogue, organisationId, fields.name)
  await insertEntry(tx, catalogue, organisationId, fields, { id: change.entityId })
  return { entity: change.entity, entityId: change.entityId }
}

export async function restoreFromTrash(ctx: CoreContext, changeId: number) {
  const change = await requireChange(ctx.db, changeId)
  if (change.operation !== 'delete' || !TRASHABLE.includes(change.entity))
    throw invalid('That is not an item of the trash.')
  if (await exists(ctx.db, change.entity, change.entityId)) throw conflict('That item was restored already.')
  return restoreVersion(ctx, changeId)
}

/** The ids of delete records already purged from the trash. */
async function purgedIds(db: CoreContext['db'] | Tx['db'], organisationId: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('changes')
    .select('after_json')
    .where('organisation_id', '=', organisationId)
    .where('operation', '=', 'purge')
    .execute()
  return new Set(rows.flatMap((r) => (JSON.parse(r.after_json ?? '{}').changeIds ?? []) as number[]))
}

async function trashRows(db: CoreContext['db'] | Tx['db'], organisationId: string): Promise<ChangeRow[]> {
  const deletions = (
    await db
      .selectFrom('changes')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('operation', '=', 'delete')
      .where('entity', 'in', TRASHABLE)
      .orderBy('id', 'desc')
      .execute()
  ).map(toChangeRow)
  const purged = await purgedIds(db, organisationId)
  const seen = new Set<string>()
  const items: ChangeRow[] = []
  for (const change of deletions) {
    if (seen.has(change.entityId)) continue // only the latest deletion of an entry counts
    seen.add(change.entityId)
    if (purged.has(change.id)) continue
    if (await exists(db, change.entity, change.entityId)) continue
    items.push(change)
  }
  return items
}

export async function listTrash(ctx: CoreContext, organisationId: string) {
  await requireOrganisation(ctx.db, organisationId)
  return (await trashRows(ctx.db, organisationId)).map((c) => ({
    changeId: c.id,
    entity: c.entity,
    entityId: c.entityId,
    label: changeLabel(c),
    deletedAt: c.at,
    deletedBy: c.actor,
  }))
}

export async function emptyTrash(ctx: CoreContext, organisationId: string) {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, organisationId)
    const items = await trashRows(tx.db, organisationId)
    if (items.length > 0) {
      await tx.record({
        organisationId,
        entity: 'trash',
        entityId: organisationId,
        operation: 'purge',
        before: null,
        after: { changeIds: items.map((i) => i.id) },
      })
    }
    return { purged: items.length }
  })
}
