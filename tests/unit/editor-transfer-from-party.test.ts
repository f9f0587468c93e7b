/**
 * Vendor-centred transfers: a transfer to a party is proposed from the party's facts, with the mechanism the
 * destination allows and the likely one pre-selected.
 */
import { describe, expect, it } from 'vitest'
import { emptyTransfer } from '../../renderer/features/activities/editor/form-values'
import {
  hasTransferTo,
  likelyMechanism,
  needsTransfer,
  transferFromParty,
  untouchedProposals,
} from '../../renderer/features/activities/editor/transfer-from-party'

const TODAY = '2026-06-01'
// Only the facts the proposal reads.
const party = (over: Record<string, unknown> = {}) =>
  ({
    id: 'p1',
    country: 'US',
    dpfCertified: false,
    transferMechanism: null,
    sccModule: null,
    transferImpactAssessment: false,
    ...over,
  }) as never

describe('the likely mechanism', () => {
  it('is adequacy for a DPF-certified US party, SCCs for one that is not', () => {
    expect(likelyMechanism('US', party({ dpfCertified: true }), TODAY)).toBe('ADEQ')
    expect(likelyMechanism('US', party(), TODAY)).toBe('A46_2_c')
    expect(likelyMechanism('US', null, TODAY)).toBe('A46_2_c')
  })

  it('is adequacy where a full decision applies, SCCs in a third country, none in the EEA', () => {
    expect(likelyMechanism('CH', null, TODAY)).toBe('ADEQ')
    expect(likelyMechanism('IN', null, TODAY)).toBe('A46_2_c')
    expect(likelyMechanism('DE', null, TODAY)).toBe('NONE')
  })

  it('is the party’s own mechanism when the destination allows it, never one it does not', () => {
    expect(likelyMechanism('IN', party({ country: 'IN', transferMechanism: 'A46_2_b' }), TODAY)).toBe(
      'A46_2_b',
    )
    // Adequacy recorded on a party in India does not fit India: the SCCs are proposed instead.
    expect(likelyMechanism('IN', party({ country: 'IN', transferMechanism: 'ADEQ' }), TODAY)).toBe('A46_2_c')
    // Privacy Shield ended in 2020: never proposed.
    expect(likelyMechanism('US', party({ transferMechanism: 'PRIVACY_SHIELD' }), TODAY)).toBe('A46_2_c')
  })
})

describe('the transfer proposed for a party', () => {
  it('takes the country, mechanism, SCC module and assessment from the party', () => {
    expect(transferFromParty(party({ sccModule: 2, transferImpactAssessment: true }), TODAY)).toEqual({
      ...emptyTransfer(),
      partyId: 'p1',
      country: 'US',
      mechanism: 'A46_2_c',
      sccModule: 2,
      transferImpactAssessment: true,
    })
    expect(transferFromParty(party({ dpfCertified: true, sccModule: 2 }), TODAY)).toMatchObject({
      mechanism: 'ADEQ',
      sccModule: null,
    })
  })

  it('is needed only outside the EU/EEA, once per party', () => {
    expect(needsTransfer(party())).toBe(true)
    expect(needsTransfer(party({ country: 'FI' }))).toBe(false)
    expect(needsTransfer(party({ country: null }))).toBe(false)
    expect(needsTransfer(undefined)).toBe(false)
    const transfers = [{ ...emptyTransfer(), partyId: 'p1', country: 'US' }]
    expect(hasTransferTo(transfers, party())).toBe(true)
    expect(hasTransferTo(transfers, party({ id: 'p2' }))).toBe(false)
    expect(hasTransferTo([{ ...emptyTransfer(), country: 'US' }], party({ id: 'p2' }))).toBe(true)
  })
})

describe('removing the recipient a transfer was proposed for', () => {
  const us = party({ sccModule: 2 })
  const proposed = transferFromParty(us, TODAY)
  const other = { ...emptyTransfer(), partyId: 'p9', country: 'IN', mechanism: 'A46_2_c' as const }

  it('drops the proposed transfer the user left as it was', () => {
    expect(untouchedProposals([other, proposed], us, [], TODAY)).toEqual([1])
  })

  it('keeps a proposed transfer the user changed, and one to a party another recipient still names', () => {
    const edited = { ...proposed, transferImpactAssessment: true }
    expect(untouchedProposals([edited], us, [], TODAY)).toEqual([])
    expect(untouchedProposals([{ ...proposed, safeguardDocumentation: 'TIA 2026' }], us, [], TODAY)).toEqual(
      [],
    )
    expect(untouchedProposals([proposed], us, [{ partyId: 'p1' }], TODAY)).toEqual([])
  })

  it('drops nothing for a party inside the EU/EEA or a recipient named by category', () => {
    expect(untouchedProposals([proposed], party({ country: 'FI' }), [], TODAY)).toEqual([])
    expect(untouchedProposals([proposed], undefined, [], TODAY)).toEqual([])
  })
})
