import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../shared/checks'
import { TODAY, activity, codes, expectOne, processorActivity, register } from './builder'

describe('organisation contact details (30(1)(a))', () => {
  it('reports an organisation with no address, email or phone', () => {
    const findings = runChecks(register({ organisation: { email: null } }), { today: TODAY })
    expectOne(
      findings,
      {
        code: 'ART30_CONTACT_MISSING',
        severity: 'error',
        article: '30(1)(a)',
        activityReference: null,
        entity: 'organisation',
        entityId: null,
        field: 'address',
      },
      ['Nordic Bakery Oy'],
    )
  })

  it('cites 30(2)(a) for an organisation that only processes for others', () => {
    const doc = register({ organisation: { email: null }, activities: [processorActivity()] })
    expectOne(runChecks(doc, { today: TODAY }), { code: 'ART30_CONTACT_MISSING', article: '30(2)(a)' })
  })

  it('accepts a phone number alone', () => {
    expect(
      runChecks(register({ organisation: { email: null, phone: '+358 9 123 456' } }), { today: TODAY }),
    ).toEqual([])
  })
})

describe('Art. 27 representative', () => {
  it('reports a controller established outside the EU/EEA with no representative', () => {
    expectOne(
      runChecks(register({ organisation: { country: 'US' } }), { today: TODAY }),
      {
        code: 'REPRESENTATIVE_MISSING',
        severity: 'error',
        article: '27',
        activityReference: null,
        entity: 'organisation',
        entityId: null,
        field: 'representative',
      },
      ['United States of America'],
    )
  })

  it('accepts a representative, an EEA establishment, or Switzerland with one', () => {
    const representative = { name: 'EU Rep Oy', email: 'rep@example.eu' }
    expect(
      runChecks(register({ organisation: { country: 'US', representative } }), { today: TODAY }),
    ).toEqual([])
    expect(runChecks(register({ organisation: { country: 'NO' } }), { today: TODAY })).toEqual([])
    expect(runChecks(register({ organisation: { country: null } }), { today: TODAY })).toEqual([])
  })

  it('applies to processors too, but not without live activities', () => {
    const processor = register({ organisation: { country: 'CH' }, activities: [processorActivity()] })
    expectOne(runChecks(processor, { today: TODAY }), { code: 'REPRESENTATIVE_MISSING' }, ['Switzerland'])
    const retired = register({
      organisation: { country: 'US' },
      activities: [activity({ status: 'retired' })],
    })
    expect(codes(runChecks(retired, { today: TODAY }))).toEqual([])
  })
})

describe('Art. 30(5) exemption', () => {
  const withEmployees = (employeeCount: number, activities = [activity()]) =>
    register({ organisation: { employeeCount }, activities })

  it('says the exemption could apply below the threshold (info), with its limits', () => {
    expectOne(
      runChecks(withEmployees(249), { today: TODAY }),
      {
        code: 'ART30_5_EXEMPTION_POSSIBLE',
        severity: 'info',
        article: '30(5)',
        activityReference: null,
        entity: 'organisation',
        entityId: null,
        field: 'employeeCount',
      },
      ['249', '250', 'not occasional', 'risk'],
    )
  })

  it('does not fire at the threshold or when the employee count is unknown', () => {
    expect(runChecks(withEmployees(250), { today: TODAY })).toEqual([])
    expect(runChecks(register(), { today: TODAY })).toEqual([])
  })

  it('honours a custom threshold', () => {
    const findings = runChecks(withEmployees(700), { today: TODAY, employeeThreshold: 750 })
    expectOne(findings, { code: 'ART30_5_EXEMPTION_POSSIBLE' }, ['700', '750'])
    expect(runChecks(withEmployees(249), { today: TODAY, employeeThreshold: 100 })).toEqual([])
  })

  it('does not fire when an activity processes special-category or criminal data', () => {
    const purposes = [
      {
        description: 'Sick leave',
        legalBasis: '6_1_c' as const,
        specialCategoryCondition: '9_2_b' as const,
        conditionReference: 'Act on the Protection of Privacy in Working Life 759/2004, section 5',
      },
    ]
    const hr = activity({ purposes, dataCategories: [{ dataCategoryId: 'd-health', retention: '2 years' }] })
    expect(runChecks(withEmployees(20, [hr]), { today: TODAY })).toEqual([])
  })
})
