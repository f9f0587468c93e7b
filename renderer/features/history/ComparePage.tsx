/**
 * Compare two versions of an organisation's register: what an export sent, the register on a past date,
 * or today. The versions are in the address (`?from=export:ID&to=now`), so a comparison can be linked to.
 */
import { ActionIcon, Card, Center, Group, Loader, Select, Stack, Tooltip } from '@mantine/core'
import { IconArrowsLeftRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { LANGUAGE_NAMES } from '../../../shared/i18n/labels'
import type { ExportRecord } from '../../../shared/schemas/export'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'
import { DateField } from '../../components/DateField'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime, todayLocal } from '../../components/format'
import { ComparisonView } from './ComparisonView'
import { parseVersion } from './versions'
import { PageHeader } from '../../components/PageHeader'
import { useUiLanguage } from '../../i18n/use-ui-language'

export function ComparePage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [, navigate] = useLocation()
  const params = new URLSearchParams(useSearch())
  const fromText = params.get('from') ?? ''
  const toText = params.get('to') ?? 'now'
  const from = parseVersion(fromText)
  const to = parseVersion(toText)
  const organisation = useApi('organisations.get', { id: organisationId })
  const records = useApi('exports.list', { organisationId })
  const comparison = useApi(
    'history.compare',
    { organisationId, from: from!, to: to!, language },
    { enabled: from !== null && to !== null, staleTime: 0 },
  )
  const go = (nextFrom: string, nextTo: string) =>
    navigate(paths.compare(organisationId, nextFrom, nextTo), { replace: true })

  return (
    <Stack maw={1100}>
      <PageHeader
        context={organisation.data?.name ?? ''}
        title={t('history.compare.title')}
        intro={t('history.compare.intro')}
      />

      <Card withBorder padding="md">
        <Group align="flex-end" wrap="wrap">
          <VersionPicker
            label={t('history.compare.from')}
            value={fromText}
            records={records.data ?? []}
            onChange={(v) => go(v, toText)}
          />
          <Tooltip label={t('history.compare.swap')}>
            <ActionIcon
              variant="default"
              size="lg"
              mb={2}
              aria-label={t('history.compare.swap')}
              onClick={() => go(toText, fromText)}
            >
              <IconArrowsLeftRight size={16} />
            </ActionIcon>
          </Tooltip>
          <VersionPicker
            label={t('history.compare.to')}
            value={toText}
            records={records.data ?? []}
            onChange={(v) => go(fromText, v)}
          />
        </Group>
      </Card>

      <ErrorAlert error={records.error ?? comparison.error} />
      {comparison.isFetching && !comparison.data && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {from && to && comparison.data && <ComparisonView comparison={comparison.data} />}
    </Stack>
  )
}

interface PickerProps {
  label: string
  /** `now`, `at:YYYY-MM-DD` (or `at:` while the date is not chosen yet) or `export:ID`. */
  value: string
  records: ExportRecord[]
  onChange(value: string): void
}

function VersionPicker({ label, value, records, onChange }: PickerProps) {
  const { t } = useTranslation()
  const choice = value.startsWith('at:') ? 'at' : value
  const date = value.startsWith('at:') ? value.slice(3) || null : null
  const data = [
    {
      group: t('history.compare.otherGroup'),
      items: [
        { value: 'now', label: t('history.compare.now') },
        { value: 'at', label: t('history.compare.at') },
      ],
    },
    {
      group: t('history.compare.exportsGroup'),
      items: records.map((r) => ({
        value: `export:${r.id}`,
        label: t('history.compare.exportOption', {
          format: t(`exports.formats.${r.format}`),
          when: formatDateTime(r.createdAt),
          language: LANGUAGE_NAMES[r.language],
        }),
      })),
    },
  ].filter((g) => g.items.length > 0)
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label={label}
        data={data}
        value={choice || null}
        onChange={(v) => v && onChange(v === 'at' ? `at:${date ?? ''}` : v)}
        allowDeselect={false}
        w={400}
        placeholder={t('history.compare.pick')}
      />
      {choice === 'at' && (
        <DateField
          label={`${label}: ${t('history.compare.date')}`}
          value={date}
          onChange={(d) => onChange(`at:${d ?? ''}`)}
          maxDate={todayLocal()}
          w={200}
        />
      )}
    </Group>
  )
}
