import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../shared/checks'
import { TODAY, activity, check, codes, expectOne, processorActivity, register } from './builder'

describe('clean register', () => {
  it('raises nothing for a complete controller and processor record', () => {
    const doc = register({ activities: [activity(), processorActivity()] })
    expect(runChecks(doc, { today: TODAY })).toEqual([])
  })
})

describe('Art. 30(1) points of a controller record', () => {
  it('reports missing purposes as an error on 30(1)(b)', () => {
    expectOne(check({ purposes: [] }), {
      code: 'ART30_PURPOSES_MISSING',
      severity: 'error',
      article: '30(1)(b)',
      activityReference: 'PA-01',
      entity: 'activity',
      entityId: 'a1',
      field: 'purposes',
    })
  })

  it('reports missing data subjects and data categories on 30(1)(c)', () => {
    const findings = check({ dataSubjectCategoryIds: [], dataCategories: [] })
    const point = { severity: 'error', article: '30(1)(c)' } as const
    expectOne(findings, { code: 'ART30_DATA_SUBJECTS_MISSING', ...point, field: 'dataSubjectCategoryIds' })
    expectOne(findings, { code: 'ART30_DATA_CATEGORIES_MISSING', ...point, field: 'dataCategories' })
  })

  it('warns when no recipient is recorded (none may be true)', () => {
    expectOne(check({ recipients: [] }), {
      code: 'ART30_RECIPIENTS_MISSING',
      severity: 'warning',
      article: '30(1)(d)',
      field: 'recipients',
    })
    expect(codes(check({ recipients: [{ category: 'Tax authority' }] }))).toEqual([])
  })

  it('warns when no security measure is recorded on 30(1)(g)', () => {
    expectOne(check({ securityMeasureIds: [] }), {
      code: 'ART30_SECURITY_MISSING',
      severity: 'warning',
      article: '30(1)(g)',
      field: 'securityMeasureIds',
    })
  })

  it('asks a joint-controller record to name its joint controllers', () => {
    expectOne(check({ role: 'joint_controller' }), {
      code: 'ART30_JOINT_CONTROLLERS_MISSING',
      severity: 'error',
      article: '30(1)(a)',
      field: 'jointControllerIds',
    })
    expect(check({ role: 'joint_controller', jointControllerIds: ['p-joint'] })).toEqual([])
  })
})

describe('retention (30(1)(f))', () => {
  it('warns per data category without retention, naming it', () => {
    const findings = check({
      dataCategories: [
        { dataCategoryId: 'd-contact', retention: '2 years' },
        { dataCategoryId: 'd-nid', retention: null },
      ],
    })
    expectOne(
      findings,
      {
        code: 'RETENTION_MISSING',
        severity: 'warning',
        article: '30(1)(f)',
        activityReference: 'PA-01',
        entity: 'dataCategory',
        entityId: 'd-nid',
        field: 'dataCategories.1.retention',
      },
      ['Personal identity code'],
    )
  })

  it('accepts retention in months or a general retention rule', () => {
    expect(check({ dataCategories: [{ dataCategoryId: 'd-contact', retentionMonths: 24 }] })).toEqual([])
    const general = 'Deleted 2 years after the customer relationship ends'
    expect(check({ retention: general, dataCategories: [{ dataCategoryId: 'd-contact' }] })).toEqual([])
  })

  it('still applies to a retired activity, whose data may remain', () => {
    const findings = check({
      status: 'retired',
      purposes: [],
      nextReviewDue: '2020-01-01',
      dataCategories: [{ dataCategoryId: 'd-contact' }],
    })
    expect(codes(findings)).toEqual(['RETENTION_MISSING'])
  })
})

describe('Art. 30(2) points of a processor record', () => {
  const checkProcessor = (overrides: Parameters<typeof processorActivity>[0]) =>
    runChecks(register({ activities: [processorActivity(overrides)] }), { today: TODAY })

  it('reports a processor record without the controllers it acts for', () => {
    expectOne(checkProcessor({ controllerIds: [] }), {
      code: 'PROCESSOR_NO_CONTROLLERS',
      severity: 'error',
      article: '30(2)(a)',
      activityReference: 'PR-01',
      entity: 'activity',
      entityId: 'a2',
      field: 'controllerIds',
    })
  })

  it('reports missing categories of processing and security on 30(2)(b) and (d)', () => {
    const findings = checkProcessor({ purposes: [], securityMeasureIds: [] })
    expectOne(findings, {
      code: 'ART30_PROCESSING_MISSING',
      severity: 'error',
      article: '30(2)(b)',
      field: 'purposes',
    })
    expectOne(findings, { code: 'ART30_SECURITY_MISSING', severity: 'warning', article: '30(2)(d)' })
  })

  it('does not ask a processor record for data subjects, recipients, retention or lawful bases', () => {
    expect(checkProcessor({ dataCategories: [{ dataCategoryId: 'd-health' }] })).toEqual([])
  })
})
