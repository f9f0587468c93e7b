/**
 * The columns of the activities table. Cells are plain elements styled by app.css rather than Mantine
 * components: a screen of rows renders on every scroll step, and 20,000-row registers must stay smooth.
 */
import { Checkbox } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import type { ColumnDef } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { SeverityCounts } from '../../../shared/api/checks'
import type { ActivitySummary } from '../../../shared/schemas/activity'
import { formatDate, formatDateTime } from '../../components/format'

export interface ActivityRow extends ActivitySummary {
  /** Lower-cased reference, name, business function and owner, for the free-text search. */
  search: string
}

export const COLUMN_IDS = [
  'reference',
  'name',
  'role',
  'status',
  'businessFunction',
  'owner',
  'purposeCount',
  'dataCategoryCount',
  'transferCount',
  'findings',
  'nextReviewDue',
  'updatedAt',
] as const
export type ColumnId = (typeof COLUMN_IDS)[number]

export const DEFAULT_HIDDEN: ColumnId[] = [
  'owner',
  'purposeCount',
  'dataCategoryCount',
  'transferCount',
  'updatedAt',
]

/** Width in pixels; the name takes what is left, and never less than NAME_MIN_WIDTH. */
export const COLUMN_WIDTHS: Partial<Record<ColumnId | 'select', number>> = {
  select: 44,
  reference: 110,
  role: 130,
  status: 110,
  businessFunction: 150,
  owner: 150,
  purposeCount: 100,
  dataCategoryCount: 130,
  transferCount: 100,
  findings: 110,
  nextReviewDue: 140,
  updatedAt: 180,
}
export const NAME_MIN_WIDTH = 210

const severityScore = (c: SeverityCounts | undefined) =>
  c ? c.error * 1_000_000 + c.warning * 1_000 + c.info : 0
const SEVERITY_ICONS = { error: IconAlertCircle, warning: IconAlertTriangle, info: IconInfoCircle } as const

/** The counts of one activity's findings as small coloured chips, labelled for screen readers. */
function FindingChips({ t, counts }: { t: TFunction; counts: SeverityCounts }) {
  const shown = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0)
  const label = shown.map((s) => t(`components.findingCount.${s}`, { count: counts[s] })).join(', ')
  return (
    <span role="img" aria-label={label} title={label} className="finding-chips" data-testid="finding-counts">
      {shown.map((s) => {
        const Icon = SEVERITY_ICONS[s]
        return (
          <span key={s} className={`finding-chip finding-chip-${s}`} aria-hidden>
            <Icon size={11} stroke={2.5} /> {counts[s]}
          </span>
        )
      })}
    </span>
  )
}

export function activityColumns(
  t: TFunction,
  byActivity: Record<string, SeverityCounts> | undefined,
  today: string,
): ColumnDef<ActivityRow>[] {
  const dash = <span className="cell-dimmed">—</span>
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
            onChange={(e) =>
              table.setRowSelection(
                e.currentTarget.checked ? Object.fromEntries(rows.map((r) => [r.id, true])) : {},
              )
            }
          />
        )
      },
      cell: ({ row }) => (
        <input
          type="checkbox"
          className="row-check"
          aria-label={t('activities.table.select', { reference: row.original.reference })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    },
    {
      id: 'reference',
      accessorKey: 'reference',
      header: t('activities.reference'),
      cell: (c) => <strong>{c.getValue<string>()}</strong>,
      sortingFn: 'alphanumeric',
    },
    {
      id: 'name',
      accessorKey: 'name',
      header: t('activities.name'),
      cell: (c) => <span title={c.getValue<string>()}>{c.getValue<string>()}</span>,
    },
    {
      id: 'role',
      accessorKey: 'role',
      header: t('activities.role'),
      filterFn: 'equalsString',
      cell: (c) => t(`labels.codes.role.${c.row.original.role}`),
    },
    {
      id: 'status',
      accessorKey: 'status',
      header: t('activities.status'),
      filterFn: 'equalsString',
      cell: (c) => (
        <span className={`status-chip status-${c.row.original.status}`}>
          {t(`labels.codes.status.${c.row.original.status}`)}
        </span>
      ),
    },
    {
      id: 'businessFunction',
      accessorFn: (r) => r.businessFunction ?? '',
      header: t('labels.fields.activity.businessFunction'),
      filterFn: 'equalsString',
      cell: (c) => c.row.original.businessFunction ?? dash,
    },
    {
      id: 'owner',
      accessorFn: (r) => r.owner ?? '',
      header: t('labels.fields.activity.owner'),
      cell: (c) => c.row.original.owner ?? dash,
    },
    { id: 'purposeCount', accessorKey: 'purposeCount', header: t('activities.purposes') },
    {
      id: 'dataCategoryCount',
      accessorKey: 'dataCategoryCount',
      header: t('activities.table.dataCategories'),
    },
    { id: 'transferCount', accessorKey: 'transferCount', header: t('activities.table.transfers') },
    {
      id: 'findings',
      accessorFn: (r) => severityScore(byActivity?.[r.id]),
      header: t('activities.table.findings'),
      sortDescFirst: true,
      cell: (c) => {
        if (!byActivity) return <span className="cell-dimmed">…</span>
        const counts = byActivity[c.row.original.id]
        return counts ? (
          <FindingChips t={t} counts={counts} />
        ) : (
          <span className="cell-ok">{t('activities.table.noFindings')}</span>
        )
      },
    },
    {
      id: 'nextReviewDue',
      accessorFn: (r) => r.nextReviewDue ?? '9999-12-31',
      header: t('labels.fields.activity.nextReviewDue'),
      cell: (c) => {
        const due = c.row.original.nextReviewDue
        if (!due) return dash
        return <span className={due < today ? 'cell-overdue' : undefined}>{formatDate(due)}</span>
      },
    },
    {
      id: 'updatedAt',
      accessorKey: 'updatedAt',
      header: t('activities.updated'),
      cell: (c) => formatDateTime(c.getValue<string>()),
    },
    { id: 'search', accessorKey: 'search', enableSorting: false, enableHiding: false },
  ]
}
