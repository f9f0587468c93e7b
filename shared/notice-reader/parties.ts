/**
 * Parties from the names a notice gives: the vendor library's names and aliases, names with a legal form,
 * and capitalised names where recipients are named; one party per organisation however it is written
 * ("Mailchimp (The Rocket Science Group LLC)", "Google Analytics", "Google Ireland Limited").
 */
import { isCountryCode, type CountryCode } from '../reference/countries'
import type { PartyKind } from '../schemas/codes'
import { evidenceOf, type Piece, type Reading } from './context'
import { foldPhrase, PhraseMatcher } from './folded'
import {
  bareName,
  FORM_COUNTRY,
  legalFormOf,
  nameKey,
  namesInContext,
  namesWithForm,
  type NameCandidate,
} from './organisations'
import type { Evidence } from './schema'

/** A vendor of the library (issue 16's `shared/library/`), as the reader needs it. */
export interface VendorFact {
  /** The library entry's id, kept with the proposal. */
  id?: string
  name: string
  aliases: readonly string[]
  country: CountryCode | null
  dpfCertified?: boolean
  /** Names that are also ordinary words ("Zoom", "Stripe", "Nets"): taken only when capitalised where recipients are named. */
  ambiguousTerms?: readonly string[]
}

export interface FoundParty {
  name: string
  aliases: string[]
  country: CountryCode | null
  kind: PartyKind
  fromLibrary: boolean
  libraryVendorId: string | null
  dpfCertified: boolean
  confidence: number
  evidence: Evidence[]
  pieces: Set<number>
  /** Where in the text each mention is, and in which piece. */
  mentions: (NameCandidate & { piece: number })[]
}

const AUTHORITY =
  /(?:Authority|Agency|Ministry|Police|Intelligence Service|Tax Administration|Revenue|hallinto|virasto|poliisi|verket|myndighet|styrelsen|Finanzamt|Behörde|Bundesamt|Agentur|Direction générale|Administration fiscale|URSSAF|Trésor public)/u

function looksLikeAuthority(name: string): boolean {
  return AUTHORITY.test(name) || /^(?:Verohallin|Skatteverket|Skattestyrelsen|Finanzamt)/u.test(name)
}

interface Group {
  key: string
  names: Map<string, NameCandidate['how']>
  candidates: { candidate: NameCandidate; piece: number }[]
  library: VendorFact | null
}

const firstWord = (key: string) => key.split(' ')[0] ?? ''

/** Same organisation: one key's words begin the other's, or the same distinctive first word ("google …"). */
function sameOrganisation(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.startsWith(`${short} `)) return true
  const first = firstWord(short)
  return first.length >= 4 && first === firstWord(long) && !/^\d/.test(first)
}

export function findParties(
  reading: Reading,
  ownName: string | null,
  vendors: readonly VendorFact[],
): FoundParty[] {
  const { text, pieces, matchers } = reading
  const ownKey = ownName ? nameKey(ownName) : null
  const library =
    vendors.length > 0
      ? new PhraseMatcher(vendors.map((v, i) => [String(i), [v.name, ...v.aliases]] as const))
      : null
  const found: { candidate: NameCandidate; piece: number; vendor: VendorFact | null }[] = []

  for (const piece of pieces) {
    const s = piece.segment
    if (piece.section === 'rights' || (s.kind === 'row' && s.row === 0) || s.kind === 'heading') continue
    const recipientContext =
      piece.mentions.recipientWords > 0 || piece.section === 'recipients' || piece.section === 'transfers'
    const controllerContext = piece.section === 'controller' || piece.mentions.controllerWords > 0
    const taken: NameCandidate[] = []
    if (library) {
      for (const m of library.find(piece.folded)) {
        const vendor = vendors[Number(m.code)]
        const written = text.slice(m.start, m.end)
        const ambiguous = vendor.ambiguousTerms?.some((t) => foldPhrase(t) === foldPhrase(written))
        if (ambiguous && !(recipientContext && /^\p{Lu}/u.test(written))) continue
        if (!/\p{Lu}|\p{N}/u.test(written)) continue
        taken.push({ name: text.slice(m.start, m.end), start: m.start, end: m.end, how: 'library' })
        found.push({ candidate: taken[taken.length - 1], piece: s.index, vendor })
      }
    }
    for (const c of namesWithForm(text, s, matchers.notNames)) {
      if (taken.some((t) => c.start < t.end && c.end > t.start)) {
        // "Stripe Payments Europe Ltd" around the library's "Stripe": keep the full name as an alias.
        found.push({ candidate: c, piece: s.index, vendor: null })
        continue
      }
      if (controllerContext && !recipientContext) {
        taken.push(c)
        continue
      }
      taken.push(c)
      found.push({ candidate: c, piece: s.index, vendor: null })
    }
    if (recipientContext && !controllerContext) {
      const blocked = [
        ...taken,
        ...piece.mentions.countries,
        ...piece.mentions.mechanisms,
        ...piece.mentions.legalBases,
      ]
      for (const c of namesInContext(text, s, matchers, s.kind === 'item', blocked))
        found.push({ candidate: c, piece: s.index, vendor: null })
    }
  }

  const groups: Group[] = []
  for (const f of found) {
    const key = f.vendor ? nameKey(f.vendor.name) : nameKey(f.candidate.name)
    if (!key || (ownKey && (sameOrganisation(key, ownKey) || key === ownKey))) continue
    let group = groups.find((g) => sameOrganisation(g.key, key) || (f.vendor && g.library === f.vendor))
    // "Mailchimp (The Rocket Science Group LLC)": the bracketed name is the same organisation.
    if (!group)
      group = groups.find((g) => g.candidates.some((c) => bracketed(text, c.candidate, f.candidate)))
    if (!group) {
      group = { key, names: new Map(), candidates: [], library: null }
      groups.push(group)
    }
    if (f.vendor) group.library = f.vendor
    if (!group.names.has(f.candidate.name) || f.candidate.how !== 'context')
      group.names.set(f.candidate.name, f.candidate.how)
    group.candidates.push({ candidate: f.candidate, piece: f.piece })
  }

  // A name found once is recognised wherever else it stands, also first in a sentence ("Mailchimp and Zendesk store…").
  for (const g of groups) {
    const matcher = new PhraseMatcher([
      ['n', [...g.names.keys()].flatMap((n) => searchNames(n, matchers.notNames))],
    ])
    for (const piece of pieces) {
      if (
        piece.section === 'rights' ||
        piece.segment.kind === 'heading' ||
        g.candidates.some((c) => c.piece === piece.segment.index)
      )
        continue
      for (const m of matcher.find(piece.folded)) {
        g.candidates.push({
          candidate: { name: text.slice(m.start, m.end), start: m.start, end: m.end, how: 'context' },
          piece: piece.segment.index,
        })
        break
      }
    }
  }
  return groups.map((g) => toParty(reading, g))
}

