/** What the reader knows of one language: its words for each concept, and how its sentences are built. */
import type { CountryCode } from '../../reference/countries'
import type { Language, LegalBasis, Mechanism, SourceKind } from '../../schemas/codes'
import type { ColumnKind, DataCategoryKey, DomainKey, SectionKind, SubjectKey, TimeUnit } from '../concepts'
import type { PhraseList } from '../folded'

export interface Lexicon {
  language: Language
  /** Words written with a full stop that does not end a sentence ("e.g", "Abs", "jf"), lower case, no dot. */
  abbreviations: readonly string[]
  /** Frequent short words, for telling the language (and never organisation names). */
  stopwords: readonly string[]
  /** Phrases that name an Art. 6(1) basis wherever they stand. */
  legalBases: PhraseList<LegalBasis>
  /** Bare words ("contract", "consent") that name a basis only beside a cue or in a purposes section or column. */
  weakLegalBases: PhraseList<LegalBasis>
  /** Words that say a basis is being named ("legal basis", "based on"). */
  basisCues: readonly string[]
  dataCategories: PhraseList<DataCategoryKey>
  subjects: PhraseList<SubjectKey>
  sources: PhraseList<SourceKind>
  mechanisms: PhraseList<Mechanism>
  /** Country names as the language inflects them, beyond the names in the country list ("Yhdysvalloissa"). */
  countries: PhraseList<CountryCode>
  /** Words around named recipients: processor, service provider, recipient, we use… */
  recipientWords: readonly string[]
  /** Words saying whose register it is: controller, rekisterinpitäjä, Verantwortlicher. */
  controllerWords: readonly string[]
  /** Words of a sentence saying data is kept or erased (a duration elsewhere is not retention). */
  retentionWords: readonly string[]
  sections: PhraseList<SectionKind>
  columns: PhraseList<ColumnKind>
  domains: PhraseList<DomainKey>
  units: PhraseList<TimeUnit>
  /** Number words: "six" → 6. */
  numbers: Readonly<Record<string, number>>
  /** Retention without a duration: "as long as", "until you unsubscribe", "asiakassuhteen ajan". */
  untilPhrases: readonly string[]
  /** Capitalised words that are not organisations (Art, GDPR, EU, month names…). */
  notNames: readonly string[]
  names: {
    dataCategories: Record<DataCategoryKey, string>
    subjects: Record<SubjectKey, string>
    domains: Record<DomainKey, string>
    /** The activity when the notice names no purpose at all. */
    general: string
  }
}
