/**
 * The five methods of each catalogue (`<catalogue>.list | create | update | delete | usage`). Written out per
 * catalogue so that each handler is checked against its own method's contract.
 */
import type { CatalogueName } from '../../../../shared/schemas/catalogue'
import type { CoreContext } from '../../context'
import type { Handlers } from '../../handler'
import { requireOrganisation } from '../organisations'
import { deleteEntry } from './delete'
import { listEntries, requireEntry } from './read'
import { entryUsage, usageCounts } from './usage'
import { createEntry, updateEntry } from './write'

type CatalogueMethod<C extends CatalogueName> = `${C}.${'list' | 'create' | 'update' | 'delete' | 'usage'}`

/** The entries with how many activities use each. */
async function listWithCounts<C extends CatalogueName>(
  ctx: CoreContext,
  catalogue: C,
  organisationId: string,
) {
  await requireOrganisation(ctx.db, organisationId)
  const [entries, counts] = await Promise.all([
    listEntries(ctx.db, catalogue, organisationId),
    usageCounts(ctx.db, catalogue, organisationId),
  ])
  return entries.map((e) => ({ ...e, activityCount: counts.get(e.id) ?? 0 }))
}

async function usage(ctx: CoreContext, catalogue: CatalogueName, id: string) {
  await requireEntry(ctx.db, catalogue, id)
  return entryUsage(ctx.db, catalogue, id)
}

const parties: Handlers<CatalogueMethod<'parties'>> = {
  'parties.list': (ctx, input) => listWithCounts(ctx, 'parties', input.organisationId),
  'parties.create': (ctx, input) => createEntry(ctx, 'parties', input.organisationId, input.entry),
  'parties.update': (ctx, input) => updateEntry(ctx, 'parties', input.id, input.entry),
  'parties.delete': (ctx, input) => deleteEntry(ctx, 'parties', input.id, input.replaceWith),
  'parties.usage': (ctx, input) => usage(ctx, 'parties', input.id),
}

const dataSubjectCategories: Handlers<CatalogueMethod<'dataSubjectCategories'>> = {
  'dataSubjectCategories.list': (ctx, input) =>
    listWithCounts(ctx, 'dataSubjectCategories', input.organisationId),
  'dataSubjectCategories.create': (ctx, input) =>
    createEntry(ctx, 'dataSubjectCategories', input.organisationId, input.entry),
  'dataSubjectCategories.update': (ctx, input) =>
    updateEntry(ctx, 'dataSubjectCategories', input.id, input.entry),
  'dataSubjectCategories.delete': (ctx, input) =>
    deleteEntry(ctx, 'dataSubjectCategories', input.id, input.replaceWith),
  'dataSubjectCategories.usage': (ctx, input) => usage(ctx, 'dataSubjectCategories', input.id),
}

const dataCategories: Handlers<CatalogueMethod<'dataCategories'>> = {
  'dataCategories.list': (ctx, input) => listWithCounts(ctx, 'dataCategories', input.organisationId),
  'dataCategories.create': (ctx, input) =>
    createEntry(ctx, 'dataCategories', input.organisationId, input.entry),
  'dataCategories.update': (ctx, input) => updateEntry(ctx, 'dataCategories', input.id, input.entry),
  'dataCategories.delete': (ctx, input) => deleteEntry(ctx, 'dataCategories', input.id, input.replaceWith),
  'dataCategories.usage': (ctx, input) => usage(ctx, 'dataCategories', input.id),
}

const securityMeasures: Handlers<CatalogueMethod<'securityMeasures'>> = {
  'securityMeasures.list': (ctx, input) => listWithCounts(ctx, 'securityMeasures', input.organisationId),
  'securityMeasures.create': (ctx, input) =>
    createEntry(ctx, 'securityMeasures', input.organisationId, input.entry),
  'securityMeasures.update': (ctx, input) => updateEntry(ctx, 'securityMeasures', input.id, input.entry),
  'securityMeasures.delete': (ctx, input) =>
    deleteEntry(ctx, 'securityMeasures', input.id, input.replaceWith),
  'securityMeasures.usage': (ctx, input) => usage(ctx, 'securityMeasures', input.id),
}

export const catalogueHandlers: Handlers<CatalogueMethod<CatalogueName>> = {
  ...parties,
  ...dataSubjectCategories,
  ...dataCategories,
  ...securityMeasures,
}
