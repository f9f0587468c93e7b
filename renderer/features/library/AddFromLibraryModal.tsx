/**
 * "Add from library" on an organisation's activities page: one template (built in or your own) becomes an
 * activity of this organisation, and its editor opens so the DPO sees what came with it.
 */
import { Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useApi, useApiMutation } from '../../api/hooks'
import { paths } from '../../app/paths'
import { notifySuccess } from '../../components/notify'
import { SearchableSelect } from '../../components/SearchableSelect'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { APPLY_INVALIDATES } from './apply-invalidates'
import { DialogForm } from './DialogForm'

export function AddFromLibraryModal({
  organisationId,
  onClose,
}: {
  organisationId: string
  onClose(): void
}) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const language = useUiLanguage()
  const templates = useApi('library.templates.list', { language, sector: null, employeeCount: null })
  const apply = useApiMutation('library.templates.apply', APPLY_INVALIDATES)
  const [chosen, setChosen] = useState<string | null>(null)
  // Your own templates first: they are what this dialog is mostly for.
  const own = (templates.data ?? []).filter((tpl) => tpl.source === 'workspace')
  const builtin = (templates.data ?? []).filter((tpl) => tpl.source === 'builtin')
  const data = [
    { group: t('library.templates.ownGroup'), items: own.map((tpl) => ({ value: tpl.id, label: tpl.name })) },
    {
      group: t('library.templates.builtinGroup'),
      items: builtin.map((tpl) => ({ value: tpl.id, label: tpl.name })),
    },
  ].filter((group) => group.items.length > 0)

  return (
    <DialogForm
      title={t('library.templates.addFromTitle')}
      testId="add-from-library"
      size="lg"
      centered
      onClose={onClose}
      onSubmit={async () => {
        if (!chosen) return
        try {
          const result = await apply.mutateAsync({ organisationId, templateIds: [chosen] })
          const [activity] = result.activities
          notifySuccess(
            t('library.templates.addedFrom', { reference: `${activity.reference} ${activity.name}` }),
          )
          onClose()
          navigate(paths.activity(organisationId, activity.id))
        } catch {
          // shown in the dialog from apply.error
        }
      }}
      submitLabel={t('library.templates.addFrom')}
      submitting={apply.isPending}
      disabled={!chosen}
      error={templates.error ?? apply.error}
    >
      <Text size="sm">{t('library.templates.addFromBody')}</Text>
      <SearchableSelect
        label={t('library.templates.template')}
        placeholder={t('library.templates.search')}
        data={data}
        value={chosen}
        onChange={setChosen}
        data-autofocus
      />
    </DialogForm>
  )
}
