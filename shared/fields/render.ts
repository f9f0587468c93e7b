/**
 * How a field's value reads as text, the same for every reader: the xlsx and CSV cells, the PDF fiche, the
 * history's sentences and the register as of a date. Each reader builds one context (labels and language,
 * how it names catalogue entries, countries and dates); the registry's fields do the rest.
 */
import { citeArticleShort, citeMechanism, type Labels } from '../i18n/labels'
import { countryName } from '../reference/countries'
import type { Language, Mechanism } from '../schemas/codes'
import type { OrganisationProfile } from '../schemas/organisation'
import type {
  RegisterDataCategory,
  RegisterDocument,
  RegisterParty,
  RegisterSecurityMeasure,
} from '../schemas/register'

/** When an activity was created and last changed, from the history (ISO timestamps). */
export interface ActivityDates {
  createdAt: string
  changedAt: string
}

export interface RenderContext {
  labels: Labels
  language: Language
  /** The organisation whose register it is, where the reader has it (exports name it as the controller). */
  organisation: OrganisationProfile | null
  /** A catalogue entry's name by id; a stand-in when the entry is not known (deleted since). */
  name(id: string): string
  /** The whole entry, where the reader has the register (exports, the register as of a date). */
  party(id: string): RegisterParty | undefined
  dataCategory(id: string): RegisterDataCategory | undefined
  measure(id: string): RegisterSecurityMeasure | undefined
  country(code: string): string
  /** A calendar date (`YYYY-MM-DD`) as this reader writes dates. */
  date(iso: string): string
  /** "Art. 6(1)(b)" in the language's short citation form. */
  cite(ref: string): string
  /** The GDPR provision (or the decisions, for an ended mechanism) a transfer mechanism rests on. */
  mechanismArticle(mechanism: Mechanism): string | null
  /** The activity's dates from the history, where the reader has them. */
  dates(activityId: string): ActivityDates | undefined
}

export interface RenderOptions {
  labels: Labels
  language: Language
  /** The register whose catalogue entries the activities name (exports, the register as of a date). */
  doc?: Pick<
    RegisterDocument,
    'organisation' | 'parties' | 'dataSubjectCategories' | 'dataCategories' | 'securityMeasures'
  >
  /** Names of entries the register does not hold (the history names deleted entries). */
  name?: (id: string) => string
  date?: (iso: string) => string
  dates?: (activityId: string) => ActivityDates | undefined
}

/** A one-argument function that remembers its answers: citations and country names repeat on every row. */
export function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>()
  return (key) => {
    if (known.has(key)) return known.get(key) as V
    const value = compute(key)
    known.set(key, value)
    return value
  }
}

export function renderContext(options: RenderOptions): RenderContext {
  const { labels, language, doc } = options
  const parties = new Map(doc?.parties.map((p) => [p.id, p]))
  const categories = new Map(doc?.dataCategories.map((d) => [d.id, d]))
  const measures = new Map(doc?.securityMeasures.map((m) => [m.id, m]))
  const names = new Map<string, string>()
  if (doc)
    for (const list of [doc.parties, doc.dataSubjectCategories, doc.dataCategories, doc.securityMeasures])
      for (const e of list) names.set(e.id, e.name)
  return {
    labels,
    language,
    organisation: doc?.organisation ?? null,
    name: (id) => names.get(id) ?? options.name?.(id) ?? id,
    party: (id) => parties.get(id),
    dataCategory: (id) => categories.get(id),
    measure: (id) => measures.get(id),
    country: memo((code: string) => countryName(code, language)),
    date: options.date ?? ((iso) => iso),
    cite: memo((ref: string) => citeArticleShort(ref, language)),
    mechanismArticle: memo((mechanism: Mechanism) => citeMechanism(mechanism, language) || null),
    dates: options.dates ?? (() => undefined),
  }
}

/** Text that says something: not null, not blank. */
export const hasText = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== ''

/** The parts that say something. */
export const present = (...parts: (string | null | undefined)[]): string[] => parts.filter(hasText)

/** A register code such as '6_1_b' or '9_2_h' as the article reference '6(1)(b)'. */
export function codeToRef(code: string): string {
  const [article, paragraph, point] = code.split('_')
  return `${article}(${paragraph})(${point})`
}
