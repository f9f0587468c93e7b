/**
 * "Add from library" on an organisation's activities page: one template (built in or your own) becomes an
 * activity of this organisation, and its editor opens so the DPO sees what came with it.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { useApi, useApiMutation } from '../../api/hooks'
import { paths } from '../../app/paths'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { SearchableSelect } from '../../components/SearchableSelect'
import { useUiLanguage } from '../../i18n/use-ui-language'
import { APPLY_INVALIDATES } from './apply-invalidates'

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
    <Modal
      opened
      onClose={onClose}
      centered
      size="lg"
      title={<Text fw={650}>{t('library.templates.addFromTitle')}</Text>}
      data-testid="add-from-library"
    >
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault()
          event.stopPropagation()
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
            // shown below from apply.error
          }
        }}
      >
        <Stack>
          <Text size="sm">{t('library.templates.addFromBody')}</Text>
          <SearchableSelect
            label={t('library.templates.template')}
            placeholder={t('library.templates.search')}
            data={data}
            value={chosen}
            onChange={setChosen}
            data-autofocus
          />
          <ErrorAlert error={templates.error ?? apply.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!chosen} loading={apply.isPending}>
              {t('library.templates.addFrom')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
