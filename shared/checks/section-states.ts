/**
 * Whether each Art. 30 point of an activity is complete, from the same three sources the user meets in the
 * editor: the point is filled (completeness.ts), Save accepts what its section holds (the activity schema),
 * and the compliance checks find no error in it (the findings shown at its fields). A point is complete only
 * when all three agree, so an empty purpose, a recipient or transfer row left blank, or a transfer beside an
 * Art. 45 error is never counted complete. The editor's marks, the dashboard, the portfolio and `ropa check`
 * all count with this one function.
 */
import { sectionOf, sectionsFor, type SectionId } from '../fields/sections'
import type { RegisterActivity } from '../schemas/register'
import { art30Completeness, type PointCompleteness } from './completeness'
import { lookupsOf, type LookupSource } from './lookups'
import type { Finding } from './types'

export interface SectionState extends PointCompleteness {
  /** Paths in the section that Save refuses. */
  readonly refused: readonly string[]
  /** Error findings placed in the section. */
  readonly errors: readonly Finding[]
}

/**
 * The state of every section of `activity` that records an Art. 30 point. `findings` are the activity's
 * (checkActivity, or runChecks' findings with its reference); `refused` the form paths Save refuses, none
 * for a stored activity (Save accepted it). A section with something Save refuses or an error finding
 * counts as applicable and not filled, even for a "where applicable" point.
 */
export function sectionStates(
  source: LookupSource,
  activity: RegisterActivity,
  findings: readonly Finding[],
  refused: readonly string[] = [],
): Map<SectionId, SectionState> {
  const role = activity.role
  const points = new Map(art30Completeness(lookupsOf(source), activity).map((p) => [p.point, p]))
  const states = new Map<SectionId, SectionState>()
  for (const section of sectionsFor(role)) {
    const point = section.point ? points.get(section.point) : undefined
    if (!point) continue
    const here = refused.filter((path) => sectionOf(path, role) === section.id)
    const errors = findings.filter(
      (f) => f.severity === 'error' && f.field !== null && sectionOf(f.field, role) === section.id,
    )
    const faulty = here.length > 0 || errors.length > 0
    states.set(section.id, {
      point: point.point,
      applicable: point.applicable || faulty,
      filled: point.filled && !faulty,
      refused: here,
      errors,
    })
  }
  return states
}

/** The Art. 30 points of a stored activity as the editor marks them, in the order of the record. */
export function activityCompleteness(
  source: LookupSource,
  activity: RegisterActivity,
  findings: readonly Finding[],
): PointCompleteness[] {
  return [...sectionStates(source, activity, findings).values()].map(({ point, applicable, filled }) => ({
    point,
    applicable,
    filled,
  }))
}
