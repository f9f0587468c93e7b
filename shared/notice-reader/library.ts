/** The vendor library (shared/library) as the reader looks vendors up: every name, alias and legal entity. */
import { VENDOR_LIBRARY, VENDOR_TERMS } from '../library/vendors'
import type { VendorFact } from './parties'

let facts: VendorFact[] | null = null

export function libraryVendorFacts(): readonly VendorFact[] {
  facts ??= VENDOR_LIBRARY.items.map((v) => {
    const terms = VENDOR_TERMS.filter((t) => t.vendorId === v.id)
    return {
      id: v.id,
      name: v.name,
      aliases: [...new Set([...v.aliases, v.legalEntity])].filter((a) => a !== v.name),
      country: v.country,
      dpfCertified: v.dpf === 'certified' || v.dpf === 'parent_certified',
      ambiguousTerms: terms.filter((t) => t.ambiguous).map((t) => t.term),
    }
  })
  return facts
}
