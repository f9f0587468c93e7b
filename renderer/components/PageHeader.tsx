import { Group, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface PageHeaderProps {
  title: ReactNode
  /** Above the title, e.g. the organisation whose register the page shows. */
  context?: ReactNode
  /** A sentence or two under the title on what the page is for. */
  intro?: ReactNode
  /** On the right, level with the title's baseline. */
  actions?: ReactNode
  className?: string
}

/** The heading every page starts with. */
export function PageHeader({ title, context, intro, actions, className }: PageHeaderProps) {
  const heading = (
    <div>
      {context !== undefined && (
        <Text c="dimmed" size="sm">
          {context}
        </Text>
      )}
      <Title order={2}>{title}</Title>
      {intro !== undefined && (
        <Text c="dimmed" size="sm" maw={760}>
          {intro}
        </Text>
      )}
    </div>
  )
  if (actions === undefined) return heading
  return (
    <Group justify="space-between" align="flex-end" className={className}>
      {heading}
      {actions}
    </Group>
  )
}
