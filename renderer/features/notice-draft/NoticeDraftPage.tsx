/**
 * A privacy notice read into a proposed register: choose a file or paste the text; the notice on one side
 * with the evidence highlighted, the proposals on the other grouped into proposed activities; keep, change or
 * reject each; then save as a new organisation or add the activities to an existing one. Nothing is stored
 * before that, and what is stored goes through the same validation as any register document.
 */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Divider,
  FileInput,
  Grid,
  Group,
  Loader,
  Radio,
  ScrollArea,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { IconFileText } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { NoticeReading, ProposalItem } from '../../../shared/notice-reader/schema'
import { LANGUAGES, type Language } from '../../../shared/schemas/codes'
import { useClient } from '../../api/context'
import { useApi } from '../../api/hooks'
import { CountrySelect } from '../../components/CountrySelect'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'
import { PageHeader } from '../../components/PageHeader'
import { fileToBase64 } from '../imports/file'
import { ProposalRow } from './ProposalRow'
import { NoticeText } from './NoticeText'
import {
  editItem,
  keptActivities,
  renameActivity,
  reviewedDocument,
  startReview,
  toggle,
  type Review,
} from './review-state'

const KINDS = ['party', 'dataCategory', 'dataSubjectCategory', 'transfer', 'retention', 'source'] as const

