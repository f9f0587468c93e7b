import { Card, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A list page's table in a card, or a sentence saying the list is empty. */
export function TableCard({
  empty,
  emptyText,
  label,
  highlightOnHover,
  children,
}: {
  empty: boolean
  emptyText: string
  label: string
  highlightOnHover?: boolean
  children: ReactNode
}) {
  return (
    <Card withBorder padding={0} radius="md">
      {empty ? (
        <Text p="xl" c="dimmed" ta="center">
          {emptyText}
        </Text>
      ) : (
        <Table
          verticalSpacing="sm"
          horizontalSpacing="md"
          highlightOnHover={highlightOnHover}
          aria-label={label}
        >
          {children}
        </Table>
      )}
    </Card>
  )
}
