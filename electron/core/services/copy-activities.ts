/**
 * Copying activities to another organisation (a consultant reusing one client's work for the next):
 * catalogue entries come along, matched by name so the target's own entries are reused, not doubled.
 */
import type { ActivityFields } from '../../../shared/schemas/activity'
import { CATALOGUES, type CatalogueFields, type CatalogueName } from '../../../shared/schemas/catalogue'
import type { CoreContext } from '../context'
import { invalid } from '../errors'
import { mutate } from '../history/mutate'
import { loadActivities } from './activity-store'
import { insertActivities, referenceAllocator } from './activities'
import { listEntries } from './catalogues/read'
import { insertEntry } from './catalogues/write'
import { requireOrganisation } from './organisations'

type IdMap = Record<CatalogueName, Map<string, string>>

export async function copyActivities(ctx: CoreContext, ids: string[], targetOrganisationId: string) {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, targetOrganisationId)
    const activities = await loadActivities(tx.db, { activityIds: [...new Set(ids)] })
    if (activities.length !== new Set(ids).size)
      throw invalid('Some of the chosen activities no longer exist. Reload and try again.')
    const sourceOrgs = new Set(activities.map((a) => a.organisationId))
    if (sourceOrgs.size !== 1) throw invalid('Copy activities from one organisation at a time.')
    const [sourceOrganisationId] = sourceOrgs
    if (sourceOrganisationId === targetOrganisationId)
      throw invalid('Choose another organisation to copy to (use “Duplicate” within the same one).')

    const mapping = {
      parties: new Map(),
      dataSubjectCategories: new Map(),
      dataCategories: new Map(),
      securityMeasures: new Map(),
    } as IdMap
    let createdEntries = 0
    let reusedEntries = 0
    for (const catalogue of CATALOGUES) {
      const used = usedIds(activities, catalogue)
      if (used.size === 0) continue
      const source = await listEntries(tx.db, catalogue, sourceOrganisationId)
      const target = new Map(
        (await listEntries(tx.db, catalogue, targetOrganisationId)).map((e) => [
          e.name.trim().toLowerCase(),
          e.id,
        ]),
      )
      for (const entry of source) {
        if (!used.has(entry.id)) continue
        const existing = target.get(entry.name.trim().toLowerCase())
        if (existing) {
          mapping[catalogue].set(entry.id, existing)
          reusedEntries++
        } else {
          const { id: _id, organisationId: _org, ...fields } = entry
          const created = await insertEntry(
            tx,
            catalogue,
            targetOrganisationId,
            fields as CatalogueFields[typeof catalogue],
          )
          mapping[catalogue].set(entry.id, created.id)
          createdEntries++
        }
      }
    }

    const reference = await referenceAllocator(tx.db, targetOrganisationId, 'copy')
    const created = await insertActivities(
      tx,
      targetOrganisationId,
      activities.map(({ id: _id, organisationId: _org, createdAt: _c, updatedAt: _u, ...fields }) => ({
        fields: { ...remap(fields, mapping), reference: reference(fields.reference) },
      })),
      { checkEntries: false },
    )
    return {
      activities: created.map((a) => ({ id: a.id, reference: a.reference })),
      createdEntries,
      reusedEntries,
    }
  })
}

function usedIds(activities: ActivityFields[], catalogue: CatalogueName): Set<string> {
  const ids = new Set<string>()
  for (const a of activities) {
    if (catalogue === 'parties') {
      a.jointControllerIds.forEach((id) => ids.add(id))
      a.controllerIds.forEach((id) => ids.add(id))
      a.recipients.forEach((r) => r.partyId && ids.add(r.partyId))
      a.transfers.forEach((t) => t.partyId && ids.add(t.partyId))
    }
    if (catalogue === 'dataSubjectCategories') a.dataSubjectCategoryIds.forEach((id) => ids.add(id))
    if (catalogue === 'dataCategories') a.dataCategories.forEach((d) => ids.add(d.dataCategoryId))
    if (catalogue === 'securityMeasures') a.securityMeasureIds.forEach((id) => ids.add(id))
  }
  return ids
}

/** The same activity with every catalogue id replaced through the mapping. */
export function remap(fields: ActivityFields, map: IdMap): ActivityFields {
  const party = (id: string) => map.parties.get(id) ?? id
  return {
    ...fields,
    dataSubjectCategoryIds: fields.dataSubjectCategoryIds.map(
      (id) => map.dataSubjectCategories.get(id) ?? id,
    ),
    dataCategories: fields.dataCategories.map((d) => ({
      ...d,
      dataCategoryId: map.dataCategories.get(d.dataCategoryId) ?? d.dataCategoryId,
    })),
    recipients: fields.recipients.map((r) => ({
      ...r,
      partyId: r.partyId === null ? null : party(r.partyId),
    })),
    jointControllerIds: fields.jointControllerIds.map(party),
    controllerIds: fields.controllerIds.map(party),
    transfers: fields.transfers.map((t) => ({ ...t, partyId: t.partyId === null ? null : party(t.partyId) })),
    securityMeasureIds: fields.securityMeasureIds.map((id) => map.securityMeasures.get(id) ?? id),
  }
}
