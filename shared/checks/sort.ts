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

/**
 * Each distinct value's place in `compare` order; values the comparison finds equal share a place. Values
 * usually come already in order (findings arrive activity by activity, by reference): then one pass suffices.
 */
function places<T>(values: Iterable<T>, compare: (a: T, b: T) => number): Map<T, number> {
  let distinct = [...new Set(values)]
  // One comparison per neighbouring pair (the collator is the costly part): negative, or 0 for equal values.
  let steps = distinct.map((value, i) => (i === 0 ? -1 : compare(distinct[i - 1], value)))
  if (steps.some((step) => step > 0)) {
    distinct = distinct.sort(compare)
    steps = distinct.map((value, i) => (i === 0 ? -1 : compare(distinct[i - 1], value)))
  }
  const place = new Map<T, number>()
  let current = 0
  distinct.forEach((value, i) => place.set(value, steps[i] === 0 ? current : (current = i)))
  return place
}

interface Placed {
  finding: Finding
  reference: number
  code: string
  field: number
}

const byRest = (a: Placed, b: Placed) =>
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
  a.field - b.field ||
  nullsFirst(a.finding.entityId, b.finding.entityId)
const byReferenceAndRest = (a: Placed, b: Placed) => a.reference - b.reference || byRest(a, b)

/**
 * The findings in `compareFindings` order, for long lists (a 20,000-activity workspace has about 100,000). Each
 * distinct reference and field is placed with the collator once, so comparisons compare numbers; and since
 * findings arrive activity by activity, in reference order, usually only each activity's few findings need
 * sorting within each severity (the whole severity is sorted when they do not). The same order, exactly.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const references = places(
    findings.map((f) => f.activityReference),
    nullsFirst,
  )
  const fields = places(
    findings.map((f) => f.field),
    nullsFirst,
  )
  const severities: Placed[][] = [[], [], []]
  for (const finding of findings) {
    severities[RANK[finding.severity]].push({
      finding,
      reference: references.get(finding.activityReference)!,
      code: finding.code,
      field: fields.get(finding.field)!,
    })
  }
  const sorted: Finding[] = []
  for (const list of severities) {
    if (list.some((p, i) => i > 0 && list[i - 1].reference > p.reference)) list.sort(byReferenceAndRest)
    else {
      // Runs of one reference, each sorted on its own (sort is stable, as the whole sort would be).
      for (let start = 0, end = 1; start < list.length; start = end, end = start + 1) {
        while (end < list.length && list[end].reference === list[start].reference) end++
        if (end - start > 1) {
          const run = list.slice(start, end).sort(byRest)
          for (let i = 0; i < run.length; i++) list[start + i] = run[i]
        }
      }
    }
    for (const p of list) sorted.push(p.finding)
  }
  return sorted
}
