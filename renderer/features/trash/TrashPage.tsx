/**
 * The organisation's trash: deleted activities and catalogue entries with who deleted them and when,
 * "Restore" for each, and "Empty trash" after a confirmation (the history keeps its records).
 */
import { Button, Stack, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconArrowBackUp, IconTrashX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { notifyError, notifySuccess } from '../../components/notify'
import { entityLabel } from '../history/entities'
import { REGISTER_FAMILIES } from '../history/families'
import { TableCard } from '../../components/TableCard'
import { PageHeader } from '../../components/PageHeader'

export function TrashPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const organisation = useApi('organisations.get', { id: organisationId })
  // Deletions elsewhere do not mark the trash stale: read it afresh whenever the page opens.
  const items = useApi('trash.list', { organisationId }, { staleTime: 0 })
  const restore = useApiMutation('trash.restore', REGISTER_FAMILIES)
  const empty = useApiMutation('trash.empty', REGISTER_FAMILIES)
  const count = items.data?.length ?? 0

  const restoreItem = (changeId: number, name: string) =>
    restore.mutate(
      { changeId },
      {
        onSuccess: () => notifySuccess(t('trash.restored', { name })),
        onError: (error) => notifyError(error),
      },
    )

  const confirmEmpty = () =>
    modals.openConfirmModal({
      title: t('trash.emptyTitle'),
      children: <Text size="sm">{t('trash.emptyBody', { count })}</Text>,
      labels: { confirm: t('trash.emptyTrash'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      centered: true,
      onConfirm: () =>
        empty.mutate(
          { organisationId },
          {
            onSuccess: () => notifySuccess(t('trash.emptied')),
            onError: (error) => notifyError(error),
          },
        ),
    })

  return (
    <Stack maw={1100}>
      <PageHeader
        context={organisation.data?.name ?? ''}
        title={t('trash.title')}
        intro={t('trash.intro')}
        actions={
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrashX size={16} />}
            onClick={confirmEmpty}
            disabled={count === 0}
            loading={empty.isPending}
          >
            {t('trash.emptyTrash')}
          </Button>
        }
      />

      <ErrorAlert error={items.error} />
      <TableCard empty={items.data?.length === 0} emptyText={t('trash.empty')} label={t('trash.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trash.name')}</Table.Th>
            <Table.Th w={220}>{t('trash.kind')}</Table.Th>
            <Table.Th w={200}>{t('trash.deleted')}</Table.Th>
            <Table.Th w={160}>{t('trash.by')}</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.data?.map((item) => (
            <Table.Tr key={item.changeId}>
              <Table.Td fw={600} style={{ overflowWrap: 'anywhere' }}>
                {item.label}
              </Table.Td>
              <Table.Td>{entityLabel(t, item.entity)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.deletedAt)}</Table.Td>
              <Table.Td>{item.deletedBy}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconArrowBackUp size={14} />}
                  aria-label={t('trash.restoreNamed', { name: item.label })}
                  loading={restore.isPending && restore.variables?.changeId === item.changeId}
                  onClick={() => restoreItem(item.changeId, item.label)}
                >
                  {t('trash.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>
    </Stack>
  )
}
