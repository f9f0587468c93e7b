/**
 * The import flow: choose a file; see how it is read (layout, sheets, organisation, the mapping of each
 * column with its confidence, a preview of the first activities as they will be stored, every cell that
 * cannot be read); change the mapping and see the preview follow; confirm, and only then is anything stored.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Loader,
  MultiSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ApiCallError } from '../../../shared/api/client'
import type { ImportMapping } from '../../../shared/imports/build'
import type { ImportField } from '../../../shared/imports/fields'
import { useClient } from '../../api/context'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { ConflictModal } from './ConflictModal'
import { fileToBase64 } from './file'
import { MappingTable } from './MappingTable'
import { PreviewTable } from './PreviewTable'
import { ProblemList } from './ProblemList'
import { SavedMappings } from './SavedMappings'
import { PageHeader } from '../../components/PageHeader'

interface Chosen {
  /** Changes with every file chosen, so analyses of an earlier file are never reused. */
  token: number
  fileName: string
  content: string
}

export function ImportPage() {
  const { t } = useTranslation()
  const client = useClient()
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  const [picked, setPicked] = useState<File | null>(null)
  const [file, setFile] = useState<Chosen | null>(null)
  const [reading, setReading] = useState(false)
  const [readError, setReadError] = useState<unknown>(null)
  const [sheets, setSheets] = useState<string[] | null>(null)
  const [overrides, setOverrides] = useState<Record<string, ImportField | null>>({})
  const [organisationName, setOrganisationName] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [confirmError, setConfirmError] = useState<unknown>(null)
  const [conflict, setConflict] = useState<string | null>(null)

  const analysis = useQuery({
    queryKey: ['imports.analyse', file?.token, sheets, overrides],
    enabled: file !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
    queryFn: () =>
      client.call('imports.analyse', {
        fileName: file!.fileName,
        content: file!.content,
        sheets,
        mapping: overrides,
      }),
  })
  const data = file ? analysis.data : undefined
  const name = organisationName ?? data?.organisationName ?? ''

  const choose = async (chosen: File | null) => {
    setPicked(chosen)
    setFile(null)
    setReadError(null)
    setSheets(null)
    setOverrides({})
    setOrganisationName(null)
    setConfirmError(null)
    if (!chosen) return
    setReading(true)
    try {
      setFile({ token: Date.now(), fileName: chosen.name, content: await fileToBase64(chosen) })
    } catch (error) {
      setReadError(error)
    } finally {
      setReading(false)
    }
  }

  const confirm = async (mode: 'new' | 'replace', asName?: string) => {
    if (!file || !data) return
    setConfirming(true)
    setConfirmError(null)
    try {
      const result = await client.call('imports.confirm', {
        fileName: file.fileName,
        content: file.content,
        sheets,
        mapping: overrides,
        organisationName: (asName ?? name).trim() || null,
        mode,
      })
      setConflict(null)
      await queryClient.invalidateQueries({
        predicate: (q) => /^(organisations|checks|activities)\./.test(String(q.queryKey[0])),
      })
      notifySuccess(t('imports.done', { name: result.name, count: result.counts.activities }))
      navigate(`/orgs/${result.organisationId}/activities`)
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'CONFLICT') setConflict((asName ?? name).trim())
      else setConfirmError(error)
    } finally {
      setConfirming(false)
    }
  }

  const current: ImportMapping = Object.fromEntries((data?.columns ?? []).map((c) => [c.key, c.field]))
  const layoutLabel = data ? t(`imports.layout.${data.layout}`) : ''

  return (
    <Stack maw={1200}>
      <PageHeader title={t('imports.title')} intro={t('imports.intro')} />

      <Card withBorder radius="md">
        <FileInput
          label={t('imports.file')}
          description={t('imports.fileHint')}
          accept=".xlsx,.xlsm,.csv,.tsv,.txt"
          leftSection={<IconFileSpreadsheet size={18} />}
          clearable
          value={picked}
          onChange={(f) => void choose(f)}
          maw={520}
        />
      </Card>

      {(reading || (file && analysis.isFetching && !data)) && (
        <Group>
          <Loader size="sm" />
          <Text size="sm">{t('imports.reading')}</Text>
        </Group>
      )}
      <ErrorAlert error={readError ?? (file ? analysis.error : null)} />

      {data && (
        <>
          <Card withBorder radius="md">
            <Stack gap="sm">
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t('imports.layout.label')}
                </Text>
                <Badge variant="light" size="lg" data-testid="import-layout">
                  {layoutLabel}
                </Badge>
                {analysis.isFetching && <Loader size="xs" />}
              </Group>
              {data.layout === 'ropa' && (
                <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
                  {t('imports.ropaExact')}
                  {data.problems.length > 0 && (
                    <Group mt="xs" gap="sm">
                      <Text size="sm">{t('imports.ropaEdited')}</Text>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setSheets(data.sheets.slice(1, 3).map((s) => s.name))}
                      >
                        {t('imports.readVisible')}
                      </Button>
                    </Group>
                  )}
                </Alert>
              )}
              {data.layout !== 'ropa' && data.sheets.length > 1 && (
                <MultiSelect
                  label={t('imports.sheets')}
                  data={data.sheets.map((s) => ({
                    value: s.name,
                    label: s.header
                      ? `${s.name} (${s.orientation === 'form' ? t('imports.labelColumn', { column: String.fromCharCode(64 + s.header) }) : t('imports.headerRow', { row: s.header })})`
                      : s.name,
                  }))}
                  value={sheets ?? data.sheets.filter((s) => s.selected).map((s) => s.name)}
                  onChange={(value) => {
                    setSheets(value.length > 0 ? value : null)
                    setOverrides({})
                  }}
                  maw={620}
                />
              )}
              <TextInput
                label={t('imports.organisationName')}
                description={data.organisationName ? t('imports.organisationHint') : undefined}
                error={name.trim() === '' ? t('imports.organisationMissing') : undefined}
                value={name}
                onChange={(e) => setOrganisationName(e.currentTarget.value)}
                maxLength={200}
                maw={520}
                required
              />
            </Stack>
          </Card>

          {data.columns.length > 0 && (
            <Card withBorder radius="md">
              <Stack gap="sm">
                <div>
                  <Title order={3} size="h4">
                    {t('imports.mapping.title')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('imports.mapping.intro')}
                  </Text>
                </div>
                <SavedMappings
                  current={current}
                  onApply={(mapping) =>
                    setOverrides(
                      Object.fromEntries(
                        data.columns
                          .filter((c) => Object.hasOwn(mapping, c.key))
                          .map((c) => [c.key, mapping[c.key]]),
                      ),
                    )
                  }
                />
                <MappingTable
                  columns={data.columns}
                  overrides={overrides}
                  onChange={(key, field) => setOverrides((o) => ({ ...o, [key]: field }))}
                />
              </Stack>
            </Card>
          )}

          <Card withBorder radius="md">
            <Stack gap="sm">
              <div>
                <Title order={3} size="h4">
                  {t('imports.preview.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('imports.preview.intro')} {t('imports.preview.counts', data.counts)}
                </Text>
              </div>
              {data.preview.length === 0 ? (
                <Text size="sm">{t('imports.preview.empty')}</Text>
              ) : (
                <PreviewTable rows={data.preview} />
              )}
              {data.counts.activities > data.preview.length && (
                <Text size="sm" c="dimmed">
                  {t('imports.preview.more', { count: data.counts.activities - data.preview.length })}
                </Text>
              )}
            </Stack>
          </Card>

          <Card withBorder radius="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('imports.problems.title', { count: data.problems.length })}
              </Title>
              <ProblemList problems={data.problems} />
            </Stack>
          </Card>

          <ErrorAlert error={confirmError} />
          <Group justify="space-between">
            <Button variant="default" onClick={() => void choose(null)}>
              {t('imports.startOver')}
            </Button>
            <Button
              size="md"
              disabled={data.counts.activities === 0 || name.trim() === '' || analysis.isFetching}
              loading={confirming}
              onClick={() => void confirm('new')}
            >
              {t('imports.confirm', { count: data.counts.activities })}
            </Button>
          </Group>
        </>
      )}

      {conflict !== null && (
        <ConflictModal
          name={conflict}
          busy={confirming}
          onCancel={() => setConflict(null)}
          onReplace={() => void confirm('replace', conflict)}
          onRename={(newName) => void confirm('new', newName)}
        />
      )}
    </Stack>
  )
}
