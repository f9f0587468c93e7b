/**
 * 30(1)(f): when the data is erased — a general rule for the activity and, where they differ, a time limit
 * per category of data (in words, and in months where it is a fixed period). A category's own default shows
 * as the placeholder of a row that records none: the activity takes it until the user types another.
 */
import { Group, NumberInput, Stack, Table, Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { labelsFor } from '../../../../../shared/i18n/labels'
import { categoryDefault, recordsRetention, retentionText } from '../../../../../shared/retention'
import { uiLanguage } from '../../../../i18n'
import { RegistryInputs } from '../RegistryInputs'
import type { SectionProps } from '../types'

export function RetentionSection({ form, fields, dataCategories }: SectionProps) {
  const { t } = useTranslation()
  const labels = labelsFor(uiLanguage()).values
  const rows = form.values.dataCategories
  return (
    <Stack gap="sm">
      <Textarea
        label={t('labels.fields.activity.generalRetention')}
        placeholder={t('editor.retention.generalPlaceholder')}
        autosize
        minRows={1}
        {...fields.text('retention', t('editor.retention.generalHelp'))}
      />
      <RegistryInputs section="retention" form={form} fields={fields} />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.retention.noCategories')}
        </Text>
      ) : (
        <Table withTableBorder verticalSpacing="xs" aria-label={t('editor.retention.perCategory')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">{t('labels.fields.dataCategory.name')}</Table.Th>
              <Table.Th>{t('labels.fields.activity.retention')}</Table.Th>
              <Table.Th w={150}>{t('editor.retention.months')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const category = dataCategories.find((c) => c.id === row.dataCategoryId)
              const name = category?.name ?? row.dataCategoryId
              // What the row takes when it records nothing of its own: shown, not copied into the activity.
              const fallback = categoryDefault(category)
              const inherits = fallback !== null && !recordsRetention(row)
              const inheritedText = fallback && retentionText({ ...fallback, inherited: false }, labels)
              return (
                <Table.Tr key={row.dataCategoryId}>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Text size="sm" fw={500} mt={6}>
                      {name}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <TextInput
                      aria-label={t('editor.retention.forCategory', { name })}
                      placeholder={
                        inheritedText
                          ? t('editor.retention.fromCategory', { retention: inheritedText })
                          : t('editor.retention.placeholder')
                      }
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                      {...fields.text(
                        `dataCategories.${index}.retention`,
                        inherits ? t('editor.retention.inheritedHelp') : undefined,
                      )}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Group gap={4} wrap="nowrap">
                      <NumberInput
                        aria-label={t('editor.retention.monthsForCategory', { name })}
                        min={0}
                        max={1200}
                        allowDecimal={false}
                        placeholder={
                          fallback?.retentionMonths != null ? String(fallback.retentionMonths) : undefined
                        }
                        {...fields.number(`dataCategories.${index}.retentionMonths`)}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
