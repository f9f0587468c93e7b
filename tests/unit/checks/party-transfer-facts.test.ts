import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../shared/checks'
import { activity, codes, expectOne, PARTIES, register, TODAY, transfer } from './builder'

/** Findings of one activity transferring to a party whose facts are bent by `party`. */
function checkWithParty(
  id: string,
  party: Record<string, unknown>,
  transfers: Parameters<typeof transfer>[0][],
) {
  const parties = PARTIES.map((p) => (p.id === id ? { ...p, ...party } : p))
  return runChecks(
    register({ parties, activities: [activity({ transfers: transfers.map((t) => transfer(t)) })] }),
    { today: TODAY },
  )
}

describe('checks use the facts recorded on the party', () => {
  it('take the SCC module and the transfer impact assessment from the party when the transfer leaves them empty', () => {
    const bare = { sccModule: null, transferImpactAssessment: false }
    expect(codes(checkWithParty('p-in', {}, [bare]))).toEqual(
      expect.arrayContaining(['SCC_NO_MODULE', 'SCC_NO_TIA']),
    )
    const facts = { transferMechanism: 'A46_2_c', sccModule: 2, transferImpactAssessment: true }
    expect(codes(checkWithParty('p-in', facts, [bare]))).not.toEqual(
      expect.arrayContaining(['SCC_NO_MODULE']),
    )
    expect(codes(checkWithParty('p-in', facts, [bare]))).not.toContain('SCC_NO_TIA')
  })

  it('accept a transfer to a DPF-certified US party on adequacy, and ask for a fresh look when the check is over a year old', () => {
    const adequacy = {
      partyId: 'p-dpf',
      country: 'US',
      mechanism: 'ADEQ' as const,
      sccModule: null,
      transferImpactAssessment: false,
    }
    expect(checkWithParty('p-dpf', { dpfCheckedOn: '2026-01-15' }, [adequacy])).toEqual([])
    expect(checkWithParty('p-dpf', { dpfCheckedOn: '2025-06-02' }, [adequacy])).toEqual([])
    const stale = checkWithParty('p-dpf', { dpfCheckedOn: '2025-05-31' }, [adequacy])
    expectOne(
      stale,
      {
        code: 'DPF_CHECK_OLD',
        severity: 'info',
        article: '45',
        entity: 'party',
        entityId: 'p-dpf',
        field: 'transfers.0.partyId',
      },
      ['Cloudy Inc', '2025-05-31'],
    )
    expect(codes(stale)).toEqual(['DPF_CHECK_OLD'])
  })

  it('ask to verify a DPF certification that came from the vendor library and was never checked', () => {
    const adequacy = {
      partyId: 'p-dpf',
      country: 'US',
      mechanism: 'ADEQ' as const,
      sccModule: null,
      transferImpactAssessment: false,
    }
    const found = checkWithParty('p-dpf', { libraryVendorId: 'mailchimp' }, [adequacy])
    expectOne(found, { code: 'DPF_NOT_CHECKED', severity: 'info', entityId: 'p-dpf' }, [
      'Cloudy Inc',
      'vendor library',
    ])
    // Typed in by the DPO, with no date: nothing to say.
    expect(checkWithParty('p-dpf', {}, [adequacy])).toEqual([])
    // Not certified at all stays an error, whatever the library says.
    expect(
      codes(checkWithParty('p-dpf', { dpfCertified: false, libraryVendorId: 'mailchimp' }, [adequacy])),
    ).toEqual(['TRANSFER_US_NOT_DPF'])
  })
})
