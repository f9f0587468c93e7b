import { describe, expect, it } from 'vitest'
import { check, codes, expectOne } from './builder'

const health = { dataCategoryId: 'd-health', retention: 'End of employment + 2 years' }
const criminal = { dataCategoryId: 'd-crim', retention: '6 months' }
const nationalId = { dataCategoryId: 'd-nid', retention: '10 years' }

describe('special categories (Art. 9)', () => {
  it('reports special-category data with no Art. 9(2) condition on any purpose', () => {
    expectOne(
      check({ dataCategories: [{ dataCategoryId: 'd-contact', retention: '1 year' }, health] }),
      {
        code: 'SPECIAL_NO_CONDITION',
        severity: 'error',
        article: '9(2)',
        activityReference: 'PA-01',
        entity: 'dataCategory',
        entityId: 'd-health',
        field: 'purposes.0.specialCategoryCondition',
      },
      ['Sick leave records', '(Data concerning health)'],
    )
  })

  it('accepts a 9_2_h condition on one of the purposes', () => {
    const purposes = [
      { description: 'Payroll', legalBasis: '6_1_c' as const },
      {
        description: 'Occupational health',
        legalBasis: '6_1_c' as const,
        specialCategoryCondition: '9_2_h' as const,
      },
    ]
    expect(check({ purposes, dataCategories: [health] })).toEqual([])
  })

  it('does not ask a processor record for the controller’s condition', () => {
    const findings = check({
      role: 'processor',
      controllerIds: ['p-client'],
      purposes: [{ description: 'Hosting' }],
      dataCategories: [health],
    })
    expect(codes(findings)).toEqual([])
  })
})

describe('criminal-offence data (Art. 10)', () => {
  it('reports criminal data without an Art. 10 basis', () => {
    expectOne(
      check({ dataCategories: [criminal] }),
      {
        code: 'CRIMINAL_NO_BASIS',
        severity: 'error',
        article: '10',
        entity: 'dataCategory',
        entityId: 'd-crim',
        field: 'purposes.0.criminalDataBasis',
      },
      ['Criminal record extracts'],
    )
  })

  it('accepts a stated basis', () => {
    const purposes = [
      {
        description: 'Background checks for childcare staff',
        legalBasis: '6_1_c' as const,
        criminalDataBasis:
          'Act on checking the criminal background of persons working with children (504/2002)',
      },
    ]
    expect(check({ purposes, dataCategories: [criminal] })).toEqual([])
  })

  it('points at the purposes list when there is no purpose at all', () => {
    const findings = check({ purposes: [], dataCategories: [criminal] })
    expectOne(findings, { code: 'CRIMINAL_NO_BASIS', field: 'purposes' })
  })
})

describe('national identification numbers (Art. 87)', () => {
  it('reminds that national law sets conditions (info)', () => {
    expectOne(
      check({ dataCategories: [nationalId] }),
      {
        code: 'NATIONAL_ID',
        severity: 'info',
        article: '87',
        entity: 'dataCategory',
        entityId: 'd-nid',
        field: 'dataCategories.0.dataCategoryId',
      },
      ['Personal identity code'],
    )
  })

  it('says nothing for ordinary data', () => {
    expect(check({ dataCategories: [{ dataCategoryId: 'd-contact', retention: '1 year' }] })).toEqual([])
  })
})

describe('lawful basis (Art. 6)', () => {
  it('warns when legitimate interests are relied on without the interest stated', () => {
    const purposes = [
      { description: 'Answering customer questions', legalBasis: '6_1_b' as const },
      {
        description: 'Direct marketing to existing customers',
        legalBasis: '6_1_f' as const,
        legitimateInterest: '  ',
      },
    ]
    expectOne(
      check({ purposes }),
      {
        code: 'LEGITIMATE_INTEREST_MISSING',
        severity: 'warning',
        article: '6(1)(f)',
        entity: 'activity',
        entityId: 'a1',
        field: 'purposes.1.legitimateInterest',
      },
      ['Direct marketing to existing customers'],
    )
  })

  it('accepts legitimate interests with the interest stated', () => {
    const interest = 'Keeping existing customers informed of our products'
    const purposes = [
      { description: 'Direct marketing', legalBasis: '6_1_f' as const, legitimateInterest: interest },
    ]
    expect(check({ purposes })).toEqual([])
  })

  it('warns when a controller purpose has no lawful basis', () => {
    expectOne(
      check({ purposes: [{ description: 'Newsletter' }] }),
      {
        code: 'LEGAL_BASIS_MISSING',
        severity: 'warning',
        article: '6(1)',
        field: 'purposes.0.legalBasis',
      },
      ['Newsletter'],
    )
  })
})
