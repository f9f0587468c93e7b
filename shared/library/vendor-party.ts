/**
 * A party pre-filled from a vendor library entry ("add vendor"), and the facts a later change of the entry may
 * offer to bring into parties made from it. Pure: the core and the UI both use it.
 */
import { countryName, isEea } from '../reference/countries'
import type { PartyFields } from '../schemas/catalogue'
import type { Mechanism, PartyKind } from '../schemas/codes'
import type { VendorView } from './vendor-schema'

/** A vendor as the library keeps it or as the workspace shows it: the built-in entries' lists are read-only. */
type Vendor = Pick<
  VendorView,
  | 'id'
  | 'name'
  | 'legalEntity'
  | 'country'
  | 'kind'
  | 'dpf'
  | 'links'
  | 'service'
  | 'uncertain'
  | 'asOf'
  | 'verify'
> & {
  processingCountries: readonly VendorView['processingCountries'][number][]
  transfers: {
    mechanisms: readonly Mechanism[]
    sccModules: readonly NonNullable<VendorView['transfers']>['sccModules'][number][]
  } | null
}

/** The party's name: the product a DPO knows, with the company the contract is with. */
export function vendorPartyName(vendor: Pick<Vendor, 'name' | 'legalEntity'>): string {
  return (vendor.legalEntity === vendor.name ? vendor.name : `${vendor.name} (${vendor.legalEntity})`).slice(
    0,
    300,
  )
}

const isDpf = (vendor: Pick<Vendor, 'dpf'>) => vendor.dpf === 'certified' || vendor.dpf === 'parent_certified'

/**
 * The mechanism a party's contract most likely relies on: adequacy for a DPF-certified US company (or where all
 * processing outside the EEA is in an adequate country), otherwise the first safeguard of the DPA; none when
 * the data stays in the EU/EEA.
 */
export function vendorMechanism(
  vendor: Pick<Vendor, 'country' | 'processingCountries' | 'dpf' | 'transfers'>,
): Mechanism | null {
  const outside = [vendor.country, ...vendor.processingCountries].some((c) => !isEea(c))
  if (!outside || vendor.transfers === null || vendor.transfers.mechanisms.length === 0) return null
  const { mechanisms } = vendor.transfers
  const toUs = vendor.country === 'US' || vendor.processingCountries.includes('US')
  if (mechanisms.includes('ADEQ') && (!toUs || isDpf(vendor))) return 'ADEQ'
  return mechanisms.find((m) => m !== 'ADEQ') ?? null
}

/** The SCC module for the party's role: 2 when we are the controller, 3 when the vendor is our sub-processor. */
function sccModuleFor(vendor: Pick<Vendor, 'transfers'>, kind: PartyKind): 1 | 2 | 3 | 4 | null {
  const modules = vendor.transfers?.sccModules ?? []
  const wanted = kind === 'sub_processor' ? 3 : kind === 'processor' ? 2 : 1
  return modules.includes(wanted) ? wanted : (modules[0] ?? null)
}

/** The facts of the entry a party takes over: what "update the organisations that use it" may change. */
export function vendorFacts(
  vendor: Vendor,
  kind: PartyKind,
): Pick<PartyFields, 'country' | 'website' | 'dpfCertified' | 'transferMechanism' | 'sccModule'> {
  const transferMechanism = vendorMechanism(vendor)
  return {
    country: vendor.country,
    website: vendor.links.website,
    dpfCertified: isDpf(vendor),
    transferMechanism,
    sccModule: transferMechanism === 'A46_2_c' ? sccModuleFor(vendor, kind) : null,
  }
}

export const VENDOR_FACT_FIELDS = [
  'country',
  'website',
  'dpfCertified',
  'transferMechanism',
  'sccModule',
] as const

/** A party made from a library entry: its facts, the DPA link as the agreement's reference, and notes saying where they came from. */
export function partyFromVendor(vendor: Vendor, options: { kind?: PartyKind } = {}): PartyFields {
  const kind = options.kind ?? vendor.kind
  const where = vendor.processingCountries.map((c) => countryName(c, 'en')).join(', ')
  const notes = [
    vendor.service,
    `From the ROPA vendor library (${vendor.id}, facts as of ${vendor.asOf}).${where ? ` Data processed in: ${where}.` : ''}`,
    vendor.uncertain,
    vendor.links.subprocessors ? `Sub-processors: ${vendor.links.subprocessors}` : null,
    vendor.verify,
  ]
    .filter((line): line is string => line !== null && line.trim() !== '')
    .join('\n')
  return {
    name: vendorPartyName(vendor),
    kind,
    address: null,
    email: null,
    ...vendorFacts(vendor, kind),
    dpaReference: vendor.links.dpa,
    dpaSignedOn: null,
    notes: notes.slice(0, 5000),
    transferImpactAssessment: false,
    dpfCheckedOn: null,
    libraryVendorId: vendor.id,
  }
}
