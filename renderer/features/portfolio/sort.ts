/** How the portfolio table sorts: by any column, ties by name, organisations without a share last. */
import type { PortfolioRow } from '../../../shared/api/checks'

export type PortfolioColumn =
  'name' | 'activityCount' | 'completeness' | 'error' | 'warning' | 'overdueReviews'
export type Direction = 'asc' | 'desc'

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

const value = (row: PortfolioRow, column: Exclude<PortfolioColumn, 'name'>): number | null => {
  if (column === 'error' || column === 'warning') return row.counts[column]
  return row[column]
}

export function sortPortfolio(
  rows: readonly PortfolioRow[],
  column: PortfolioColumn,
  direction: Direction,
): PortfolioRow[] {
  const sign = direction === 'asc' ? 1 : -1
  const byName = (a: PortfolioRow, b: PortfolioRow) => collator.compare(a.name, b.name)
  return [...rows].sort((a, b) => {
    if (column === 'name') return sign * byName(a, b)
    const [x, y] = [value(a, column), value(b, column)]
    // "No live activities" is not 0 % complete: it sorts after every number, whichever the direction.
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byName(a, b)
  })
}

/** The direction a column starts in: problems first for counts, least complete first for completeness. */
export function firstDirection(column: PortfolioColumn): Direction {
  return column === 'name' || column === 'completeness' ? 'asc' : 'desc'
}
