/**
 * The four catalogues share their API shape (`<catalogue>.list|create|update|delete|usage`); these helpers
 * call it for any catalogue name with the entry types kept.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import type { MethodOutput } from '../../../shared/api'
import type { ApiCallError, Client } from '../../../shared/api/client'
import type { CatalogueFields, CatalogueName } from '../../../shared/schemas/catalogue'
import { countryName } from '../../../shared/reference/countries'
import { useApi } from '../../api/hooks'
import type { CatalogueOption } from '../../components/CatalogueSelect'
import { uiLanguage } from '../../i18n'

export type CatalogueListEntry<C extends CatalogueName> = MethodOutput<`${C}.list`>[number]
export type AnyCatalogueEntry = CatalogueListEntry<CatalogueName>

export function useCatalogueList<C extends CatalogueName>(catalogue: C, organisationId: string) {
  return useApi(
    `${catalogue}.list` as 'parties.list',
    { organisationId },
    { staleTime: 30_000 },
  ) as unknown as UseQueryResult<CatalogueListEntry<C>[], ApiCallError>
}

export function createEntry<C extends CatalogueName>(
  client: Client,
  catalogue: C,
  organisationId: string,
  entry: CatalogueFields[C],
) {
  return client.call(
    `${catalogue}.create` as 'parties.create',
    { organisationId, entry } as never,
  ) as Promise<CatalogueListEntry<C>>
}

export function updateEntry<C extends CatalogueName>(
  client: Client,
  catalogue: C,
  id: string,
  entry: CatalogueFields[C],
) {
  return client.call(`${catalogue}.update` as 'parties.update', { id, entry } as never) as Promise<
    CatalogueListEntry<C>
  >
}

export function deleteEntry(
  client: Client,
  catalogue: CatalogueName,
  id: string,
  replaceWith: string | null,
) {
  return client.call(`${catalogue}.delete` as 'parties.delete', { id, replaceWith })
}

export function entryUsage(client: Client, catalogue: CatalogueName, id: string) {
  return client.call(`${catalogue}.usage` as 'parties.usage', { id })
}

/** The second line shown under an entry's name in pickers and lists. */
export function describeEntry(t: TFunction, catalogue: CatalogueName, entry: AnyCatalogueEntry): string {
  switch (catalogue) {
    case 'parties': {
      const party = entry as CatalogueListEntry<'parties'>
      return [
        t(`labels.codes.partyKind.${party.kind}`),
        party.country ? countryName(party.country, uiLanguage()) : null,
        party.dpfCertified ? t('catalogues.parties.dpfShort') : null,
      ]
        .filter(Boolean)
        .join(' · ')
    }
    case 'dataCategories': {
      const category = entry as CatalogueListEntry<'dataCategories'>
      return category.special === 'none'
        ? (category.description ?? '')
        : t(`labels.codes.specialKind.${category.special}`)
    }
    case 'dataSubjectCategories': {
      const subjects = entry as CatalogueListEntry<'dataSubjectCategories'>
      return [
        subjects.vulnerable ? t('catalogues.dataSubjectCategories.vulnerableShort') : null,
        subjects.description,
      ]
        .filter(Boolean)
        .join(' · ')
    }
    case 'securityMeasures': {
      const measure = entry as CatalogueListEntry<'securityMeasures'>
      return t(`labels.codes.securityMeasureKind.${measure.kind}`)
    }
  }
}

export function toOptions(
  t: TFunction,
  catalogue: CatalogueName,
  entries: readonly AnyCatalogueEntry[] | undefined,
): CatalogueOption[] {
  return (entries ?? []).map((entry) => ({
    value: entry.id,
    label: entry.name,
    description: describeEntry(t, catalogue, entry) || undefined,
  }))
}

/** Empty entries for the "new" forms; `kind` is left for the user to choose unless the context tells it. */
export function emptyEntry<C extends CatalogueName>(catalogue: C, name = ''): CatalogueFields[C] {
  const empty = {
    parties: {
      name,
      kind: null,
      country: null,
      address: null,
      email: null,
      website: null,
      dpfCertified: false,
      dpaReference: null,
      dpaSignedOn: null,
      notes: null,
      transferMechanism: null,
      sccModule: null,
      transferImpactAssessment: false,
      dpfCheckedOn: null,
      libraryVendorId: null,
    },
    dataSubjectCategories: { name, description: null, vulnerable: false },
    dataCategories: {
      name,
      description: null,
      special: 'none',
      defaultRetention: null,
      defaultRetentionMonths: null,
    },
    securityMeasures: { kind: null, name, description: null },
  }
  return empty[catalogue] as unknown as CatalogueFields[C]
}
