/**
 * One catalogue of an organisation (parties, data subjects, data categories, security measures): the
 * entries with how many activities use each; create, edit and delete them.
 */
import { ActionIcon, Badge, Button, Group, Stack, Table, Tabs, Text, TextInput } from '@mantine/core'
import { IconHistory, IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { CATALOGUES, type CatalogueName } from '../../../shared/schemas/catalogue'
import { countryName } from '../../../shared/reference/countries'
import { transferStatus } from '../../../shared/reference/adequacy'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'
import { TRANSFER_STATUS_COLOURS } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate, todayLocal } from '../../components/format'
import {
  emptyEntry,
  useCatalogueList,
  type AnyCatalogueEntry,
  type CatalogueListEntry,
} from './catalogue-api'
import { CatalogueEntryModal } from './CatalogueEntryModal'
import { DeleteEntryDialog } from './DeleteEntryDialog'
import { HistoryPanel } from '../history/HistoryPanel'
import { KeepInLibraryButton } from '../library/KeepInLibrary'
import type { TFunction } from 'i18next'
import { TableCard } from '../../components/TableCard'
import { PageHeader } from '../../components/PageHeader'
import { uiLanguage } from '../../i18n'

interface Column {
  key: string
  header: string
  width?: number
  cell(entry: AnyCatalogueEntry): ReactNode
}

function columnsFor(t: TFunction, catalogue: CatalogueName): Column[] {
  const today = todayLocal()
  switch (catalogue) {
    case 'parties':
      return [
        {
          key: 'kind',
          header: t('labels.fields.party.kind'),
          width: 170,
          cell: (e) => t(`labels.codes.partyKind.${(e as CatalogueListEntry<'parties'>).kind}`),
        },
        {
          key: 'country',
          header: t('labels.fields.party.country'),
          width: 280,
          cell: (e) => {
            const party = e as CatalogueListEntry<'parties'>
            if (!party.country)
              return (
                <Text size="sm" c="dimmed">
                  {t('common.notRecorded')}
                </Text>
              )
            const status = transferStatus(party.country, today)
            return (
              <Group gap={6}>
                <Text size="sm">{countryName(party.country, uiLanguage())}</Text>
                <Badge
                  size="xs"
                  variant="light"
                  color={TRANSFER_STATUS_COLOURS[status]}
                  style={{ flexShrink: 0 }}
                >
                  {t(`components.transferStatus.short.${status}`)}
                </Badge>
                {party.dpfCertified && (
                  <Badge size="xs" variant="light" color="blue" style={{ flexShrink: 0 }}>
                    {t('catalogues.parties.dpfShort')}
                  </Badge>
                )}
              </Group>
            )
          },
        },
        {
          key: 'dpa',
          header: t('catalogues.parties.dpaColumn'),
          width: 200,
          cell: (e) => {
            const party = e as CatalogueListEntry<'parties'>
            return (
              [party.dpaReference, party.dpaSignedOn ? formatDate(party.dpaSignedOn) : null]
                .filter(Boolean)
                .join(', ') || (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )
            )
          },
        },
      ]
    case 'dataSubjectCategories':
      return [
        {
          key: 'description',
          header: t('labels.fields.dataSubjectCategory.description'),
          cell: (e) => descriptionOf(e),
        },
        {
          key: 'vulnerable',
          header: t('labels.fields.dataSubjectCategory.vulnerable'),
          width: 120,
          cell: (e) =>
            (e as CatalogueListEntry<'dataSubjectCategories'>).vulnerable ? (
              <Badge variant="light" color="grape">
                {t('labels.values.yes')}
              </Badge>
            ) : (
              t('labels.values.no')
            ),
        },
      ]
    case 'dataCategories':
      return [
        {
          key: 'special',
          header: t('labels.fields.dataCategory.special'),
          width: 260,
          cell: (e) => {
            const special = (e as CatalogueListEntry<'dataCategories'>).special
            return special === 'none' ? (
              <Text size="sm" c="dimmed">
                {t('labels.codes.specialKind.none')}
              </Text>
            ) : (
              <Text size="sm" c="grape.8" fw={500}>
                {t(`labels.codes.specialKind.${special}`)}
              </Text>
            )
          },
        },
        {
          key: 'description',
          header: t('labels.fields.dataCategory.description'),
          cell: (e) => descriptionOf(e),
        },
      ]
    case 'securityMeasures':
      return [
        {
          key: 'kind',
          header: t('labels.fields.securityMeasure.kind'),
          width: 200,
          cell: (e) =>
            t(`labels.codes.securityMeasureKind.${(e as CatalogueListEntry<'securityMeasures'>).kind}`),
        },
        {
          key: 'description',
          header: t('labels.fields.securityMeasure.description'),
          cell: (e) => descriptionOf(e),
        },
      ]
  }
}

