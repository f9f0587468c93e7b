/**
 * The organisation's timeline: every change to its register, newest first, grouped by day, filtered by
 * date range, user and kind of entry. Each change links to its activity or entry while that still exists.
 */
import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconCalendarTime, IconFilterOff } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { HISTORY_ENTITIES, type Change } from '../../../shared/api/history'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'
import { DateField, realDay } from '../../components/DateField'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate, todayLocal } from '../../components/format'
import { ChangeCard } from './ChangeCard'
import { entityHref, entityLabel } from './entities'
import { useExistingEntries } from './use-existing-entries'
import { PageHeader } from '../../components/PageHeader'
import { useUiLanguage } from '../../i18n/use-ui-language'

/** Enough to read through in one sitting; narrowing the dates reaches further back. */
export const TIMELINE_LIMIT = 200

type Entity = (typeof HISTORY_ENTITIES)[number]

export function TimelinePage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const organisation = useApi('organisations.get', { id: organisationId })
  const [since, setSince] = useState<string | null>(null)
  const [until, setUntil] = useState<string | null>(null)
  const [actor, setActor] = useState<string | null>(null)
  const [entity, setEntity] = useState<Entity | null>(null)
  // Edits elsewhere do not mark the history stale: read it afresh whenever the page opens.
  const timeline = useApi(
    'history.timeline',
    {
      organisationId,
      since: realDay(since),
      until: realDay(until),
      actor,
      entity,
      limit: TIMELINE_LIMIT,
      language,
    },
    { staleTime: 0, placeholderData: (previous) => previous },
  )
  const exists = useExistingEntries(organisationId)
  const days = useMemo(() => groupByDay(timeline.data?.changes ?? []), [timeline.data])
  const filtered = since !== null || until !== null || actor !== null || entity !== null

  const clear = () => {
    setSince(null)
    setUntil(null)
    setActor(null)
    setEntity(null)
  }

  return (
    <Stack maw={1100}>
      <PageHeader
        context={organisation.data?.name ?? ''}
        title={t('history.timeline.title')}
        intro={t('history.timeline.intro')}
        actions={
          <Button
            component={Link}
            href={paths.asOf(organisationId)}
            variant="default"
            leftSection={<IconCalendarTime size={16} />}
          >
            {t('history.timeline.asOf')}
          </Button>
        }
      />

      <Card
        withBorder
        padding="md"
        radius="md"
        component="section"
        aria-label={t('history.timeline.filters')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <DateField
            label={t('history.timeline.from')}
            value={since}
            onChange={setSince}
            maxDate={realDay(until) ?? todayLocal()}
          />
          <DateField
            label={t('history.timeline.until')}
            value={until}
            onChange={setUntil}
            minDate={realDay(since) ?? undefined}
            maxDate={todayLocal()}
          />
          <Select
            label={t('history.timeline.user')}
            placeholder={t('history.timeline.anyUser')}
            data={timeline.data?.actors ?? []}
            value={actor}
            onChange={setActor}
            clearable
          />
          <Select
            label={t('history.timeline.kind')}
            placeholder={t('history.timeline.anyKind')}
            data={HISTORY_ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
            value={entity}
            onChange={(v) => setEntity(v as Entity | null)}
            clearable
          />
        </SimpleGrid>
        {filtered && (
          <Group justify="flex-end" mt="sm">
            <Button size="xs" variant="subtle" leftSection={<IconFilterOff size={14} />} onClick={clear}>
              {t('history.timeline.clear')}
            </Button>
          </Group>
        )}
      </Card>

      <ErrorAlert error={timeline.error} />
      {timeline.isPending && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {timeline.data &&
        (timeline.data.truncated ? (
          <Alert color="blue" variant="light">
            {t('history.timeline.truncated', { count: TIMELINE_LIMIT })}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('history.timeline.count', { count: timeline.data.changes.length })}
          </Text>
        ))}
      {timeline.data && timeline.data.changes.length === 0 && (
        <Card withBorder>
          <Text c="dimmed" ta="center" p="md">
            {t('history.timeline.empty')}
          </Text>
        </Card>
      )}

      {days.map(([day, changes]) => (
        <Stack key={day} gap="xs" component="section" aria-label={formatDate(day)}>
          <Title order={4} size="h5" c="dimmed">
            {formatDate(day)}
          </Title>
          {changes.map((change) => {
            const href = entityHref(organisationId, change, exists)
            const live = change.entity === 'activity' && href !== null
            return (
              <ChangeCard
                key={change.id}
                change={change}
                subject={{ href, goneLabel: href === null ? t('history.timeline.gone') : undefined }}
                lineHref={
                  live ? (field) => paths.activity(organisationId, change.entityId, field) : undefined
                }
              />
            )
          })}
        </Stack>
      ))}
    </Stack>
  )
}

/** Changes by local calendar day, keeping their order (newest first). */
function groupByDay(changes: Change[]): [string, Change[]][] {
  const days = new Map<string, Change[]>()
  for (const change of changes) {
    const day = todayLocal(new Date(change.at))
    const list = days.get(day)
    if (list) list.push(change)
    else days.set(day, [change])
  }
  return [...days]
}
