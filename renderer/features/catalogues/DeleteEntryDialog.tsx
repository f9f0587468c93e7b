/**
 * Deleting a catalogue entry. An entry no activity uses is deleted after a plain confirmation. One in use
 * cannot be deleted: the dialog lists the activities that use it and offers to replace it with another
 * entry in all of them first ("Replace with …"), which the backend does in one transaction.
 */
import { Anchor, Center, Loader } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { CatalogueName } from '../../../shared/schemas/catalogue'
import { useClient } from '../../api/context'
import { useApi } from '../../api/hooks'
import { ConfirmListDialog } from '../../components/ConfirmListDialog'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { paths } from '../../app/paths'
import { deleteEntry, type AnyCatalogueEntry } from './catalogue-api'
import { useRefreshCatalogues } from './CatalogueEntryModal'
import { SearchableSelect } from '../../components/SearchableSelect'

interface Props {
  catalogue: CatalogueName
  organisationId: string
  entry: AnyCatalogueEntry
  others: readonly AnyCatalogueEntry[]
  onClose(): void
}

const SHOWN = 50

export function DeleteEntryDialog({ catalogue, organisationId, entry, others, onClose }: Props) {
  const { t } = useTranslation()
  const client = useClient()
  const refresh = useRefreshCatalogues()
  const usage = useApi(`${catalogue}.usage` as 'parties.usage', { id: entry.id }, { staleTime: 0 })
  const [replaceWith, setReplaceWith] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)

  if (usage.isPending) {
    return (
      <ConfirmListDialog
        opened
        title={t('catalogues.delete.title', { name: entry.name })}
        message={
          <Center>
            <Loader size="sm" />
          </Center>
        }
        items={[]}
        onClose={onClose}
      />
    )
  }
  const users = usage.data ?? []
  const remove = async () => {
    setBusy(true)
    try {
      const result = await deleteEntry(client, catalogue, entry.id, users.length ? replaceWith : null)
      await refresh()
      notifySuccess(
        result.replacedIn
          ? t('catalogues.delete.replaced', { name: entry.name, count: result.replacedIn })
          : t('catalogues.delete.done', { name: entry.name }),
      )
      onClose()
    } catch (error) {
      setFailure(error)
      setBusy(false)
    }
  }

  if (users.length === 0) {
    return (
      <ConfirmListDialog
        opened
        testId="delete-entry-dialog"
        title={t('catalogues.delete.title', { name: entry.name })}
        message={t('catalogues.delete.unused')}
        items={[]}
        onConfirm={remove}
        loading={busy}
        onClose={onClose}
      >
        <ErrorAlert error={failure ?? usage.error} />
      </ConfirmListDialog>
    )
  }

  return (
    <ConfirmListDialog
      opened
      testId="delete-entry-dialog"
      title={t('catalogues.delete.inUseTitle', { name: entry.name, count: users.length })}
      message={t('catalogues.delete.inUseBody', { count: users.length })}
      items={users.slice(0, SHOWN).map((user) => ({
        key: user.id,
        content: (
          <Anchor component={Link} href={paths.activity(organisationId, user.id)} size="sm">
            <b>{user.reference}</b> {user.name}
          </Anchor>
        ),
      }))}
      moreText={
        users.length > SHOWN ? t('catalogues.delete.more', { count: users.length - SHOWN }) : undefined
      }
      confirmLabel={t('catalogues.delete.replaceAndDelete')}
      confirmDisabled={!replaceWith}
      loading={busy}
      onConfirm={remove}
      onClose={onClose}
    >
      <SearchableSelect
        label={t('catalogues.delete.replaceWith')}
        description={t('catalogues.delete.replaceWithHelp', { name: entry.name })}
        placeholder={t('catalogues.delete.replacePlaceholder')}
        data={others.filter((o) => o.id !== entry.id).map((o) => ({ value: o.id, label: o.name }))}
        value={replaceWith}
        onChange={setReplaceWith}
        nothingFoundMessage={t('catalogues.delete.noOther')}
      />
      <ErrorAlert error={failure} />
    </ConfirmListDialog>
  )
}
