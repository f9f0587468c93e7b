/** What was exported for an organisation, and when: the export records, newest first, and "New export". */
import { Button, Checkbox, Code, Group, Stack, Table, Text, Tooltip } from '@mantine/core'
import { IconFileExport, IconGitCompare } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { LANGUAGE_NAMES } from '../../../shared/i18n/labels'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { paths } from '../../app/paths'
import { formatDate, formatDateTime, formatSize } from '../../components/format'
import { ExportDialog } from './ExportDialog'
import { TableCard } from '../../components/TableCard'
import { PageHeader } from '../../components/PageHeader'

export function ExportsPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const records = useApi('exports.list', { organisationId })
  const [exporting, setExporting] = useState(false)
  const [, navigate] = useLocation()
  // Sent versions: tick one record to compare with today, or two to compare with each other.
  const [selected, setSelected] = useState<string[]>([])
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2)))
  const compare = () => {
    const chosen = (records.data ?? [])
      .filter((r) => selected.includes(r.id))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    if (chosen.length === 0) return
    navigate(
      paths.compare(organisationId, `export:${chosen[0].id}`, chosen[1] ? `export:${chosen[1].id}` : 'now'),
    )
  }

  return (
    <Stack maw={1200}>
      <PageHeader
        title={t('exports.title')}
        intro={t('exports.intro')}
        actions={
          <Button leftSection={<IconFileExport size={16} />} onClick={() => setExporting(true)}>
            {t('exports.new')}
          </Button>
        }
      />
      {records.data && records.data.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('history.sent.hint')}
          </Text>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconGitCompare size={14} />}
            disabled={selected.length === 0}
            onClick={compare}
          >
            {selected.length === 2 ? t('history.sent.compareTwo') : t('history.sent.compareWithToday')}
          </Button>
        </Group>
      )}

      <ErrorAlert error={records.error} />

      <TableCard empty={records.data?.length === 0} emptyText={t('exports.empty')} label={t('exports.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{t('exports.table.when')}</Table.Th>
            <Table.Th>{t('exports.table.format')}</Table.Th>
            <Table.Th>{t('exports.table.language')}</Table.Th>
            <Table.Th>{t('exports.table.file')}</Table.Th>
            <Table.Th>{t('exports.table.sha256')}</Table.Th>
            <Table.Th>{t('exports.table.size')}</Table.Th>
            <Table.Th>{t('exports.table.activities')}</Table.Th>
            <Table.Th>{t('exports.table.actor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.data?.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Checkbox
                  aria-label={t('history.sent.select', { when: formatDateTime(r.createdAt) })}
                  checked={selected.includes(r.id)}
                  onChange={() => toggle(r.id)}
                />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.createdAt)}</Table.Td>
              <Table.Td>
                {t(`exports.formats.${r.format}`)}
                {r.notice && (
                  <Text size="xs" c="dimmed">
                    {r.notice.audienceName
                      ? t('exports.document.noticeFor', { audience: r.notice.audienceName })
                      : t('exports.document.notice')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{LANGUAGE_NAMES[r.language]}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {r.fileName}
                {r.asOf && (
                  <Text size="xs" c="dimmed">
                    {t('history.sent.asOf', { date: formatDate(r.asOf) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Tooltip label={r.sha256} withinPortal>
                  <Code aria-label={`SHA-256 ${r.sha256}`}>{r.sha256.slice(0, 12)}…</Code>
                </Tooltip>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(r.byteSize)}</Table.Td>
              <Table.Td>{r.counts.activities}</Table.Td>
              <Table.Td>{r.actor}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>

      {exporting && <ExportDialog organisationId={organisationId} onClose={() => setExporting(false)} />}
    </Stack>
  )
}
