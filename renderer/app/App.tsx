/** The shell: header, navigation with the organisation switcher, and the routed page. */
import { AppShell, Burger, Center, Group, NavLink, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import {
  IconBook2,
  IconBooks,
  IconBriefcase,
  IconBuilding,
  IconDatabase,
  IconFileExport,
  IconFileText,
  IconGauge,
  IconHistory,
  IconId,
  IconListDetails,
  IconTrash,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Redirect, Route, Switch, useLocation } from 'wouter'
import { CATALOGUES, type CatalogueName } from '../../shared/schemas/catalogue'
import { useApi } from '../api/hooks'
import { ErrorAlert } from '../components/ErrorAlert'
import { ActivitiesPage } from '../features/activities/ActivitiesPage'
import { ActivityEditorPage } from '../features/activities/editor/ActivityEditorPage'
import { CataloguePage } from '../features/catalogues/CataloguePage'
import { OrganisationSwitcher } from '../features/organisations/OrganisationSwitcher'
import { OrganisationsPage } from '../features/organisations/OrganisationsPage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { ExportsPage } from '../features/exports/ExportsPage'
import { NoticePage } from '../features/notices/NoticePage'
import { NoticeDraftPage } from '../features/notice-draft/NoticeDraftPage'
import { BackupsPage } from '../features/backups/BackupsPage'
import { AsOfPage } from '../features/history/AsOfPage'
import { ComparePage } from '../features/history/ComparePage'
import { TamperWarning } from '../features/history/TamperWarning'
import { TimelinePage } from '../features/history/TimelinePage'
import { TrashPage } from '../features/trash/TrashPage'
import { PortfolioPage } from '../features/portfolio/PortfolioPage'
import { ProfilePage } from '../features/profile/ProfilePage'
import { LanguagePicker } from './LanguagePicker'
import { paths } from './paths'
import { useCurrentOrganisation } from './current-organisation'
import { ImportPage } from '../features/imports/ImportPage'
import { TeamDatabaseButton } from '../features/team/TeamDatabaseButton'
import { NewOrganisationPage } from '../features/library/NewOrganisationPage'
import { LibraryPage } from '../features/library/LibraryPage'

interface NavItem {
  href: string
  label: string
  icon: ReactNode
  /** The address prefix under which the link shows as current. */
  prefix: string
}

export function App() {
  const { t } = useTranslation()
  const info = useApi('app.info', {})
  const [opened, { toggle }] = useDisclosure()
  // On workspace-wide pages the organisation last opened stays current (selector and its navigation).
  const { currentId: orgId } = useCurrentOrganisation()
  const [location] = useLocation()
  const organisation = useApi('organisations.get', { id: orgId ?? '' }, { enabled: orgId !== null })

  if (info.isError) {
    return (
      <Center h="100%" p="xl" data-app-state="error">
        <ErrorAlert error={info.error} />
      </Center>
    )
  }

  // The organisation's pages, in the order a DPO works through them. Add a page with one line here.
  const organisationItems: NavItem[] = orgId
    ? [
        {
          href: `/orgs/${orgId}/dashboard`,
          label: t('nav.dashboard'),
          icon: <IconGauge size={18} />,
          prefix: `/orgs/${orgId}/dashboard`,
        },
        {
          href: paths.profile(orgId),
          label: t('nav.profile'),
          icon: <IconId size={18} />,
          prefix: `/orgs/${orgId}/profile`,
        },
        {
          href: paths.activities(orgId),
          label: t('nav.activities'),
          icon: <IconListDetails size={18} />,
          prefix: `/orgs/${orgId}/activities`,
        },
        {
          href: paths.catalogue(orgId, 'parties'),
          label: t('nav.catalogues'),
          icon: <IconBooks size={18} />,
          prefix: `/orgs/${orgId}/catalogues`,
        },
        {
          href: `/orgs/${orgId}/exports`,
          label: t('nav.exports'),
          icon: <IconFileExport size={18} />,
          prefix: `/orgs/${orgId}/exports`,
        },
        {
          href: paths.notice(orgId),
          label: t('notices.title'),
          icon: <IconFileText size={18} />,
          prefix: `/orgs/${orgId}/notice`,
        },
        {
          href: paths.history(orgId),
          label: t('history.timeline.title'),
          icon: <IconHistory size={18} />,
          prefix: `/orgs/${orgId}/history`,
        },
        {
          href: paths.trash(orgId),
          label: t('trash.title'),
          icon: <IconTrash size={18} />,
          prefix: `/orgs/${orgId}/trash`,
        },
      ]
    : []

  return (
    <AppShell
      // The page asks for its data while app.info is still on its way (not one round trip after it): the
      // header shows the workspace once it is known.
      data-app-state={info.isPending ? 'loading' : 'loaded'}
      header={{ height: 56 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={3} c="indigo.8">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {info.data && (
              <Text
                size="xs"
                c="dimmed"
                title={info.data.workspacePath}
                visibleFrom="md"
                maw={420}
                truncate="start"
              >
                {t('app.workspace')}: {info.data.workspacePath}
              </Text>
            )}
            <TeamDatabaseButton />
            <LanguagePicker />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md">
        <Stack gap="md">
          <OrganisationSwitcher currentId={orgId} />
          <nav aria-label={t('nav.main')}>
            <NavLink
              component={Link}
              href={paths.organisations()}
              label={t('nav.organisations')}
              leftSection={<IconBuilding size={18} />}
              active={location === '/'}
            />
            <NavLink
              component={Link}
              href="/portfolio"
              label={t('nav.portfolio')}
              leftSection={<IconBriefcase size={18} />}
              active={location === '/portfolio'}
            />
            <NavLink
              component={Link}
              href={paths.library()}
              label={t('library.nav')}
              leftSection={<IconBook2 size={18} />}
              active={location === paths.library()}
            />
            <NavLink
              component={Link}
              href={paths.backups()}
              label={t('backups.title')}
              leftSection={<IconDatabase size={18} />}
              active={location === paths.backups()}
            />
            {orgId && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" truncate>
                {organisation.data?.name ?? t('nav.organisation')}
              </Text>
            )}
            {organisationItems.map((item) => (
              <NavLink
                key={item.prefix}
                component={Link}
                href={item.href}
                label={item.label}
                leftSection={item.icon}
                active={location.startsWith(item.prefix)}
              />
            ))}
          </nav>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <TamperWarning />
        <Switch>
          <Route path="/" component={OrganisationsPage} />
          <Route path="/portfolio" component={PortfolioPage} />
          <Route path={paths.newOrganisation()} component={NewOrganisationPage} />
          <Route path={paths.library()} component={LibraryPage} />
          <Route path="/orgs/:orgId/profile">{(p) => <ProfilePage organisationId={p.orgId} />}</Route>
          <Route path="/import" component={ImportPage} />
          <Route path="/notice-draft" component={NoticeDraftPage} />
          <Route path="/orgs/:orgId/activities/new">
            {(p) => <ActivityEditorPage organisationId={p.orgId} activityId={null} />}
          </Route>
          <Route path="/orgs/:orgId/activities/:activityId">
            {(p) => <ActivityEditorPage organisationId={p.orgId} activityId={p.activityId} />}
          </Route>
          <Route path="/orgs/:orgId/activities">{(p) => <ActivitiesPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/catalogues/:catalogue">
            {(p) =>
              (CATALOGUES as readonly string[]).includes(p.catalogue) ? (
                <CataloguePage
                  key={p.catalogue}
                  organisationId={p.orgId}
                  catalogue={p.catalogue as CatalogueName}
                />
              ) : (
                <Redirect to={paths.catalogue(p.orgId, 'parties')} replace />
              )
            }
          </Route>
          <Route path="/orgs/:orgId/catalogues">
            {(p) => <Redirect to={paths.catalogue(p.orgId, 'parties')} replace />}
          </Route>
          <Route path="/orgs/:orgId/dashboard">{(p) => <DashboardPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/exports">{(p) => <ExportsPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/notice">{(p) => <NoticePage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/history/as-of">{(p) => <AsOfPage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/history">{(p) => <TimelinePage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/compare">{(p) => <ComparePage organisationId={p.orgId} />}</Route>
          <Route path="/orgs/:orgId/trash">{(p) => <TrashPage organisationId={p.orgId} />}</Route>
          <Route path="/backups" component={BackupsPage} />
          <Route path="/orgs/:orgId">{(p) => <Redirect to={`/orgs/${p.orgId}/dashboard`} replace />}</Route>
          <Route>
            <Redirect to="/" replace />
          </Route>
        </Switch>
      </AppShell.Main>
    </AppShell>
  )
}
