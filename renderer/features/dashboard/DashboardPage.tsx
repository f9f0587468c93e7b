import { Alert, Anchor, Card, Center, Grid, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { Link } from 'wouter'
import { paths } from '../../app/paths'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { overallCompleteness } from '../../../shared/checks'
import { useApi } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate } from '../../components/format'
import { ShareBar } from '../../components/ShareBar'
import { CompletenessCard } from './CompletenessCard'
import { FindingsCard, SEVERITY_COLOURS, SEVERITY_HEADINGS } from './FindingsCard'
import { ReviewsCard } from './ReviewsCard'
import { TransfersCard } from './TransfersCard'
import { PageHeader } from '../../components/PageHeader'
import { FirstSteps } from '../organisations/FirstSteps'
import { useUiLanguage } from '../../i18n/use-ui-language'

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      {/* One long word (Verarbeitungstätigkeiten) is wider than a card: it breaks rather than runs out. */}
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {label}
      </Text>
      {children}
    </Card>
  )
}

export function DashboardPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const checks = useApi('checks.organisation', { organisationId, language, dates: 'local' })
  const overview = useApi('checks.overview', { organisationId, language })
  const activities = useApi('activities.list', { organisationId })
  const organisations = useApi('organisations.list', {})
  const organisation = organisations.data?.find((o) => o.id === organisationId)
  const error = checks.error ?? overview.error ?? activities.error

  if (error) return <ErrorAlert error={error} />
  if (!checks.data || !overview.data || !activities.data) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    )
  }
  const activityIds = new Map(activities.data.map((a) => [a.reference, a.id]))
  const share = overallCompleteness(checks.data.completeness)
  // A register nobody has marked active yet reads as unfinished to an authority: say so where the DPO looks first.
  const allDrafts = activities.data.length > 0 && activities.data.every((a) => a.status === 'draft')

  return (
    <Stack data-page="dashboard">
      <PageHeader
        context={organisation?.name ?? ''}
        title={t('dashboard.title')}
        actions={
          <Text size="sm" c="dimmed">
            {t('dashboard.checkedOn', { date: formatDate(checks.data.today) })}
          </Text>
        }
      />
      <FirstSteps
        key={organisationId}
        organisationId={organisationId}
        organisationName={organisation?.name ?? ''}
        activityCount={activities.data.length}
        onDashboard
      />
      {allDrafts && (
        <Alert
          color="yellow"
          icon={<IconPencil size={18} />}
          title={t('dashboard.draftRegister.title')}
          data-testid="draft-register"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('dashboard.draftRegister.body', { count: activities.data.length })}</Text>
            <Anchor component={Link} href={paths.activities(organisationId)} size="sm">
              {t('dashboard.draftRegister.action')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {(['error', 'warning', 'info'] as const).map((severity) => (
          <Stat key={severity} label={t(SEVERITY_HEADINGS[severity])} testId={`stat-${severity}`}>
            <Text
              fz={28}
              fw={700}
              c={checks.data.counts[severity] > 0 ? SEVERITY_COLOURS[severity] : 'dimmed'}
            >
              {checks.data.counts[severity]}
            </Text>
          </Stat>
        ))}
        <Stat label={t('dashboard.stats.activities')} testId="stat-activities">
          <Text fz={28} fw={700}>
            {activities.data.length}
          </Text>
        </Stat>
        <Stat label={t('dashboard.stats.completeness')} testId="stat-completeness">
          {share === null ? (
            <Text fz={28} fw={700} c="dimmed">
              –
            </Text>
          ) : (
            <Group h={42}>
              <ShareBar share={share} label={t('dashboard.stats.completeness')} width={90} />
            </Group>
          )}
        </Stat>
      </SimpleGrid>
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <CompletenessCard completeness={checks.data.completeness} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack>
            <ReviewsCard overview={overview.data} />
            <TransfersCard destinations={overview.data.destinations} />
          </Stack>
        </Grid.Col>
      </Grid>
      <FindingsCard checks={checks.data} activityIds={activityIds} />
    </Stack>
  )
}
