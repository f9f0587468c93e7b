/**
 * The register's activities as a table: sort by any column, filter by role, status and business function,
 * search, choose columns, and see each activity's open findings. Rows are virtualised, so a register of
 * 20,000 activities scrolls as smoothly as one of twenty; the finding counts come from one `checks.counts`
 * call, never one call per row.
 */
import { Button, Card, Group, Menu, Select, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks'
import {
  IconColumns,
  IconCopy,
  IconPlus,
  IconSearch,
  IconSquare,
  IconSquareCheckFilled,
  IconTemplate,
  IconX,
} from '@tabler/icons-react'
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ROLES, STATUSES } from '../../../shared/schemas/codes'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'
import { ErrorAlert } from '../../components/ErrorAlert'
import { todayLocal } from '../../components/format'
import { ExportRegisterButton } from '../register-file/ExportRegisterButton'
import {
  activityColumns,
  COLUMN_IDS,
  DEFAULT_HIDDEN,
  type ActivityRow,
  type ColumnId,
} from './activity-columns'
import { AddFromLibraryModal } from '../library/AddFromLibraryModal'
import { FirstSteps } from '../organisations/FirstSteps'
import { ActivitiesTable } from './ActivitiesTable'
import { BulkActions } from './BulkActions'
import { CopyToOrganisationModal } from './CopyToOrganisationModal'
import { PageHeader } from '../../components/PageHeader'
import { SearchableSelect } from '../../components/SearchableSelect'

