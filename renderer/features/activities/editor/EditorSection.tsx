/** One section of the activity editor: its Art. 30 point, title, completeness mark and finding counts. */
import { Accordion, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SeverityCounts } from '../../../../shared/api/checks'
import type { PointCompleteness } from '../../../../shared/checks'
import { citeArticleShort } from '../../../../shared/i18n/labels'
import { CompletenessMark } from '../../../components/CompletenessMark'
import { FindingCountBadges } from '../../../components/findings'
import type { SectionDef } from './sections'
import { uiLanguage } from '../../../i18n'

interface Props {
  section: SectionDef
  title: string
  completeness: PointCompleteness | undefined
  counts: SeverityCounts
  children: ReactNode
}

export function EditorSection({ section, title, completeness, counts, children }: Props) {
  const { t } = useTranslation()
  return (
    <Accordion.Item value={section.id} id={`section-${section.id}`} data-section={section.id}>
      <Accordion.Control>
        <Group justify="space-between" wrap="nowrap" pr="sm">
          <Stack gap={0}>
            <Text size="xs" c="dimmed" fw={600}>
              {section.point
                ? citeArticleShort(section.point, uiLanguage())
                : t('editor.sections.beyondArt30')}
            </Text>
            <Text fw={600}>{title}</Text>
          </Stack>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <FindingCountBadges counts={counts} size="sm" />
            {completeness && <CompletenessMark state={completeness} />}
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>{children}</Accordion.Panel>
    </Accordion.Item>
  )
}
