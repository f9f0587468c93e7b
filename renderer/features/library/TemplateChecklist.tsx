/**
 * The wizard's checklist of activity templates, grouped by area. Which boxes are ticked is kept as the user's
 * own changes on top of the suggestions (added and removed ids), so changing the sector or the size re-suggests
 * without undoing what the user ticked or unticked by hand.
 */
import { Badge, Button, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateSummary } from '../../../shared/api/library'
import { TEMPLATE_GROUPS } from '../../../shared/library/template-types'

export interface ChecklistChoice {
  added: ReadonlySet<string>
  removed: ReadonlySet<string>
}

export const noChoice: ChecklistChoice = { added: new Set(), removed: new Set() }

/** The ids ticked: the suggested ones the user did not untick, and the ones the user ticked. */
export function chosenTemplateIds(templates: readonly TemplateSummary[], choice: ChecklistChoice): string[] {
  return templates
    .filter((t) => !choice.removed.has(t.id) && (t.suggested || choice.added.has(t.id)))
    .map((t) => t.id)
}

function toggled(template: TemplateSummary, checked: boolean, choice: ChecklistChoice): ChecklistChoice {
  const added = new Set(choice.added)
  const removed = new Set(choice.removed)
  added.delete(template.id)
  removed.delete(template.id)
  if (checked && !template.suggested) added.add(template.id)
  if (!checked && template.suggested) removed.add(template.id)
  return { added, removed }
}

interface Props {
  templates: readonly TemplateSummary[]
  choice: ChecklistChoice
  onChange(choice: ChecklistChoice): void
}

/** Memoised: typing the organisation's name must not re-render thirty checkboxes per key press. */
export const TemplateChecklist = memo(function TemplateChecklist({ templates, choice, onChange }: Props) {
  const { t } = useTranslation()
  const chosen = new Set(chosenTemplateIds(templates, choice))
  const groups = [...TEMPLATE_GROUPS, null].map((group) => ({
    group,
    items: templates.filter((tpl) => tpl.group === group),
  }))
  const allIds = new Set(templates.map((tpl) => tpl.id))
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text fw={600} data-testid="chosen-count">
          {t('library.wizard.chosen', { count: chosen.size })}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => onChange(noChoice)}>
            {t('library.wizard.tickSuggested')}
          </Button>
          <Button size="xs" variant="default" onClick={() => onChange({ added: new Set(), removed: allIds })}>
            {t('library.wizard.clear')}
          </Button>
        </Group>
      </Group>
      {groups
        .filter(({ items }) => items.length > 0)
        .map(({ group, items }) => (
          <Stack key={group ?? 'own'} gap={6}>
            <Title order={5} c="dimmed">
              {group ? t(`library.group.${group}`) : t('library.templates.own')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={6}>
              {items.map((template) => (
                <Checkbox
                  key={template.id}
                  checked={chosen.has(template.id)}
                  onChange={(event) => onChange(toggled(template, event.currentTarget.checked, choice))}
                  label={
                    <Group gap={6} wrap="nowrap">
                      <span>{template.name}</span>
                      {template.suggested && (
                        <Badge size="xs" variant="light" color="teal">
                          {t('library.wizard.suggested')}
                        </Badge>
                      )}
                    </Group>
                  }
                  description={template.description ?? undefined}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
    </Stack>
  )
})
