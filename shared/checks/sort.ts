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
