/** How the vendor data files write an entry: the facts that differ, with the date and caveat every entry shares. */
import type { LibraryVendor, VendorLinks, VendorTransferTerms } from './vendor-types'

/**
 * The entries were written in one sitting from what was publicly known of the vendors' terms around this date,
 * without reaching their sites (this workplace has no web access): hence confidence 'C' throughout.
 */
export const VENDORS_AS_OF = '2025-05-01'

/** Where a US company's certification is looked up. */
export const DPF_LIST_URL = 'https://www.dataprivacyframework.gov/list'

export const VERIFY_NOTE =
  'Verify before relying on it: read the vendor’s current DPA and sub-processor list, and look the US company up on the Data Privacy Framework list (dataprivacyframework.gov/list).'

type Draft = Omit<LibraryVendor, 'asOf' | 'confidence' | 'verify' | 'links' | 'uncertain'> & {
  links: Partial<VendorLinks> & Pick<VendorLinks, 'website'>
  uncertain?: string
}

export function vendor(draft: Draft): LibraryVendor {
  return {
    ...draft,
    links: { privacy: null, dpa: null, subprocessors: null, ...draft.links },
    asOf: VENDORS_AS_OF,
    confidence: 'C',
    uncertain: draft.uncertain ?? null,
    verify: VERIFY_NOTE,
  }
}

/** The usual terms of a US-linked vendor: DPF adequacy for its certified US companies, SCCs for the rest. */
export const DPF_AND_SCCS: VendorTransferTerms = { mechanisms: ['ADEQ', 'A46_2_c'], sccModules: [2, 3] }
/** SCCs only (no DPF certification relied on). */
export const SCCS: VendorTransferTerms = { mechanisms: ['A46_2_c'], sccModules: [2, 3] }
/** Binding corporate rules for processors first, SCCs as the fallback. */
export const BCR_AND_SCCS: VendorTransferTerms = { mechanisms: ['A46_2_b', 'A46_2_c'], sccModules: [2, 3] }
/** A vendor whose processing outside the EU/EEA is only in a country with an adequacy decision. */
export const ADEQUACY: VendorTransferTerms = { mechanisms: ['ADEQ'], sccModules: [] }
