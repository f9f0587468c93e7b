/** How complete each Art. 30 point is, per activity and across the register (definitions in content.ts). */
import { ART_30_POINTS, type Art30Key } from '../reference/art30'
import type { RegisterActivity, RegisterDocument } from '../schemas/register'
import {
  controllersMissing,
  dataCategoriesMissing,
  dataSubjectsMissing,
  hasOrganisationContact,
  jointControllersMissing,
  partiesWithoutContact,
  purposesMissing,
  recipientsMissing,
  representativeMissing,
  retentionFilled,
  securityMissing,
  transfersPoint,
} from './content'
import { buildLookups, lookupsOf, type LookupSource } from './lookups'
import { activityCompleteness } from './section-states'
import type { Finding } from './types'

export interface PointCompleteness {
  readonly point: Art30Key
  /** Whether the point is filled; false when the point does not apply. */
  readonly filled: boolean
  /** False for a "where applicable" point with nothing to record (no transfers). */
  readonly applicable: boolean
}

export interface PointShare {
  readonly point: Art30Key
  /** Non-retired activities of the matching record kind for which the point applies. */
  readonly applicable: number
  readonly filled: number
  /** filled / applicable, or null when no activity needs the point. */
  readonly share: number | null
}

const always = (filled: boolean) => ({ applicable: true, filled })

/**
 * The Art. 30 points of one activity with whether each is filled, so the editor and the export can show
 * what the record still lacks: 30(1)(a)–(g) for a controller or joint-controller record, 30(2)(a)–(d) for a
 * processor record.
 */
export function art30Completeness(source: LookupSource, activity: RegisterActivity): PointCompleteness[] {
  const lookups = lookupsOf(source)
  const org = lookups.organisation
  const organisation = hasOrganisationContact(org) && !representativeMissing(org)
  const partiesReachable = partiesWithoutContact(lookups, activity).length === 0
  const transfers = transfersPoint(lookups, activity)
  const security = always(!securityMissing(activity))
  if (activity.role === 'processor') {
    return [
      { point: '30(2)(a)', ...always(organisation && partiesReachable && !controllersMissing(activity)) },
      { point: '30(2)(b)', ...always(!purposesMissing(activity)) },
      { point: '30(2)(c)', ...transfers },
      { point: '30(2)(d)', ...security },
    ]
  }
  return [
    { point: '30(1)(a)', ...always(organisation && partiesReachable && !jointControllersMissing(activity)) },
    { point: '30(1)(b)', ...always(!purposesMissing(activity)) },
    { point: '30(1)(c)', ...always(!dataSubjectsMissing(activity) && !dataCategoriesMissing(activity)) },
    { point: '30(1)(d)', ...always(!recipientsMissing(activity)) },
    { point: '30(1)(e)', ...transfers },
    { point: '30(1)(f)', ...always(retentionFilled(lookups, activity)) },
    { point: '30(1)(g)', ...security },
  ]
}

/**
 * For the dashboard and the portfolio view: per Art. 30 point, how many of the register's live activities
 * fill it, each activity counted as the editor marks it (section-states.ts): the point filled and no error
 * finding of `findings` (runChecks on `doc`) in it. Retired activities are left out (they are history, not
 * the current record).
 */
export function organisationCompleteness(doc: RegisterDocument, findings: readonly Finding[]): PointShare[] {
  const lookups = buildLookups(doc)
  const counts = new Map<Art30Key, { applicable: number; filled: number }>(
    ART_30_POINTS.items.map((p) => [p.key, { applicable: 0, filled: 0 }]),
  )
  const errors = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.severity !== 'error' || f.activityReference === null) continue
    const list = errors.get(f.activityReference)
    if (list) list.push(f)
    else errors.set(f.activityReference, [f])
  }
  for (const activity of doc.activities) {
    if (activity.status === 'retired') continue
    for (const state of activityCompleteness(lookups, activity, errors.get(activity.reference) ?? [])) {
      const count = counts.get(state.point)
      if (count === undefined || !state.applicable) continue
      count.applicable += 1
      if (state.filled) count.filled += 1
    }
  }
  return ART_30_POINTS.items.map(({ key }) => {
    const { applicable, filled } = counts.get(key) ?? { applicable: 0, filled: 0 }
    return { point: key, applicable, filled, share: applicable === 0 ? null : filled / applicable }
  })
}

/**
 * One number for a whole register: filled points over applicable points, across every point and live
 * activity (null when no activity needs any), as the dashboard and the portfolio show it.
 */
export function overallCompleteness(
  shares: readonly Pick<PointShare, 'applicable' | 'filled'>[],
): number | null {
  const applicable = shares.reduce((n, p) => n + p.applicable, 0)
  return applicable === 0 ? null : shares.reduce((n, p) => n + p.filled, 0) / applicable
}
