/**
 * Your own catalogue entries kept in the library: add or edit one (the catalogue pages' own fields), copy
 * entries into an organisation, and after a change offer it to the organisations holding copies.
 */
import { Button, Group, Select, Stack, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconBuildingPlus, IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../shared/api/client'
import {
  LIBRARY_CATALOGUES,
  type LibraryCatalogue,
  type LibraryEntry,
  type LibraryUser,
} from '../../../shared/api/library'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { issuesToFormErrors } from '../../components/form-errors'
import { formatDateTime } from '../../components/format'
import { notifySuccess } from '../../components/notify'
import { TableCard } from '../../components/TableCard'
import { EntryFields } from '../catalogues/EntryFields'
import { DeleteRowButton } from './confirm'
import { DialogForm } from './DialogForm'
import { OrganisationPickerModal } from './OrganisationPickerModal'
import { PushDialog } from './PushDialog'

const FIELD_GROUP = {
  dataSubjectCategories: 'dataSubjectCategory',
  dataCategories: 'dataCategory',
  securityMeasures: 'securityMeasure',
} as const
const EMPTY: Record<LibraryCatalogue, Record<string, unknown>> = {
  dataSubjectCategories: { name: '', description: '', vulnerable: false },
  dataCategories: {
    name: '',
    description: '',
    special: 'none',
    defaultRetention: null,
    defaultRetentionMonths: null,
  },
  securityMeasures: { kind: 'other', name: '', description: '' },
}

export function EntriesTab() {
  const { t } = useTranslation()
  const entries = useApi('library.entries.list', { catalogue: null })
  const copy = useApiMutation('library.entries.addToOrganisation', [
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
    'library',
    'register',
  ])
  const push = useApiMutation('library.entries.push', [
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
    'library',
    'register',
  ])
  const remove = useApiMutation('library.entries.delete', ['library'])
  const [editing, setEditing] = useState<LibraryEntry | 'new' | null>(null)
  const [copying, setCopying] = useState<LibraryEntry | null>(null)
  const [offer, setOffer] = useState<{ entry: LibraryEntry; users: LibraryUser[] } | null>(null)
  const catalogueLabel = (c: LibraryCatalogue) => t(`catalogues.${c}.title` as 'catalogues.parties.title')

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {t('library.entries.intro')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('library.entries.add')}
        </Button>
      </Group>
      <ErrorAlert error={entries.error ?? remove.error} />
      <TableCard
        empty={entries.data?.length === 0}
        emptyText={t('library.entries.empty')}
        label={t('library.page.entries')}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('library.entries.name')}</Table.Th>
            <Table.Th>{t('library.entries.catalogue')}</Table.Th>
            <Table.Th>{t('library.entries.usedBy')}</Table.Th>
            <Table.Th>{t('library.entries.updated')}</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.data?.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td fw={600}>{entry.name}</Table.Td>
              <Table.Td>{catalogueLabel(entry.catalogue)}</Table.Td>
              <Table.Td>{t('library.entries.usedByCount', { count: entry.usedBy })}</Table.Td>
              <Table.Td>{formatDateTime(entry.updatedAt)}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={t('library.entries.addToOrganisation')}
                    title={t('library.entries.addToOrganisation')}
                    onClick={() => setCopying(entry)}
                  >
                    <IconBuildingPlus size={14} />
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={t('common.edit')}
                    title={t('common.edit')}
                    onClick={() => setEditing(entry)}
                  >
                    <IconPencil size={14} />
                  </Button>
                  <DeleteRowButton
                    title={t('library.entries.deleteTitle', { name: entry.name })}
                    body={t('library.entries.deleteBody')}
                    onConfirm={() =>
                      remove.mutate(
                        { id: entry.id },
                        { onSuccess: () => notifySuccess(t('library.entries.deleted')) },
                      )
                    }
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
      {editing && (
        <EntryModal
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(entry, users) => {
            setEditing(null)
            if (users.length > 0) setOffer({ entry, users })
          }}
        />
      )}
      {copying && (
        <OrganisationPickerModal
          title={`${t('library.entries.addToOrganisation')}: ${copying.name}`}
          submitLabel={t('library.entries.addToOrganisation')}
          onClose={() => setCopying(null)}
          onSubmit={async (organisation) => {
            const result = await copy.mutateAsync({ organisationId: organisation.id, ids: [copying.id] })
            notifySuccess(
              t('library.entries.copied', {
                organisation: organisation.name,
                created: result.created,
                linked: result.linked,
              }),
            )
          }}
        />
      )}
      {offer && (
        <PushDialog
          users={offer.users}
          fieldGroup={FIELD_GROUP[offer.entry.catalogue]}
          onClose={() => setOffer(null)}
          onPush={(entryIds) => push.mutateAsync({ id: offer.entry.id, entryIds })}
        />
      )}
    </Stack>
  )
}

function EntryModal({
  entry,
  onClose,
  onSaved,
}: {
  entry: LibraryEntry | null
  onClose(): void
  onSaved(entry: LibraryEntry, users: LibraryUser[]): void
}) {
  const { t } = useTranslation()
  const save = useApiMutation('library.entries.save', ['library'])
  const [catalogue, setCatalogue] = useState<LibraryCatalogue>(entry?.catalogue ?? 'dataCategories')
  const form = useForm<Record<string, unknown>>({
    initialValues: entry ? { ...EMPTY[entry.catalogue], ...entry.fields } : EMPTY.dataCategories,
  })
  const submit = form.onSubmit(async (values) => {
    try {
      const result = await save.mutateAsync({
        id: entry?.id ?? null,
        entry: { catalogue, fields: values } as never,
      })
      notifySuccess(t('library.entries.saved'))
      onSaved(result.entry, result.users)
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length)
        form.setErrors(issuesToFormErrors(error.issues, 'entry.fields'))
    }
  })
  return (
    <DialogForm
      title={entry ? t('library.entries.editTitle', { name: entry.name }) : t('library.entries.addTitle')}
      testId="library-entry-form"
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      submitting={save.isPending}
      error={save.error}
    >
      {!entry && (
        <Select
          label={t('library.entries.catalogue')}
          data={LIBRARY_CATALOGUES.map((c) => ({
            value: c,
            label: t(`catalogues.${c}.title` as 'catalogues.parties.title'),
          }))}
          value={catalogue}
          allowDeselect={false}
          onChange={(value) => {
            const next = (value ?? 'dataCategories') as LibraryCatalogue
            setCatalogue(next)
            form.setValues({ ...EMPTY[next], name: form.values.name })
          }}
        />
      )}
      <EntryFields catalogue={catalogue} form={form} />
    </DialogForm>
  )
}
