/**
 * 30(1)(f): when the data is erased — a general rule for the activity and, where they differ, a time limit
 * per category of data (in words, and in months where it is a fixed period).
 */
import { Group, NumberInput, Stack, Table, Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RegistryInputs } from '../RegistryInputs'
import type { SectionProps } from '../types'

export function RetentionSection({ form, fields, dataCategories }: SectionProps) {
  const { t } = useTranslation()
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
              const name = dataCategories.find((c) => c.id === row.dataCategoryId)?.name ?? row.dataCategoryId
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
                      placeholder={t('editor.retention.placeholder')}
                      {...fields.text(`dataCategories.${index}.retention`)}
                    />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Group gap={4} wrap="nowrap">
                      <NumberInput
                        aria-label={t('editor.retention.monthsForCategory', { name })}
                        min={0}
                        max={1200}
                        allowDecimal={false}
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
