/**
 * The supervisory authority of each EU/EEA country (gdpr-facts.md section 5). The facts file tags these
 * names [S/C] without saying which is which, so every entry carries the weaker tag, 'C': verify before
 * relying on it.
 */
import { EEA_COUNTRY_CODES, type CountryCode, type EeaCountryCode } from './countries'
import { REFERENCE_AS_OF, type Confidence, type ReferenceList } from './source'

export interface SupervisoryAuthority {
  readonly countryCode: EeaCountryCode
  /** The name as the authority writes it (several languages joined by " / "). */
  readonly name: string
  readonly abbreviation: string | null
  /** ISO 639-1 codes of the languages the authority works in. */
  readonly languages: readonly string[]
  readonly note: string | null
  readonly confidence: Confidence
}

type Entry = readonly [name: string, abbreviation: string | null, languages: readonly string[], note?: string]

const ENTRIES: Readonly<Record<EeaCountryCode, Entry>> = {
  AT: ['Datenschutzbehörde', 'DSB', ['de']],
  BE: ['Gegevensbeschermingsautoriteit / Autorité de protection des données', null, ['nl', 'fr', 'de']],
  BG: ['Commission for Personal Data Protection', 'КЗЛД', ['bg']],
  HR: ['Agencija za zaštitu osobnih podataka', 'AZOP', ['hr']],
  CY: ['Commissioner for Personal Data Protection', null, ['el', 'tr']],
  CZ: ['Úřad pro ochranu osobních údajů', 'ÚOOÚ', ['cs']],
  DK: ['Datatilsynet', null, ['da']],
  EE: ['Andmekaitse Inspektsioon', null, ['et']],
  FI: ['Tietosuojavaltuutetun toimisto / Dataombudsmannens byrå', null, ['fi', 'sv']],
  FR: ["Commission nationale de l'informatique et des libertés", 'CNIL', ['fr']],
  DE: ['BfDI', 'BfDI', ['de'], 'Federal authority; each Land has its own authority for the private sector.'],
  GR: ['Hellenic Data Protection Authority', 'HDPA', ['el']],
  HU: ['Nemzeti Adatvédelmi és Információszabadság Hatóság', 'NAIH', ['hu']],
  IE: ['Data Protection Commission', null, ['en', 'ga']],
  IT: ['Garante per la protezione dei dati personali', null, ['it']],
  LV: ['Datu valsts inspekcija', null, ['lv']],
  LT: ['Valstybinė duomenų apsaugos inspekcija', null, ['lt']],
  LU: ['Commission nationale pour la protection des données', 'CNPD', ['fr', 'de', 'lb']],
  MT: ['Information and Data Protection Commissioner', 'IDPC', ['mt', 'en']],
  NL: ['Autoriteit Persoonsgegevens', null, ['nl']],
  PL: ['Urząd Ochrony Danych Osobowych', 'UODO', ['pl']],
  PT: ['Comissão Nacional de Proteção de Dados', 'CNPD', ['pt']],
  RO: ['ANSPDCP', 'ANSPDCP', ['ro']],
  SK: ['Úrad na ochranu osobných údajov', null, ['sk']],
  SI: ['Informacijski pooblaščenec', null, ['sl']],
  ES: ['Agencia Española de Protección de Datos', 'AEPD', ['es']],
  SE: ['Integritetsskyddsmyndigheten', 'IMY', ['sv']],
  IS: ['Persónuvernd', null, ['is']],
  LI: ['Datenschutzstelle', null, ['de']],
  NO: ['Datatilsynet', null, ['nb', 'nn']],
}

export const SUPERVISORY_AUTHORITIES: ReferenceList<SupervisoryAuthority> = {
  asOf: REFERENCE_AS_OF,
  source: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  items: EEA_COUNTRY_CODES.map((countryCode) => {
    const [name, abbreviation, languages, note] = ENTRIES[countryCode]
    return { countryCode, name, abbreviation, languages, note: note ?? null, confidence: 'C' as const }
  }),
}

const byCountry = new Map<string, SupervisoryAuthority>(
  SUPERVISORY_AUTHORITIES.items.map((a) => [a.countryCode, a]),
)

/** The authority an organisation in this country reports to; null outside the EU/EEA. */
export function authorityFor(countryCode: CountryCode): SupervisoryAuthority | null {
  return byCountry.get(countryCode) ?? null
}
