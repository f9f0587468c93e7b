/**
 * Organisation names in a notice: by legal form ("Paytrail Oyj", "Hetzner Online GmbH", "Zendesk, Inc.",
 * "Palkkaus Partners Oy:lle"), and, in sentences about processors and recipients, capitalised names
 * ("Supabase", "PostNL", "Mailchimp-palvelulla" → "Mailchimp").
 */
import type { CountryCode } from '../reference/countries'
import { foldPhrase } from './folded'
import type { Matchers } from './matchers'
import type { Span } from './segments'

export interface NameCandidate extends Span {
  name: string
  /** 'form': ends in a legal form; 'context': a capitalised name where recipients are named; 'library': the vendor library. */
  how: 'form' | 'context' | 'library'
}

// Longest first, so "GmbH & Co. KG" wins over "KG". Written as they appear; matched case-sensitively.
const LEGAL_FORMS = [
  'GmbH & Co. KG',
  'SE & Co. KG',
  'UG (haftungsbeschränkt)',
  'Statsautoriseret Revisionspartnerselskab',
  'S.à r.l.',
  'Sp. z o.o.',
  'Oyj',
  'Oy',
  'Ab',
  'AB',
  'ry',
  'r.y.',
  'A/S',
  'ApS',
  'I/S',
  'ASA',
  'AS',
  'GmbH',
  'mbH',
  'AG',
  'SE',
  'KG',
  'KGaA',
  'eG',
  'e.V.',
  'UG',
  'SASU',
  'SAS',
  'SARL',
  'EURL',
  'S.A.',
  'SA',
  'SCI',
  'Ltd.',
  'Ltd',
  'Limited',
  'LLC',
  'L.L.C.',
  'LLP',
  'Inc.',
  'Inc',
  'Corp.',
  'Corporation',
  'plc',
  'PLC',
  'B.V.',
  'N.V.',
  'BV',
  'NV',
  'OÜ',
  'S.p.A.',
  'S.r.l.',
  'S.L.',
  'Pty Ltd',
]
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const FORM = `(?:${LEGAL_FORMS.map(escape).join('|')})`
/** A word of a name: capitalised, camel-cased, all capitals or with digits ("Comm100", "e-conomic" is not). */
const CAP = `[\\p{Lu}][\\p{L}\\p{N}'’.&+-]*|[\\p{N}]+[\\p{L}][\\p{L}\\p{N}]*`
// Not "and": "Mailchimp and Zendesk" are two names.
const JOIN = `(?:&|of|for|de|du|des|van)`
const NAME = `(?:${CAP})(?:[ \\t]+(?:${JOIN}[ \\t]+)?(?:${CAP}))*`
const WITH_FORM = new RegExp(`(${NAME})(?:,)?[ \\t]+(${FORM})(?::[\\p{Ll}]+)?(?![\\p{L}\\p{N}])`, 'gu')
const CAPITALISED = new RegExp(NAME, 'gu')

/** The country a legal form belongs to when only one does. */
export const FORM_COUNTRY: Record<string, CountryCode> = {
  Oyj: 'FI',
  Oy: 'FI',
  ry: 'FI',
  'r.y.': 'FI',
  AB: 'SE',
  'A/S': 'DK',
  ApS: 'DK',
  'I/S': 'DK',
  OÜ: 'EE',
  'B.V.': 'NL',
  'N.V.': 'NL',
  BV: 'NL',
  NV: 'NL',
  SAS: 'FR',
  SASU: 'FR',
  EURL: 'FR',
  'Inc.': 'US',
  Inc: 'US',
  LLC: 'US',
  'L.L.C.': 'US',
  eG: 'DE',
  'GmbH & Co. KG': 'DE',
  'UG (haftungsbeschränkt)': 'DE',
}

export function legalFormOf(name: string): string | null {
  const m = new RegExp(`[ \\t,]+(${FORM})$`, 'u').exec(name)
  return m ? m[1] : null
}

