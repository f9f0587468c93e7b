/**
 * What a change concerns, for the history screens: its kind in words, its operation in words, and the page
 * where the entry lives now (if it still exists).
 */
import type { TFunction } from 'i18next'
import type { Change } from '../../../shared/api/history'
import type { CatalogueName } from '../../../shared/schemas/catalogue'
import { paths } from '../../app/paths'

export const CATALOGUE_OF_ENTITY: Readonly<Record<string, CatalogueName>> = {
  party: 'parties',
  dataSubjectCategory: 'dataSubjectCategories',
  dataCategory: 'dataCategories',
  securityMeasure: 'securityMeasures',
}

export const OPERATION_COLOURS: Readonly<Record<string, string>> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  restore: 'grape',
  purge: 'gray',
}

// Keys built at run time: a plain string signature spares the compiler the whole catalogue's key union.
const plain = (t: TFunction) => t as unknown as (key: string, options?: Record<string, unknown>) => string

export function entityLabel(t: TFunction, entity: string): string {
  return plain(t)(`history.entity.${entity}`, { defaultValue: entity })
}

export function operationLabel(t: TFunction, change: Pick<Change, 'entity' | 'operation'>): string {
  if (change.entity === 'exportRecord' && change.operation === 'create')
    return t('history.operation.exported')
  return plain(t)(`history.operation.${change.operation}`, { defaultValue: change.operation })
}

/** The page of the entry a change concerns, or null when it has no page or no longer exists. */
export function entityHref(
  organisationId: string,
  change: Pick<Change, 'entity' | 'entityId'>,
  exists: (id: string) => boolean,
): string | null {
  if (change.entity === 'organisation') return paths.profile(organisationId)
  if (change.entity === 'exportRecord') return paths.exports(organisationId)
  if (!exists(change.entityId)) return null
  if (change.entity === 'activity') return paths.activity(organisationId, change.entityId)
  const catalogue = CATALOGUE_OF_ENTITY[change.entity]
  return catalogue ? paths.catalogueEntry(organisationId, catalogue, change.entityId) : null
}
