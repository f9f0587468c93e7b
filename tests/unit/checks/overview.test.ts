import { describe, expect, it } from 'vitest'
import { daysBetween, reviewsDue, transferBasis, transfersByDestination } from '../../../shared/checks'
import type { Mechanism } from '../../../shared/schemas/codes'
import { TODAY, activity, register, transfer } from './builder'

describe('transfers by destination (dashboard)', () => {
  it('counts the transfers and activities per destination with its Chapter V status, most first', () => {
    const doc = register({
      activities: [
        activity({
          transfers: [
            transfer(),
            transfer({ partyId: 'p-us', country: 'US', mechanism: 'A46_2_c' }),
            transfer({ partyId: 'p-fi', country: 'FI', mechanism: 'NONE', sccModule: null }),
          ],
        }),
        activity({
          id: 'a2',
          reference: 'PA-02',
          transfers: [
            transfer(),
            transfer({ partyId: 'p-ch', country: 'CH', mechanism: 'ADEQ', sccModule: null }),
          ],
        }),
        activity({
          id: 'a3',
          reference: 'PA-03',
          transfers: [
            transfer({
              partyId: null,
              country: null,
              internationalOrganisation: 'World Health Organization',
              mechanism: 'A46_2_a',
              sccModule: null,
            }),
          ],
        }),
      ],
    })
    expect(transfersByDestination(doc, TODAY, 'en')).toEqual([
      {
        country: 'IN',
        name: 'India',
        status: 'third_country',
        transfers: 2,
        activities: 2,
        bases: [{ basis: 'scc', transfers: 2 }],
      },
      {
        country: 'FI',
        name: 'Finland',
        status: 'eea',
        transfers: 1,
        activities: 1,
        bases: [{ basis: 'eea', transfers: 1 }],
      },
      {
        country: 'CH',
        name: 'Switzerland',
        status: 'adequate',
        transfers: 1,
        activities: 1,
        bases: [{ basis: 'adequacy', transfers: 1 }],
      },
      {
        country: 'US',
        name: 'United States of America',
        status: 'adequate_partial',
        transfers: 1,
        activities: 1,
        bases: [{ basis: 'scc', transfers: 1 }],
      },
      {
        country: null,
        name: 'World Health Organization',
        status: 'third_country',
        transfers: 1,
        activities: 1,
        bases: [{ basis: 'safeguard', transfers: 1 }],
      },
    ])
  })

  it('names countries in the requested language and leaves retired activities out', () => {
    const doc = register({
      activities: [
        activity({ transfers: [transfer()] }),
        activity({
          id: 'a2',
          reference: 'PA-02',
          status: 'retired',
          transfers: [transfer({ partyId: 'p-jp', country: 'JP', mechanism: 'ADEQ', sccModule: null })],
        }),
      ],
    })
    expect(transfersByDestination(doc, TODAY, 'de')).toEqual([
      {
        country: 'IN',
        name: 'Indien',
        status: 'third_country',
        transfers: 1,
        activities: 1,
        bases: [{ basis: 'scc', transfers: 1 }],
      },
    ])
  })

  it('splits a destination’s transfers by what they rely on, in one order', () => {
    const doc = register({
      activities: [
        activity({
          transfers: [
            transfer({ partyId: 'p-us', country: 'US', mechanism: 'A49_1_a', sccModule: null }),
            transfer({ partyId: 'p-dpf', country: 'US', mechanism: 'ADEQ', sccModule: null }),
            transfer({ partyId: 'p-us', country: 'US', mechanism: 'A46_2_c' }),
            transfer({ partyId: 'p-us', country: 'US', mechanism: 'PRIVACY_SHIELD', sccModule: null }),
            transfer({ partyId: 'p-us', country: 'US', mechanism: 'A46_2_c' }),
          ],
        }),
      ],
    })
    expect(transfersByDestination(doc, TODAY, 'en')[0]!.bases).toEqual([
      { basis: 'dpf', transfers: 1 },
      { basis: 'scc', transfers: 2 },
      { basis: 'derogation', transfers: 1 },
      { basis: 'ended', transfers: 1 },
    ])
  })

  it('names what a transfer relies on: adequacy, the DPF, SCCs, BCRs, another safeguard, a derogation or none', () => {
    const basis = (
      mechanism: Mechanism,
      country: string,
      status: 'eea' | 'adequate' | 'adequate_partial' | 'third_country',
    ) => transferBasis(mechanism, { country, status })
    expect(basis('ADEQ', 'US', 'adequate_partial')).toBe('dpf')
    expect(basis('ADEQ', 'CH', 'adequate')).toBe('adequacy')
    expect(basis('ADEQ', 'JP', 'adequate_partial')).toBe('adequacy')
    // Adequacy claimed where none is in force is no basis at all.
    expect(basis('ADEQ', 'IN', 'third_country')).toBe('none')
    expect(basis('A46_2_c', 'IN', 'third_country')).toBe('scc')
    expect(basis('A46_2_b', 'IN', 'third_country')).toBe('bcr')
    expect(basis('A46_2_e', 'IN', 'third_country')).toBe('safeguard')
    expect(basis('A49_1_2', 'IN', 'third_country')).toBe('derogation')
    expect(basis('SAFE_HARBOUR', 'US', 'adequate_partial')).toBe('ended')
    expect(basis('SCC_LEGACY', 'IN', 'third_country')).toBe('ended')
    expect(basis('NONE', 'IN', 'third_country')).toBe('none')
    expect(basis('NONE', 'FI', 'eea')).toBe('eea')
  })

  it('is empty for a register without transfers', () => {
    expect(transfersByDestination(register(), TODAY, 'en')).toEqual([])
  })
})

describe('reviews due (dashboard)', () => {
  it('lists overdue reviews and those due within the horizon, soonest first; not later ones, undated or retired', () => {
    const activities = register({
      activities: [
        activity({ id: 'a1', reference: 'PA-01', nextReviewDue: '2026-07-31' }), // in 60 days: listed
        activity({ id: 'a2', reference: 'PA-02', nextReviewDue: '2026-08-01' }), // in 61 days: not yet
        activity({ id: 'a3', reference: 'PA-03', nextReviewDue: '2026-05-31' }), // yesterday: overdue
        activity({ id: 'a4', reference: 'PA-04', nextReviewDue: TODAY }), // today: due, not overdue
        activity({ id: 'a5', reference: 'PA-05', nextReviewDue: null }),
        activity({ id: 'a6', reference: 'PA-06', nextReviewDue: '2020-01-01', status: 'retired' }),
      ],
    }).activities
    expect(reviewsDue(activities, TODAY, 60)).toEqual([
      { activityId: 'a3', reference: 'PA-03', name: 'Customer service', due: '2026-05-31', daysLeft: -1 },
      { activityId: 'a4', reference: 'PA-04', name: 'Customer service', due: TODAY, daysLeft: 0 },
      { activityId: 'a1', reference: 'PA-01', name: 'Customer service', due: '2026-07-31', daysLeft: 60 },
    ])
  })

  it('counts days across month ends, leap days and daylight-saving changes', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-06-01', '2025-06-01')).toBe(-365)
  })
})
