/**
 * The columns of the activities table. Built once per data change (memoised by the caller) so scrolling
 * 20,000 rows re-renders only the rows in view.
 */
import { Badge, Checkbox, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { SeverityCounts } from '../../../shared/api/checks'
import type { ActivitySummary } from '../../../shared/schemas/activity'
import { FindingCountBadges } from '../../components/findings'
import { formatDate, formatDateTime } from '../../components/format'
import { STATUS_COLOURS } from './status'

export interface ActivityRow extends ActivitySummary {
  /** Lower-cased reference, name, business function and owner, for the free-text search. */
  search: string
}

export const COLUMN_IDS = ['reference', 'name', 'role', 'status', 'businessFunction', 'owner', 'purposeCount', 'dataCategoryCount', 'transferCount', 'findings', 'nextReviewDue', 'updatedAt'] as const
export type ColumnId = (typeof COLUMN_IDS)[number]

export const DEFAULT_HIDDEN: ColumnId[] = ['owner', 'purposeCount', 'dataCategoryCount', 'transferCount', 'updatedAt']

/** Width in pixels; the name takes what is left, and never less than NAME_MIN_WIDTH. */
export const COLUMN_WIDTHS: Partial<Record<ColumnId | 'select', number>> = {
  select: 44,
  reference: 100,
  role: 120,
  status: 110,
  businessFunction: 150,
  owner: 150,
  purposeCount: 100,
  dataCategoryCount: 130,
  transferCount: 100,
  findings: 110,
  nextReviewDue: 120,
  updatedAt: 180,
}
export const NAME_MIN_WIDTH = 220

const severityScore = (c: SeverityCounts | undefined) => (c ? c.error * 1_000_000 + c.warning * 1_000 + c.info : 0)

export function activityColumns(t: TFunction, byActivity: Record<string, SeverityCounts> | undefined, today: string): ColumnDef<ActivityRow>[] {
  const dimmed = (text: string) => (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  )
  return [
    {
      id: 'select',
      enableSorting: false,
      header: ({ table }) => {
        const rows = table.getFilteredRowModel().rows
        const selected = rows.filter((r) => r.getIsSelected()).length
        return (
          <Checkbox
            aria-label={t('activities.table.selectAll')}
            checked={rows.length > 0 && selected === rows.length}
            indeterminate={selected > 0 && selected < rows.length}
            onChange={(e) => table.setRowSelection(e.currentTarget.checked ? Object.fromEntries(rows.map((r) => [r.id, true])) : {})}
          />
        )
      },
      cell: ({ row }) => (
        <Checkbox
          aria-label={t('activities.table.select', { reference: row.original.reference })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    },
    { id: 'reference', accessorKey: 'reference', header: t('activities.reference'), cell: (c) => <Text size="sm" fw={600}>{c.getValue<string>()}</Text>, sortingFn: 'alphanumeric' },
    { id: 'name', accessorKey: 'name', header: t('activities.name'), cell: (c) => <Text size="sm" truncate title={c.getValue<string>()}>{c.getValue<string>()}</Text> },
    { id: 'role', accessorKey: 'role', header: t('activities.role'), filterFn: 'equalsString', cell: (c) => t(`labels.codes.role.${c.row.original.role}`) },
    {
      id: 'status',
      accessorKey: 'status',
      header: t('activities.status'),
      filterFn: 'equalsString',
      cell: (c) => (
        <Badge color={STATUS_COLOURS[c.row.original.status]} variant="light">
          {t(`labels.codes.status.${c.row.original.status}`)}
        </Badge>
      ),
    },
    {
      id: 'businessFunction',
      accessorFn: (r) => r.businessFunction ?? '',
      header: t('labels.fields.activity.businessFunction'),
      filterFn: 'equalsString',
      cell: (c) => (c.row.original.businessFunction ? <Text size="sm" truncate>{c.row.original.businessFunction}</Text> : dimmed('—')),
    },
    { id: 'owner', accessorFn: (r) => r.owner ?? '', header: t('labels.fields.activity.owner'), cell: (c) => (c.row.original.owner ? <Text size="sm" truncate>{c.row.original.owner}</Text> : dimmed('—')) },
    { id: 'purposeCount', accessorKey: 'purposeCount', header: t('activities.purposes') },
    { id: 'dataCategoryCount', accessorKey: 'dataCategoryCount', header: t('activities.table.dataCategories') },
    { id: 'transferCount', accessorKey: 'transferCount', header: t('activities.table.transfers') },
    {
      id: 'findings',
      accessorFn: (r) => severityScore(byActivity?.[r.id]),
      header: t('activities.table.findings'),
      sortDescFirst: true,
      cell: (c) => (byActivity ? (byActivity[c.row.original.id] ? <FindingCountBadges counts={byActivity[c.row.original.id]} size="sm" /> : <Text size="xs" c="teal.8">{t('activities.table.noFindings')}</Text>) : dimmed('…')),
    },
    {
      id: 'nextReviewDue',
      accessorFn: (r) => r.nextReviewDue ?? '9999-12-31',
      header: t('labels.fields.activity.nextReviewDue'),
      cell: (c) => {
        const due = c.row.original.nextReviewDue
        if (!due) return dimmed('—')
        return (
          <Text size="sm" c={due < today ? 'red.8' : undefined} fw={due < today ? 600 : undefined}>
            {formatDate(due)}
          </Text>
        )
      },
    },
    { id: 'updatedAt', accessorKey: 'updatedAt', header: t('activities.updated'), cell: (c) => <Text size="sm">{formatDateTime(c.getValue<string>())}</Text> },
    { id: 'search', accessorKey: 'search', enableSorting: false, enableHiding: false },
  ]
}