export function CataloguePage({
  organisationId,
  catalogue,
}: {
  organisationId: string
  catalogue: CatalogueName
}) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const organisation = useApi('organisations.get', { id: organisationId })
  const list = useCatalogueList(catalogue, organisationId)
  const [search, setSearch] = useState('')
  const [editing, setEditing] = useState<AnyCatalogueEntry | 'new' | null>(null)
  const [deleting, setDeleting] = useState<AnyCatalogueEntry | null>(null)
  const [historyOf, setHistoryOf] = useState<AnyCatalogueEntry | null>(null)
  // `?entry=<id>` (links from the history) opens that entry's dialog once, when the list is there.
  const linkedEntry = new URLSearchParams(useSearch()).get('entry')
  const openedLink = useRef<string | null>(null)
  useEffect(() => {
    const entry = linkedEntry
      ? ((list.data ?? []) as AnyCatalogueEntry[]).find((e) => e.id === linkedEntry)
      : undefined
    if (entry && openedLink.current !== linkedEntry) {
      openedLink.current = linkedEntry
      setEditing(entry)
    }
  }, [linkedEntry, list.data])
  const columns = useMemo(() => columnsFor(t, catalogue), [t, catalogue])
  const entries = useMemo(() => {
    const q = search.trim().toLocaleLowerCase()
    const all = (list.data ?? []) as AnyCatalogueEntry[]
    return q
      ? all.filter(
          (e) =>
            e.name.toLocaleLowerCase().includes(q) ||
            (descriptionOf(e) ?? '').toLocaleLowerCase().includes(q),
        )
      : all
  }, [list.data, search])

  return (
    <Stack maw={1200}>
      <PageHeader
        context={organisation.data?.name ?? ''}
        title={t('catalogues.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t(`catalogues.${catalogue}.new`)}
          </Button>
        }
      />

      <Tabs
        value={catalogue}
        onChange={(next) => next && navigate(paths.catalogue(organisationId, next as CatalogueName))}
      >
        <Tabs.List>
          {CATALOGUES.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`catalogues.${name}.title`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" maw={760}>
          {t(`catalogues.${catalogue}.intro`)}
        </Text>
        <TextInput
          placeholder={t('catalogues.search')}
          aria-label={t('catalogues.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={260}
        />
      </Group>

      <ErrorAlert error={list.error} />
      <TableCard
        empty={list.data?.length === 0}
        emptyText={t(`catalogues.${catalogue}.empty`)}
        label={t(`catalogues.${catalogue}.title`)}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogues.name')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.key} w={c.width}>
                {c.header}
              </Table.Th>
            ))}
            <Table.Th w={130}>{t('catalogues.usedBy')}</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} className="clickable-row" onClick={() => setEditing(entry)}>
              <Table.Td fw={600}>{entry.name}</Table.Td>
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.cell(entry)}</Table.Td>
              ))}
              <Table.Td>
                {entry.activityCount === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('catalogues.unused')}
                  </Text>
                ) : (
                  t('activities.count', { count: entry.activityCount })
                )}
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('history.panel.open', { name: entry.name })}
                    onClick={() => setHistoryOf(entry)}
                  >
                    <IconHistory size={16} />
                  </ActionIcon>
                  <KeepInLibraryButton catalogue={catalogue} entry={entry} />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('catalogues.editNamed', { name: entry.name })}
                    onClick={() => setEditing(entry)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('catalogues.deleteNamed', { name: entry.name })}
                    onClick={() => setDeleting(entry)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          {entries.length === 0 && list.data && list.data.length > 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length + 3}>
                <Text c="dimmed" ta="center" size="sm">
                  {t('catalogues.noMatch')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </TableCard>

      {editing && (
        <CatalogueEntryModal
          key={editing === 'new' ? 'new' : editing.id}
          catalogue={catalogue}
          organisationId={organisationId}
          entryId={editing === 'new' ? null : editing.id}
          initial={editing === 'new' ? emptyEntry(catalogue) : withoutStored(editing)}
          onClose={() => setEditing(null)}
        />
      )}
      {historyOf && (
        <HistoryPanel
          entityId={historyOf.id}
          label={historyOf.name}
          opened
          onClose={() => setHistoryOf(null)}
        />
      )}
      {deleting && (
        <DeleteEntryDialog
          catalogue={catalogue}
          organisationId={organisationId}
          entry={deleting}
          others={(list.data ?? []) as AnyCatalogueEntry[]}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  )
}

/** Parties have notes rather than a description. */
function descriptionOf(entry: AnyCatalogueEntry): string | null {
  return 'description' in entry ? entry.description : null
}

/** The editable fields of a listed entry (without id, organisation and usage count). */
function withoutStored(entry: AnyCatalogueEntry) {
  const { id: _id, organisationId: _org, activityCount: _count, ...fields } = entry
  return fields as never
}
