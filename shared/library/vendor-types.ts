/**
 * What the vendor library says about a processor or recipient: the facts a DPO looks up before entering a
 * party (who the contract is with, where the data goes, on what Chapter V mechanism). Written from public
 * knowledge without access to the vendors' sites, so every entry is dated, tagged 'C' (not re-checked) and says
 * "verify before relying on it"; a fact we are unsure of is named in `uncertain`, and a link we could not
 * confirm is left out rather than guessed.
 */
import type { CountryCode } from '../reference/countries'
import type { Confidence } from '../reference/source'
import type { Mechanism, PartyKind } from '../schemas/codes'

export const VENDOR_CATEGORIES = [
  'cloud_hosting',
  'office_collaboration',
  'crm',
  'marketing_email',
  'analytics_consent',
  'payments',
  'accounting',
  'payroll_hr',
  'recruitment',
  'support_chat',
  'video',
  'ai',
  'e_signature',
  'social_media',
  'website_forms',
  'security_backup',
  'health_services',
  'debt_collection',
  'whistleblowing',
] as const
export type VendorCategory = (typeof VENDOR_CATEGORIES)[number]

/**
 * The EU-US Data Privacy Framework, as it concerns data the vendor receives:
 * - `certified`: the vendor (a US organisation) is on the DPF list;
 * - `parent_certified`: the contracting entity is in Europe, and the US group company that receives or can
 *   access the data is on the list;
 * - `not_certified`: known not to be on the list although data goes to the US;
 * - `unknown`: we could not say; look it up;
 * - `not_applicable`: no US group company receives the data as far as known.
 */
export type DpfStatus = 'certified' | 'parent_certified' | 'not_certified' | 'unknown' | 'not_applicable'

export type SccModuleNumber = 1 | 2 | 3 | 4

/** How the vendor's contract (DPA) covers transfers outside the EU/EEA. */
export interface VendorTransferTerms {
  /** The Chapter V mechanisms the DPA relies on, the one it puts first first (e.g. DPF adequacy, then SCCs). */
  readonly mechanisms: readonly Mechanism[]
  /** The SCC modules (Decision (EU) 2021/914) the DPA includes: 2 controller→processor, 3 processor→processor. */
  readonly sccModules: readonly SccModuleNumber[]
}

export interface VendorLinks {
  /** The vendor's main site: always given. */
  readonly website: string
  /** The privacy or legal page. */
  readonly privacy: string | null
  /** The data processing agreement (or, for a joint controller, the Art. 26 arrangement). */
  readonly dpa: string | null
  /** The list of sub-processors. */
  readonly subprocessors: string | null
}

export interface LibraryVendor {
  /** Stable identifier, kebab-case (kept by parties created from the entry). */
  readonly id: string
  /** The name a DPO knows the vendor by. */
  readonly name: string
  readonly category: VendorCategory
  /** What the vendor does for a customer, in a few English words. */
  readonly service: string
  /** Trade names, product names and former names, as a privacy notice or an invoice may write them. */
  readonly aliases: readonly string[]
  /** The party kind it usually has in a customer's register. */
  readonly kind: PartyKind
  /** The legal entity EU/EEA customers contract with. */
  readonly legalEntity: string
  /** The country of that entity (ISO 3166-1 alpha-2). */
  readonly country: CountryCode
  /** The group parent, with its country, when another company. */
  readonly parent: string | null
  /** Countries the customer's data is stored or accessed in (hosting, support, sub-processors), as far as known. */
  readonly processingCountries: readonly CountryCode[]
  readonly dpf: DpfStatus
  /** How the DPA covers transfers outside the EU/EEA; null when the vendor keeps the data in the EU/EEA. */
  readonly transfers: VendorTransferTerms | null
  readonly links: VendorLinks
  /** ISO date of the knowledge the entry was written from. */
  readonly asOf: string
  readonly confidence: Confidence
  /** What to check in particular: the facts we are least sure of. */
  readonly uncertain: string | null
  /** Always "verify before relying on it", with where to look. */
  readonly verify: string
}
