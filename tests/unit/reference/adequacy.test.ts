import { describe, expect, it } from 'vitest'
import {
  ADEQUACY_DECISIONS,
  adequacyFor,
  adequacyForInternationalOrganisation,
  isAdequacyInForce,
  transferStatus,
} from '../../../shared/reference/adequacy'
import { isCountryCode, isEea } from '../../../shared/reference/countries'

const ON = '2026-11-01'

describe('adequacy decisions', () => {
  it('lists every decision of the facts file, once', () => {
    const codes = ADEQUACY_DECISIONS.items.map((d) => d.countryCode)
    expect(codes).toEqual(
      expect.arrayContaining([
        'CH',
        'CA',
        'AR',
        'GG',
        'IM',
        'JE',
        'FO',
        'AD',
        'IL',
        'UY',
        'NZ',
        'JP',
        'GB',
        'KR',
        'US',
        'BR',
        null,
      ]),
    )
    expect(codes).toHaveLength(17)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('uses valid, non-EEA country codes and ISO dates', () => {
    for (const d of ADEQUACY_DECISIONS.items) {
      if (d.countryCode !== null) {
        expect(isCountryCode(d.countryCode)).toBe(true)
        expect(isEea(d.countryCode)).toBe(false)
      }
      expect(d.adopted).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(d.scopeNote.length).toBeGreaterThan(0)
      expect(['V', 'S', 'C']).toContain(d.confidence)
    }
  })

  it('treats Switzerland as a fully adequate third country, not EEA', () => {
    expect(isEea('CH')).toBe(false)
    expect(transferStatus('CH', ON)).toBe('adequate')
    expect(adequacyFor('CH')?.decision).toContain('2000/518/EC')
  })

  it('limits the United States to organisations certified under the Data Privacy Framework', () => {
    const us = adequacyFor('US')
    expect(us?.scope).toBe('partial')
    expect(us?.decision).toContain('2023/1795')
    expect(us?.scopeNote).toMatch(/certified under the EU-US Data Privacy Framework/)
    expect(transferStatus('US', ON)).toBe('adequate_partial')
  })

  it('limits Canada to PIPEDA, Japan to APPI and Korea to PIPA', () => {
    expect(adequacyFor('CA')?.scopeNote).toMatch(/PIPEDA/)
    expect(adequacyFor('JP')?.scopeNote).toMatch(/APPI.*Supplementary Rules/)
    expect(adequacyFor('KR')?.scopeNote).toMatch(/PIPA/)
    for (const code of ['CA', 'JP', 'KR']) expect(transferStatus(code, ON)).toBe('adequate_partial')
  })

  it('keeps the United Kingdom adequate until 2031-12-27 and no longer', () => {
    const gb = adequacyFor('GB')
    expect(gb?.validUntil).toBe('2031-12-27')
    expect(transferStatus('GB', ON)).toBe('adequate')
    expect(transferStatus('GB', '2031-12-27')).toBe('adequate')
    expect(transferStatus('GB', '2031-12-28')).toBe('third_country')
  })

  it('counts Brazil as adequate only from its adoption on 2026-01-26', () => {
    const br = adequacyFor('BR')
    expect(br).not.toBeNull()
    expect(isAdequacyInForce(br!, '2026-01-25')).toBe(false)
    expect(isAdequacyInForce(br!, '2026-01-26')).toBe(true)
  })

  it('gives the EEA and third countries their status', () => {
    expect(transferStatus('FI', ON)).toBe('eea')
    expect(transferStatus('NO', ON)).toBe('eea')
    expect(transferStatus('GR', ON)).toBe('eea')
    expect(transferStatus('IN', ON)).toBe('third_country')
    expect(transferStatus('CN', ON)).toBe('third_country')
    expect(adequacyFor('IN')).toBeNull()
  })

  it('finds the European Patent Organisation by name or alias', () => {
    const epo = adequacyForInternationalOrganisation('European Patent Organisation')
    expect(epo?.decision).toContain('2025/1382')
    expect(adequacyForInternationalOrganisation('  european patent organization ')).not.toBeNull()
    expect(adequacyForInternationalOrganisation('EPO')).not.toBeNull()
    expect(adequacyForInternationalOrganisation('World Health Organization')).toBeNull()
  })
})
