/**
 * The history of one activity or catalogue entry, newest first, in a drawer beside the page. For an
 * activity, past versions offer "Restore this version" (the caller confirms and restores).
 */
import { Button, Center, Drawer, Loader, Stack, Text } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Change } from '../../../shared/api/history'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ChangeCard } from './ChangeCard'
import { useUiLanguage } from '../../i18n/use-ui-language'

/** Versions an activity can go back to: what a creation, an update or a restore left it as. */
const RESTORABLE = new Set(['create', 'update', 'restore'])

interface Props {
  entityId: string
  /** What the entry is called now, e.g. "PA-01 Payroll". */
  label: string
  opened: boolean
  onClose(): void
  onRestore?: (change: Change) => void
  lineHref?: (field: string) => string | null
}

export function HistoryPanel({ entityId, label, opened, onClose, onRestore, lineHref }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  // Always read afresh on opening: edits elsewhere do not mark the history stale.
  const history = useApi('history.entity', { entityId, language }, { enabled: opened, staleTime: 0 })
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={700}>{t('history.panel.title', { label })}</Text>}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('history.panel.intro')}
        </Text>
        <ErrorAlert error={history.error} />
        {history.isPending && opened && (
          <Center p="md">
            <Loader size="sm" />
          </Center>
        )}
        {history.data?.map((change, index) => (
          <ChangeCard
            key={change.id}
            change={change}
            lineHref={lineHref}
            onFollow={onClose}
            note={
              index === 0 && change.operation !== 'delete' ? (
                <Text size="xs" c="teal.8" fw={600}>
                  {t('history.panel.current')}
                </Text>
              ) : null
            }
            actions={
              onRestore && index > 0 && change.entity === 'activity' && RESTORABLE.has(change.operation) ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconArrowBackUp size={14} />}
                  onClick={() => onRestore(change)}
                  style={{ flexShrink: 0 }}
                >
                  {t('history.panel.restore')}
                </Button>
              ) : null
            }
          />
        ))}
      </Stack>
    </Drawer>
  )
}
