import { describe, expect, it } from 'vitest'
import { art30Completeness, buildLookups, organisationCompleteness, runChecks } from '../../../shared/checks'
import { TODAY, activity, processorActivity, register, transfer } from './builder'

const filledPoints = (states: { point: string; filled: boolean; applicable: boolean }[]) =>
  Object.fromEntries(states.map((s) => [s.point, s.applicable ? s.filled : 'n/a']))

describe('Art. 30 completeness of one activity', () => {
  it('lists 30(1)(a)–(g) for a controller record, with no transfers not applicable', () => {
    const doc = register()
    expect(filledPoints(art30Completeness(doc, doc.activities[0]))).toEqual({
      '30(1)(a)': true,
      '30(1)(b)': true,
      '30(1)(c)': true,
      '30(1)(d)': true,
      '30(1)(e)': 'n/a',
      '30(1)(f)': true,
      '30(1)(g)': true,
    })
  })

  it('marks the empty points of a sparse controller record', () => {
    const doc = register({
      organisation: { email: null },
      activities: [
        activity({
          role: 'joint_controller',
          purposes: [],
          dataSubjectCategoryIds: [],
          recipients: [{ partyId: 'p-in' }],
          dataCategories: [{ dataCategoryId: 'd-contact' }],
          securityMeasureIds: [],
        }),
      ],
    })
    expect(filledPoints(art30Completeness(buildLookups(doc), doc.activities[0]))).toEqual({
      '30(1)(a)': false,
      '30(1)(b)': false,
      '30(1)(c)': false,
      '30(1)(d)': true,
      '30(1)(e)': false,
      '30(1)(f)': false,
      '30(1)(g)': false,
    })
  })

  it('counts an undocumented Art. 49(1) second-subparagraph transfer as 30(1)(e) not filled', () => {
    const doc = register({
      activities: [activity({ transfers: [transfer({ mechanism: 'A49_1_2', sccModule: null })] })],
    })
    const e = art30Completeness(doc, doc.activities[0]).find((s) => s.point === '30(1)(e)')
    expect(e).toEqual({ point: '30(1)(e)', applicable: true, filled: false })
  })

  it('lists 30(2)(a)–(d) for a processor record', () => {
    const doc = register({ activities: [processorActivity({ controllerIds: [], transfers: [transfer()] })] })
    expect(filledPoints(art30Completeness(doc, doc.activities[0]))).toEqual({
      '30(2)(a)': false,
      '30(2)(b)': true,
      '30(2)(c)': true,
      '30(2)(d)': true,
    })
  })
})

describe('Art. 30 completeness of the register', () => {
  it('gives the share of live activities filling each point', () => {
    const doc = register({
      activities: [
        activity(),
        activity({ id: 'a3', reference: 'PA-02', purposes: [] }),
        activity({ id: 'a4', reference: 'PA-03', status: 'retired', purposes: [] }),
        processorActivity(),
      ],
    })
    const byPoint = new Map(
      organisationCompleteness(doc, runChecks(doc, { today: TODAY })).map((s) => [s.point, s]),
    )
    expect(byPoint.get('30(1)(b)')).toEqual({ point: '30(1)(b)', applicable: 2, filled: 1, share: 0.5 })
    expect(byPoint.get('30(1)(e)')).toEqual({ point: '30(1)(e)', applicable: 0, filled: 0, share: null })
    expect(byPoint.get('30(2)(a)')).toEqual({ point: '30(2)(a)', applicable: 1, filled: 1, share: 1 })
    expect(byPoint.size).toBe(11)
  })
})
