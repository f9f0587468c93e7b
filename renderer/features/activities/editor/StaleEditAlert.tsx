/**
 * Shown when the activity was saved by someone else since this editor opened it (a team database, or another
 * window): who and when, from the activity's history, and a button that reloads the saved version. The form
 * keeps the user's unsaved values until then, so they can note what to apply again.
 */
import { Alert, Button, Group, Text } from '@mantine/core'
import { IconRefresh, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../../shared/api/client'
import { useApi } from '../../../api/hooks'
import { formatDateTime } from '../../../components/format'

/** The path the core names a stale save by (electron/core/services/edits.ts STALE_EDIT_PATH). */
const STALE_EDIT_PATH = 'expectedUpdatedAt'

export function isStaleEdit(error: unknown): boolean {
  return (
    error instanceof ApiCallError &&
    error.code === 'CONFLICT' &&
    error.issues.some((issue) => issue.path === STALE_EDIT_PATH)
  )
}

export function StaleEditAlert({ activityId, onReload }: { activityId: string; onReload(): void }) {
  const { t } = useTranslation()
  const history = useApi('history.entity', { entityId: activityId })
  const latest = history.data?.[0]
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconUsers size={18} />}
      title={t('editor.conflict.title')}
      role="alert"
    >
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm">
          {latest
            ? t('editor.conflict.changedBy', { actor: latest.actor, time: formatDateTime(latest.at) })
            : t('editor.conflict.changed')}
        </Text>
        <Button
          size="xs"
          variant="filled"
          color="orange"
          style={{ flexShrink: 0 }}
          leftSection={<IconRefresh size={14} />}
          onClick={onReload}
        >
          {t('editor.conflict.reload')}
        </Button>
      </Group>
    </Alert>
  )
}
