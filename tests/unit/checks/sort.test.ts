import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareFindings, sortFindings, type Finding } from '../../../shared/checks'
import { FINDING_CODES } from '../../../shared/checks/codes'

const finding = fc.record({
  code: fc.constantFrom(...FINDING_CODES),
  severity: fc.constantFrom('error', 'warning', 'info'),
  article: fc.constant('30(1)'),
  message: fc.string(),
  // References a collator finds equal (PA-1, PA-01, pa-1) and ones it orders by number (PA-2, PA-10).
  activityReference: fc.constantFrom(null, 'PA-1', 'PA-01', 'pa-1', 'PA-2', 'PA-10', 'Pä-3', 'PA-1b'),
  entity: fc.constant('activity'),
  entityId: fc.constantFrom(null, 'a1', 'a10', 'a2', 'A1'),
  field: fc.constantFrom(null, 'transfers.2.mechanism', 'transfers.10.mechanism', 'purposes', 'Purposes'),
}) as fc.Arbitrary<Finding>

describe('sortFindings', () => {
  it('gives exactly the order of sorting with compareFindings, ties included', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 200 }), (findings) => {
        expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings))
      }),
      { numRuns: 500 },
    )
  })

  it('gives the same order when the findings arrive by reference, as runChecks produces them', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 200 }), (findings) => {
        const arriving = [...findings].sort((a, b) =>
          compareFindings(
            { ...a, severity: 'error', code: a.code, field: null, entityId: null },
            { ...b, severity: 'error', code: a.code, field: null, entityId: null },
          ),
        )
        expect(sortFindings(arriving)).toEqual([...arriving].sort(compareFindings))
      }),
      { numRuns: 500 },
    )
  })
})
