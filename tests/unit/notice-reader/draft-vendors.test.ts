/**
 * A vendor the notice reader recognises from the library comes into the draft with the library's facts, as
 * adding it from the library does: a DPO reviewing the draft sees the DPF status and the mechanism already there.
 */
import { describe, expect, it } from 'vitest'
import { draftRegister } from '../../../shared/notice-reader/draft'
import { readNotice } from '../../../shared/notice-reader/read'

const NOTICE = `Privacy notice of Pohjoisen Puu Oy

We process the names and e-mail addresses of our customers to deliver their orders, on the basis of the contract (Art. 6(1)(b) GDPR).

Our processors: our website is served through Cloudflare, and orders are kept by Tilitoimisto Numerus Oy.`

describe('a draft from a notice naming a library vendor', () => {
  const reading = readNotice(NOTICE, { language: 'en', organisationName: 'Pohjoisen Puu Oy', country: 'FI' })
  const doc = draftRegister(reading, { name: 'Pohjoisen Puu Oy', country: 'FI' })

  it('takes the vendor’s facts from the library: DPF certification, the mechanism, the DPA link, where it came from', () => {
    const cloudflare = doc.parties.find((p) => p.name === 'Cloudflare')
    expect(cloudflare).toMatchObject({
      country: 'US',
      dpfCertified: true,
      transferMechanism: 'ADEQ',
      libraryVendorId: 'cloudflare',
    })
    expect(cloudflare?.dpaReference).toMatch(/^https:\/\//)
    expect(cloudflare?.notes).toContain('From the ROPA vendor library (cloudflare')
  })

  it('leaves a party the library does not know as the notice names it', () => {
    const other = doc.parties.find((p) => p.name.startsWith('Tilitoimisto Numerus'))
    expect(other).toMatchObject({ dpfCertified: false, libraryVendorId: null })
    expect(other?.transferMechanism ?? null).toBeNull()
  })
})
