/** Headed rows of text (a register entry shown read-only): heading on the left, one value a line. */
import { List, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TextRow } from './register-text'

export function TextRows({ rows, label }: { rows: TextRow[]; label: string }) {
  const { t } = useTranslation()
  return (
    <Table verticalSpacing={6} horizontalSpacing="sm" aria-label={label} layout="fixed">
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th w="34%" fw={600} c="dimmed" style={{ verticalAlign: 'top' }} scope="row">
              {row.label}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {row.lines.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('common.notRecorded')}
                </Text>
              ) : row.lines.length === 1 ? (
                <Text size="sm">{row.lines[0]}</Text>
              ) : (
                <List size="sm" spacing={2}>
                  {row.lines.map((line, i) => (
                    <List.Item key={i}>{line}</List.Item>
                  ))}
                </List>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
