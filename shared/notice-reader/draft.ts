/**
 * The proposed register document from a reading: the proposals the DPO kept (all of them, for `ropa draft`),
 * as the normative register format, checked by the same zod schema as an import.
 */
import {
  REGISTER_FORMAT,
  REGISTER_VERSION,
  registerDocumentSchema,
  type RegisterDocument,
} from '../schemas/register'
import type { CountryCode } from '../reference/countries'
import { isEea } from '../reference/countries'
import { partyFromVendor } from '../library/vendor-party'
import { libraryVendor } from '../library/vendors'
import type { Language } from '../schemas/codes'
import type { ItemOf, NoticeReading, ProposalItem, ProposedActivity } from './schema'

export interface DraftOrganisation {
  name: string
  country: CountryCode | null
  email?: string | null
  language?: Language
}

const pad = (n: number) => String(n).padStart(2, '0')
const joinTexts = (texts: string[], max: number) => {
  const joined = [...new Set(texts)].join('\n')
  return joined === '' ? null : joined.length > max ? `${joined.slice(0, max - 1)}…` : joined
}

/** Catalogue names must be unique: a second "Google" becomes "Google (2)". */
function uniqueNames<T extends { name: string }>(entries: T[]): T[] {
  const seen = new Map<string, number>()
  return entries.map((e) => {
    const key = e.name.trim().toLocaleLowerCase()
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    return n === 1 ? e : { ...e, name: `${e.name} (${n})`.slice(0, 300) }
  })
}

/**
 * Builds the document from the activities and items given (a reading's, or the ones the DPO accepted and
 * edited). Each activity gets the items that name it; items naming no kept activity are left out.
 */
export function draftRegister(
  reading: Pick<NoticeReading, 'language'> & { activities: ProposedActivity[]; items: ProposalItem[] },
  organisation: DraftOrganisation,
): RegisterDocument {
  const of = <K extends ProposalItem['kind']>(kind: K) =>
    reading.items.filter((i): i is ItemOf<K> => i.kind === kind)
  const parties = of('party')
  const categories = of('dataCategory')
  const subjects = of('dataSubjectCategory')
  const transfers = of('transfer')
  const retention = of('retention')
  const partyIds = new Set(parties.map((p) => p.id))
  const countryOf = organisation.country
  const dpf = new Set(
    transfers
      .filter((t) => t.mechanism === 'ADEQ' && t.country === 'US' && t.partyItemId)
      .map((t) => t.partyItemId),
  )

  const activities = reading.activities.map((a, index) => {
    const mine = <T extends ProposalItem>(items: T[]) => items.filter((i) => i.activityIds.includes(a.id))
    const myCategories = mine(categories)
    const myRetention = mine(retention)
    const general = myRetention.filter((r) => r.dataCategoryItemIds.length === 0)
    return {
      id: a.id,
      reference: `PA-${pad(index + 1)}`,
      name: a.name,
      role: 'controller' as const,
      status: 'draft' as const,
      description: joinTexts(
        a.evidence.map((e) => e.text),
        10_000,
      ),
      purposes: mine(of('purpose')).map((p) => ({
        description: p.description,
        legalBasis: p.legalBasis,
        legitimateInterest: p.legitimateInterest,
        specialCategoryCondition: p.specialCategoryCondition,
        criminalDataBasis: null,
      })),
      dataSubjectCategoryIds: mine(subjects).map((s) => s.id),
      dataCategories: myCategories.map((c) => {
        const own = myRetention.filter((r) => r.dataCategoryItemIds.includes(c.id))
        return {
          dataCategoryId: c.id,
          retention: joinTexts(
            own.map((r) => r.text),
            1000,
          ),
          retentionMonths: own.length === 1 ? own[0].months : null,
        }
      }),
      sources: [
        ...new Map(
          mine(of('source')).map((s) => [s.sourceKind, { kind: s.sourceKind, description: s.description }]),
        ).values(),
      ],
      recipients: mine(parties).map((p) => ({ partyId: p.id, category: null, purpose: null })),
      transfers: mine(transfers)
        .filter((t) => !isEea(t.country))
        .map((t) => ({
          partyId: t.partyItemId !== null && partyIds.has(t.partyItemId) ? t.partyItemId : null,
          country: t.country,
          internationalOrganisation: null,
          mechanism: t.mechanism,
          sccModule: null,
          safeguardDocumentation: null,
          transferImpactAssessment: false,
        })),
      retention: joinTexts(
        general.map((r) => r.text),
        2000,
      ),
      notes: null,
    }
  })

  const raw = {
    format: REGISTER_FORMAT,
    version: REGISTER_VERSION,
    organisation: {
      name: organisation.name,
      country: countryOf,
      email: organisation.email ?? null,
      supervisoryAuthority: countryOf && isEea(countryOf) ? countryOf : null,
      language: organisation.language ?? reading.language,
    },
    parties: uniqueNames(
      parties.map((p) => {
        // A vendor of the built-in library brings its facts (DPF, mechanism, SCC module, DPA link, where data is
        // processed), as adding it from the library does; the name, kind and country the DPO reviewed stay theirs.
        const vendor = p.libraryVendorId ? libraryVendor(p.libraryVendorId) : undefined
        const fromLibrary = vendor ? partyFromVendor(vendor, { kind: p.partyKind }) : null
        const alsoNamed = p.aliases.length > 0 ? `Also named in the notice: ${p.aliases.join('; ')}` : null
        return {
          ...fromLibrary,
          id: p.id,
          name: p.name,
          kind: p.partyKind,
          country: p.country ?? fromLibrary?.country ?? null,
          dpfCertified: dpf.has(p.id) || (fromLibrary?.dpfCertified ?? false),
          libraryVendorId: p.libraryVendorId,
          notes: joinTexts(
            [alsoNamed, fromLibrary?.notes].filter((t): t is string => Boolean(t)),
            5000,
          ),
        }
      }),
    ),
    dataSubjectCategories: uniqueNames(subjects.map((s) => ({ id: s.id, name: s.name }))),
    dataCategories: uniqueNames(
      categories.map((c) => ({ id: c.id, name: c.name, description: c.description, special: c.special })),
    ),
    securityMeasures: [],
    activities,
  }
  return registerDocumentSchema.parse(raw)
}
