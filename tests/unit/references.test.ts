import { describe, expect, it } from 'vitest'
import { defaultReferencePrefix, referenceNumbering, referencePrefix } from '../../shared/references'

describe('activity references', () => {
  it('numbers after the highest number of the prefix, two digits at least', () => {
    const next = referenceNumbering(['PA-01', 'PA-02', 'PA-04', 'PR-07', 'Payroll'])
    expect(next('PA')).toBe('PA-05')
    expect(next('PA')).toBe('PA-06')
    expect(next('PR')).toBe('PR-08')
    expect(next('HR')).toBe('HR-01')
  })

  it('reads prefixes in any letter case and skips a number already taken in another spelling', () => {
    const next = referenceNumbering(['pa-9', 'PA-010', ' PA-11 '])
    expect(next('PA')).toBe('PA-12')
    expect(referenceNumbering([])('PA')).toBe('PA-01')
    expect(referenceNumbering(['PA-100'])('PA')).toBe('PA-101')
  })

  it('finds the prefix of a numbered reference, none of a free one', () => {
    expect(referencePrefix('hr-03')).toBe('HR')
    expect(referencePrefix('Payroll 2024')).toBeNull()
    expect(defaultReferencePrefix('processor')).toBe('PR')
    expect(defaultReferencePrefix('controller')).toBe('PA')
  })
})