export function NoticeDraftPage() {
  const { t } = useTranslation()
  const client = useClient()
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  const organisations = useApi('organisations.list', {})

  const [file, setFile] = useState<File | null>(null)
  const [pasted, setPasted] = useState('')
  const [language, setLanguage] = useState<Language | null>(null)
  const [organisationName, setOrganisationName] = useState('')
  const [country, setCountry] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [reading, setReading] = useState<NoticeReading | null>(null)
  const [review, setReview] = useState<Review | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const [target, setTarget] = useState<'new' | 'merge'>('new')
  const [mergeInto, setMergeInto] = useState<string | null>(null)

  const read = async () => {
    setBusy(true)
    setError(null)
    try {
      const source = file ? { fileName: file.name, content: await fileToBase64(file) } : { text: pasted }
      const result = await client.call('notices.read', {
        ...source,
        language,
        organisationName: organisationName.trim() || null,
        country,
      })
      setReading(result.reading)
      setReview(startReview(result.reading))
      setChosen(null)
      if (!organisationName.trim() && result.reading.organisation.name)
        setOrganisationName(result.reading.organisation.name)
      if (!country && result.reading.organisation.country) setCountry(result.reading.organisation.country)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const save = async () => {
    if (!reading || !review) return
    setBusy(true)
    setError(null)
    try {
      const document = reviewedDocument(reading, review, {
        name: organisationName.trim(),
        country,
        email: reading.organisation.email,
      })
      const result =
        target === 'merge' && mergeInto
          ? await client.call('notices.apply', { mode: 'merge', organisationId: mergeInto, document })
          : await client.call('notices.apply', { mode: 'new', document })
      await queryClient.invalidateQueries({
        predicate: (q) =>
          /^(organisations|checks|activities|parties|dataCategories|dataSubjectCategories)\./.test(
            String(q.queryKey[0]),
          ),
      })
      notifySuccess(t('noticeDraft.done', { name: result.name, count: result.counts.activities }))
      navigate(`/orgs/${result.organisationId}/activities`)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const startOver = () => {
    setReading(null)
    setReview(null)
    setFile(null)
    setPasted('')
    setError(null)
  }

  const byId = useMemo(() => new Map((review?.items ?? []).map((i) => [i.id, i])), [review])
  const activityName = useMemo(() => new Map((review?.activities ?? []).map((a) => [a.id, a.name])), [review])
  const marked = useMemo(
    () => (review ? review.items.filter((i) => !review.rejected.has(i.id)).flatMap((i) => i.evidence) : []),
    [review],
  )
  const chosenEvidence = useMemo(() => {
    if (!chosen || !review) return []
    return byId.get(chosen)?.evidence ?? review.activities.find((a) => a.id === chosen)?.evidence ?? []
  }, [chosen, review, byId])

  if (!reading || !review) {
    return (
      <Stack maw={900}>
        <PageHeader title={t('noticeDraft.title')} intro={t('noticeDraft.intro')} />
        <Card withBorder radius="md">
          <Stack>
            <FileInput
              label={t('noticeDraft.file')}
              description={t('noticeDraft.fileHint')}
              accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx"
              leftSection={<IconFileText size={18} />}
              clearable
              value={file}
              onChange={setFile}
              maw={520}
            />
            <Textarea
              label={t('noticeDraft.paste')}
              autosize
              minRows={4}
              maxRows={12}
              value={pasted}
              onChange={(e) => setPasted(e.currentTarget.value)}
              disabled={file !== null}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('noticeDraft.organisation')}
                description={t('noticeDraft.organisationHint')}
                value={organisationName}
                onChange={(e) => setOrganisationName(e.currentTarget.value)}
              />
              <CountrySelect
                label={t('noticeDraft.country')}
                value={country}
                onChange={setCountry}
                clearable
              />
              <Select
                label={t('noticeDraft.language')}
                data={[
                  { value: 'auto', label: t('noticeDraft.languageAuto') },
                  ...LANGUAGES.map((l) => ({ value: l, label: t(`app.languages.${l}`) })),
                ]}
                value={language ?? 'auto'}
                onChange={(v) => setLanguage(!v || v === 'auto' ? null : (v as Language))}
                allowDeselect={false}
              />
            </Group>
            <Group>
              <Button onClick={() => void read()} loading={busy} disabled={!file && pasted.trim() === ''}>
                {t('noticeDraft.read')}
              </Button>
              {busy && <Text size="sm">{t('noticeDraft.reading')}</Text>}
            </Group>
          </Stack>
        </Card>
        <ErrorAlert error={error} />
      </Stack>
    )
  }

  const kept = keptActivities(review)
  const namesOf = (item: ProposalItem) =>
    item.activityIds
      .map((id) => activityName.get(id))
      .filter(Boolean)
      .join(', ')
  const partyName = (id: string | null) =>
    id ? ((byId.get(id) as { name?: string } | undefined)?.name ?? null) : null
  const row = (item: ProposalItem) => (
    <ProposalRow
      key={item.id}
      item={item}
      kept={!review.rejected.has(item.id)}
      chosen={chosen === item.id}
      activityNames={namesOf(item)}
      partyName={partyName}
      onKeep={(keep) => setReview(toggle(review, item.id, keep))}
      onChoose={() => setChosen(item.id)}
      onEdit={(change) => setReview(editItem(review, item.id, change))}
    />
  )
  const nameMissing = target === 'new' && organisationName.trim() === ''
  const cannotSave = kept.length === 0 || nameMissing || (target === 'merge' && !mergeInto)

  return (
    <Stack>
      <PageHeader
        title={t('noticeDraft.title')}
        intro={t('noticeDraft.readAs', { language: t(`app.languages.${reading.language}`) })}
        actions={
          <Button variant="default" onClick={startOver}>
            {t('noticeDraft.startOver')}
          </Button>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder radius="md">
            <Title order={3} size="h4" mb={4}>
              {t('noticeDraft.notice')}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {t('noticeDraft.noticeHint')}
            </Text>
            <NoticeText
              text={reading.text}
              marked={marked}
              chosen={chosenEvidence}
              label={t('noticeDraft.notice')}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder radius="md">
            <Title order={3} size="h4" mb="xs">
              {t('noticeDraft.proposed')}
            </Title>
            <ScrollArea h="calc(100vh - 420px)" type="auto" offsetScrollbars>
              <Stack gap="md">
                <Title order={4} size="h5">
                  {t('noticeDraft.activities')}
                </Title>
                {review.activities.map((a) => {
                  const keepActivity = !review.rejected.has(a.id)
                  const purposes = review.items.filter(
                    (i) => i.kind === 'purpose' && i.activityIds.includes(a.id),
                  )
                  return (
                    <Card
                      key={a.id}
                      withBorder
                      radius="sm"
                      p="xs"
                      data-testid={`activity-${a.id}`}
                      style={{ opacity: keepActivity ? 1 : 0.55 }}
                    >
                      <Group wrap="nowrap" gap="xs" onClick={() => setChosen(a.id)}>
                        <Checkbox
                          checked={keepActivity}
                          onChange={(e) => setReview(toggle(review, a.id, e.currentTarget.checked))}
                          aria-label={t('noticeDraft.accept', { name: a.name })}
                        />
                        <TextInput
                          style={{ flex: 1 }}
                          value={a.name}
                          aria-label={t('noticeDraft.activityName')}
                          onChange={(e) => setReview(renameActivity(review, a.id, e.currentTarget.value))}
                          disabled={!keepActivity}
                        />
                      </Group>
                      {purposes.length > 0 && (
                        <Stack gap={2} mt="xs" pl="md">
                          <Text size="xs" fw={600} c="dimmed">
                            {t('noticeDraft.purposes')}
                          </Text>
                          {purposes.map(row)}
                        </Stack>
                      )}
                    </Card>
                  )
                })}
                {KINDS.map((kind) => {
                  const items = review.items.filter((i) => i.kind === kind)
                  return (
                    <Stack key={kind} gap={2}>
                      <Divider my={4} />
                      <Title order={4} size="h5">
                        {t(`noticeDraft.kinds.${kind}`)} ({items.length})
                      </Title>
                      {items.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('noticeDraft.nothing')}
                        </Text>
                      ) : (
                        items.map(row)
                      )}
                    </Stack>
                  )
                })}
              </Stack>
            </ScrollArea>
            <Divider my="sm" />
            <Stack gap="xs">
              <Radio.Group
                label={t('noticeDraft.target')}
                value={target}
                onChange={(v) => setTarget(v as 'new' | 'merge')}
              >
                <Group mt={4}>
                  <Radio value="new" label={t('noticeDraft.targetNew')} />
                  <Radio
                    value="merge"
                    label={t('noticeDraft.targetMerge')}
                    disabled={(organisations.data ?? []).length === 0}
                  />
                </Group>
              </Radio.Group>
              {target === 'new' ? (
                <Group grow align="flex-start">
                  <TextInput
                    label={t('noticeDraft.organisation')}
                    value={organisationName}
                    onChange={(e) => setOrganisationName(e.currentTarget.value)}
                    error={nameMissing ? t('noticeDraft.needsName') : null}
                  />
                  <CountrySelect
                    label={t('noticeDraft.country')}
                    value={country}
                    onChange={setCountry}
                    clearable
                  />
                </Group>
              ) : (
                <Select
                  label={t('noticeDraft.targetOrganisation')}
                  data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  value={mergeInto}
                  onChange={setMergeInto}
                  searchable
                />
              )}
              {kept.length === 0 && <Alert color="orange">{t('noticeDraft.noActivity')}</Alert>}
              <ErrorAlert error={error} />
              <Group>
                <Button onClick={() => void save()} loading={busy} disabled={cannotSave}>
                  {t('noticeDraft.save', { count: kept.length })}
                </Button>
                {busy && <Loader size="xs" />}
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
