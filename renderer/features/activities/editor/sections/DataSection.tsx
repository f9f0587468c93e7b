/**
 * 30(1)(c): the categories of data subjects and of personal data, picked from the organisation's catalogues
 * (or created on the spot), and where the data comes from.
 */
import { ActionIcon, Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { needsArt10Basis, needsArt9Condition } from '../../../../../shared/reference/special-categories'
import { sourceKindOptions } from '../../../../components/code-options'
import { FindingList } from '../../../../components/findings'
import { CatalogueMultiField } from '../../../catalogues/CatalogueField'
import type { SectionProps } from '../types'

export function DataSubjectsAndCategories({ form, fields, organisationId, dataCategories }: SectionProps) {
  const { t } = useTranslation()
  const selected = form.values.dataCategories
  const ids = selected.map((d) => d.dataCategoryId)
  const specials = ids
    .map((id) => dataCategories.find((c) => c.id === id))
    .filter((c) => c && c.special !== 'none')
  const needsCondition = specials.some((c) => needsArt9Condition(c!.special) || needsArt10Basis(c!.special))
  return (
    <Stack gap="sm">
      <CatalogueMultiField
        catalogue="dataSubjectCategories"
        organisationId={organisationId}
        label={t('labels.fields.activity.dataSubjectCategories')}
        placeholder={t('editor.data.pickSubjects')}
        {...fields.input('dataSubjectCategoryIds', t('editor.data.subjectsHelp'))}
      />
      <CatalogueMultiField
        catalogue="dataCategories"
        organisationId={organisationId}
        label={t('labels.fields.activity.dataCategories')}
        placeholder={t('editor.data.pickCategories')}
        {...fields.input('dataCategories', t('editor.data.categoriesHelp'))}
        value={ids}
        onChange={(next: string[]) => {
          // Keep the retention already entered for the categories that stay.
          const kept = new Map(selected.map((d) => [d.dataCategoryId, d]))
          form.setFieldValue(
            'dataCategories',
            next.map((id) => kept.get(id) ?? { dataCategoryId: id, retention: null, retentionMonths: null }),
          )
        }}
      />
      {specials.length > 0 && (
        <Alert color="grape" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
          <Text size="xs">
            {t('editor.data.specialNote', {
              list: specials
                .map((c) => `${c!.name} (${t(`labels.codes.specialKind.${c!.special}`)})`)
                .join(', '),
            })}{' '}
            {needsCondition &&
              (form.values.role === 'processor'
                ? t('editor.data.specialProcessor')
                : t('editor.data.specialController'))}
          </Text>
        </Alert>
      )}
    </Stack>
  )
}

export function SourcesFields({ form, fields }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('labels.fields.activity.sources')}
      </Text>
      {form.values.sources.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('editor.data.noSources')}
        </Text>
      )}
      {form.values.sources.map((_, index) => (
        <Group key={form.key(`sources.${index}`)} align="flex-start" wrap="nowrap">
          <Select
            style={{ flex: 1 }}
            label={t('editor.data.sourceKind', { n: index + 1 })}
            data={sourceKindOptions(t)}
            {...fields.input(`sources.${index}.kind`)}
          />
          <TextInput
            style={{ flex: 2 }}
            label={t('editor.data.sourceDescription')}
            placeholder={t('editor.data.sourcePlaceholder')}
            {...fields.text(`sources.${index}.description`)}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="gray"
            aria-label={t('editor.data.removeSource', { n: index + 1 })}
            onClick={() => form.removeListItem('sources', index)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <FindingList findings={fields.findingsAt('sources')} />
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          data-path="sources"
          onClick={() => form.insertListItem('sources', { kind: 'data_subject', description: null })}
        >
          {t('editor.data.addSource')}
        </Button>
      </Group>
    </Stack>
  )
}

export function DataSection(props: SectionProps) {
  return (
    <Stack gap="lg">
      <DataSubjectsAndCategories {...props} />
      <SourcesFields {...props} />
    </Stack>
  )
}
