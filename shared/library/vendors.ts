/**
 * The vendor library: widely used processors and recipients with the facts a register needs about them, and
 * lookups by id and by name (trade names, product names, legal entities). Others import this module:
 * the new-organisation wizard and "add vendor" (a party pre-filled from an entry), the notice reader (vendors
 * named in a privacy notice), the CLI (`ropa vendors`).
 */
import { plainLetters } from '../letters'
import type { ReferenceList } from '../reference/source'
import { DPF_LIST_URL, VENDORS_AS_OF } from './vendor-entry'
import type { LibraryVendor } from './vendor-types'
import type { VendorView } from './vendor-schema'
import { CLOUD_VENDORS } from './vendors-cloud'
import { CUSTOMER_VENDORS } from './vendors-customers'
import { FINANCE_VENDORS } from './vendors-finance'
import { PEOPLE_VENDORS } from './vendors-people'

export type {
  DpfStatus,
  LibraryVendor,
  SccModuleNumber,
  VendorCategory,
  VendorLinks,
  VendorTransferTerms,
} from './vendor-types'
export { VENDOR_CATEGORIES } from './vendor-types'
export { DPF_LIST_URL, VENDORS_AS_OF, VERIFY_NOTE } from './vendor-entry'

const ALL: readonly LibraryVendor[] = [
  ...CLOUD_VENDORS,
  ...CUSTOMER_VENDORS,
  ...FINANCE_VENDORS,
  ...PEOPLE_VENDORS,
].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))

export const VENDOR_LIBRARY: ReferenceList<LibraryVendor> = {
  asOf: VENDORS_AS_OF,
  source: DPF_LIST_URL,
  seeAlso: [
    'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/new-safeguards-and-standard-contractual-clauses_en',
  ],
  items: ALL,
}

const BY_ID = new Map(ALL.map((v) => [v.id, v]))

/** The entry with this id, or undefined. */
export function libraryVendor(id: string): LibraryVendor | undefined {
  return BY_ID.get(id)
}

/**
 * Legal-form words that say nothing about which company is meant ("Fortnox AB" is Fortnox). Dropped at the end
 * of a name, repeatedly ("Personio SE & Co. KG"), so a party's name matches the entry however it is written.
 */
const LEGAL_FORMS = new Set(
  [
    'oy',
    'oyj',
    'ab',
    'publ',
    'as',
    'asa',
    'a/s',
    'aps',
    'gmbh',
    'ag',
    'eg',
    'kg',
    'co',
    '&',
    'se',
    'sa',
    'sas',
    'sarl',
    's.a',
    's.a.s',
    'bv',
    'b.v',
    'nv',
    'n.v',
    'ltd',
    'limited',
    'inc',
    'llc',
    'l.l.c',
    'pbc',
    'plc',
    'uc',
    'unlimited',
    'company',
    'corp',
    'corporation',
    'oü',
    'sl',
    's.l',
    'spa',
    's.p.a',
    'sca',
    's.c.a',
    'cie',
    'et',
  ].map(plainLetters),
)

/** A name folded for comparison: plain letters, no brackets or commas, trailing legal forms dropped. */
export function vendorNameKey(name: string): string {
  const bare = (word: string) => word.replace(/\.+$/, '')
  const words = plainLetters(name)
    .replace(/[(),]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(bare)
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop()
  return words.join(' ')
}

type MatchKind = 'name' | 'alias' | 'legalEntity'
const KEYS: { key: string; vendor: LibraryVendor; kind: MatchKind }[] = ALL.flatMap((v) => [
  { key: vendorNameKey(v.name), vendor: v, kind: 'name' as const },
  ...v.aliases.map((a) => ({ key: vendorNameKey(a), vendor: v, kind: 'alias' as const })),
  { key: vendorNameKey(v.legalEntity), vendor: v, kind: 'legalEntity' as const },
])
const RANK: Record<MatchKind, number> = { name: 0, alias: 1, legalEntity: 2 }

/**
 * Every entry a name may mean, best first: its name, then one of its aliases, then its legal entity
 * ("Microsoft Ireland Operations Limited" is the entity of Microsoft 365, Azure and Dynamics 365).
 */
export function findVendors(name: string): LibraryVendor[] {
  const key = vendorNameKey(name)
  if (key === '') return []
  const hits = KEYS.filter((k) => k.key === key).sort((a, b) => RANK[a.kind] - RANK[b.kind])
  return [...new Set(hits.map((h) => h.vendor))]
}

/** The entry a name most likely means, or undefined. */
export function findVendor(name: string): LibraryVendor | undefined {
  return findVendors(name)[0]
}

/**
 * Names that are also ordinary words or first names ("Slack", "Zoom", "Billy"): found in running text they
 * need context (a company form, a product word) before they are taken for the vendor.
 */
const COMMON_WORDS = new Set(
  [
    'Slack',
    'Zoom',
    'Notion',
    'Stripe',
    'Monday',
    'Proton',
    'Intercom',
    'Adobe',
    'Asana',
    'Miro',
    'Billy',
    'Sympa',
    'Dinero',
    'Whereby',
    'Meta',
    'Nets',
    'Svea',
    'Scrive',
    'Bob',
    'Teams',
    'Outlook',
    'Claude',
    'Mistral',
    'Plausible',
    'Segment',
    'Concur',
    'Loom',
    'Lime',
    'Shop Pay',
    'Vipps',
    'Matomo',
    'Cisco',
    'Jira',
    'Wix',
    'Heeros',
    'Talenom',
  ].map(plainLetters),
)

export interface VendorTerm {
  /** A name, alias or legal entity as the entry writes it. */
  term: string
  vendorId: string
  /** True when the term is also an ordinary word or a first name. */
  ambiguous: boolean
}

/** Every name by which the library knows a vendor, for finding vendors named in a text. */
export const VENDOR_TERMS: readonly VendorTerm[] = ALL.flatMap((v) =>
  [...new Set([v.name, ...v.aliases, v.legalEntity])].map((term) => ({
    term,
    vendorId: v.id,
    ambiguous: COMMON_WORDS.has(plainLetters(term)),
  })),
)

/** A built-in entry as the API carries it (`source: 'builtin'`), its lists copied so callers may not change the library. */
export function builtinVendorView(id: string): VendorView | undefined {
  const v = BY_ID.get(id)
  if (!v) return undefined
  return {
    ...v,
    aliases: [...v.aliases],
    processingCountries: [...v.processingCountries],
    transfers:
      v.transfers === null
        ? null
        : { mechanisms: [...v.transfers.mechanisms], sccModules: [...v.transfers.sccModules] },
    links: { ...v.links },
    source: 'builtin',
  }
}
