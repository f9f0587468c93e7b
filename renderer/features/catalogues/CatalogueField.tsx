/**
 * A catalogue picker wired to the catalogue: lists the organisation's entries and creates new ones in a
 * dialog without leaving the page (the activity editor's "create new…").
 */
import type { MultiSelectProps, SelectProps } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CatalogueFields, CatalogueName } from '../../../shared/schemas/catalogue'
import { CatalogueMultiSelect, CatalogueSelect } from '../../components/CatalogueSelect'
import { emptyEntry, toOptions, useCatalogueList } from './catalogue-api'
import { CatalogueEntryModal } from './CatalogueEntryModal'

interface Base<C extends CatalogueName> {
  catalogue: C
  organisationId: string
  /** Fields to preset on a new entry, e.g. `{ kind: 'client_controller' }` when adding a controller. */
  newEntryDefaults?: Partial<CatalogueFields[C]>
}

interface Pending {
  initial: Record<string, unknown>
  resolve(id: string | null): void
}

function useCreation<C extends CatalogueName>({ catalogue, organisationId, newEntryDefaults }: Base<C>) {
  const { t } = useTranslation()
  const list = useCatalogueList(catalogue, organisationId)
  const [pending, setPending] = useState<Pending | null>(null)
  const options = toOptions(t, catalogue, list.data)
  const onCreate = (search: string) =>
    new Promise<string | null>((resolve) =>
      setPending({ initial: { ...emptyEntry(catalogue, search), ...newEntryDefaults }, resolve }),
    )
  const createLabel = (search: string) =>
    search
      ? t(`catalogues.${catalogue}.createNamed` as 'catalogues.parties.createNamed', { name: search })
      : t(`catalogues.${catalogue}.createNew`)
  const dialog = pending && (
    <CatalogueEntryModal
      catalogue={catalogue}
      organisationId={organisationId}
      entryId={null}
      initial={pending.initial as CatalogueFields[C]}
      onSaved={(entry) => pending.resolve(entry.id)}
      onClose={() => {
        pending.resolve(null)
        setPending(null)
      }}
    />
  )
  return { options, onCreate, createLabel, dialog, loading: list.isPending }
}

type SingleProps<C extends CatalogueName> = Base<C> &
  Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
    value: string | null
    onChange(value: string | null): void
  }
type MultiProps<C extends CatalogueName> = Base<C> &
  Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> & { value: string[]; onChange(value: string[]): void }

export function CatalogueField<C extends CatalogueName>({
  catalogue,
  organisationId,
  newEntryDefaults,
  ...props
}: SingleProps<C>) {
  const {
    dialog,
    loading: _loading,
    ...creation
  } = useCreation({ catalogue, organisationId, newEntryDefaults })
  return (
    <>
      <CatalogueSelect {...creation} {...props} />
      {dialog}
    </>
  )
}

export function CatalogueMultiField<C extends CatalogueName>({
  catalogue,
  organisationId,
  newEntryDefaults,
  ...props
}: MultiProps<C>) {
  const {
    dialog,
    loading: _loading,
    ...creation
  } = useCreation({ catalogue, organisationId, newEntryDefaults })
  return (
    <>
      <CatalogueMultiSelect {...creation} {...props} />
      {dialog}
    </>
  )
}
