/**
 * The privacy notice of an organisation (GDPR Art. 13 and 14), drafted from its register: audience, language
 * and recipients chosen above, the live preview on the left, the gaps the register leaves on the right (each
 * with a link to where it is fixed), and export as Markdown, HTML, Word or PDF, recorded like every export.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { IconFileExport } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { LANGUAGE_NAMES } from '../../../shared/i18n/labels'
import type { NoticeGap, NoticeRecipientMode } from '../../../shared/notice/types'
import { LANGUAGES, type Language } from '../../../shared/schemas/codes'
import { NOTICE_FORMATS, type ExportJob, type NoticeFormat } from '../../../shared/schemas/export'
import { downloadExport } from '../../api/bridge'
import { useClient } from '../../api/context'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageHeader } from '../../components/PageHeader'
import { NoticePreview } from './NoticePreview'

const POLL_MS = 250
const ALL = 'all'

function gapLink(organisationId: string, gap: NoticeGap): string {
  return gap.place.kind === 'activity'
    ? paths.activity(organisationId, gap.place.activityId, gap.place.field)
    : paths.profile(organisationId, gap.place.field)
}

export function NoticePage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const client = useClient()
  const queryClient = useQueryClient()
  const organisation = useApi('organisations.get', { id: organisationId })
  const capabilities = useApi('host.capabilities', {}, { staleTime: Infinity })
  const [language, setLanguage] = useState<Language | null>(null)
  const [audienceId, setAudienceId] = useState<string | null>(null)
  const [recipients, setRecipients] = useState<NoticeRecipientMode>('names')
  const [format, setFormat] = useState<NoticeFormat>('docx')
  const [job, setJob] = useState<ExportJob | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const delivered = useRef<string | null>(null)
  const preview = useApi(
    'notices.preview',
    { organisationId, language, audienceId, recipients },
    { placeholderData: (previous) => previous },
  )
  const chosenLanguage = language ?? (organisation.data?.language as Language | undefined) ?? 'en'
  const running = job?.state === 'running'

  useEffect(() => {
    if (!job) return
    if (job.state === 'running') {
      const timer = setTimeout(
        () => client.call('exports.status', { jobId: job.jobId }).then(setJob, setError),
        POLL_MS,
      )
      return () => clearTimeout(timer)
    }
    if (job.state === 'done' && delivered.current !== job.jobId) {
      delivered.current = job.jobId
      void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('exports.') })
      if (job.delivery === 'download') downloadExport(job.jobId, job.fileName).catch(setError)
    }
  }, [job, client, queryClient])

  const start = async () => {
    setError(null)
    setNotice(null)
    setJob(null)
    try {
      let saveTicket: string | null = null
      if (capabilities.data?.saveDialog) {
        const chosen = await client.call('host.chooseSavePath', {
          organisationId,
          format,
          language: chosenLanguage,
          notice: { audienceId },
        })
        if (chosen === null) {
          setNotice(t('notices.chooseCancelled'))
          return
        }
        saveTicket = chosen.ticket
      }
      setJob(
        await client.call('notices.start', {
          organisationId,
          format,
          language: chosenLanguage,
          audienceId,
          recipients,
          saveTicket,
        }),
      )
    } catch (e) {
      setError(e)
    }
  }

  const gaps = preview.data?.document.gaps ?? []
  const percent = Math.round((job?.progress ?? 0) * 100)

  return (
    <Stack maw={1400}>
      <PageHeader context={organisation.data?.name} title={t('notices.title')} intro={t('notices.intro')} />
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('notices.audience')}
            data={[
              { value: ALL, label: t('notices.allAudiences') },
              ...(preview.data?.audiences ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
            value={audienceId ?? ALL}
            onChange={(v) => setAudienceId(v === null || v === ALL ? null : v)}
            allowDeselect={false}
            w={260}
          />
          <Select
            label={t('notices.language')}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={chosenLanguage}
            onChange={(v) => v && setLanguage(v as Language)}
            allowDeselect={false}
            w={220}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('notices.recipients')}
            </Text>
            <SegmentedControl
              aria-label={t('notices.recipients')}
              value={recipients}
              onChange={(v) => setRecipients(v as NoticeRecipientMode)}
              data={[
                { value: 'names', label: t('notices.byName') },
                { value: 'categories', label: t('notices.byCategory') },
              ]}
            />
          </Stack>
          <Select
            label={t('notices.format')}
            data={NOTICE_FORMATS.map((f) => ({ value: f, label: t(`exports.formats.${f}`) }))}
            value={format}
            onChange={(v) => v && setFormat(v as NoticeFormat)}
            allowDeselect={false}
            w={180}
          />
          <Button
            leftSection={<IconFileExport size={16} />}
            onClick={start}
            loading={running}
            disabled={!preview.data}
          >
            {t('notices.export')}
          </Button>
        </Group>
        {running && (
          <Progress mt="sm" value={percent} animated aria-label={t('notices.exporting', { percent })} />
        )}
        {job?.state === 'done' && (
          <Alert mt="sm" color="teal" title={t('notices.done')}>
            {job.delivery === 'download'
              ? t('exports.dialog.downloaded', { fileName: job.fileName })
              : job.fileName}
          </Alert>
        )}
        {job?.state === 'failed' && (
          <Alert mt="sm" color="red" role="alert">
            {job.error}
          </Alert>
        )}
        {notice && (
          <Alert mt="sm" color="gray">
            {notice}
          </Alert>
        )}
        <ErrorAlert error={error} />
      </Paper>
      <ErrorAlert error={preview.error} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="xl" aria-label={t('notices.preview')}>
            {preview.data && <NoticePreview document={preview.data.document} />}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" pos="sticky" top={72} aria-label={t('notices.gapsTitle')}>
            <Group justify="space-between" mb="xs">
              <Title order={4}>{t('notices.gapsTitle')}</Title>
              <Badge color={gaps.length === 0 ? 'teal' : 'yellow'} variant="light">
                {gaps.length}
              </Badge>
            </Group>
            {gaps.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('notices.gapsNone')}
              </Text>
            ) : (
              <>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('notices.gapsIntro')}
                </Text>
                <List size="sm" spacing="xs" data-notice-gaps>
                  {gaps.map((gap, i) => (
                    <List.Item key={i}>
                      <Text size="sm">
                        {t(`notices.gaps.${gap.code}`)}
                        {gap.subject && <Text span c="dimmed">{` (${gap.subject})`}</Text>}
                      </Text>
                      <Anchor component={Link} href={gapLink(organisationId, gap)} size="xs">
                        {gap.place.kind === 'activity'
                          ? t('notices.fixIn', { activity: `${gap.place.reference} ${gap.place.name}` })
                          : t('notices.fixInProfile')}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
