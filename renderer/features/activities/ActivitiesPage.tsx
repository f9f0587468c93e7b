import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { Status } from '../../../shared/schemas/codes'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'

export const STATUS_COLOURS: Record<Status, string> = { draft: 'yellow', active: 'teal', retired: 'gray' }

export function ActivitiesPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const activities = useApi('activities.list', { organisationId })
  const organisations = useApi('organisations.list', {})
  const organisation = organisations.data?.find((o) => o.id === organisationId)
  const open = (id: string) => navigate(`/orgs/${organisationId}/activities/${id}`)

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text c="dimmed" size="sm">
            {organisation?.name}
          </Text>
          <Title order={2}>{t('activities.title')}</Title>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => navigate(`/orgs/${organisationId}/activities/new`)}>
          {t('activities.new')}
        </Button>
      </Group>
      <ErrorAlert error={activities.error} />
      <Card withBorder padding={0}>
        {activities.data && activities.data.length === 0 ? (
          <Text p="xl" c="dimmed" ta="center">
            {t('activities.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('activities.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120}>{t('activities.reference')}</Table.Th>
                <Table.Th>{t('activities.name')}</Table.Th>
                <Table.Th w={160}>{t('activities.role')}</Table.Th>
                <Table.Th w={120}>{t('activities.status')}</Table.Th>
                <Table.Th w={110}>{t('activities.purposes')}</Table.Th>
                <Table.Th w={190}>{t('activities.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.data?.map((a) => (
                <Table.Tr
                  key={a.id}
                  className="clickable-row"
                  tabIndex={0}
                  onClick={() => open(a.id)}
                  onKeyDown={(e) => e.key === 'Enter' && open(a.id)}
                >
                  <Table.Td fw={600}>{a.reference}</Table.Td>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>{t(`labels.codes.role.${a.role}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[a.status]} variant="light">
                      {t(`labels.codes.status.${a.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.purposeCount}</Table.Td>
                  <Table.Td>{formatDateTime(a.updatedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  )
}
