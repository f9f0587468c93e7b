/**
 * What changed between two versions of a register: activities added, removed and changed (with the
 * sentences of each change), then the organisation's profile and its catalogues.
 */
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { registerComparisonSchema } from '../../../shared/api/history'

type Comparison = z.infer<typeof registerComparisonSchema>
type ListComparison = Comparison['activities']

const LISTS = [
  'activities',
  'parties',
  'dataSubjectCategories',
  'dataCategories',
  'securityMeasures',
] as const

const isEmpty = (list: ListComparison) => list.added.length + list.removed.length + list.changed.length === 0

export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const a = comparison.activities
  const nothing = comparison.organisation.length === 0 && LISTS.every((l) => isEmpty(comparison[l]))
  if (nothing) {
    return (
      <Card withBorder>
        <Text ta="center" p="md" c="dimmed">
          {t('history.compare.none')}
        </Text>
      </Card>
    )
  }
  return (
    <Stack>
      <Text fw={600}>
        {t('history.compare.summary', {
          added: a.added.length,
          removed: a.removed.length,
          changed: a.changed.length,
        })}
      </Text>
      {!isEmpty(a) && <ListSection title={t('history.compare.sections.activities')} list={a} />}
      {comparison.organisation.length > 0 && (
        <Card withBorder component="section" aria-label={t('history.compare.organisation')}>
          <Title order={4} mb="xs">
            {t('history.compare.organisation')}
          </Title>
          <Lines lines={comparison.organisation} />
        </Card>
      )}
      {LISTS.filter((l) => l !== 'activities' && !isEmpty(comparison[l])).map((l) => (
        <ListSection key={l} title={t(`history.compare.sections.${l}`)} list={comparison[l]} />
      ))}
    </Stack>
  )
}

function ListSection({ title, list }: { title: string; list: ListComparison }) {
  const { t } = useTranslation()
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {list.added.map((item) => (
          <Group key={`a-${item.id}`} gap="xs" wrap="nowrap">
            <Badge color="teal" variant="light" w={90} style={{ flexShrink: 0 }}>
              {t('history.compare.added')}
            </Badge>
            <Text size="sm" fw={600}>
              {item.label}
            </Text>
          </Group>
        ))}
        {list.removed.map((item) => (
          <Group key={`r-${item.id}`} gap="xs" wrap="nowrap">
            <Badge color="red" variant="light" w={90} style={{ flexShrink: 0 }}>
              {t('history.compare.removed')}
            </Badge>
            <Text size="sm" fw={600}>
              {item.label}
            </Text>
          </Group>
        ))}
        {list.changed.map((item) => (
          <Stack key={`c-${item.id}`} gap={4} component="article" aria-label={item.label}>
            <Group gap="xs" wrap="nowrap">
              <Badge color="blue" variant="light" w={90} style={{ flexShrink: 0 }}>
                {t('history.compare.changed')}
              </Badge>
              <Text size="sm" fw={600}>
                {item.label}
              </Text>
            </Group>
            <Lines lines={item.lines} />
          </Stack>
        ))}
      </Stack>
    </Card>
  )
}

function Lines({ lines }: { lines: { text: string }[] }) {
  return (
    <List size="sm" spacing={2} withPadding ml={90}>
      {lines.map((line, i) => (
        <List.Item key={i}>{line.text}</List.Item>
      ))}
    </List>
  )
}
