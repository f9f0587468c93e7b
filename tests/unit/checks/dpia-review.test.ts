import { describe, expect, it } from 'vitest'
import { check, codes, expectOne } from './builder'

describe('DPIA screening (Art. 35)', () => {
  it('warns when two criteria are met and the DPIA is not completed', () => {
    expectOne(
      check({ dpia: { status: 'in_progress', criteria: ['evaluation_scoring', 'large_scale'] } }),
      {
        code: 'DPIA_NOT_COMPLETED',
        severity: 'warning',
        article: '35',
        activityReference: 'PA-01',
        entity: 'activity',
        entityId: 'a1',
        field: 'dpia.status',
      },
      // The export labels' names of the criteria, in the message's language.
      ['Evaluation or scoring', 'Data processed on a large scale'],
    )
  })

  it('says nothing for one criterion, or once the DPIA is completed', () => {
    expect(check({ dpia: { status: 'not_assessed', criteria: ['large_scale'] } })).toEqual([])
    expect(check({ dpia: { status: 'completed', criteria: ['evaluation_scoring', 'large_scale'] } })).toEqual(
      [],
    )
  })

  it('accepts "not required" only with a reference to the reasoning', () => {
    const criteria = ['systematic_monitoring', 'innovative_tech'] as const
    expect(codes(check({ dpia: { status: 'not_required', criteria: [...criteria] } }))).toEqual([
      'DPIA_NOT_COMPLETED',
    ])
    expect(
      check({
        dpia: { status: 'not_required', criteria: [...criteria], reference: 'Screening memo 2026-02' },
      }),
    ).toEqual([])
  })

  it('sees an Art. 35(3)(b) case: large-scale processing of special-category data', () => {
    const purposes = [
      {
        description: 'Patient care',
        legalBasis: '6_1_c' as const,
        specialCategoryCondition: '9_2_h' as const,
      },
    ]
    const findings = check({
      purposes,
      dataCategories: [{ dataCategoryId: 'd-health', retention: '12 years' }],
      dpia: { status: 'required', criteria: ['large_scale'] },
    })
    expectOne(findings, { code: 'DPIA_NOT_COMPLETED' }, ['Art. 35(3)(b)'])
  })
})

describe('review date', () => {
  it('warns when the next review date has passed', () => {
    expectOne(
      check({ nextReviewDue: '2026-05-31' }),
      {
        code: 'REVIEW_OVERDUE',
        severity: 'warning',
        article: '5(2)',
        activityReference: 'PA-01',
        entity: 'activity',
        entityId: 'a1',
        field: 'nextReviewDue',
      },
      ['2026-05-31'],
    )
  })

  it('says nothing when the review is due today or tomorrow, or not planned', () => {
    expect(check({ nextReviewDue: '2026-06-01' })).toEqual([])
    expect(check({ nextReviewDue: '2026-06-02' })).toEqual([])
    expect(check({ nextReviewDue: null })).toEqual([])
  })

  it('does not flag a retired activity', () => {
    expect(check({ status: 'retired', nextReviewDue: '2020-01-01' })).toEqual([])
  })
})
