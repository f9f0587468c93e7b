/** The shell: header, navigation with the organisation switcher, and the routed page. */
import { AppShell, Burger, Center, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconBriefcase, IconBuilding, IconFileExport, IconGauge, IconListDetails } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, Redirect, Route, Switch, useLocation, useRoute } from 'wouter'
import { useApi } from '../api/hooks'
import { ErrorAlert } from '../components/ErrorAlert'
import { OrganisationSwitcher } from '../features/organisations/OrganisationSwitcher'
import { OrganisationsPage } from '../features/organisations/OrganisationsPage'
import { ActivitiesPage } from '../features/activities/ActivitiesPage'
import { ActivityEditorPage } from '../features/activities/ActivityEditorPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { PortfolioPage } from '../features/portfolio/PortfolioPage'
import { ExportsPage } from '../features/exports/ExportsPage'
import { ImportPage } from '../features/imports/ImportPage'

function useCurrentOrganisationId(): string | null {
  const [, params] = useRoute<{ orgId: string }>('/orgs/:orgId/*?')
  return params?.orgId ?? null
}

export function App() {
  const { t } = useTranslation()
  const info = useApi('app.info', {})
  const [opened, { toggle }] = useDisclosure()
  const orgId = useCurrentOrganisationId()
  const [location] = useLocation()

  if (info.isPending) {
    return (
      <Center h="100%" data-app-state="loading">
        <Group>
          <Loader size="sm" />
          <Text>{t('app.loading')}</Text>
        </Group>
      </Center>
    )
  }
  if (info.isError) {
    return (
      <Center h="100%" p="xl" data-app-state="error">
        <ErrorAlert error={info.error} />
      </Center>
    )
  }

  return (
    <AppShell
      data-app-state="loaded"
      header={{ height: 56 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={3} c="indigo.8">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" title={info.data.workspacePath} visibleFrom="md" maw={420} truncate="start">
            {t('app.workspace')}: {info.data.workspacePath}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md">
        <Stack gap="md">
          <OrganisationSwitcher currentId={orgId} />
          <nav aria-label="Main">
            <NavLink component={Link} href="/" label={t('nav.organisations')} leftSection={<IconBuilding size={18} />} active={location === '/'} />
            <NavLink component={Link} href="/portfolio" label={t('nav.portfolio')} leftSection={<IconBriefcase size={18} />} active={location === '/portfolio'} />
            {orgId && (
              <NavLink component={Link} href={`/orgs/${orgId}/dashboard`} label={t('nav.dashboard')} leftSection={<IconGauge size={18} />} active={location === `/orgs/${orgId}/dashboard`} />
            )}
            {orgId && (
              <NavLink
                component={Link}
                href={`/orgs/${orgId}/activities`}
                label={t('nav.activities')}
                leftSection={<IconListDetails size={18} />}
                active={location.startsWith(`/orgs/${orgId}/activities`)}
              />
            )}
            {orgId && (
              <NavLink
                component={Link}
                href={`/orgs/${orgId}/exports`}
                label={t('nav.exports')}
                leftSection={<IconFileExport size={18} />}
                active={location.startsWith(`/orgs/${orgId}/exports`)}
              />
            )}
          </nav>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Switch>
          <Route path="/" component={OrganisationsPage} />
          <Route path="/portfolio" component={PortfolioPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/orgs/:orgId/dashboard">{(p) => <DashboardPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/activities/new">{(p) => <ActivityEditorPage organisationId={p.orgId} activityId={null} />}</Route>
          <Route path="/orgs/:orgId/activities/:activityId">{(p) => <ActivityEditorPage organisationId={p.orgId} activityId={p.activityId} />}</Route>
          <Route path="/orgs/:orgId/activities">{(p) => <ActivitiesPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/exports">{(p) => <ExportsPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId">{(p) => <Redirect to={`/orgs/${p.orgId}/dashboard`} replace />}</Route>
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      </AppShell.Main>
    </AppShell>
  )
}
