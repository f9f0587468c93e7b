/**
 * From mentions to proposals: the organisation, proposed activities (a table row with a purpose, or the
 * purposes of one domain: marketing, invoicing, recruitment…), and each proposal linked to the activities it
 * belongs to. Where a notice does not say which activity a category or recipient belongs to, it is proposed
 * for every activity, for the DPO to narrow down.
 */
import { isEea, isCountryCode, type CountryCode } from '../reference/countries'
import type { LegalBasis, Mechanism, SourceKind } from '../schemas/codes'
import { DATA_CATEGORY_SPECIAL, type DataCategoryKey, type DomainKey, type SubjectKey } from './concepts'
import { evidenceOf, type Piece, type Reading } from './context'
import { foldPhrase, foldRange, type Match } from './folded'
import { bareName, FORM_COUNTRY, legalFormOf, namesWithForm } from './organisations'
import { findParties, type FoundParty, type VendorFact } from './parties'
import type { Evidence, ItemOf, NoticeReading, ProposalItem, ProposedActivity } from './schema'

export interface AssembleOptions {
  organisationName: string | null
  country: CountryCode | null
  vendors: readonly VendorFact[]
}

const MAX_TEXT = 500
const clip = (s: string, max = MAX_TEXT) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s)
const usable = (p: Piece) =>
  p.section !== 'rights' && p.segment.kind !== 'heading' && !(p.segment.kind === 'row' && p.segment.row === 0)

