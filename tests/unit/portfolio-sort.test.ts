import { describe, expect, it } from 'vitest'
import type { PortfolioRow } from '../../shared/api/checks'
import { overallCompleteness } from '../../shared/checks'
import { firstDirection, sortPortfolio } from '../../renderer/features/portfolio/sort'

const row = (name: string, completeness: number | null, error: number, overdueReviews = 0): PortfolioRow => ({
  organisationId: name,
  name,
  activityCount: 1,
  completeness,
  counts: { error, warning: 0, info: 0 },
  overdueReviews,
})

const ROWS = [
  row('Beta AB', 0.5, 3),
  row('acme Oy', 1, 0, 2),
  row('Empty GmbH', null, 1),
  row('Client 10', 0.5, 3),
  row('Client 9', 0.2, 0),
]
const names = (rows: PortfolioRow[]) => rows.map((r) => r.name)

describe('sorting the portfolio', () => {
  it('sorts by name ignoring case, numbers in names in numeric order', () => {
    expect(names(sortPortfolio(ROWS, 'name', 'asc'))).toEqual([
      'acme Oy',
      'Beta AB',
      'Client 9',
      'Client 10',
      'Empty GmbH',
    ])
    expect(names(sortPortfolio(ROWS, 'name', 'desc'))).toEqual([
      'Empty GmbH',
      'Client 10',
      'Client 9',
      'Beta AB',
      'acme Oy',
    ])
  })

  it('sorts by a number with ties by name, and puts "no live activities" last in both directions', () => {
    expect(names(sortPortfolio(ROWS, 'error', 'desc'))).toEqual([
      'Beta AB',
      'Client 10',
      'Empty GmbH',
      'acme Oy',
      'Client 9',
    ])
    expect(names(sortPortfolio(ROWS, 'completeness', 'asc'))).toEqual([
      'Client 9',
      'Beta AB',
      'Client 10',
      'acme Oy',
      'Empty GmbH',
    ])
    expect(names(sortPortfolio(ROWS, 'completeness', 'desc'))).toEqual([
      'acme Oy',
      'Beta AB',
      'Client 10',
      'Client 9',
      'Empty GmbH',
    ])
    expect(names(sortPortfolio(ROWS, 'overdueReviews', 'desc'))[0]).toBe('acme Oy')
  })

  it('starts counts with the most problems and completeness with the least complete', () => {
    expect(firstDirection('error')).toBe('desc')
    expect(firstDirection('overdueReviews')).toBe('desc')
    expect(firstDirection('completeness')).toBe('asc')
    expect(firstDirection('name')).toBe('asc')
  })
})

describe('overall completeness', () => {
  it('is filled over applicable points across the register, or null when nothing applies', () => {
    expect(
      overallCompleteness([
        { applicable: 3, filled: 3 },
        { applicable: 3, filled: 0 },
        { applicable: 0, filled: 0 },
      ]),
    ).toBe(0.5)
    expect(overallCompleteness([{ applicable: 0, filled: 0 }])).toBeNull()
    expect(overallCompleteness([])).toBeNull()
  })
})
