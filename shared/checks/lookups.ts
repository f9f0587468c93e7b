/** Indexes of one register, built once per document so per-activity checks never re-scan the whole register. */
import type { OrganisationProfile } from '../schemas/organisation'
import type { RegisterDataCategory, RegisterDocument, RegisterParty } from '../schemas/register'

export interface RegisterLookups {
  readonly organisation: OrganisationProfile
  readonly parties: ReadonlyMap<string, RegisterParty>
  readonly dataCategories: ReadonlyMap<string, RegisterDataCategory>
}

/** A register document, or lookups already built from one (reuse them when checking many activities). */
export type LookupSource = RegisterDocument | RegisterLookups

/** Builds the id indexes of a register in one pass over its catalogues. */
export function buildLookups(doc: RegisterDocument): RegisterLookups {
  return {
    organisation: doc.organisation,
    parties: new Map(doc.parties.map((p) => [p.id, p])),
    dataCategories: new Map(doc.dataCategories.map((d) => [d.id, d])),
  }
}

/** Lookups for either kind of source, building them only when given a document. */
export function lookupsOf(source: LookupSource): RegisterLookups {
  return 'activities' in source ? buildLookups(source) : source
}
