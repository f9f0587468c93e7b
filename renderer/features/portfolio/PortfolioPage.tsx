import { Badge, Card, Center, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { PortfolioRow } from '../../../shared/api/checks'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ShareBar } from '../../components/ShareBar'
import { firstDirection, sortPortfolio, type Direction, type PortfolioColumn } from './sort'
import { ThresholdCard } from './ThresholdCard'
import { PageHeader } from '../../components/PageHeader'

interface Sorting {
  column: PortfolioColumn
  direction: Direction
}

function SortHeader({
  column,
  label,
  sorting,
  onSort,
  numeric,
}: {
  column: PortfolioColumn
  label: string
  sorting: Sorting
  onSort: (c: PortfolioColumn) => void
  numeric?: boolean
}) {
  const { t } = useTranslation()
  const active = sorting.column === column
  const Icon = !active ? IconSelector : sorting.direction === 'asc' ? IconArrowUp : IconArrowDown
  return (
    <Table.Th aria-sort={active ? (sorting.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column)}
        aria-label={t('portfolio.sortBy', { column: label })}
        w="100%"
      >
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Icon size={14} stroke={1.5} opacity={active ? 1 : 0.5} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  )
}

function Count({ value, colour }: { value: number; colour: string }) {
  return value === 0 ? (
    <Text size="sm" c="dimmed">
      0
    </Text>
  ) : (
    <Badge color={colour} variant="light" radius="sm" size="lg">
      {value}
    </Badge>
  )
}

/** Every organisation at a glance for a consultant, sortable; a row opens the organisation's dashboard. */
export function PortfolioPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const portfolio = useApi('checks.portfolio', {})
  const [sorting, setSorting] = useState<Sorting>({ column: 'name', direction: 'asc' })
  const onSort = (column: PortfolioColumn) =>
    setSorting((s) =>
      s.column === column
        ? { column, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: firstDirection(column) },
    )
  const open = (row: PortfolioRow) => navigate(`/orgs/${row.organisationId}/dashboard`)
  const rows = portfolio.data ? sortPortfolio(portfolio.data, sorting.column, sorting.direction) : []
  const header = (column: PortfolioColumn, label: string, numeric = true) => (
    <SortHeader column={column} label={label} sorting={sorting} onSort={onSort} numeric={numeric} />
  )

  return (
    <Stack data-page="portfolio">
      <PageHeader title={t('portfolio.title')} intro={t('portfolio.intro')} />
      <ErrorAlert error={portfolio.error} />
      <Card withBorder padding={0}>
        {portfolio.isPending ? (
          <Center p="xl">
            <Text c="dimmed">…</Text>
          </Center>
        ) : rows.length === 0 ? (
          <Text p="xl" c="dimmed" ta="center">
            {t('portfolio.empty')}
          </Text>
        ) : (
          <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('portfolio.title')}>
            <Table.Thead>
              <Table.Tr>
                {header('name', t('portfolio.organisation'), false)}
                {header('activityCount', t('portfolio.activities'))}
                {header('completeness', t('portfolio.completeness'), false)}
                {header('error', t('portfolio.errors'))}
                {header('warning', t('portfolio.warnings'))}
                {header('overdueReviews', t('portfolio.overdueReviews'))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr
                  key={row.organisationId}
                  className="clickable-row"
                  tabIndex={0}
                  onClick={() => open(row)}
                  onKeyDown={(e) => e.key === 'Enter' && open(row)}
                  data-organisation={row.name}
                >
                  <Table.Td fw={600} c="indigo.8">
                    {row.name}
                  </Table.Td>
                  <Table.Td ta="right">{row.activityCount}</Table.Td>
                  <Table.Td w={220}>
                    {row.completeness === null ? (
                      <Text size="sm" c="dimmed">
                        {t('portfolio.notApplicable')}
                      </Text>
                    ) : (
                      <ShareBar
                        share={row.completeness}
                        label={`${t('portfolio.completeness')}: ${row.name}`}
                      />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Count value={row.counts.error} colour="red" />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Count value={row.counts.warning} colour="orange" />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Count value={row.overdueReviews} colour="red" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <ThresholdCard />
    </Stack>
  )
}
