/**
 * "Register as of a date": the register as it stood at the end of a chosen day, rebuilt from the history,
 * read only. Each activity opens with its fields as they were; the version can be exported in any format
 * (the export says so on its cover) or compared with today.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Drawer,
  Group,
  Loader,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core'
import { IconArrowLeft, IconFileExport, IconGitCompare } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useSearch } from 'wouter'
import { ApiCallError } from '../../../shared/api/client'
import { countryName } from '../../../shared/reference/countries'
import { retentionText } from '../../../shared/retention'
import type { RegisterActivity, RegisterDocument } from '../../../shared/schemas/register'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'
import { DateField, realDay } from '../../components/DateField'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate, todayLocal } from '../../components/format'
import { STATUS_COLOURS } from '../activities/status'
import { ExportDialog } from '../exports/ExportDialog'
import { activityRows, namesIn, organisationRows, registerTextContext } from './register-text'
import { TextRows } from './TextRows'
import { uiLanguage } from '../../i18n'

export function AsOfPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const requested = new URLSearchParams(useSearch()).get('at')
  const at = realDay(requested)
  const organisation = useApi('organisations.get', { id: organisationId })
  const register = useApi(
    'history.asOf',
    { organisationId, at: at ?? '' },
    { enabled: at !== null, staleTime: 0 },
  )
  // The organisation's own changes, oldest last: the day its history starts bounds the dates worth choosing.
  const own = useApi('history.entity', { entityId: organisationId })
  const first = own.data?.length ? todayLocal(new Date(own.data[own.data.length - 1].at)) : undefined
  const notYet =
    register.error instanceof ApiCallError &&
    register.error.code === 'NOT_FOUND' &&
    first !== undefined &&
    at !== null &&
    at < first
  const [exporting, setExporting] = useState(false)

  return (
    <Stack maw={1200}>
      <div>
        <Anchor component={Link} href={paths.history(organisationId)} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} />
            {t('history.timeline.title')}
          </Group>
        </Anchor>
        <Text c="dimmed" size="sm">
          {organisation.data?.name}
        </Text>
        <Title order={2}>{t('history.asOf.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('history.asOf.intro')}
        </Text>
      </div>

      <Group align="flex-end" justify="space-between">
        <DateField
          label={t('history.asOf.date')}
          value={at}
          onChange={(date) => navigate(paths.asOf(organisationId, date), { replace: true })}
          minDate={first}
          maxDate={todayLocal()}
          clearable={false}
          w={260}
        />
        {at && register.data && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconGitCompare size={16} />}
              component={Link}
              href={paths.compare(organisationId, `at:${at}`, 'now')}
            >
              {t('history.asOf.compare')}
            </Button>
            <Button leftSection={<IconFileExport size={16} />} onClick={() => setExporting(true)}>
              {t('history.asOf.export')}
            </Button>
          </Group>
        )}
      </Group>

      {!at && (
        <Card withBorder>
          <Text c="dimmed" ta="center" p="md">
            {t('history.asOf.pick')}
          </Text>
        </Card>
      )}
      {notYet ? (
        <Alert color="yellow" variant="light">
          {t('history.asOf.notYet', {
            name: organisation.data?.name ?? '',
            date: formatDate(at),
            first: formatDate(first),
          })}
        </Alert>
      ) : (
        <ErrorAlert error={at ? register.error : null} />
      )}
      {at && register.isPending && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {at && register.data && <RegisterAsOf doc={register.data} date={at} />}
      {exporting && at && (
        <ExportDialog organisationId={organisationId} asOf={at} onClose={() => setExporting(false)} />
      )}
    </Stack>
  )
}

function RegisterAsOf({ doc, date }: { doc: RegisterDocument; date: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<RegisterActivity | null>(null)
  const names = useMemo(() => namesIn(doc), [doc])
  const language = uiLanguage()
  const text = useMemo(() => registerTextContext(doc, language), [doc, language])
  const tabs = [
    'activities',
    'organisation',
    'parties',
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
  ] as const

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-label={t('history.asOf.heading', { date: formatDate(date) })}
    >
      <Stack gap="sm">
        <div>
          <Title order={3}>{t('history.asOf.heading', { date: formatDate(date) })}</Title>
          <Text size="sm" c="dimmed">
            {doc.organisation.name} ·{' '}
            {t('history.asOf.counts', {
              activities: doc.activities.length,
              parties: doc.parties.length,
              subjects: doc.dataSubjectCategories.length,
              data: doc.dataCategories.length,
              measures: doc.securityMeasures.length,
            })}
          </Text>
        </div>
        <Tabs defaultValue="activities" keepMounted={false}>
          <Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab} value={tab}>
                {t(`history.asOf.tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="activities" pt="sm">
            {doc.activities.length === 0 ? (
              <Text c="dimmed" p="md" ta="center">
                {t('history.asOf.noActivities')}
              </Text>
            ) : (
              <Table verticalSpacing="sm" highlightOnHover aria-label={t('history.asOf.tabs.activities')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>{t('labels.fields.activity.reference')}</Table.Th>
                    <Table.Th>{t('labels.fields.activity.name')}</Table.Th>
                    <Table.Th w={150}>{t('labels.fields.activity.role')}</Table.Th>
                    <Table.Th w={110}>{t('labels.fields.activity.status')}</Table.Th>
                    <Table.Th>{t('labels.fields.activity.owner')}</Table.Th>
                    <Table.Th>{t('labels.fields.activity.dataCategories')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {doc.activities.map((a) => (
                    <Table.Tr
                      key={a.id}
                      className="clickable-row"
                      tabIndex={0}
                      aria-label={t('history.asOf.openActivity', { reference: a.reference })}
                      onClick={() => setOpen(a)}
                      onKeyDown={(e) => e.key === 'Enter' && setOpen(a)}
                    >
                      <Table.Td fw={600}>{a.reference}</Table.Td>
                      <Table.Td>{a.name}</Table.Td>
                      <Table.Td>{t(`labels.codes.role.${a.role}`)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS_COLOURS[a.status]}>
                          {t(`labels.codes.status.${a.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{a.owner ?? ''}</Table.Td>
                      <Table.Td>
                        {a.dataCategories
                          .map((d) => names.get(d.dataCategoryId) ?? d.dataCategoryId)
                          .join(', ')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="organisation" pt="sm">
            <TextRows rows={organisationRows(t, doc)} label={t('history.asOf.tabs.organisation')} />
          </Tabs.Panel>
          <Tabs.Panel value="parties" pt="sm">
            <EntryTable
              label={t('history.asOf.tabs.parties')}
              rows={doc.parties.map((p) => [
                p.name,
                t(`labels.codes.partyKind.${p.kind}`),
                p.country ? countryName(p.country, uiLanguage()) : '',
              ])}
              headings={[
                t('labels.fields.party.name'),
                t('labels.fields.party.kind'),
                t('labels.fields.party.country'),
              ]}
            />
          </Tabs.Panel>
          <Tabs.Panel value="dataSubjectCategories" pt="sm">
            <EntryTable
              label={t('history.asOf.tabs.dataSubjectCategories')}
              rows={doc.dataSubjectCategories.map((s) => [
                s.name,
                s.description ?? '',
                s.vulnerable ? t('labels.values.yes') : t('labels.values.no'),
              ])}
              headings={[
                t('labels.fields.dataSubjectCategory.name'),
                t('labels.fields.dataSubjectCategory.description'),
                t('labels.fields.dataSubjectCategory.vulnerable'),
              ]}
            />
          </Tabs.Panel>
          <Tabs.Panel value="dataCategories" pt="sm">
            <EntryTable
              label={t('history.asOf.tabs.dataCategories')}
              rows={doc.dataCategories.map((d) => [
                d.name,
                t(`labels.codes.specialKind.${d.special}`),
                d.description ?? '',
                retentionText(
                  {
                    retention: d.defaultRetention,
                    retentionMonths: d.defaultRetentionMonths,
                    inherited: false,
                  },
                  text.labels.values,
                ) ?? '',
              ])}
              headings={[
                t('labels.fields.dataCategory.name'),
                t('labels.fields.dataCategory.special'),
                t('labels.fields.dataCategory.description'),
                t('labels.fields.dataCategory.defaultRetention'),
              ]}
            />
          </Tabs.Panel>
          <Tabs.Panel value="securityMeasures" pt="sm">
            <EntryTable
              label={t('history.asOf.tabs.securityMeasures')}
              rows={doc.securityMeasures.map((m) => [
                m.name,
                t(`labels.codes.securityMeasureKind.${m.kind}`),
                m.description ?? '',
              ])}
              headings={[
                t('labels.fields.securityMeasure.name'),
                t('labels.fields.securityMeasure.kind'),
                t('labels.fields.securityMeasure.description'),
              ]}
            />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="xl"
        title={
          open && (
            <Text fw={700}>
              {t('history.asOf.activityTitle', {
                reference: open.reference,
                name: open.name,
                date: formatDate(date),
              })}
            </Text>
          )
        }
      >
        {open && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('history.asOf.readOnly')}
            </Text>
            <TextRows rows={activityRows(text, open)} label={`${open.reference} ${open.name}`} />
          </Stack>
        )}
      </Drawer>
    </Card>
  )
}

function EntryTable({ label, headings, rows }: { label: string; headings: string[]; rows: string[][] }) {
  const { t } = useTranslation()
  if (rows.length === 0) {
    return (
      <Text c="dimmed" p="md" ta="center">
        {t('history.asOf.noEntries')}
      </Text>
    )
  }
  return (
    <Table verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {headings.map((h) => (
            <Table.Th key={h}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => (
          <Table.Tr key={i}>
            {row.map((cell, j) => (
              <Table.Td key={j} fw={j === 0 ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
