/** Adding and changing catalogue entries, each change recorded in the history. */
import { randomUUID } from 'node:crypto'
import type { CatalogueFields, CatalogueName } from '../../../../shared/schemas/catalogue'
import type { CoreContext } from '../../context'
import { mutate, type Tx } from '../../history/mutate'
import { requireOrganisation } from '../organisations'
import type { Entry } from './kind'
import { KINDS } from './kinds'
import { assertNameFree, requireEntry } from './read'

/** Insert a catalogue entry inside an open transaction (also used by import and copy). */
export async function insertEntry<C extends CatalogueName>(
  tx: Tx,
  catalogue: C,
  organisationId: string,
  fields: CatalogueFields[C],
  options: { id?: string } = {},
): Promise<Entry<C>> {
  const kind = KINDS[catalogue]
  const id = options.id ?? randomUUID()
  await tx.db
    .insertInto(kind.table)
    .values({
      id,
      organisation_id: organisationId,
      ...kind.columns(fields),
      created_at: tx.at,
      updated_at: tx.at,
    })
    .execute()
  const after = { ...fields, id, organisationId }
  await tx.record({
    organisationId,
    entity: kind.entity,
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
): Promise<Entry<C>> {
  const kind = KINDS[catalogue]
  return mutate(ctx, async (tx) => {
    const before = await requireEntry(tx.db, catalogue, id)
    await assertNameFree(tx.db, catalogue, before.organisationId, fields.name, id)
    await tx.db
      .updateTable(kind.table)
      .set({ ...kind.columns(fields), updated_at: tx.at })
      .where('id', '=', id)
      .execute()
    const after = { ...fields, id, organisationId: before.organisationId }
    await tx.record({
      organisationId: before.organisationId,
      entity: kind.entity,
      entityId: id,
      operation: 'update',
      before,
      after,
    })
    return after
  })
}
