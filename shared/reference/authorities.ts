/**
 * The supervisory authority of each EU/EEA country (gdpr-facts.md section 5). The facts file tags these
 * names [S/C] without saying which is which, so every entry carries the weaker tag, 'C': verify before
 * relying on it.
 *
 * Each authority also has the contact details a privacy notice gives for the right to lodge a complaint
 * (Art. 13(2)(d), 14(2)(e), 77): website, postal address and complaint page. Their confidence is per entry: 'S'
 * where the address was read on the authority's own contact page (a stored copy, CONTACTS_SOURCES), 'C' where
 * it is common knowledge not re-checked here. A complaint page is null where its address was not known well
 * enough: the notice then points to the website.
 */
import { EEA_COUNTRY_CODES, type CountryCode, type EeaCountryCode } from './countries'
import { REFERENCE_AS_OF, type Confidence, type ReferenceList } from './source'

export interface AuthorityContact {
  /** The authority's home page. */
  readonly website: string
  /** Where to write to it, one line (parts separated by commas). */
  readonly address: string
  /** The page that explains how to complain, or its complaint form; null when not known well enough. */
  readonly complaintPage: string | null
  readonly confidence: Confidence
}

export interface SupervisoryAuthority {
  readonly countryCode: EeaCountryCode
  /** The name as the authority writes it (several languages joined by " / "). */
  readonly name: string
  readonly abbreviation: string | null
  /** ISO 639-1 codes of the languages the authority works in. */
  readonly languages: readonly string[]
  readonly note: string | null
  readonly confidence: Confidence
  readonly contact: AuthorityContact
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

/** When the contact details were last checked, and where. */
export const CONTACTS_AS_OF = '2026-11-01'
export const CONTACTS_SOURCES = [
  'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  'https://tietosuoja.fi/yhteystiedot',
  'https://www.imy.se/om-oss/etjanst-avbrott/',
  'https://www.datatilsynet.dk/om-datatilsynet/kontakt/',
  'https://www.cnil.fr/fr/adresser-une-plainte',
] as const

type ContactEntry = readonly [
  website: string,
  address: string,
  complaintPage: string | null,
  confidence: Confidence,
]

const CONTACTS: Readonly<Record<EeaCountryCode, ContactEntry>> = {
  AT: ['https://www.dsb.gv.at', 'Barichgasse 40–42, 1030 Wien', null, 'C'],
  BE: [
    'https://www.dataprotectionauthority.be',
    'Drukpersstraat 35 / Rue de la Presse 35, 1000 Brussel / Bruxelles',
    null,
    'C',
  ],
  BG: ['https://www.cpdp.bg', '2 Prof. Tsvetan Lazarov Blvd., 1592 Sofia', null, 'C'],
  HR: ['https://azop.hr', 'Selska cesta 136, 10000 Zagreb', null, 'C'],
  CY: ['https://www.dataprotection.gov.cy', 'P.O. Box 23378, 1682 Nicosia', null, 'C'],
  CZ: ['https://uoou.gov.cz', 'Pplk. Sochora 27, 170 00 Praha 7', null, 'C'],
  DK: [
    'https://www.datatilsynet.dk',
    'Carl Jacobsens Vej 35, 2500 Valby',
    'https://www.datatilsynet.dk/borger/klage-til-datatilsynet',
    'S',
  ],
  EE: ['https://www.aki.ee', 'Tatari 39, 10134 Tallinn', null, 'C'],
  FI: [
    'https://tietosuoja.fi',
    'PL 800, 00531 Helsinki',
    'https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle',
    'S',
  ],
  FR: [
    'https://www.cnil.fr',
    '3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07',
    'https://www.cnil.fr/fr/adresser-une-plainte',
    'S',
  ],
  // The federal commissioner; a private company complains to the authority of its Land (the notice says so).
  DE: ['https://www.bfdi.bund.de', 'Graurheindorfer Straße 153, 53117 Bonn', null, 'S'],
  GR: ['https://www.dpa.gr', 'Kifisias 1–3, 115 23 Athens', null, 'C'],
  HU: ['https://naih.hu', 'Falk Miksa utca 9–11, 1055 Budapest', null, 'C'],
  IE: ['https://www.dataprotection.ie', '21 Fitzwilliam Square South, Dublin 2, D02 RD28', null, 'C'],
  IT: ['https://www.garanteprivacy.it', 'Piazza Venezia 11, 00187 Roma', null, 'C'],
  LV: ['https://www.dvi.gov.lv', 'Elijas iela 17, Rīga, LV-1050', null, 'C'],
  LT: ['https://vdai.lrv.lt', 'L. Sapiegos g. 17, 10312 Vilnius', null, 'C'],
  LU: ['https://cnpd.public.lu', '15, boulevard du Jazz, L-4370 Belvaux', null, 'C'],
  MT: [
    'https://idpc.org.mt',
    'Floor 2, Airways House, Triq Il-Kappillan Mifsud, Tas-Sliema SLM 1549',
    null,
    'C',
  ],
  NL: ['https://www.autoriteitpersoonsgegevens.nl', 'Postbus 93374, 2509 AJ Den Haag', null, 'C'],
  PL: ['https://uodo.gov.pl', 'ul. Stawki 2, 00-193 Warszawa', null, 'C'],
  PT: ['https://www.cnpd.pt', 'Av. D. Carlos I, 134, 1.º, 1200-651 Lisboa', null, 'C'],
  RO: [
    'https://www.dataprotection.ro',
    'B-dul G-ral. Gheorghe Magheru 28–30, Sector 1, 010336 București',
    null,
    'C',
  ],
  SK: ['https://dataprotection.gov.sk', 'Hraničná 12, 820 07 Bratislava 27', null, 'C'],
  SI: ['https://www.ip-rs.si', 'Dunajska cesta 22, 1000 Ljubljana', null, 'C'],
  ES: ['https://www.aepd.es', 'C/ Jorge Juan 6, 28001 Madrid', null, 'C'],
  SE: ['https://www.imy.se', 'Box 8114, 104 20 Stockholm', null, 'S'],
  IS: ['https://www.personuvernd.is', 'Laugavegur 166, 105 Reykjavík', null, 'C'],
  LI: ['https://www.datenschutzstelle.li', 'Städtle 38, 9490 Vaduz', null, 'C'],
  NO: ['https://www.datatilsynet.no', 'Postboks 458 Sentrum, 0105 Oslo', null, 'C'],
}

export const SUPERVISORY_AUTHORITIES: ReferenceList<SupervisoryAuthority> = {
  asOf: REFERENCE_AS_OF,
  source: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en',
  items: EEA_COUNTRY_CODES.map((countryCode) => {
    const [name, abbreviation, languages, note] = ENTRIES[countryCode]
    const [website, address, complaintPage, confidence] = CONTACTS[countryCode]
    const contact: AuthorityContact = { website, address, complaintPage, confidence }
    return {
      countryCode,
      name,
      abbreviation,
      languages,
      note: note ?? null,
      confidence: 'C' as const,
      contact,
    }
  }),
}

const byCountry = new Map<string, SupervisoryAuthority>(
  SUPERVISORY_AUTHORITIES.items.map((a) => [a.countryCode, a]),
)

/** The authority an organisation in this country reports to; null outside the EU/EEA. */
export function authorityFor(countryCode: CountryCode): SupervisoryAuthority | null {
  return byCountry.get(countryCode) ?? null
}

/**
 * The authority's name in a language it works in, for a notice in that language: "Dataombudsmannens byrå" in a
 * Swedish notice of a Finnish organisation. Names in several languages are written "fi / sv" in the list; a
 * language the authority does not work in gets the whole name.
 */
export function authorityNameIn(authority: SupervisoryAuthority, lang: string): string {
  const parts = authority.name.split(' / ')
  const index = authority.languages.indexOf(lang)
  return parts.length === authority.languages.length && index >= 0 ? parts[index] : authority.name
}
