/** The four catalogues by name, and the conversions between a stored row and an entry for any of them. */
import type { CatalogueFields, CatalogueName } from '../../../../shared/schemas/catalogue'
import { DATA_CATEGORIES } from './data-categories'
import { DATA_SUBJECT_CATEGORIES } from './data-subject-categories'
import type { CatalogueKind, CatalogueRow, Entry, EntryColumns } from './kind'
import { PARTIES } from './parties'
import { SECURITY_MEASURES } from './security-measures'

export const KINDS: { [C in CatalogueName]: CatalogueKind<C> } = {
  parties: PARTIES,
  dataSubjectCategories: DATA_SUBJECT_CATEGORIES,
  dataCategories: DATA_CATEGORIES,
  securityMeasures: SECURITY_MEASURES,
}

/** The entity name used in change records and findings. */
export const ENTITY: Record<CatalogueName, string> = {
  parties: PARTIES.entity,
  dataSubjectCategories: DATA_SUBJECT_CATEGORIES.entity,
  dataCategories: DATA_CATEGORIES.entity,
  securityMeasures: SECURITY_MEASURES.entity,
}

export function toEntry<C extends CatalogueName>(catalogue: C, row: CatalogueRow): Entry<C> {
  return KINDS[catalogue].toEntry(row)
}

export function entryColumns<C extends CatalogueName>(
  catalogue: C,
  fields: CatalogueFields[C],
): EntryColumns {
  return KINDS[catalogue].columns(fields)
}