/** The name without its legal form and without a leading article ("The Rocket Science Group LLC" → "Rocket Science Group"). */
export function bareName(name: string): string {
  const form = legalFormOf(name)
  const bare = form ? name.slice(0, name.length - form.length).replace(/[ \t,]+$/u, '') : name
  return bare.replace(/^(?:The|Die|Der|Das|La|Le|Les|L’|L')\s+/u, '')
}

/** The comparison key of a name: folded, without its legal form. */
export function nameKey(name: string): string {
  return foldPhrase(bareName(name))
}

const LEADING_WORDS =
  /^(?:(?:The|Our|We|Die|Der|Das|Den|Dem|Des|Unser|Unsere|Ihr|Ihre|Nos|Notre|Vi|Vår|Våra|Vores|Me|Sinun)\s+)+/u

/** Names ending in a legal form, anywhere in the range. */
export function namesWithForm(
  text: string,
  span: Span,
  notNames: ReadonlySet<string> = new Set(),
): NameCandidate[] {
  const out: NameCandidate[] = []
  const slice = text.slice(span.start, span.end)
  WITH_FORM.lastIndex = 0
  for (let m = WITH_FORM.exec(slice); m; m = WITH_FORM.exec(slice)) {
    let name = m[1]
    let start = span.start + m.index
    const lead = LEADING_WORDS.exec(name)
    if (lead) {
      name = name.slice(lead[0].length)
      start += lead[0].length
    }
    // "Privatlivspolitik for Fjordlys ApS": words that are never names, and the joins after them, are not part of it.
    for (
      let w = /^(\S+)\s+/u.exec(name);
      w && (notNames.has(foldPhrase(w[1])) || /^(?:for|of|de|du|des|&)$/u.test(w[1]));
      w = /^(\S+)\s+/u.exec(name)
    ) {
      name = name.slice(w[0].length)
      start += w[0].length
    }
    if (name.trim() === '') continue
    const full = `${name}${m[0].slice(m[1].length).replace(/:[\p{Ll}]+$/u, '')}`
    out.push({ name: full.replace(/\s+/gu, ' ').trim(), start, end: start + full.length, how: 'form' })
  }
  return out
}

const LAW =
  /(?:\bAct|\bLaw|\bRegulation|\bDirective|\bCode|laki|lagen|loven|gesetz|Gesetz|verordnung|Verordnung)$/u

/**
 * Capitalised names in a sentence about recipients. The first word of a sentence is capitalised anyway, so it
 * counts only in a list item or before a bracket or comma ("Supabase", "Mailchimp (…)"). German capitalises
 * every noun, so there only names with a capital inside or digits count ("CleverReach", "DATEV").
 */
export function namesInContext(
  text: string,
  span: Span,
  matchers: Matchers,
  isItem: boolean,
  taken: Span[],
): NameCandidate[] {
  const out: NameCandidate[] = []
  const slice = text.slice(span.start, span.end)
  const german = matchers.lexicon.language === 'de'
  CAPITALISED.lastIndex = 0
  for (let m = CAPITALISED.exec(slice); m; m = CAPITALISED.exec(slice)) {
    let name = m[0].replace(/[.’'&+-]+$/u, '')
    let start = span.start + m.index
    // "Mailchimp-palvelulla", "Microsoft 365 -palvelussa": the name is before the lower-case ending.
    name = name.replace(/-\p{Ll}[\p{L}-]*$/u, '')
    const lead = LEADING_WORDS.exec(name)
    if (lead) {
      name = name.slice(lead[0].length)
      start += lead[0].length
    }
    // "User’s", "Company’s Web": a possessive is a noun, not a name.
    if (/[’']s\b/u.test(name)) continue
    // "How Google", "For Stripe": question words and the like begin a sentence, not a name.
    for (
      let w = /^(\S+)\s+/u.exec(name);
      w && matchers.notNames.has(foldPhrase(w[1]));
      w = /^(\S+)\s+/u.exec(name)
    ) {
      name = name.slice(w[0].length)
      start += w[0].length
    }
    const end = start + name.length
    if (name.length < 2 || taken.some((t) => start < t.end && end > t.start)) continue
    const atStart =
      slice.slice(0, start - span.start).trim() === '' ||
      /[.!?:]\s*$/u.test(slice.slice(0, start - span.start))
    const after = slice.slice(end - span.start).trimStart()
    const before = slice.slice(0, start - span.start)
    const brandLike = /\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}*$|\p{N}/u.test(name.split(/\s+/u)[0] ?? '')
    if (
      atStart &&
      !brandLike &&
      !(
        isItem &&
        (after === '' || /^[(,–—:]/u.test(after) || /^(?:or|and|tai|ja|och|og|und|ou|et)\b/u.test(after))
      )
    )
      continue
    if (/\b(?:in|i|à|en|aus|im|au)\s+$/u.test(before)) continue
    const words = name.split(/\s+/u)
    // "Web Site Navigational Information": mostly ordinary words written in title case.
    if (words.filter((w) => matchers.notNames.has(foldPhrase(w))).length * 2 > words.length) continue
    // A list item that goes on as prose ("Transfer or assignment in connection with …") names no organisation.
    if (
      atStart &&
      isItem &&
      !brandLike &&
      slice.trim().split(/\s+/u).length > 6 &&
      /[.!?]$/u.test(slice.trim())
    )
      continue
    if (matchers.notNames.has(foldPhrase(name))) continue
    if (LAW.test(name)) continue
    // German: a brand written in camel case, in capitals or with digits ("CleverReach", "DATEV", "Comm100").
    if (german && !words.some((w) => /\p{Ll}\p{Lu}|^\p{Lu}{2,}$|\p{N}/u.test(w)) && !(isItem && atStart))
      continue
    // A single ordinary word written with a capital: needs a capital inside, digits, or to stand in a list.
    if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && !isItem && atStart) continue
    out.push({ name, start, end, how: 'context' })
  }
  return out
}
