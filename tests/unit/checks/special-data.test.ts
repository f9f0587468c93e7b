import { describe, expect, it } from 'vitest'
import { plainTranslator } from '../../../shared/i18n'
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
        conditionReference: 'Occupational Health Care Act 1383/2001',
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
        conditionReference: 'Act 504/2002, section 2',
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
      {
        description: 'Direct marketing',
        legalBasis: '6_1_f' as const,
        legitimateInterest: interest,
        legitimateInterestAssessment: 'LIA-2026-04, DPO shared drive',
      },
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

describe('legitimate interests assessment (Art. 6(1)(f), Recital 47, Art. 5(2))', () => {
  const marketing = {
    description: 'Direct marketing to existing customers',
    legalBasis: '6_1_f' as const,
    legitimateInterest: 'Keeping existing customers informed of our products',
  }

  it('warns when legitimate interests are relied on and the record does not say where the balancing test is', () => {
    expectOne(
      check({ purposes: [{ description: 'Answering customer questions', legalBasis: '6_1_b' }, marketing] }),
      {
        code: 'LEGITIMATE_INTEREST_ASSESSMENT_MISSING',
        severity: 'warning',
        article: '6(1)(f)',
        entity: 'activity',
        entityId: 'a1',
        field: 'purposes.1.legitimateInterestAssessment',
      },
      ['Direct marketing to existing customers', 'balancing test', 'Recital 47', 'Art. 5(2)'],
    )
  })

  it('says nothing once the assessment is referenced, or for another basis', () => {
    const assessed = { ...marketing, legitimateInterestAssessment: 'LIA 2026-03 in the DPO folder' }
    expect(check({ purposes: [assessed] })).toEqual([])
    expect(check({ purposes: [{ ...marketing, legalBasis: '6_1_b' }] })).toEqual([])
  })

  it('writes the warning in the export language', () => {
    const [finding] = check({ purposes: [marketing] }, { t: plainTranslator('de') })
    expect(finding.message).toContain('Interessenabwägung')
    expect(finding.message).toContain('„Direct marketing to existing customers“')
  })

  it('does not ask a processor record for the controller’s assessment', () => {
    const findings = check({
      role: 'processor',
      controllerIds: ['p-client'],
      purposes: [{ ...marketing }],
    })
    expect(codes(findings)).not.toContain('LEGITIMATE_INTEREST_ASSESSMENT_MISSING')
  })
})

describe('national-law provision of a condition (Art. 9(2)(b), (g)–(j), Art. 10)', () => {
  const sickLeave = {
    description: 'Handling sick leave',
    legalBasis: '6_1_c' as const,
    specialCategoryCondition: '9_2_b' as const,
  }

  it.each(['9_2_b', '9_2_g', '9_2_h', '9_2_i', '9_2_j'] as const)(
    'warns when a purpose relies on %s without naming the provision',
    (condition) => {
      const purposes = [{ ...sickLeave, specialCategoryCondition: condition }]
      expectOne(
        check({ purposes, dataCategories: [health] }),
        {
          code: 'CONDITION_REFERENCE_MISSING',
          severity: 'warning',
          article: `9(2)(${condition.slice(-1)})`,
          entity: 'activity',
          entityId: 'a1',
          field: 'purposes.0.conditionReference',
        },
        ['Handling sick leave', 'Member State law'],
      )
    },
  )

  it('asks nothing of the conditions that need no law: explicit consent, vital interests, legal claims…', () => {
    for (const condition of ['9_2_a', '9_2_c', '9_2_d', '9_2_e', '9_2_f'] as const)
      expect(
        check({
          purposes: [{ ...sickLeave, specialCategoryCondition: condition }],
          dataCategories: [health],
        }),
      ).toEqual([])
  })

  it('warns when a purpose states an Art. 10 basis without the provision, once per purpose', () => {
    const purposes = [
      { description: 'Answering customer questions', legalBasis: '6_1_b' as const },
      {
        description: 'Background checks',
        legalBasis: '6_1_c' as const,
        criminalDataBasis: 'Authorised by national law',
      },
    ]
    expectOne(check({ purposes, dataCategories: [criminal] }), {
      code: 'CONDITION_REFERENCE_MISSING',
      article: '10',
      field: 'purposes.1.conditionReference',
    })
  })

  it('says nothing once the provision is named', () => {
    const purposes = [
      {
        ...sickLeave,
        conditionReference: 'Act on the Protection of Privacy in Working Life 759/2004, section 5',
      },
    ]
    expect(check({ purposes, dataCategories: [health] })).toEqual([])
  })

  it('does not ask a processor record for the controller’s provision', () => {
    const findings = check({
      role: 'processor',
      controllerIds: ['p-client'],
      purposes: [{ ...sickLeave }],
      dataCategories: [health],
    })
    expect(codes(findings)).toEqual([])
  })
})
