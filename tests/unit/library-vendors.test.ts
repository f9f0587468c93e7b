import { describe, expect, it } from 'vitest'
import { ADEQUACY_DECISIONS } from '../../shared/reference/adequacy'
import { isCountryCode, isEea } from '../../shared/reference/countries'
import {
  findVendor,
  findVendors,
  libraryVendor,
  VENDOR_LIBRARY,
  VENDOR_TERMS,
  vendorNameKey,
} from '../../shared/library/vendors'

const vendors = VENDOR_LIBRARY.items
const adequate = new Set(ADEQUACY_DECISIONS.items.map((d) => d.countryCode))

describe('the vendor library', () => {
  it('has at least 60 entries with unique ids and names', () => {
    expect(vendors.length).toBeGreaterThanOrEqual(60)
    expect(new Set(vendors.map((v) => v.id)).size).toBe(vendors.length)
    expect(new Set(vendors.map((v) => vendorNameKey(v.name))).size).toBe(vendors.length)
    for (const v of vendors) expect(v.id, v.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('covers every kind of vendor the issue lists, with the Nordic and German accounting and payroll software', () => {
    const categories = new Set(vendors.map((v) => v.category))
    for (const c of [
      'cloud_hosting',
      'office_collaboration',
      'crm',
      'marketing_email',
      'analytics_consent',
      'payments',
      'accounting',
      'payroll_hr',
      'support_chat',
      'video',
      'ai',
    ] as const) {
      expect(categories.has(c), c).toBe(true)
    }
    for (const id of [
      'netvisor',
      'procountor',
      'fortnox',
      'visma-spcs',
      'e-conomic',
      'dinero',
      'tripletex',
      'datev',
      'lexware',
      'sevdesk',
      'personio',
      'talenom',
    ]) {
      expect(libraryVendor(id), id).toBeDefined()
    }
  })

  it('dates every entry and tells the user to verify it', () => {
    for (const v of vendors) {
      expect(v.asOf, v.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(v.verify, v.id).toMatch(/^Verify before relying on it/)
      expect(['V', 'S', 'C'], v.id).toContain(v.confidence)
    }
  })

  it('names real countries and gives links only as https addresses', () => {
    for (const v of vendors) {
      expect(isCountryCode(v.country), `${v.id} ${v.country}`).toBe(true)
      expect(v.processingCountries.length, v.id).toBeGreaterThan(0)
      for (const c of v.processingCountries) expect(isCountryCode(c), `${v.id} ${c}`).toBe(true)
      expect(v.links.website, v.id).toMatch(/^https:\/\/[a-z0-9.-]+\//)
      for (const link of [v.links.privacy, v.links.dpa, v.links.subprocessors])
        if (link !== null) expect(link, v.id).toMatch(/^https:\/\/[a-z0-9.-]+\//)
      expect(v.legalEntity.trim(), v.id).not.toBe('')
    }
  })

  it('keeps the transfer facts consistent with where the data goes', () => {
    for (const v of vendors) {
      const outside = v.processingCountries.filter((c) => !isEea(c))
      // Data outside the EU/EEA needs the mechanism the DPA relies on.
      if (outside.length > 0 || !isEea(v.country)) expect(v.transfers, v.id).not.toBeNull()
      if (v.dpf === 'certified') expect(v.country, v.id).toBe('US')
      if (v.dpf === 'parent_certified') expect(v.country, v.id).not.toBe('US')
      if (v.dpf === 'not_applicable') expect(v.processingCountries, v.id).not.toContain('US')
      if (v.transfers === null) continue
      expect(v.transfers.mechanisms.length, v.id).toBeGreaterThan(0)
      if (v.transfers.mechanisms.includes('A46_2_c'))
        expect(v.transfers.sccModules.length, v.id).toBeGreaterThan(0)
      if (v.transfers.mechanisms.includes('ADEQ')) {
        const dpf = v.dpf === 'certified' || v.dpf === 'parent_certified' || v.dpf === 'unknown'
        const adequateCountry = [v.country, ...v.processingCountries].some(
          (c) => adequate.has(c) && c !== 'US',
        )
        expect(dpf || adequateCountry, v.id).toBe(true)
      }
    }
  })

  it('finds an entry by its name, an alias or its legal entity, however the company form is written', () => {
    expect(findVendor('Fortnox AB')?.id).toBe('fortnox')
    expect(findVendor('fortnox')?.id).toBe('fortnox')
    expect(findVendor('Office 365')?.id).toBe('microsoft-365')
    expect(findVendor('Sendinblue')?.id).toBe('brevo')
    expect(findVendor('Personio SE & Co. KG')?.id).toBe('personio')
    expect(findVendor('lexoffice')?.id).toBe('lexware')
    expect(findVendor('MEHILÄINEN OY')?.id).toBe('mehilainen')
    expect(findVendor('Stripe Payments Europe Ltd')?.id).toBe('stripe')
    expect(findVendors('Microsoft Ireland Operations Limited').map((v) => v.id)).toEqual(
      expect.arrayContaining(['microsoft-365', 'microsoft-azure', 'microsoft-dynamics-365']),
    )
    expect(findVendor('Acme Widgets Oy')).toBeUndefined()
    expect(findVendor('  ')).toBeUndefined()
  })

  it('never lets an alias of one vendor be the name of another', () => {
    const names = new Map(vendors.map((v) => [vendorNameKey(v.name), v.id]))
    for (const v of vendors) {
      for (const alias of v.aliases) {
        const other = names.get(vendorNameKey(alias))
        if (other !== undefined) expect(other, `${v.id}: ${alias}`).toBe(v.id)
      }
    }
  })

  it('lists every name for finding vendors in a text, marking ordinary words', () => {
    expect(VENDOR_TERMS.find((t) => t.term === 'Slack')).toMatchObject({ vendorId: 'slack', ambiguous: true })
    expect(VENDOR_TERMS.find((t) => t.term === 'HubSpot Ireland Limited')).toMatchObject({
      vendorId: 'hubspot',
      ambiguous: false,
    })
    expect(VENDOR_TERMS.filter((t) => t.vendorId === 'fortnox').map((t) => t.term)).toEqual(
      expect.arrayContaining(['Fortnox', 'Fortnox AB', 'Fortnox Lön']),
    )
  })
})