export function ActivitiesPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const activities = useApi('activities.list', { organisationId })
  const organisation = useApi('organisations.get', { id: organisationId })
  // Only the counts per activity (the badges), not the findings: checks.organisation would send and parse every
  // finding of the register first.
  const checks = useApi('checks.counts', { organisationId }, { staleTime: 30_000 })
  const [searchText, setSearchText] = useState('')
  const [search] = useDebouncedValue(searchText.trim().toLocaleLowerCase(), 150)
  const [sorting, setSorting] = useState<SortingState>([{ id: 'reference', desc: false }])
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([])
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})
  const [copying, setCopying] = useState(false)
  const [addingFromLibrary, setAddingFromLibrary] = useState(false)
  const [hidden, setHidden] = useLocalStorage<ColumnId[]>({
    key: 'ropa.activities.hiddenColumns',
    defaultValue: DEFAULT_HIDDEN,
  })
  const columnVisibility = useMemo<VisibilityState>(
    () => ({ search: false, ...Object.fromEntries(hidden.map((id) => [id, false])) }),
    [hidden],
  )
  const today = todayLocal()

  const data = useMemo<ActivityRow[]>(
    () =>
      (activities.data ?? []).map((a) => ({
        ...a,
        search: [a.reference, a.name, a.businessFunction, a.owner]
          .filter(Boolean)
          .join(' ')
          .toLocaleLowerCase(),
      })),
    [activities.data],
  )
  const businessFunctions = useMemo(
    () =>
      [...new Set(data.map((a) => a.businessFunction).filter((f): f is string => Boolean(f)))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [data],
  )
  const columns = useMemo(() => activityColumns(t, checks.data?.byActivity, today), [t, checks.data, today])

  // TanStack Table returns functions React Compiler cannot memoise; this component does not rely on that.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, columnFilters, globalFilter: search, rowSelection, columnVisibility },
    getRowId: (row) => row.id,
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onRowSelectionChange: setRowSelection,
    getColumnCanGlobalFilter: (column) => column.id === 'search',
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  })
  const rows = table.getRowModel().rows
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id])
  const open = useCallback(
    (id: string) => navigate(paths.activity(organisationId, id)),
    [navigate, organisationId],
  )

  const filterValue = (id: string) =>
    (columnFilters.find((f) => f.id === id)?.value as string | undefined) ?? null
  const setFilter = (id: string, value: string | null) =>
    setColumnFilters((filters) => [...filters.filter((f) => f.id !== id), ...(value ? [{ id, value }] : [])])
  const filtered = rows.length !== data.length

  return (
    <Stack gap="md">
      <PageHeader
        context={organisation.data?.name ?? ''}
        title={t('activities.title')}
        actions={
          <Group>
            {organisation.data && (
              <ExportRegisterButton
                organisationId={organisationId}
                organisationName={organisation.data.name}
              />
            )}
            <Button
              variant="default"
              leftSection={<IconTemplate size={16} />}
              onClick={() => setAddingFromLibrary(true)}
            >
              {t('library.templates.addFrom')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate(paths.newActivity(organisationId))}
            >
              {t('activities.new')}
            </Button>
          </Group>
        }
      />

      {activities.data && organisation.data && (
        <FirstSteps
          key={organisationId}
          organisationId={organisationId}
          organisationName={organisation.data.name}
          activityCount={activities.data.length}
        />
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          placeholder={t('activities.table.search')}
          aria-label={t('activities.table.search')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
          w={280}
        />
        <Select
          aria-label={t('activities.role')}
          placeholder={t('activities.table.allRoles')}
          data={ROLES.map((r) => ({ value: r, label: t(`labels.codes.role.${r}`) }))}
          value={filterValue('role')}
          onChange={(v) => setFilter('role', v)}
          clearable
          allowDeselect
          w={180}
        />
        <Select
          aria-label={t('activities.status')}
          placeholder={t('activities.table.allStatuses')}
          data={STATUSES.map((s) => ({ value: s, label: t(`labels.codes.status.${s}`) }))}
          value={filterValue('status')}
          onChange={(v) => setFilter('status', v)}
          clearable
          allowDeselect
          w={160}
        />
        <SearchableSelect
          aria-label={t('labels.fields.activity.businessFunction')}
          placeholder={t('activities.table.allFunctions')}
          data={businessFunctions}
          value={filterValue('businessFunction')}
          onChange={(v) => setFilter('businessFunction', v)}
          clearable
          allowDeselect
          w={200}
          disabled={businessFunctions.length === 0}
        />
        <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
          <Menu.Target>
            <Button variant="default" leftSection={<IconColumns size={16} />}>
              {t('activities.table.columns')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {COLUMN_IDS.map((id) => (
              <Menu.Item
                key={id}
                data-shown={!hidden.includes(id)}
                leftSection={
                  hidden.includes(id) ? (
                    <IconSquare size={16} color="var(--mantine-color-gray-5)" />
                  ) : (
                    <IconSquareCheckFilled size={16} color="var(--mantine-color-indigo-6)" />
                  )
                }
                onClick={() => setHidden((h) => (h.includes(id) ? h.filter((x) => x !== id) : [...h, id]))}
              >
                {columnLabel(table, id)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Text size="sm" c="dimmed" ml="auto" data-testid="activity-count">
          {filtered
            ? t('activities.table.shownOf', { shown: rows.length, count: data.length })
            : t('activities.count', { count: data.length })}
        </Text>
      </Group>

      {selectedIds.length > 0 && (
        <Card withBorder padding="xs" bg="indigo.0">
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('activities.table.selected', { count: selectedIds.length })}
            </Text>
            <Group gap="xs">
              <BulkActions
                organisationId={organisationId}
                activityIds={selectedIds}
                onDone={() => setRowSelection({})}
              />
              <Button size="xs" leftSection={<IconCopy size={14} />} onClick={() => setCopying(true)}>
                {t('editor.copyTo')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconX size={14} />}
                onClick={() => setRowSelection({})}
              >
                {t('activities.table.clearSelection')}
              </Button>
            </Group>
          </Group>
        </Card>
      )}

      <ErrorAlert error={activities.error ?? checks.error} />
      <Card withBorder padding={0}>
        {activities.data && activities.data.length === 0 ? (
          <Stack p="xl" align="center" gap="sm">
            <Text c="dimmed">{t('activities.empty')}</Text>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => navigate(paths.newActivity(organisationId))}
            >
              {t('activities.addFirst')}
            </Button>
          </Stack>
        ) : (
          <ActivitiesTable
            table={table}
            rows={rows}
            columns={columns}
            rowSelection={rowSelection}
            columnVisibility={columnVisibility}
            sorting={sorting}
            emptyData={data.length === 0}
            onOpen={open}
          />
        )}
      </Card>
      {copying && (
        <CopyToOrganisationModal
          organisationId={organisationId}
          activityIds={selectedIds}
          onClose={() => setCopying(false)}
        />
      )}
      {addingFromLibrary && (
        <AddFromLibraryModal organisationId={organisationId} onClose={() => setAddingFromLibrary(false)} />
      )}
    </Stack>
  )
}

function columnLabel(table: ReturnType<typeof useReactTable<ActivityRow>>, id: ColumnId): string {
  const header = table.getColumn(id)?.columnDef.header
  return typeof header === 'string' ? header : id
}
