/**
 * What each piece of a notice mentions: lawful bases (by words or article number), data and subject
 * categories, sources, transfer mechanisms, countries, retention periods, what the purposes are about, and
 * whether the piece speaks of recipients. Pure matching, no decisions: `assemble` turns mentions into proposals.
 */
import type { CountryCode } from '../reference/countries'
import type { LegalBasis, Mechanism, SourceKind, SpecialCategoryCondition } from '../schemas/codes'
import type { ColumnKind, DataCategoryKey, DomainKey, SectionKind, SubjectKey, TimeUnit } from './concepts'
import { findPattern, foldRange, type Folded, type Match } from './folded'
import type { Matchers } from './matchers'
import type { Segment, Span } from './segments'

export interface Duration extends Span {
  amount: number
  unit: TimeUnit
}

export interface SegmentMentions {
  legalBases: Match<LegalBasis>[]
  conditions: Match<SpecialCategoryCondition>[]
  dataCategories: Match<DataCategoryKey>[]
  subjects: Match<SubjectKey>[]
  sources: Match<SourceKind>[]
  mechanisms: Match<Mechanism>[]
  countries: Match<CountryCode>[]
  durations: Duration[]
  until: Span[]
  domains: Match<DomainKey>[]
  recipientWords: number
  controllerWords: number
  retentionWords: number
}

/** Article numbers in the six languages' citation styles, on folded text: 6(1)(b), Art. 6 Abs. 1 S. 1 lit. b, 6 artiklan 1 kohdan b alakohta. */
const ART_6 = /(?<= )6 (?:[a-z]+ ){0,2}1 (?:(?:[a-z]{2,}|\d) ){0,3}([a-f])(?= )/g
const ART_9 = /(?<= )9 (?:[a-z]+ ){0,2}2 (?:(?:[a-z]{2,}|\d) ){0,3}([a-j])(?= )/g
const LEGACY_YEAR = /(?<= )(?:2001|2004|2010)(?: 87| 497| 915)?(?= )/

export function sectionKind(text: string, span: Span, matchers: Matchers): SectionKind | null {
  return (
    (matchers.sections.find(foldRange(text, span.start, span.end))[0]?.code as SectionKind | undefined) ??
    null
  )
}

export function columnKind(text: string, span: Span, matchers: Matchers): ColumnKind | null {
  return (
    (matchers.columns.find(foldRange(text, span.start, span.end))[0]?.code as ColumnKind | undefined) ?? null
  )
}

function durations(folded: Folded, matchers: Matchers): Duration[] {
  const numbers = matchers.lexicon.numbers
  const units = matchers.units.find(folded)
  const out: Duration[] = []
  for (const unit of units) {
    // The word before the unit: a number ("24", "six", "kuusi").
    const before = folded.text.lastIndexOf(' ', indexOfOffset(folded, unit.start) - 2)
    const word = folded.text.slice(before + 1, indexOfOffset(folded, unit.start) - 1)
    const amount = /^\d{1,4}$/.test(word) ? Number(word) : numbers[word]
    if (amount === undefined || amount <= 0) continue
    out.push({ amount, unit: unit.code as TimeUnit, start: folded.at[before + 1], end: unit.end })
  }
  return out
}

/** Index in the folded text of the first character that maps to `offset`. */
function indexOfOffset(folded: Folded, offset: number): number {
  for (let i = 1; i < folded.at.length; i++) if (folded.at[i] >= offset && folded.text[i] !== ' ') return i
  return folded.text.length
}

/** `basisContext`: the piece stands where bases are named (a purposes section), so bare words count. */
export function mentionsOf(
  text: string,
  span: Span,
  matchers: Matchers,
  basisContext = false,
): SegmentMentions {
  const folded = foldRange(text, span.start, span.end)
  const legalBases = matchers.legalBases.find(folded) as Match<LegalBasis>[]
  for (const m of findPattern(folded, ART_6))
    legalBases.push({ code: `6_1_${m.match[1]}` as LegalBasis, start: m.start, end: m.end })
  const conditions = findPattern(folded, ART_9).map((m) => ({
    code: `9_2_${m.match[1]}` as SpecialCategoryCondition,
    start: m.start,
    end: m.end,
  }))
  const cues = matchers.cues.find(folded)
  const weak = matchers.weakLegalBases.find(folded) as Match<LegalBasis>[]
  // A bare "contract" or "consent" names a basis when the sentence says a basis is being named.
  let mechanisms = matchers.mechanisms.find(folded) as Match<Mechanism>[]
  // "Standard contractual clauses" is a transfer mechanism, not the contract basis.
  const inside = (w: Match, list: Match[]) => list.some((b) => b.start <= w.start && b.end >= w.end)
  if (cues.length > 0 || basisContext)
    for (const w of weak) if (!inside(w, legalBases) && !inside(w, mechanisms)) legalBases.push(w)
  // Standard clauses "from 2010" (or the 2001/2004 decisions) are the old clauses, which ended in 2022.
  if (LEGACY_YEAR.test(folded.text))
    mechanisms = mechanisms.map((m) => (m.code === 'A46_2_c' ? { ...m, code: 'SCC_LEGACY' } : m))
  return {
    legalBases: legalBases.sort((a, b) => a.start - b.start),
    conditions,
    dataCategories: matchers.dataCategories.find(folded) as Match<DataCategoryKey>[],
    subjects: matchers.subjects.find(folded) as Match<SubjectKey>[],
    sources: matchers.sources.find(folded) as Match<SourceKind>[],
    mechanisms,
    countries: matchers.countries.find(folded),
    durations: durations(folded, matchers),
    until: matchers.until.find(folded),
    domains: matchers.domains.find(folded) as Match<DomainKey>[],
    recipientWords: matchers.recipients.find(folded).length,
    controllerWords: matchers.controller.find(folded).length,
    retentionWords: matchers.retention.find(folded).length,
  }
}

/** The weak basis words of a cell in a "legal basis" column count without a cue. */
export function basisCell(text: string, span: Span, matchers: Matchers): Match<LegalBasis>[] {
  const folded = foldRange(text, span.start, span.end)
  const strong = matchers.legalBases.find(folded) as Match<LegalBasis>[]
  for (const m of findPattern(folded, ART_6))
    strong.push({ code: `6_1_${m.match[1]}` as LegalBasis, start: m.start, end: m.end })
  const weak = (matchers.weakLegalBases.find(folded) as Match<LegalBasis>[]).filter(
    (w) => !strong.some((s) => s.start <= w.start && s.end >= w.end),
  )
  return [...strong, ...weak].sort((a, b) => a.start - b.start)
}

export type { Segment }