function findOrganisation(
  reading: Reading,
  given: string | null,
  givenCountry: CountryCode | null,
): NoticeReading['organisation'] {
  const { pieces, text } = reading
  // Where the notice names its controller, else its first lines (unless they speak of recipients).
  const named = pieces.filter((p) => p.section === 'controller' || p.mentions.controllerWords > 0)
  const opening = pieces.filter((p, i) => i < 6 && p.mentions.recipientWords === 0)
  const candidates = [
    ...opening.filter((p) => p.segment.index < (named[0]?.segment.index ?? Infinity)),
    ...named,
  ]
  for (const p of candidates) {
    const names = namesWithForm(text, p.segment, reading.matchers.notNames)
    if (names.length === 0) continue
    const name = given ?? names[0].name
    // The address may be in the next sentence ("Northwind Analytics Ltd, 12 Harbour Road, Dublin 2, Ireland, is the controller").
    const key = foldPhrase(bareName(names[0].name))
    const withCountry = candidates.find(
      (q) =>
        q.mentions.countries.some((c) => isCountryCode(c.code)) &&
        foldPhrase(text.slice(q.segment.start, q.segment.end)).includes(key),
    )
    const country =
      givenCountry ??
      withCountry?.mentions.countries.find((c) => isCountryCode(c.code))?.code ??
      FORM_COUNTRY[legalFormOf(names[0].name) ?? ''] ??
      null
    return {
      name,
      country,
      email: emailIn(reading, [...candidates, ...pieces]),
      evidence: [evidenceOf(text, p.segment)],
    }
  }
  return { name: given, country: givenCountry, email: emailIn(reading, pieces), evidence: [] }
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u

/** The first e-mail address where the notice names its controller or contact, else anywhere but the rights section. */
function emailIn(reading: Reading, pieces: Piece[]): string | null {
  for (const p of pieces) {
    if (p.section === 'rights' && p.mentions.controllerWords === 0) continue
    const m = EMAIL.exec(reading.text.slice(p.segment.start, p.segment.end))
    if (m) return m[0].replace(/\.$/u, '')
  }
  return null
}

interface Draft {
  activities: (ProposedActivity & { pieces: Set<number> })[]
  byDomain: Map<DomainKey | 'general', string>
  byRow: Map<number, string>
}

/** Activities: each table row with a purpose, then one per domain of the purposes found elsewhere. */
function proposeActivities(reading: Reading, purposePieces: Piece[]): Draft {
  const { lexicon } = reading.matchers
  const draft: Draft = { activities: [], byDomain: new Map(), byRow: new Map() }
  const add = (name: string, domain: DomainKey | null, evidence: Evidence[]) => {
    const id = `a${draft.activities.length + 1}`
    draft.activities.push({ id, name: clip(name, 300), domain, evidence, pieces: new Set() })
    return id
  }
  for (const p of purposePieces) {
    if (p.rowActivity) {
      const cell = p.cells.find((c) => c.column === 'purpose')
      const name = cell ? reading.text.slice(cell.span.start, cell.span.end) : lexicon.names.general
      draft.byRow.set(p.segment.index, add(name, p.domain, [evidenceOf(reading.text, p.segment)]))
    }
  }
  const counts = new Map<DomainKey, number>()
  for (const p of reading.pieces)
    if (usable(p) && p.domain) counts.set(p.domain, (counts.get(p.domain) ?? 0) + 1)
  const dominant = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  for (const p of purposePieces) {
    if (p.rowActivity) continue
    const domain = p.domain ?? dominant
    const key = domain ?? 'general'
    const known = draft.byDomain.get(key)
    if (known)
      draft.activities.find((a) => a.id === known)?.evidence.push(evidenceOf(reading.text, p.segment))
    else
      draft.byDomain.set(
        key,
        add(domain ? lexicon.names.domains[domain] : lexicon.names.general, domain, [
          evidenceOf(reading.text, p.segment),
        ]),
      )
  }
  if (draft.activities.length === 0) {
    draft.byDomain.set(
      dominant ?? 'general',
      add(dominant ? lexicon.names.domains[dominant] : lexicon.names.general, dominant, []),
    )
  }
  return draft
}

/** The activities a proposal read from these pieces belongs to: its rows' or domains', else all of them. */
function activitiesFor(draft: Draft, reading: Reading, pieceIds: Iterable<number>): string[] {
  const ids = new Set<string>()
  for (const i of pieceIds) {
    const row = draft.byRow.get(i)
    if (row) {
      ids.add(row)
      continue
    }
    const domain = reading.pieces[i].domain
    if (!domain) continue
    for (const a of draft.activities) if (a.domain === domain) ids.add(a.id)
  }
  return ids.size > 0 ? [...ids] : draft.activities.map((a) => a.id)
}

/**
 * A party belongs to the activity its own words name: "PayPlug SAS (paiement), Brevo (envoi des newsletters)"
 * puts PayPlug under invoicing and Brevo under newsletters, whatever else the sentence is about.
 */
function partyActivities(
  draft: Draft,
  reading: Reading,
  party: FoundParty,
  all: FoundParty['mentions'],
): string[] {
  const ids = new Set<string>()
  for (const m of party.mentions) {
    const piece = reading.pieces[m.piece]
    const next = all.find((o) => o.piece === m.piece && o.start >= m.end)
    const windowEnd = Math.min(next?.start ?? piece.segment.end, piece.segment.end)
    const own = reading.matchers.domains.find(foldRange(reading.text, m.end, windowEnd))[0]?.code as
      DomainKey | undefined
    const row = draft.byRow.get(m.piece)
    const domain = own ?? piece.domain
    if (row) ids.add(row)
    else if (domain) for (const a of draft.activities) if (a.domain === domain) ids.add(a.id)
  }
  return ids.size > 0 ? [...ids] : draft.activities.map((a) => a.id)
}

export function assemble(reading: Reading, options: AssembleOptions): Omit<NoticeReading, 'languageGiven'> {
  const { text, pieces, matchers } = reading
  const { lexicon } = matchers
  const organisation = findOrganisation(reading, options.organisationName, options.country)
  const ownCountry = organisation.country
  const items: ProposalItem[] = []

  // ---- Purposes and their bases: a table row's basis cell, or a sentence naming a basis.
  const purposePieces: Piece[] = []
  const purposeBases = new Map<number, Match<LegalBasis>[]>()
  for (const p of pieces) {
    if (!usable(p)) continue
    const bases =
      p.cells.length > 0
        ? p.cells.filter((c) => c.column === 'basis').flatMap((c) => c.mentions.legalBases)
        : p.mentions.legalBases
    const all = bases.length > 0 ? bases : p.cells.length > 0 ? p.mentions.legalBases : []
    if (all.length === 0) continue
    purposePieces.push(p)
    purposeBases.set(p.segment.index, all)
  }
  const draft = proposeActivities(reading, purposePieces)
  let n = 0
  for (const p of purposePieces) {
    const cell = p.cells.find((c) => c.column === 'purpose')
    const description = clip(
      cell ? text.slice(cell.span.start, cell.span.end) : text.slice(p.segment.start, p.segment.end),
      2000,
    )
    const seen = new Set<LegalBasis>()
    for (const basis of purposeBases.get(p.segment.index) ?? []) {
      if (seen.has(basis.code)) continue
      seen.add(basis.code)
      const byArticle = /\d/.test(text.slice(basis.start, basis.end))
      items.push({
        id: `u${++n}`,
        kind: 'purpose',
        description,
        legalBasis: basis.code,
        legitimateInterest: basis.code === '6_1_f' ? description : null,
        specialCategoryCondition: p.mentions.conditions[0]?.code ?? null,
        confidence: byArticle ? 0.95 : p.cells.length > 0 || p.section === 'purposes' ? 0.85 : 0.7,
        evidence: [evidenceOf(text, p.segment)],
        activityIds: activitiesFor(draft, reading, [p.segment.index]),
      })
    }
  }

  // ---- Parties.
  const parties = findParties(reading, organisation.name, options.vendors)
  const partyIds = new Map<FoundParty, string>()
  const allMentions = parties.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start)
  parties.forEach((party, i) => {
    const id = `p${i + 1}`
    partyIds.set(party, id)
    items.push({
      id,
      kind: 'party',
      name: clip(party.name, 300),
      partyKind: party.kind,
      country: party.country,
      aliases: party.aliases,
      fromLibrary: party.fromLibrary,
      libraryVendorId: party.libraryVendorId,
      confidence: party.confidence,
      evidence: party.evidence,
      activityIds: partyActivities(draft, reading, party, allMentions),
    })
  })

  // ---- Data categories, subject categories, sources: one proposal per concept, with every place it is named.
  const grouped = <K extends string>(pick: (p: Piece) => Match<K>[]) => {
    const byKey = new Map<K, { pieces: Set<number>; words: string[] }>()
    for (const p of pieces) {
      if (!usable(p)) continue
      for (const m of pick(p)) {
        const entry = byKey.get(m.code) ?? { pieces: new Set(), words: [] }
        entry.pieces.add(p.segment.index)
        const word = text.slice(m.start, m.end)
        if (!entry.words.some((w) => foldPhrase(w) === foldPhrase(word))) entry.words.push(word)
        byKey.set(m.code, entry)
      }
    }
    return byKey
  }
  const cellsOrAll = <K extends string>(p: Piece, pick: (m: Piece['mentions']) => Match<K>[]) =>
    pick(p.mentions)
  const categoryIds = new Map<DataCategoryKey, string>()
  n = 0
  for (const [key, entry] of grouped<DataCategoryKey>((p) => cellsOrAll(p, (m) => m.dataCategories))) {
    const id = `d${++n}`
    categoryIds.set(key, id)
    const inDataPlace = [...entry.pieces].some(
      (i) => pieces[i].section === 'data' || pieces[i].cells.some((c) => c.column === 'data'),
    )
    items.push({
      id,
      kind: 'dataCategory',
      key,
      name: lexicon.names.dataCategories[key],
      special: DATA_CATEGORY_SPECIAL[key],
      description: clip(entry.words.join(', '), 2000),
      confidence: inDataPlace || entry.pieces.size > 1 ? 0.8 : 0.6,
      evidence: [...entry.pieces].map((i) => evidenceOf(text, pieces[i].segment)),
      activityIds: activitiesFor(draft, reading, entry.pieces),
    })
  }
  n = 0
  for (const [key, entry] of grouped<SubjectKey>((p) => p.mentions.subjects)) {
    items.push({
      id: `s${++n}`,
      kind: 'dataSubjectCategory',
      key,
      name: lexicon.names.subjects[key],
      confidence: entry.pieces.size > 1 ? 0.75 : 0.6,
      evidence: [...entry.pieces].map((i) => evidenceOf(text, pieces[i].segment)),
      // The people a notice is about are usually those of every activity.
      activityIds: draft.activities.map((a) => a.id),
    })
  }
  n = 0
  for (const [kind, entry] of grouped<SourceKind>((p) => p.mentions.sources)) {
    const inSources = [...entry.pieces].some((i) => pieces[i].section === 'sources')
    items.push({
      id: `o${++n}`,
      kind: 'source',
      sourceKind: kind,
      description: clip(
        text.slice(pieces[[...entry.pieces][0]].segment.start, pieces[[...entry.pieces][0]].segment.end),
        1000,
      ),
      confidence: inSources ? 0.8 : 0.55,
      evidence: [...entry.pieces].map((i) => evidenceOf(text, pieces[i].segment)),
      activityIds: activitiesFor(draft, reading, entry.pieces),
    })
  }

  // ---- Transfers: a country outside the EEA where transfers are spoken of, with the mechanism named beside it.
  n = 0
  const transferKeys = new Set<string>()
  const usablePieces = pieces.filter(usable)
  usablePieces.forEach((p, k) => {
    const countries = p.mentions.countries.filter(
      (c) => isCountryCode(c.code) && !isEea(c.code) && c.code !== ownCountry,
    )
    if (countries.length === 0) return
    const next = usablePieces[k + 1]
    const sameSection = next && next.segment.section === p.segment.section ? next : null
    const nearby =
      sameSection && sameSection.mentions.countries.length === 0 ? sameSection.mentions.mechanisms : []
    if (p.section !== 'transfers' && p.mentions.mechanisms.length === 0 && nearby.length === 0) return
    if (p.section === 'controller' || p.mentions.controllerWords > 0) return
    const partiesHere = parties.filter((party) => party.pieces.has(p.segment.index))
    countries.forEach((country, ci) => {
      const after = countries[ci + 1]?.start ?? Infinity
      const own = p.mentions.mechanisms.filter((m) => m.start >= country.end && m.start < after)
      const before = p.mentions.mechanisms.filter((m) => m.end <= country.start)
      const mechanisms: Mechanism[] =
        own.length > 0
          ? own.map((m) => m.code)
          : nearby.length > 0
            ? nearby.map((m) => m.code)
            : before.length > 0
              ? [before[before.length - 1].code]
              : ['NONE']
      const evidence = [
        evidenceOf(text, p.segment),
        ...(nearby.length > 0 && sameSection ? [evidenceOf(text, sameSection.segment)] : []),
      ]
      for (const mechanism of new Set(mechanisms)) {
        for (const party of partiesHere.length > 0 ? partiesHere : [null]) {
          const partyItemId = party ? (partyIds.get(party) ?? null) : null
          const key = `${partyItemId}|${country.code}|${mechanism}`
          if (transferKeys.has(key)) continue
          transferKeys.add(key)
          items.push({
            id: `t${++n}`,
            kind: 'transfer',
            partyItemId,
            country: country.code,
            mechanism,
            confidence: mechanism === 'NONE' ? 0.5 : 0.75,
            evidence,
            activityIds: activitiesFor(draft, reading, party ? party.pieces : [p.segment.index]),
          })
        }
      }
    })
  })

  // ---- Retention: a period or an "as long as" where keeping or erasing is spoken of.
  n = 0
  for (const p of pieces) {
    if (!usable(p)) continue
    const cellRetention = p.cells.find((c) => c.column === 'retention')
    const m = cellRetention ? cellRetention.mentions : p.mentions
    if (m.durations.length === 0 && m.until.length === 0) continue
    if (!cellRetention && p.mentions.retentionWords === 0 && p.section !== 'retention') continue
    const span = cellRetention ? cellRetention.span : p.segment
    const first = m.durations[0]
    const months = first
      ? first.unit === 'year'
        ? first.amount * 12
        : first.unit === 'month'
          ? first.amount
          : null
      : null
    const categories = cellRetention
      ? []
      : p.mentions.dataCategories
          .map((c) => categoryIds.get(c.code))
          .filter((id): id is string => Boolean(id))
    items.push({
      id: `r${++n}`,
      kind: 'retention',
      text: clip(text.slice(span.start, span.end), 1000),
      months: months !== null && months <= 1200 ? months : null,
      dataCategoryItemIds: [...new Set(categories)],
      confidence: cellRetention || p.section === 'retention' ? 0.8 : 0.65,
      evidence: [evidenceOf(text, p.segment)],
      activityIds: activitiesFor(draft, reading, [p.segment.index]),
    })
  }

  return {
    language: reading.language,
    text,
    organisation,
    activities: draft.activities.map(({ pieces: _p, ...a }) => a),
    items,
  }
}

export type { ItemOf }
