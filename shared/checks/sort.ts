/** The order findings are shown in: errors first, then by activity (organisation first), code and field. */
import type { Finding, Severity } from './types'

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

// Numeric collation so PA-2 comes before PA-10 and transfers.2 before transfers.10; fixed locale, same everywhere.
const collator = new Intl.Collator('en', { numeric: true })

const nullsFirst = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : collator.compare(a, b)

/** A total, locale-independent order, so `ropa check` prints the same list on every machine. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    nullsFirst(a.activityReference, b.activityReference) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    nullsFirst(a.field, b.field) ||
    nullsFirst(a.entityId, b.entityId)
  )
}

/** Each distinct value's place in `compare` order; values the comparison finds equal share a place. */
function places<T>(values: Iterable<T>, compare: (a: T, b: T) => number): Map<T, number> {
  const distinct = [...new Set(values)].sort(compare)
  const place = new Map<T, number>()
  distinct.forEach((value, i) => place.set(value, i > 0 && compare(distinct[i - 1], value) === 0 ? place.get(distinct[i - 1])! : i))
  return place
}

/**
 * The findings in `compareFindings` order, for long lists (a 20,000-activity workspace has about 100,000):
 * each distinct reference and field is placed with the collator once, so the sort compares numbers instead
 * of calling the collator at each of its million comparisons; entity ids, which almost never decide, are
 * compared only on a tie. The same order, exactly.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const references = places(findings.map((f) => f.activityReference), nullsFirst)
  const fields = places(findings.map((f) => f.field), nullsFirst)
  return findings
    .map((finding) => ({
      finding,
      severity: RANK[finding.severity],
      reference: references.get(finding.activityReference)!,
      code: finding.code,
      field: fields.get(finding.field)!,
    }))
    .sort(
      (a, b) =>
        a.severity - b.severity ||
        a.reference - b.reference ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        a.field - b.field ||
        nullsFirst(a.finding.entityId, b.finding.entityId),
    )
    .map((d) => d.finding)
}
