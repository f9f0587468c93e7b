import { describe, expect, it } from 'vitest'
import { check, codes, expectOne, transfer } from './builder'

describe('transfer mechanism', () => {
  it('raises nothing for SCCs with module and TIA, or for a transfer within the EEA', () => {
    expect(check({ transfers: [transfer()] })).toEqual([])
    expect(
      check({
        transfers: [transfer({ partyId: 'p-fi', country: 'FI', mechanism: 'NONE', sccModule: null })],
      }),
    ).toEqual([])
  })

  it('reports NONE to a country neither EEA nor adequate', () => {
    const findings = check({ transfers: [transfer(), transfer({ mechanism: 'NONE', sccModule: null })] })
    expectOne(
      findings,
      {
        code: 'TRANSFER_NO_MECHANISM',
        severity: 'error',
        article: '44',
        activityReference: 'PA-01',
        entity: 'activity',
        entityId: 'a1',
        field: 'transfers.1.mechanism',
      },
      ['India'],
    )
  })

  it('reports NONE to a country whose adequacy covers only some recipients, not to a fully adequate one', () => {
    const us = transfer({ partyId: 'p-us', country: 'US', mechanism: 'NONE' })
    expectOne(check({ transfers: [us] }), { code: 'TRANSFER_NO_MECHANISM' }, ['United States of America'])
    expect(check({ transfers: [transfer({ partyId: 'p-ch', country: 'CH', mechanism: 'NONE' })] })).toEqual(
      [],
    )
  })

  it('reports adequacy claimed for a country without a decision in force', () => {
    expectOne(
      check({ transfers: [transfer({ mechanism: 'ADEQ', sccModule: null })] }),
      { code: 'TRANSFER_NO_ADEQUACY', severity: 'error', article: '45', field: 'transfers.0.mechanism' },
      ['India'],
    )
    const gb = transfer({ partyId: null, country: 'GB', mechanism: 'ADEQ' })
    expect(check({ transfers: [gb] })).toEqual([])
    const later = check({ transfers: [gb], nextReviewDue: null }, { today: '2032-01-10' })
    expectOne(later, { code: 'TRANSFER_NO_ADEQUACY' }, ['United Kingdom'])
  })

  it('accepts adequacy to Switzerland and to the European Patent Organisation', () => {
    expect(check({ transfers: [transfer({ partyId: 'p-ch', country: 'CH', mechanism: 'ADEQ' })] })).toEqual(
      [],
    )
    const epo = transfer({
      partyId: null,
      country: null,
      internationalOrganisation: 'European Patent Office',
      mechanism: 'ADEQ',
    })
    expect(check({ transfers: [epo] })).toEqual([])
  })

  it('reports NONE to an international organisation without adequacy, by its name', () => {
    const who = transfer({
      partyId: null,
      country: null,
      internationalOrganisation: 'World Health Organization',
      mechanism: 'NONE',
    })
    expectOne(check({ transfers: [who] }), { code: 'TRANSFER_NO_MECHANISM' }, ['World Health Organization'])
  })
})

describe('US adequacy and the Data Privacy Framework', () => {
  it('reports a US transfer relying on adequacy to a party not DPF-certified, on the party', () => {
    expectOne(
      check({
        transfers: [transfer({ partyId: 'p-us', country: 'US', mechanism: 'ADEQ', sccModule: null })],
      }),
      {
        code: 'TRANSFER_US_NOT_DPF',
        severity: 'error',
        article: '45',
        activityReference: 'PA-01',
        entity: 'party',
        entityId: 'p-us',
        field: 'transfers.0.mechanism',
      },
      ['Mailer LLC', 'United States of America'],
    )
  })

  it('accepts adequacy to a DPF-certified party', () => {
    expect(
      check({
        transfers: [transfer({ partyId: 'p-dpf', country: 'US', mechanism: 'ADEQ', sccModule: null })],
      }),
    ).toEqual([])
  })

  it('reports a US adequacy transfer whose recipient is not named', () => {
    expectOne(check({ transfers: [transfer({ partyId: null, country: 'US', mechanism: 'ADEQ' })] }), {
      code: 'TRANSFER_US_RECIPIENT_UNKNOWN',
      severity: 'error',
      article: '45',
      field: 'transfers.0.partyId',
    })
  })
})