/** "X (Y": the two names stand for one organisation. */
function bracketed(text: string, a: NameCandidate, b: NameCandidate): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a]
  return (
    first.end <= second.start &&
    /^\s*\(\s*(?:The\s+|Die\s+|Der\s+|La\s+|Le\s+)?$/u.test(text.slice(first.end, second.start))
  )
}

/** A name and, when distinctive, its first word ("Zoom Video Communications, Inc." is also "Zoom"). */
function searchNames(name: string, notNames: ReadonlySet<string>): string[] {
  const bare = bareName(name).replace(/[,\s]+$/u, '')
  const first = bare.split(/\s+/u)[0] ?? ''
  return first !== bare && first.length >= 4 && /^\p{Lu}/u.test(first) && !notNames.has(foldPhrase(first))
    ? [bare, first]
    : [bare]
}

function toParty(reading: Reading, g: Group): FoundParty {
  const names = [...g.names.keys()]
  const withForm = names.filter((n) => g.names.get(n) === 'form')
  const name =
    g.library?.name ??
    withForm.sort((a, b) => a.length - b.length)[0] ??
    names.sort((a, b) => a.length - b.length)[0]
  const pieceIds = new Set(g.candidates.map((c) => c.piece))
  const how = g.library ? 'library' : withForm.length > 0 ? 'form' : 'context'
  const base = how === 'library' ? 0.9 : how === 'form' ? 0.8 : 0.55
  const confidence = Math.min(0.95, base + (pieceIds.size > 1 ? 0.1 : 0))
  const evidence = [...pieceIds].map((i) => evidenceOf(reading.text, reading.pieces[i].segment))
  return {
    name,
    aliases: names.filter((n) => n !== name),
    country: g.library?.country ?? countryNear(reading, g) ?? formCountry(names),
    kind: looksLikeAuthority(name) ? 'public_authority' : 'processor',
    fromLibrary: Boolean(g.library),
    libraryVendorId: g.library?.id ?? null,
    dpfCertified: g.library?.dpfCertified ?? false,
    confidence,
    evidence,
    pieces: pieceIds,
    mentions: g.candidates.map((c) => ({ ...c.candidate, piece: c.piece })),
  }
}

/** "Teamtailor AB, Sweden", "Pipedrive OÜ (CRM-system, Estland)": a country named right after the name. */
function countryNear(reading: Reading, g: Group): CountryCode | null {
  for (const { candidate, piece } of g.candidates) {
    const p: Piece = reading.pieces[piece]
    const next = p.mentions.countries.find(
      (c) =>
        c.start >= candidate.end &&
        c.start - candidate.end <= 30 &&
        /^[\s,(–-]*(?:[\p{L}-]+,\s*)?$/u.test(reading.text.slice(candidate.end, c.start)),
    )
    if (next && isCountryCode(next.code)) return next.code
  }
  return null
}

function formCountry(names: string[]): CountryCode | null {
  for (const n of names) {
    const form = legalFormOf(n)
    if (form && FORM_COUNTRY[form]) return FORM_COUNTRY[form]
  }
  return null
}

export { bareName }
