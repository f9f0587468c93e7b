/**
 * The editor's completeness marks in the cases a DPO found lying: an empty purpose, blank recipient and
 * transfer rows, a transfer beside an Art. 45 error. (The property run over generated activities is in
 * editor-completeness.slow.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { buildLookups, checkActivity } from '../../shared/checks'
import type { ActivityFields } from '../../shared/schemas/activity'
import { registerDocumentSchema } from '../../shared/schemas/register'
import {
  emptyActivity,
  emptyPurpose,
  emptyRecipient,
  emptyTransfer,
  toChecked,
} from '../../renderer/features/activities/editor/form-values'
import { sectionStates } from '../../renderer/features/activities/editor/section-states'
import { richRegister } from '../fixtures/rich-register'

const doc = registerDocumentSchema.parse(richRegister())
const lookups = buildLookups(doc)
const TODAY = '2026-06-01'

describe('the completeness the DPO reported as lying', () => {
  const base: ActivityFields = {
    ...emptyActivity(),
    reference: 'PA-01',
    name: 'Payroll',
    purposes: [{ ...emptyPurpose(), description: 'Paying salaries', legalBasis: '6_1_b' }],
    dataSubjectCategoryIds: ['s1'],
    dataCategories: [{ dataCategoryId: 'd1', retention: '6 years', retentionMonths: null }],
    recipients: [{ ...emptyRecipient(), partyId: 'p2' }],
    securityMeasureIds: ['m1'],
  }
  const stateOf = (values: ActivityFields) => {
    const findings = checkActivity(lookups, toChecked(values, null), { today: TODAY })
    return sectionStates(lookups, values, null, findings)
  }

  it('marks a well-filled activity complete', () => {
    const states = stateOf(base)
    for (const id of ['parties', 'purposes', 'data', 'recipients', 'retention', 'security'] as const)
      expect(states.get(id)?.filled, id).toBe(true)
    expect(states.get('transfers')?.applicable).toBe(false)
  })

  it('does not call an empty purpose complete', () => {
    expect(stateOf({ ...base, purposes: [emptyPurpose()] }).get('purposes')).toMatchObject({
      filled: false,
      refused: ['purposes.0.description'],
    })
  })

  it('does not call an empty recipient or transfer row complete', () => {
    const states = stateOf({
      ...base,
      recipients: [...base.recipients, emptyRecipient()],
      transfers: [emptyTransfer()],
    })
    expect(states.get('recipients')?.filled).toBe(false)
    expect(states.get('transfers')).toMatchObject({ applicable: true, filled: false })
  })

  it('does not call transfers complete beside an Art. 45 error', () => {
    // Adequacy named for Serbia, which has no adequacy decision.
    const states = stateOf({
      ...base,
      transfers: [{ ...emptyTransfer(), partyId: 'p6', country: 'RS', mechanism: 'ADEQ' }],
    })
    const transfers = states.get('transfers')!
    expect(transfers.errors.map((f) => f.article).join(' ')).toMatch(/45/)
    expect(transfers.filled).toBe(false)
  })
})
