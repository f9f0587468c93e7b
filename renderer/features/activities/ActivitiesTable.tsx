/**
 * The activities table body, virtualised: only the rows in view are in the page. Scrolling re-renders this
 * component alone, and each row is memoised, so a step of the scroll bar renders just the rows that came
 * into view.
 */
import { Table, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import {
  flexRender,
  type ColumnDef,
  type Row,
  type RowSelectionState,
  type SortingState,
  type Table as TanTable,
  type VisibilityState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { COLUMN_WIDTHS, NAME_MIN_WIDTH, type ActivityRow, type ColumnId } from './activity-columns'

const ROW_HEIGHT = 45

interface Props {
  table: TanTable<ActivityRow>
  rows: Row<ActivityRow>[]
  // The remaining props change when the table must re-render (the table object itself stays the same).
  columns: ColumnDef<ActivityRow>[]
  rowSelection: RowSelectionState
  columnVisibility: VisibilityState
  sorting: SortingState
  emptyData: boolean
  onOpen(id: string): void
}

export const ActivitiesTable = memo(function ActivitiesTable({
  table,
  rows,
  columns,
  columnVisibility,
  emptyData,
  onOpen,
}: Props) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // Rows are memoised by hand below (TanStack Virtual's functions cannot be memoised by React Compiler).
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items.length ? items[0].start : 0
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0
  const visibleColumns = table.getVisibleLeafColumns()
  const visibleKey = visibleColumns.map((c) => c.id).join(',')
  // A fixed layout keeps rows from reflowing while scrolling; the table scrolls sideways rather than squeeze the name.
  const minWidth = visibleColumns.reduce(
    (sum, c) => sum + (COLUMN_WIDTHS[c.id as ColumnId] ?? 0),
    NAME_MIN_WIDTH,
  )

  return (
    <div
      ref={scrollRef}
      style={{ height: 'calc(100vh - 250px)', minHeight: 320, overflow: 'auto' }}
      data-testid="activities-scroll"
      data-visible={columnVisibility ? visibleKey : ''}
    >
      <Table
        stickyHeader
        horizontalSpacing="xs"
        className="activities-table"
        style={{ tableLayout: 'fixed', minWidth }}
        aria-label={t('activities.title')}
        aria-rowcount={rows.length + 1}
      >
        <Table.Thead style={{ zIndex: 2 }}>
          <Table.Tr>
            {table
              .getFlatHeaders()
              .filter((h) => h.column.getIsVisible())
              .map((header) => {
                const column = header.column
                const sorted = column.getIsSorted()
                return (
                  <Table.Th
                    key={column.id}
                    w={COLUMN_WIDTHS[column.id as ColumnId]}
                    // A heading longer than its column (Verksamhetsområde) ends in "…" instead of running into the next.
                    style={{ overflow: 'hidden' }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {column.getCanSort() ? (
                      <UnstyledButton
                        onClick={column.getToggleSortingHandler()}
                        style={{
                          display: 'flex',
                          alignItems: 'center',
                          gap: 4,
                          fontWeight: 600,
                          fontSize: 'var(--mantine-font-size-sm)',
                          whiteSpace: 'nowrap',
                          maxWidth: '100%',
                        }}
                      >
                        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                          {flexRender(column.columnDef.header, header.getContext())}
                        </span>
                        {sorted === 'asc' ? (
                          <IconArrowUp size={14} style={{ flexShrink: 0 }} />
                        ) : sorted === 'desc' ? (
                          <IconArrowDown size={14} style={{ flexShrink: 0 }} />
                        ) : (
                          <IconArrowsSort
                            size={14}
                            color="var(--mantine-color-gray-5)"
                            style={{ flexShrink: 0 }}
                          />
                        )}
                      </UnstyledButton>
                    ) : (
                      flexRender(column.columnDef.header, header.getContext())
                    )}
                  </Table.Th>
                )
              })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingTop, padding: 0 }} colSpan={visibleColumns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]
            return (
              <ActivityRowView
                key={row.id}
                row={row}
                index={item.index}
                selected={row.getIsSelected()}
                visibleKey={visibleKey}
                columns={columns}
                onOpen={onOpen}
              />
            )
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden>
              <td style={{ height: paddingBottom, padding: 0 }} colSpan={visibleColumns.length} />
            </tr>
          )}
          {rows.length === 0 && !emptyData && (
            <Table.Tr>
              <Table.Td colSpan={visibleColumns.length}>
                <Text c="dimmed" ta="center" size="sm" py="md">
                  {t('activities.table.noMatch')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  )
})

interface RowProps {
  row: Row<ActivityRow>
  index: number
  selected: boolean
  /** Which columns are shown; with `columns`, what makes a row render again. */
  visibleKey: string
  columns: ColumnDef<ActivityRow>[]
  onOpen(id: string): void
}

const ActivityRowView = memo(function ActivityRowView({ row, index, selected, onOpen }: RowProps) {
  return (
    <tr
      className="clickable-row"
      tabIndex={0}
      style={{ height: ROW_HEIGHT }}
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => onOpen(row.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(row.id)
      }}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  )
})
