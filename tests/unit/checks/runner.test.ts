import { describe, expect, it, vi } from 'vitest'
import {
  FINDING_CODES,
  FINDING_SEVERITY,
  buildLookups,
  checkActivity,
  runChecks,
} from '../../../shared/checks'
import { findingsEn } from '../../../shared/i18n/findings/en'
import { TODAY, activity, processorActivity, register, transfer } from './builder'

const messy = () =>
  register({
    organisation: { country: 'US', employeeCount: 12 },
    activities: [
      activity({ id: 'a10', reference: 'PA-10', purposes: [], nextReviewDue: '2026-01-01' }),
      activity({
        id: 'a02',
        reference: 'PA-2',
        transfers: [
          transfer({ mechanism: 'NONE', sccModule: null }),
          transfer({ sccModule: null, transferImpactAssessment: false }),
        ],
        dataCategories: [{ dataCategoryId: 'd-nid' }],
      }),
      processorActivity({ controllerIds: [] }),
    ],
  })

describe('runChecks', () => {
  it('sorts errors first, then by activity reference (organisation first, PA-2 before PA-10), code and field', () => {
    const findings = runChecks(messy(), { today: TODAY })
    expect(findings.map((f) => [f.severity, f.activityReference, f.code, f.field])).toEqual([
      ['error', null, 'REPRESENTATIVE_MISSING', 'representative'],
      ['error', 'PA-2', 'TRANSFER_NO_MECHANISM', 'transfers.0.mechanism'],
      ['error', 'PA-10', 'ART30_PURPOSES_MISSING', 'purposes'],
      ['error', 'PR-01', 'PROCESSOR_NO_CONTROLLERS', 'controllerIds'],
      ['warning', 'PA-2', 'RETENTION_MISSING', 'dataCategories.0.retention'],
      ['warning', 'PA-2', 'SCC_NO_MODULE', 'transfers.1.sccModule'],
      ['warning', 'PA-2', 'SCC_NO_TIA', 'transfers.1.transferImpactAssessment'],
      ['warning', 'PA-10', 'REVIEW_OVERDUE', 'nextReviewDue'],
      ['info', null, 'ART30_5_EXEMPTION_POSSIBLE', 'employeeCount'],
      ['info', 'PA-2', 'NATIONAL_ID', 'dataCategories.0.dataCategoryId'],
    ])
  })

  it('gives each code the severity of the code table', () => {
    for (const f of runChecks(messy(), { today: TODAY })) expect(f.severity).toBe(FINDING_SEVERITY[f.code])
  })
})

describe('checkActivity', () => {
  it('returns what runChecks reports for that activity, from a document or from prebuilt lookups', () => {
    const doc = messy()
    const all = runChecks(doc, { today: TODAY })
    const lookups = buildLookups(doc)
    for (const a of doc.activities) {
      const expected = all.filter((f) => f.activityReference === a.reference)
      expect(checkActivity(doc, a, { today: TODAY })).toEqual(expected)
      expect(checkActivity(lookups, a, { today: TODAY })).toEqual(expected)
    }
  })
})

describe('messages', () => {
  it('has an English text for every code', () => {
    expect(Object.keys(findingsEn).sort()).toEqual([...FINDING_CODES].sort())
  })

  it('calls a given translator with findings.CODE and the parameters', () => {
    const t = vi.fn(
      (key: string, params: Record<string, string | number>) => `${key} ${JSON.stringify(params)}`,
    )
    const doc = register({
      activities: [activity({ transfers: [transfer({ mechanism: 'NONE', sccModule: null })] })],
    })
    const findings = runChecks(doc, { today: TODAY, t })
    expect(t).toHaveBeenCalledWith('findings.TRANSFER_NO_MECHANISM', { destination: 'India' })
    expect(findings[0].message).toBe('findings.TRANSFER_NO_MECHANISM {"destination":"India"}')
  })

  it('names countries in the requested language', () => {
    const doc = register({
      activities: [activity({ transfers: [transfer({ mechanism: 'NONE', sccModule: null })] })],
    })
    const [finding] = runChecks(doc, { today: TODAY, language: 'de' })
    expect(finding.message).toContain('Indien')
  })
})
