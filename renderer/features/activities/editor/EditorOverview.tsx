/** The editor's side panel: every section with its mark and findings, one click away. */
import { Card, Group, NavLink, Stack, Text } from '@mantine/core'
import { IconCircleCheck, IconCircleDashed, IconMinus, IconPoint } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SeverityCounts } from '../../../../shared/api/checks'
import type { PointCompleteness } from '../../../../shared/checks'
import { citeArticleShort } from '../../../../shared/i18n/labels'
import { FindingCountBadges } from '../../../components/findings'
import type { SectionDef, SectionId } from './sections'
import { uiLanguage } from '../../../i18n'

interface Props {
  sections: readonly SectionDef[]
  titles: Record<SectionId, string>
  /** By section: only sections recording an Art. 30 point have one. */
  completeness: ReadonlyMap<SectionId, PointCompleteness>
  counts: Map<SectionId, SeverityCounts>
  total: SeverityCounts
  /** Findings of a new activity waiting until the user reaches their field. */
  waiting: number
  onOpen(id: SectionId): void
}

function Mark({ state }: { state: PointCompleteness | undefined }) {
  if (!state) return <IconPoint size={16} color="var(--mantine-color-gray-5)" />
  if (!state.applicable) return <IconMinus size={16} color="var(--mantine-color-gray-5)" />
  return state.filled ? (
    <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" />
  ) : (
    <IconCircleDashed size={16} color="var(--mantine-color-orange-7)" />
  )
}

export function EditorOverview({ sections, titles, completeness, counts, total, waiting, onOpen }: Props) {
  const { t } = useTranslation()
  const points = sections.filter((s) => s.point)
  const filled = points.filter(
    (s) => completeness.get(s.id)?.filled || completeness.get(s.id)?.applicable === false,
  ).length
  return (
    <Card withBorder padding="sm" style={{ position: 'sticky', top: 150 }}>
      <Stack gap={6}>
        <Text size="sm" fw={650}>
          {t('editor.overview.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('editor.overview.points', { filled, count: points.length })}
        </Text>
        {total.error + total.warning + total.info > 0 ? (
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {t('editor.overview.findings')}
            </Text>
            <FindingCountBadges counts={total} size="xs" />
          </Group>
        ) : waiting > 0 ? (
          <Text size="xs" c="dimmed" data-testid="findings-waiting">
            {t('editor.overview.entering')}
          </Text>
        ) : (
          <Text size="xs" c="teal.8">
            {t('editor.overview.noFindings')}
          </Text>
        )}
        <nav aria-label={t('editor.overview.title')}>
          {sections.map((section) => (
            <NavLink
              key={section.id}
              component="button"
              type="button"
              onClick={() => onOpen(section.id)}
              leftSection={<Mark state={completeness.get(section.id)} />}
              rightSection={<FindingCountBadges counts={counts.get(section.id)} size="xs" />}
              label={
                <Text size="xs" lh={1.3}>
                  {section.point && (
                    <Text span size="xs" c="dimmed">
                      {citeArticleShort(section.point, uiLanguage()).replace(/^Art\. /, '')}{' '}
                    </Text>
                  )}
                  {titles[section.id]}
                </Text>
              }
              py={4}
              px={6}
            />
          ))}
        </nav>
      </Stack>
    </Card>
  )
}
