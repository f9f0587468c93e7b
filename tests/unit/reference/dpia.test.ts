import { describe, expect, it } from 'vitest'
import { DPIA_CRITERIA } from '../../../shared/schemas/codes'
import {
  DPIA_CRITERIA_THRESHOLD,
  DPIA_CRITERION_LIST,
  DPIA_MANDATORY_CASES,
  dpiaCriterionInfo,
  dpiaLikelyRequired,
} from '../../../shared/reference/dpia'

describe('DPIA screening', () => {
  it('has the nine WP248 criteria, one per code', () => {
    expect(DPIA_CRITERION_LIST.items.map((c) => c.code)).toEqual([...DPIA_CRITERIA])
    for (const c of DPIA_CRITERION_LIST.items) {
      expect(c.label.length).toBeGreaterThan(0)
      expect(c.explanation.length).toBeGreaterThan(0)
    }
    expect(dpiaCriterionInfo('vulnerable_subjects').explanation).toMatch(/employees/)
  })

  it('has the three Art. 35(3) mandatory cases', () => {
    expect(DPIA_MANDATORY_CASES.items.map((c) => c.key)).toEqual(['35(3)(a)', '35(3)(b)', '35(3)(c)'])
  })

  it('flags two or more distinct criteria', () => {
    expect(DPIA_CRITERIA_THRESHOLD).toBe(2)
    expect(dpiaLikelyRequired([])).toBe(false)
    expect(dpiaLikelyRequired(['large_scale'])).toBe(false)
    expect(dpiaLikelyRequired(['large_scale', 'large_scale'])).toBe(false)
    expect(dpiaLikelyRequired(['large_scale', 'sensitive_data'])).toBe(true)
  })
})
