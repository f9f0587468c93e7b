/**
 * The app's addresses, built in one place so features link to each other without spelling routes by hand.
 * `field` is a form path (`transfers.0.mechanism`, `representative`): the page opens the section holding it,
 * scrolls to the element with that `data-path`, focuses and highlights it.
 */
import type { CatalogueName } from '../../shared/schemas/catalogue'

const withField = (path: string, field?: string | null) =>
  field ? `${path}?field=${encodeURIComponent(field)}` : path

export const paths = {
  organisations: () => '/',
  newOrganisation: () => '/new-organisation',
  library: () => '/library',
  profile: (orgId: string, field?: string | null) => withField(`/orgs/${orgId}/profile`, field),
  activities: (orgId: string) => `/orgs/${orgId}/activities`,
  newActivity: (orgId: string) => `/orgs/${orgId}/activities/new`,
  activity: (orgId: string, activityId: string, field?: string | null) =>
    withField(`/orgs/${orgId}/activities/${activityId}`, field),
  catalogue: (orgId: string, catalogue: CatalogueName) => `/orgs/${orgId}/catalogues/${catalogue}`,
  /** A catalogue page with one entry's dialog open. */
  catalogueEntry: (orgId: string, catalogue: CatalogueName, entryId: string) =>
    `/orgs/${orgId}/catalogues/${catalogue}?entry=${encodeURIComponent(entryId)}`,
  exports: (orgId: string) => `/orgs/${orgId}/exports`,
  notice: (orgId: string) => `/orgs/${orgId}/notice`,
  history: (orgId: string) => `/orgs/${orgId}/history`,
  /** The register as it stood on a date (`YYYY-MM-DD`), or the page to choose one. */
  asOf: (orgId: string, date?: string | null) =>
    `/orgs/${orgId}/history/as-of${date ? `?at=${encodeURIComponent(date)}` : ''}`,
  /** Two versions of a register compared; versions are written as `now`, `at:YYYY-MM-DD` or `export:ID`. */
  compare: (orgId: string, from: string, to: string) =>
    `/orgs/${orgId}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  trash: (orgId: string) => `/orgs/${orgId}/trash`,
  backups: () => '/backups',
}

/** The page to show when switching to another organisation: the same kind of page, or its activities. */
export function switchedLocation(location: string, organisationId: string): string {
  const match = /^\/orgs\/[^/]+\/(profile|activities|catalogues\/[^/?]+)$/.exec(location.split('?')[0])
  return `/orgs/${organisationId}/${match ? match[1] : 'activities'}`
}
