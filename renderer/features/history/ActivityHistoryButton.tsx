/**
 * The activity editor's "History" button: opens the activity's history and restores an earlier version
 * after asking. The editor reloads the activity afterwards (`onRestored`).
 */
import { Button, Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconHistory } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Change } from '../../../shared/api/history'
import { useApiMutation } from '../../api/hooks'
import { paths } from '../../app/paths'
import { formatDateTime } from '../../components/format'
import { notifyError, notifySuccess } from '../../components/notify'
import { HistoryPanel } from './HistoryPanel'
import { REGISTER_FAMILIES } from './families'

interface Props {
  organisationId: string
  activityId: string
  label: string
  /** The editor holds unsaved changes, which a restore discards. */
  dirty: boolean
  onRestored(): void
}

export function ActivityHistoryButton({ organisationId, activityId, label, dirty, onRestored }: Props) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const restore = useApiMutation('history.restore', REGISTER_FAMILIES)

  const confirmRestore = (change: Change) =>
    modals.openConfirmModal({
      title: t('history.panel.restoreTitle', { when: formatDateTime(change.at) }),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('history.panel.restoreBody')}</Text>
          {dirty && (
            <Text size="sm" fw={600}>
              {t('history.panel.restoreDirty')}
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: t('history.panel.restore'), cancel: t('common.cancel') },
      centered: true,
      onConfirm: () =>
        restore.mutate(
          { changeId: change.id },
          {
            onSuccess: () => {
              setOpened(false)
              notifySuccess(t('history.panel.restored'))
              onRestored()
            },
            onError: (error) => notifyError(error),
          },
        ),
    })

  return (
    <>
      <Button variant="default" leftSection={<IconHistory size={16} />} onClick={() => setOpened(true)}>
        {t('history.panel.button')}
      </Button>
      <HistoryPanel
        entityId={activityId}
        label={label}
        opened={opened}
        onClose={() => setOpened(false)}
        onRestore={confirmRestore}
        // While the form holds unsaved changes, following a link would ask to discard them: plain text then.
        lineHref={dirty ? undefined : (field) => paths.activity(organisationId, activityId, field)}
      />
    </>
  )
}
