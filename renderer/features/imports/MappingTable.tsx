/** The mapping screen: each source column, its first value, the register field (a select) and how sure the match is. */
import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Analysis } from '../../../shared/imports/analyse'
import { IMPORT_FIELDS, importFieldLabel, type ImportField } from '../../../shared/imports/fields'
import { SearchableSelect } from '../../components/SearchableSelect'
import { uiLanguage } from '../../i18n'

const NONE = '-'

interface Props {
  columns: Analysis['columns']
  overrides: Record<string, ImportField | null>
  onChange(key: string, field: ImportField | null): void
}

export function MappingTable({ columns, overrides, onChange }: Props) {
  const { t } = useTranslation()
  const options = [
    { value: NONE, label: t('imports.mapping.none') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: importFieldLabel(f, uiLanguage()) })),
  ]
  const badge = (c: Analysis['columns'][number]) => {
    if (Object.hasOwn(overrides, c.key))
      return (
        <Badge color="gray" variant="light">
          {t('imports.confidence.manual')}
        </Badge>
      )
    if (c.suggested === null) return null
    const [color, key] =
      c.confidence >= 0.9
        ? (['teal', 'high'] as const)
        : c.confidence >= 0.7
          ? (['yellow', 'medium'] as const)
          : (['orange', 'low'] as const)
    return (
      <Badge color={color} variant="light" title={`${Math.round(c.confidence * 100)} %`}>
        {t(`imports.confidence.${key}`)} {Math.round(c.confidence * 100)} %
      </Badge>
    )
  }
  return (
    <Table verticalSpacing="xs" aria-label={t('imports.mapping.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('imports.mapping.column')}</Table.Th>
          <Table.Th>{t('imports.mapping.sample')}</Table.Th>
          <Table.Th w={300}>{t('imports.mapping.field')}</Table.Th>
          <Table.Th w={120}>{t('imports.mapping.confidence')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {columns.map((c) => (
          <Table.Tr key={c.key}>
            <Table.Td>
              <Text size="sm" fw={600} lineClamp={2} title={c.heading}>
                {c.heading}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed" lineClamp={2} title={c.sample ?? ''}>
                {c.sample ?? ''}
              </Text>
            </Table.Td>
            <Table.Td>
              <SearchableSelect
                size="xs"
                aria-label={t('imports.mapping.fieldFor', { heading: c.heading })}
                data={options}
                value={c.field ?? NONE}
                allowDeselect={false}
                onChange={(value) =>
                  onChange(c.key, value === null || value === NONE ? null : (value as ImportField))
                }
              />
            </Table.Td>
            <Table.Td>{badge(c)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