describe('partial adequacy scope', () => {
  it.each([
    ['JP', 'Japan', 'APPI'],
    ['CA', 'Canada', 'PIPEDA'],
    ['KR', 'South Korea', 'PIPA'],
  ])('asks to confirm the scope for %s (info)', (country, name, law) => {
    expectOne(
      check({ transfers: [transfer({ partyId: null, country, mechanism: 'ADEQ' })] }),
      { code: 'TRANSFER_ADEQUACY_SCOPE', severity: 'info', article: '45', field: 'transfers.0.mechanism' },
      [name, law],
    )
  })

  it('does not ask for a full decision', () => {
    expect(
      codes(check({ transfers: [transfer({ partyId: null, country: 'NZ', mechanism: 'ADEQ' })] })),
    ).toEqual([])
  })
})

describe('invalid mechanisms', () => {
  it.each([
    ['PRIVACY_SHIELD', 'relies on EU-US Privacy Shield,', '2020-07-16'],
    ['SAFE_HARBOUR', 'relies on Safe Harbour,', '2015-10-06'],
    ['SCC_LEGACY', 'relies on Old standard contractual clauses,', '2022-12-27'],
  ] as const)('reports %s with the date it ended', (mechanism, label, endedOn) => {
    expectOne(
      check({ transfers: [transfer({ partyId: 'p-us', country: 'US', mechanism, sccModule: null })] }),
      {
        code: 'MECHANISM_INVALID',
        severity: 'error',
        article: '44',
        entity: 'activity',
        field: 'transfers.0.mechanism',
      },
      [label, endedOn, 'United States of America'],
    )
  })

  it('ignores an old mechanism on a transfer that stays in the EEA', () => {
    expect(
      check({ transfers: [transfer({ partyId: 'p-fi', country: 'FI', mechanism: 'SCC_LEGACY' })] }),
    ).toEqual([])
  })
})

describe('standard contractual clauses', () => {
  it('warns when the module is not recorded', () => {
    expectOne(
      check({ transfers: [transfer({ sccModule: null })] }),
      {
        code: 'SCC_NO_MODULE',
        severity: 'warning',
        article: '46(2)(c)',
        field: 'transfers.0.sccModule',
      },
      ['India'],
    )
  })

  it('warns when no transfer impact assessment is recorded', () => {
    expectOne(
      check({ transfers: [transfer({ transferImpactAssessment: false })] }),
      {
        code: 'SCC_NO_TIA',
        severity: 'warning',
        article: '46(2)(c)',
        field: 'transfers.0.transferImpactAssessment',
      },
      ['India'],
    )
  })

  it('does not ask for a TIA where a full adequacy decision applies', () => {
    expect(
      check({ transfers: [transfer({ partyId: 'p-ch', country: 'CH', transferImpactAssessment: false })] }),
    ).toEqual([])
  })
})

describe('Art. 49 derogations', () => {
  it('reports a second-subparagraph transfer without documented safeguards', () => {
    expectOne(
      check({ transfers: [transfer({ mechanism: 'A49_1_2', sccModule: null })] }),
      {
        code: 'DEROGATION_49_1_2_UNDOCUMENTED',
        severity: 'error',
        article: '49(6)',
        entity: 'activity',
        entityId: 'a1',
        field: 'transfers.0.safeguardDocumentation',
      },
      ['India'],
    )
    const documented = transfer({
      mechanism: 'A49_1_2',
      sccModule: null,
      safeguardDocumentation: 'Assessment of 2026-03-01; data minimised and encrypted.',
    })
    expect(check({ transfers: [documented] })).toEqual([])
  })

  it('warns that a derogation on an active activity is presumed regular', () => {
    expectOne(
      check({ transfers: [transfer({ mechanism: 'A49_1_b', sccModule: null })] }),
      { code: 'DEROGATION_REGULAR', severity: 'warning', article: '49(1)', field: 'transfers.0.mechanism' },
      ['India', 'Art. 49(1)(b)', 'active'],
    )
  })

  it('does not presume a draft activity regular', () => {
    expect(
      check({ status: 'draft', transfers: [transfer({ mechanism: 'A49_1_b', sccModule: null })] }),
    ).toEqual([])
  })
})

describe('recipients outside the EU/EEA', () => {
  it('warns when a recipient abroad has no transfer recorded', () => {
    expectOne(
      check({ recipients: [{ partyId: 'p-fi' }, { partyId: 'p-in' }] }),
      {
        code: 'TRANSFER_NOT_RECORDED',
        severity: 'warning',
        article: '30(1)(e)',
        entity: 'party',
        entityId: 'p-in',
        field: 'recipients.1.partyId',
      },
      ['Outsource Pvt Ltd', 'India'],
    )
  })

  it('accepts the recipient once its transfer is listed', () => {
    expect(check({ recipients: [{ partyId: 'p-in' }], transfers: [transfer()] })).toEqual([])
  })
})
