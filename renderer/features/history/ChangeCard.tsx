/**
 * One change as a DPO reads it: what happened (Created, Updated…), to what, by whom and when, and the
 * field-by-field sentences the backend wrote. Used by an entry's history panel and the timeline.
 */
import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Change } from '../../../shared/api/history'
import { formatDateTime } from '../../components/format'
import { entityLabel, OPERATION_COLOURS, operationLabel } from './entities'

interface Props {
  change: Change
  /** Show what the change concerns (the timeline); an entry's own panel leaves it out. */
  subject?: { href: string | null; goneLabel?: string }
  /** A line's link, e.g. to its field in the editor; none when lines are plain text. */
  lineHref?: (field: string) => string | null
  /** Called when a line's link is followed (the panel closes itself). */
  onFollow?: () => void
  /** Buttons shown beside the change, e.g. "Restore this version". */
  actions?: ReactNode
  /** A note under the heading, e.g. "Current version". */
  note?: ReactNode
}

export function ChangeCard({ change, subject, lineHref, onFollow, actions, note }: Props) {
  const { t } = useTranslation()
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={`${operationLabel(t, change)} ${change.label} ${formatDateTime(change.at)}`}
      data-change-id={change.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap" align="baseline">
              <Badge
                color={OPERATION_COLOURS[change.operation] ?? 'gray'}
                variant="light"
                style={{ flexShrink: 0 }}
              >
                {operationLabel(t, change)}
              </Badge>
              {subject && (
                <>
                  <Text size="xs" c="dimmed">
                    {entityLabel(t, change.entity)}
                  </Text>
                  {subject.href ? (
                    <Anchor component={Link} href={subject.href} fw={600} size="sm">
                      {change.label}
                    </Anchor>
                  ) : (
                    <Text fw={600} size="sm">
                      {change.label}
                      {subject.goneLabel && (
                        <Text span size="xs" c="dimmed" fw={400}>
                          {' '}
                          ({subject.goneLabel})
                        </Text>
                      )}
                    </Text>
                  )}
                </>
              )}
              {!subject && (
                <Text size="sm" c="dimmed">
                  {t('history.byAt', { actor: change.actor, when: formatDateTime(change.at) })}
                </Text>
              )}
            </Group>
            {note}
          </Stack>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {subject && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('history.byAt', { actor: change.actor, when: formatDateTime(change.at) })}
              </Text>
            )}
            {actions}
          </Group>
        </Group>
        {change.lines.length > 0 ? (
          <List size="sm" spacing={4} withPadding>
            {change.lines.map((line, i) => {
              const href = lineHref?.(line.field) ?? null
              return (
                <List.Item key={i}>
                  {href ? (
                    <Anchor
                      component={Link}
                      href={href}
                      size="sm"
                      c="inherit"
                      underline="hover"
                      title={t('history.panel.showField')}
                      onClick={onFollow}
                    >
                      {line.text}
                    </Anchor>
                  ) : (
                    line.text
                  )}
                </List.Item>
              )
            })}
          </List>
        ) : (
          change.operation === 'update' && (
            <Text size="sm" c="dimmed">
              {t('history.noDetails')}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  )
}
