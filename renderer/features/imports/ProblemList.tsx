/** Every cell that cannot be read, with the sheet, row and column where the user will find it. */
import { Badge, ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from '../../../shared/imports/types'

export function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation()
  if (problems.length === 0) {
    return (
      <Text size="sm" c="teal.8">
        {t('imports.problems.none')}
      </Text>
    )
  }
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table verticalSpacing="xs" aria-label={t('imports.problems.title', { count: problems.length })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('imports.problems.where')}</Table.Th>
            <Table.Th>{t('imports.problems.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t('imports.problems.at', {
                    sheet: p.sheet ?? '',
                    column: p.column ?? '',
                    row: p.row ?? '',
                  })}
                </Text>
                {p.heading && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {p.heading}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={p.severity === 'error' ? 'red' : 'yellow'} variant="light" mr="xs">
                  {t(`imports.problems.${p.severity}`)}
                </Badge>
                <Text span size="sm">
                  {p.message}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
