/** The first activities as they will be stored: codes in words, catalogue entries by name. */
import { List, ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PreviewActivity } from '../../../shared/imports/analyse'
import { countryName } from '../../../shared/reference/countries'
import { useUiLanguage } from '../../i18n/use-ui-language'

/** Long lists (a register may have twenty transfers in one activity) show their first entries and a count. */
const SHOWN = 6

function Lines({ items }: { items: string[] }) {
  const { t } = useTranslation()
  if (items.length === 0) return null
  if (items.length === 1) return <Text size="sm">{items[0]}</Text>
  return (
    <List size="sm" spacing={0}>
      {items.slice(0, SHOWN).map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
      {items.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('imports.preview.more', { count: items.length - SHOWN })}
        </Text>
      )}
    </List>
  )
}

export function PreviewTable({ rows }: { rows: PreviewActivity[] }) {
  const { t } = useTranslation()
  const lang = useUiLanguage()
  return (
    <ScrollArea type="auto">
      <Table
        verticalSpacing="xs"
        miw={1100}
        aria-label={t('imports.preview.title')}
        style={{ verticalAlign: 'top' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.preview.source')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.reference')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.name')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.purposes')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.dataSubjectCategories')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.dataCategories')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.recipients')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.transfers')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.retention')}</Table.Th>
            <Table.Th>{t('labels.fields.activity.securityMeasures')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.sheet}:${row.row}:${row.reference}`}>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t('imports.preview.row', { sheet: row.sheet, row: row.row })}
                </Text>
              </Table.Td>
              <Table.Td>{row.reference}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`labels.codes.role.${row.role}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Lines
                  items={row.purposes.map((p) =>
                    [
                      p.description,
                      p.legalBasis ? t(`labels.codes.legalBasis.${p.legalBasis}`) : null,
                      p.specialCategoryCondition
                        ? t(`labels.codes.specialCategoryCondition.${p.specialCategoryCondition}`)
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' — '),
                  )}
                />
              </Table.Td>
              <Table.Td>
                <Lines items={row.dataSubjectCategories} />
              </Table.Td>
              <Table.Td>
                <Lines items={row.dataCategories} />
              </Table.Td>
              <Table.Td>
                <Lines items={row.recipients} />
              </Table.Td>
              <Table.Td>
                <Lines
                  items={row.transfers.map(
                    (tr) =>
                      `${tr.country ? countryName(tr.country, lang) : (tr.internationalOrganisation ?? '')} — ${t(`labels.codes.mechanism.${tr.mechanism}`)}`,
                  )}
                />
              </Table.Td>
              <Table.Td>
                <Lines items={row.retention} />
              </Table.Td>
              <Table.Td>
                <Lines items={row.securityMeasures} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
