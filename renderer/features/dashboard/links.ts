/** Where a finding is fixed: the field in the activity editor, or in the organisation's profile. */
import type { Finding } from '../../../shared/checks'

type Located = Pick<Finding, 'activityReference' | 'field'>

const withField = (path: string, field: string | null) =>
  field === null ? path : `${path}?field=${encodeURIComponent(field)}`

/**
 * The in-app path of the form field a finding points at (`?field=` names it; the form focuses the element
 * with that `data-path`). An activity the list no longer has falls back to the activities table.
 */
export function findingPath(
  organisationId: string,
  finding: Located,
  activityIdByReference: ReadonlyMap<string, string>,
): string {
  const base = `/orgs/${organisationId}`
  if (finding.activityReference === null) return withField(`${base}/profile`, finding.field)
  const activityId = activityIdByReference.get(finding.activityReference)
  return activityId === undefined
    ? `${base}/activities`
    : withField(`${base}/activities/${activityId}`, finding.field)
}

export function activityFieldPath(organisationId: string, activityId: string, field: string): string {
  return withField(`/orgs/${organisationId}/activities/${activityId}`, field)
}
