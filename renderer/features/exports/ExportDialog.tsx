/**
 * The export dialog: format, language and parts of the register; then a progress bar with cancel; then
 * "show in folder" (desktop, where the user chose the file) or the browser's download (browser mode).
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Progress,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { IconCircleCheck, IconFolderOpen } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_NAMES } from '../../../shared/i18n/labels'
import { LANGUAGES, type Language } from '../../../shared/schemas/codes'
import {
  EXPORT_FORMATS,
  EXPORT_SECTIONS,
  defaultCsvDelimiter,
  type CsvDelimiter,
  type ExportFormat,
  type ExportJob,
  type ExportSection,
} from '../../../shared/schemas/export'
import { downloadExport } from '../../api/bridge'
import { useClient } from '../../api/context'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate } from '../../components/format'

const POLL_MS = 250
/** Formats whose content is fixed: the CSV holds both records, the JSON the whole register. */
const FIXED_CONTENT: readonly ExportFormat[] = ['csv', 'json']
const DELIMITER_NAMES: Record<CsvDelimiter, 'semicolon' | 'comma' | 'tab'> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
}

interface Props {
  organisationId: string
  /** Export the register as it stood on this date (`YYYY-MM-DD`) instead of the current one. */
  asOf?: string | null
  onClose(): void
}

export function ExportDialog({ organisationId, asOf = null, onClose }: Props) {
  const { t } = useTranslation()
  const client = useClient()
  const queryClient = useQueryClient()
  const organisation = useApi('organisations.get', { id: organisationId })
  const capabilities = useApi('host.capabilities', {}, { staleTime: Infinity })
  const [format, setFormat] = useState<ExportFormat>('xlsx')
  const [language, setLanguage] = useState<Language | null>(null)
  /** Null until the user chooses: the export language's separator. */
  const [delimiter, setDelimiter] = useState<CsvDelimiter | null>(null)
  const [sections, setSections] = useState<ExportSection[]>([...EXPORT_SECTIONS])
  const [job, setJob] = useState<ExportJob | null>(null)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const delivered = useRef<string | null>(null)

  const chosenLanguage = language ?? (organisation.data?.language as Language | undefined) ?? 'en'
  const chosenDelimiter = delimiter ?? defaultCsvDelimiter(chosenLanguage)
  const running = job?.state === 'running'

  // Follow a running job until it ends; then refresh the list and deliver the file.
  useEffect(() => {
    if (!job) return
    if (job.state === 'running') {
      const timer = setTimeout(() => {
        client.call('exports.status', { jobId: job.jobId }).then(setJob, setError)
      }, POLL_MS)
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
    setStarting(true)
    try {
      let saveTicket: string | null = null
      if (capabilities.data?.saveDialog) {
        const chosen = await client.call('host.chooseSavePath', {
          organisationId,
          format,
          language: chosenLanguage,
        })
        if (chosen === null) {
          setNotice(t('exports.dialog.chooseCancelled'))
          return
        }
        saveTicket = chosen.ticket
      }
      const csv = format === 'csv' ? { delimiter: chosenDelimiter } : {}
      setJob(
        await client.call('exports.start', {
          organisationId,
          format,
          language: chosenLanguage,
          sections,
          saveTicket,
          asOf,
          ...csv,
        }),
      )
    } catch (e) {
      setError(e)
    } finally {
      setStarting(false)
    }
  }

  const cancel = async () => {
    if (!job) return
    try {
      setJob(await client.call('exports.cancel', { jobId: job.jobId }))
    } catch (e) {
      setError(e)
    }
  }

  const showInFolder = async () => {
    if (!job) return
    try {
      await client.call('host.showInFolder', { jobId: job.jobId })
    } catch (e) {
      setError(e)
    }
  }

  const fixed = FIXED_CONTENT.includes(format)
  const percent = Math.round((job?.progress ?? 0) * 100)

  return (
    <Modal
      opened
      onClose={running ? () => {} : onClose}
      title={t('exports.dialog.title')}
      size="lg"
      centered
      closeOnClickOutside={!running}
    >
      <Stack>
        {asOf && (
          <Alert color="blue" variant="light">
            {t('history.asOf.exportNote', { date: formatDate(asOf) })}
          </Alert>
        )}
        <Radio.Group
          label={t('exports.dialog.format')}
          value={format}
          onChange={(v) => setFormat(v as ExportFormat)}
        >
          <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs" mt="xs">
            {EXPORT_FORMATS.map((f) => (
              <Radio
                key={f}
                value={f}
                label={t(`exports.formats.${f}`)}
                description={t(`exports.dialog.formatHint.${f}`)}
                disabled={running}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>

        <Select
          label={t('exports.dialog.language')}
          description={t('exports.dialog.languageHint')}
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={chosenLanguage}
          onChange={(v) => v && setLanguage(v as Language)}
          allowDeselect={false}
          disabled={running || format === 'json'}
        />

        {format === 'csv' && (
          <Select
            label={t('exports.dialog.delimiter')}
            description={t('exports.dialog.delimiterHint')}
            data={(Object.keys(DELIMITER_NAMES) as CsvDelimiter[]).map((d) => ({
              value: d,
              label: t(`exports.dialog.delimiters.${DELIMITER_NAMES[d]}`),
            }))}
            value={chosenDelimiter}
            onChange={(v) => v && setDelimiter(v as CsvDelimiter)}
            allowDeselect={false}
            disabled={running}
          />
        )}

        <Checkbox.Group
          label={t('exports.dialog.sections')}
          description={fixed ? t('exports.dialog.sectionsFixed') : t('exports.dialog.sectionsHint')}
          value={sections}
          onChange={(v) => setSections(v as ExportSection[])}
          error={!fixed && sections.length === 0 ? t('common.required') : undefined}
        >
          <SimpleGrid cols={2} spacing="sm" verticalSpacing={6} mt="xs">
            {EXPORT_SECTIONS.map((s) => (
              <Checkbox
                key={s}
                value={s}
                label={t(`exports.dialog.section.${s}`)}
                disabled={running || fixed}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>

        {job && job.state === 'running' && (
          <Stack gap={4}>
            <Text size="sm">
              {t(`exports.dialog.phase.${job.phase}`)} — {t('exports.dialog.progress', { percent })}
            </Text>
            <Progress value={percent} animated aria-label={t('exports.dialog.progress', { percent })} />
          </Stack>
        )}
        {job?.state === 'cancelled' && <Alert color="gray">{t('exports.dialog.cancelled')}</Alert>}
        {job?.state === 'failed' && (
          <Alert color="red" title={t('exports.dialog.failed')} role="alert">
            {job.error}
          </Alert>
        )}
        {job?.state === 'done' && (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('exports.dialog.done')}>
            {job.delivery === 'download'
              ? t('exports.dialog.downloaded', { fileName: job.fileName })
              : job.fileName}
            {job.delivery === 'file' && capabilities.data?.showInFolder && (
              <Button
                mt="xs"
                size="xs"
                variant="light"
                leftSection={<IconFolderOpen size={14} />}
                onClick={showInFolder}
              >
                {t('exports.dialog.showInFolder')}
              </Button>
            )}
          </Alert>
        )}
        {notice && <Alert color="gray">{notice}</Alert>}
        <ErrorAlert error={error} />

        <Group justify="flex-end">
          {running ? (
            <Button color="red" variant="light" onClick={cancel}>
              {t('exports.dialog.cancel')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
              <Button onClick={start} loading={starting} disabled={!fixed && sections.length === 0}>
                {t('exports.dialog.start')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
