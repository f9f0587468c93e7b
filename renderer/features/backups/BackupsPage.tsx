/**
 * Backups of the whole workspace: where they are (the folder, opened by the desktop app), the list (kind, date,
 * size), "Back up now", and "Restore" after a confirmation. A restore replaces every organisation's register, so every cached read is dropped after it.
 */
import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import { IconAlertTriangle, IconArrowBackUp, IconDeviceFloppy, IconFolderOpen } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../shared/api'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime, formatSize } from '../../components/format'
import { notifyError } from '../../components/notify'
import { TableCard } from '../../components/TableCard'
import { PageHeader } from '../../components/PageHeader'

type Backup = MethodOutput<'backups.list'>[number]

const KIND_COLOURS: Record<Backup['kind'], string> = {
  automatic: 'blue',
  manual: 'teal',
  'pre-migration': 'grape',
  'before-restore': 'orange',
}

export function BackupsPage() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const backups = useApi('backups.list', {}, { staleTime: 0 })
  const folder = useApi('backups.folder', {}, { staleTime: 0, refetchInterval: 60_000 })
  const openFolder = useApiMutation('backups.openFolder')
  const create = useApiMutation('backups.create', ['backups'])
  const restore = useApiMutation('backups.restore', ['backups'])

  const backUpNow = () =>
    create.mutate(
      {},
      {
        onSuccess: (made) =>
          notifications.show({
            message: t('backups.created', { name: made.name }),
            color: 'teal',
            autoClose: 4000,
          }),
        onError: (error) => notifyError(error),
      },
    )

  const confirmRestore = (backup: Backup) => {
    const when = formatDateTime(backup.createdAt)
    modals.openConfirmModal({
      title: t('backups.restoreTitle', { when }),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('backups.restoreBody')}</Text>
          <Text size="sm">{t('backups.restoreSafety')}</Text>
        </Stack>
      ),
      labels: { confirm: t('backups.restore'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      centered: true,
      onConfirm: () =>
        restore.mutate(
          { name: backup.name },
          {
            onSuccess: async (result) => {
              // Every organisation's data may differ now: drop every cached read, not only the backups'.
              await queryClient.invalidateQueries()
              notifications.show({
                message: t('backups.restored', { when, safetyCopy: result.safetyCopy }),
                color: 'teal',
                autoClose: 8000,
              })
            },
            onError: (error) => notifyError(error),
          },
        ),
    })
  }

  return (
    <Stack maw={1100}>
      <PageHeader
        title={t('backups.title')}
        intro={t('backups.intro')}
        actions={
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={backUpNow} loading={create.isPending}>
            {t('backups.now')}
          </Button>
        }
      />

      <ErrorAlert error={backups.error ?? folder.error} />
      {folder.data?.lastFailure && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="automatic-backup-failed">
          {t('backups.automaticFailed', {
            when: formatDateTime(folder.data.lastFailure.at),
            message: folder.data.lastFailure.message,
          })}
        </Alert>
      )}
      {folder.data && (
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} id="backup-folder-label">
                {t('backups.folder')}
              </Text>
              <Code
                aria-labelledby="backup-folder-label"
                data-testid="backup-folder"
                style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}
              >
                {folder.data.path}
              </Code>
              {!folder.data.automatic && (
                <Text size="xs" c="dimmed">
                  {t('backups.noAutomatic')}
                </Text>
              )}
            </Stack>
            {folder.data.canOpen && (
              <Button
                variant="default"
                leftSection={<IconFolderOpen size={16} />}
                onClick={() => openFolder.mutate({}, { onError: (error) => notifyError(error) })}
                style={{ flexShrink: 0 }}
              >
                {t('backups.openFolder')}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      <TableCard empty={backups.data?.length === 0} emptyText={t('backups.empty')} label={t('backups.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('backups.createdAt')}</Table.Th>
            <Table.Th w={250}>{t('backups.kind.label')}</Table.Th>
            <Table.Th w={100}>{t('backups.size')}</Table.Th>
            <Table.Th>{t('backups.file')}</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.data?.map((backup) => (
            <Table.Tr key={backup.name}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(backup.createdAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={KIND_COLOURS[backup.kind]}>
                  {t(`backups.kind.${backup.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(backup.size)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Code>{backup.name}</Code>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconArrowBackUp size={14} />}
                  aria-label={t('backups.restoreNamed', { when: formatDateTime(backup.createdAt) })}
                  onClick={() => confirmRestore(backup)}
                  loading={restore.isPending && restore.variables?.name === backup.name}
                >
                  {t('backups.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
    </Stack>
  )
}
