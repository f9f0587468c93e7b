/** Each language's phrase lists compiled once into matchers (the country list is shared by all). */
import { countryNameEntries, type CountryCode } from '../reference/countries'
import type { Language } from '../schemas/codes'
import { foldPhrase, PhraseMatcher, type PhraseList } from './folded'
import { LEXICONS, type Lexicon } from './lexicon'

export interface Matchers {
  lexicon: Lexicon
  legalBases: PhraseMatcher<string>
  weakLegalBases: PhraseMatcher<string>
  cues: PhraseMatcher<'cue'>
  dataCategories: PhraseMatcher<string>
  subjects: PhraseMatcher<string>
  sources: PhraseMatcher<string>
  mechanisms: PhraseMatcher<string>
  countries: PhraseMatcher<CountryCode>
  recipients: PhraseMatcher<'recipient'>
  controller: PhraseMatcher<'controller'>
  retention: PhraseMatcher<'retention'>
  until: PhraseMatcher<'until'>
  sections: PhraseMatcher<string>
  columns: PhraseMatcher<string>
  domains: PhraseMatcher<string>
  units: PhraseMatcher<string>
  /** Folded capitalised words that are never organisation names. */
  notNames: Set<string>
}

const cache = new Map<Language, Matchers>()

const one = <C extends string>(code: C, phrases: readonly string[]): PhraseList<C> => [[code, phrases]]

/** Country names of two letters ("US", "UK") are words in running text ("us"): only the lexicons name those. */
function countryList(lexicon: Lexicon): PhraseList<CountryCode> {
  const names = countryNameEntries().map(
    ([code, all]) => [code, all.filter((n) => foldPhrase(n).replace(/ /g, '').length > 3)] as const,
  )
  return [...names, ...lexicon.countries, ...LEXICONS.en.countries]
}

export function matchersFor(language: Language): Matchers {
  const known = cache.get(language)
  if (known) return known
  const lexicon = LEXICONS[language]
  const en = LEXICONS.en
  const matchers: Matchers = {
    lexicon,
    legalBases: new PhraseMatcher(lexicon.legalBases),
    weakLegalBases: new PhraseMatcher(lexicon.weakLegalBases),
    cues: new PhraseMatcher(one('cue', lexicon.basisCues)),
    dataCategories: new PhraseMatcher(lexicon.dataCategories),
    subjects: new PhraseMatcher(lexicon.subjects),
    sources: new PhraseMatcher(lexicon.sources),
    // Notices in every language cite the mechanisms' English names ("Data Privacy Framework").
    mechanisms: new PhraseMatcher(
      language === 'en' ? lexicon.mechanisms : [...lexicon.mechanisms, ...en.mechanisms],
    ),
    countries: new PhraseMatcher(countryList(lexicon)),
    recipients: new PhraseMatcher(one('recipient', lexicon.recipientWords)),
    controller: new PhraseMatcher(one('controller', lexicon.controllerWords)),
    retention: new PhraseMatcher(one('retention', lexicon.retentionWords)),
    until: new PhraseMatcher(one('until', lexicon.untilPhrases)),
    sections: new PhraseMatcher(lexicon.sections),
    columns: new PhraseMatcher(lexicon.columns),
    domains: new PhraseMatcher(lexicon.domains),
    units: new PhraseMatcher(lexicon.units),
    notNames: new Set([...lexicon.notNames, ...lexicon.stopwords, ...en.notNames].map(foldPhrase)),
  }
  cache.set(language, matchers)
  return matchers
}
