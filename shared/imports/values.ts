/**
 * Reading the values of other people's spreadsheets into the register's codes: lawful bases, Art. 9(2)
 * conditions, transfer mechanisms, countries, yes/no, dates, roles, statuses, sources, measure kinds and
 * special categories, in the six languages of the app and with or without article numbers.
 */
import { isCalendarDay } from '../calendar'
import { LABELS } from '../i18n/labels'
import { countryCodeFromName, type CountryCode } from '../reference/countries'
import {
  DPIA_STATUSES,
  LANGUAGES,
  LEGAL_BASES,
  MECHANISMS,
  ROLES,
  SECURITY_MEASURE_KINDS,
  SOURCE_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  SPECIAL_KINDS,
  STATUSES,
  type DpiaStatus,
  type LegalBasis,
  type Mechanism,
  type Role,
  type SecurityMeasureKind,
  type SourceKind,
  type SpecialCategoryCondition,
  type SpecialKind,
  type Status,
} from '../schemas/codes'
import { phraseIndex, type PhraseTable } from './phrases'
import { fold } from './text'

/** The labels of one code list in every language, without the bracketed notes some carry ("(invalid)"). */
function labelPhrases<C extends string>(
  codes: readonly C[],
  pick: (lang: (typeof LANGUAGES)[number]) => Record<C, string>,
): PhraseTable<C> {
  return codes.map((code) => [
    code,
    LANGUAGES.flatMap((lang) => {
      const label = pick(lang)[code]
      const bare = label.replace(/\s*\([^)]*\)\s*$/, '')
      return bare === label ? [label] : [label, bare]
    }),
  ])
}

function merge<C extends string>(...tables: PhraseTable<C>[]): PhraseTable<C> {
  const merged = new Map<C, string[]>()
  for (const table of tables)
    for (const [code, phrases] of table) merged.set(code, [...(merged.get(code) ?? []), ...phrases])
  return [...merged]
}

// ---- Art. 6(1) -------------------------------------------------------------------------------------------

const LEGAL_BASIS_WORDS: PhraseTable<LegalBasis> = [
  ['6_1_a', ['consent', 'suostumus', 'samtycke', 'samtykke', 'einwilligung', 'consentement']],
  [
    '6_1_b',
    [
      'contract',
      'performance of a contract',
      'contractual necessity',
      'sopimus',
      'avtal',
      'kontrakt',
      'aftale',
      'vertrag',
      'vertragserfüllung',
      'contrat',
      'exécution d’un contrat',
      'mesures précontractuelles',
    ],
  ],
  [
    '6_1_c',
    [
      'legal obligation',
      'legal requirement',
      'compliance with a legal obligation',
      'statutory obligation',
      'lakisääteinen velvoite',
      'lakisääteinen velvollisuus',
      'rättslig förpliktelse',
      'retlig forpligtelse',
      'rechtliche verpflichtung',
      'gesetzliche verpflichtung',
      'obligation légale',
    ],
  ],
  [
    '6_1_d',
    [
      'vital interest',
      'vital interests',
      'elintärkeä etu',
      'grundläggande intresse',
      'vitale interesser',
      'lebenswichtige interessen',
      'intérêts vitaux',
      'sauvegarde des intérêts vitaux',
    ],
  ],
  [
    '6_1_e',
    [
      'public task',
      'public interest',
      'official authority',
      'yleinen etu',
      'julkisen vallan käyttö',
      'allmänt intresse',
      'myndighetsutövning',
      'samfundets interesse',
      'offentlig myndighed',
      'öffentliches interesse',
      'öffentliche aufgabe',
      'öffentliche gewalt',
      'mission d’intérêt public',
      'intérêt public',
      'autorité publique',
    ],
  ],
  [
    '6_1_f',
    [
      'legitimate interest',
      'legitimate interests',
      'oikeutettu etu',
      'oikeutetut edut',
      'berättigat intresse',
      'berättigade intressen',
      'legitim interesse',
      'legitime interesser',
      'berechtigtes interesse',
      'berechtigte interessen',
      'intérêt légitime',
      'intérêts légitimes',
    ],
  ],
]
const legalBasisIndex = phraseIndex(
  merge(
    labelPhrases(LEGAL_BASES, (l) => LABELS[l].codes.legalBasis),
    LEGAL_BASIS_WORDS,
  ),
)

/**
 * Article numbers as written in the six languages, on folded text: "6(1)(c)", "Art. 6 Abs. 1 lit. c",
 * "6 artiklan 1 kohdan c alakohta", "article 6.1.c", "art. 6 stk. 1, litra c".
 */
function articlePoints(
  text: string,
  article: number,
  paragraph: number,
  letters: string,
): { letter: string; at: number }[] {
  const folded = fold(text)
  const re = new RegExp(`\\b${article} (?:[a-z]+ ){0,2}${paragraph} (?:[a-z]+ ){0,2}([${letters}])\\b`, 'g')
  return [...folded.matchAll(re)].map((m) => ({ letter: m[1], at: m.index }))
}

/** Every Art. 6(1) basis a cell names, by words or article number, in order. */
export function parseLegalBases(text: string): LegalBasis[] {
  const byArticle = articlePoints(text, 6, 1, 'a-f').map((p) => `6_1_${p.letter}` as LegalBasis)
  const codes = [...byArticle]
  for (const code of legalBasisIndex.all(text)) if (!codes.includes(code)) codes.push(code)
  // A lone article number with its words ("Contract (Art. 6(1)(b))") counts once: dedupe kept order.
  return codes
}

// ---- Art. 9(2) -------------------------------------------------------------------------------------------

const CONDITION_WORDS: PhraseTable<SpecialCategoryCondition> = [
  [
    '9_2_a',
    [
      'explicit consent',
      'nimenomainen suostumus',
      'uttryckligt samtycke',
      'udtrykkeligt samtykke',
      'ausdrückliche einwilligung',
      'consentement explicite',
    ],
  ],
  [
    '9_2_b',
    [
      'employment',
      'employment law',
      'social security',
      'social protection',
      'työoikeus',
      'sosiaaliturva',
      'arbetsrätt',
      'social trygghet',
      'arbejdsret',
      'social sikring',
      'arbeitsrecht',
      'soziale sicherheit',
      'droit du travail',
      'sécurité sociale',
      'protection sociale',
    ],
  ],
  [
    '9_2_c',
    [
      'vital interest',
      'vital interests',
      'elintärkeä etu',
      'grundläggande intresse',
      'vitale interesser',
      'lebenswichtige interessen',
      'intérêts vitaux',
    ],
  ],
  [
    '9_2_d',
    [
      'not-for-profit',
      'not for profit',
      'non-profit',
      'foundation',
      'association',
      'voittoa tavoittelematon',
      'ideell',
      'almennyttig',
      'organisation ohne gewinnerzielungsabsicht',
      'organisme à but non lucratif',
    ],
  ],
  [
    '9_2_e',
    [
      'manifestly made public',
      'made public by the data subject',
      'julkiseksi saattamat',
      'offentliggjort',
      'offensichtlich öffentlich gemacht',
      'manifestement rendues publiques',
    ],
  ],
  [
    '9_2_f',
    [
      'legal claims',
      'courts',
      'oikeusvaateet',
      'rättsliga anspråk',
      'retskrav',
      'rechtsansprüche',
      'droits en justice',
      'constatation exercice ou défense de droits en justice',
    ],
  ],
  [
    '9_2_g',
    [
      'substantial public interest',
      'tärkeä yleinen etu',
      'viktigt allmänt intresse',
      'væsentlige samfundsmæssige interesser',
      'erhebliches öffentliches interesse',
      'intérêt public important',
    ],
  ],
  [
    '9_2_h',
    [
      'occupational medicine',
      'preventive medicine',
      'occupational health',
      'health or social care',
      'työterveys',
      'ennaltaehkäisevä lääketiede',
      'företagshälsovård',
      'förebyggande medicin',
      'arbejdsmedicin',
      'forebyggende medicin',
      'arbeitsmedizin',
      'gesundheitsvorsorge',
      'médecine préventive',
      'médecine du travail',
    ],
  ],
  [
    '9_2_i',
    [
      'public health',
      'kansanterveys',
      'folkhälsa',
      'folkesundhed',
      'öffentliche gesundheit',
      'santé publique',
    ],
  ],
  [
    '9_2_j',
    [
      'archiving',
      'research',
      'statistics',
      'scientific research',
      'arkistointi',
      'tutkimus',
      'arkivering',
      'forskning',
      'statistik',
      'archivzwecke',
      'forschung',
      'archivage',
      'recherche scientifique',
      'statistiques',
    ],
  ],
]
const conditionIndex = phraseIndex(
  merge(
    labelPhrases(SPECIAL_CATEGORY_CONDITIONS, (l) => LABELS[l].codes.specialCategoryCondition),
    CONDITION_WORDS,
  ),
)

/** Every Art. 9(2) condition a cell names, by article number first, then by words. */
export function parseConditions(text: string): SpecialCategoryCondition[] {
  const codes = articlePoints(text, 9, 2, 'a-j').map((p) => `9_2_${p.letter}` as SpecialCategoryCondition)
  if (codes.length > 0) return [...new Set(codes)]
  return conditionIndex.all(text)
}

// ---- Transfer mechanisms ---------------------------------------------------------------------------------

const MECHANISM_WORDS: PhraseTable<Mechanism> = [
  [
    'ADEQ',
    [
      'adequacy',
      'adequacy decision',
      'adequate',
      'data privacy framework',
      'eu us data privacy framework',
      'dpf',
      'riittävyyspäätös',
      'beslut om adekvat skyddsnivå',
      'tilstrækkelighedsafgørelse',
      'angemessenheitsbeschluss',
      'décision d’adéquation',
      'adéquation',
    ],
  ],
  [
    'A46_2_b',
    [
      'binding corporate rules',
      'bcr',
      'bcrs',
      'sitovat yrityssäännöt',
      'bindande företagsbestämmelser',
      'bindende virksomhedsregler',
      'verbindliche interne datenschutzvorschriften',
      'règles d’entreprise contraignantes',
    ],
  ],
  [
    'A46_2_c',
    [
      'standard contractual clauses',
      'standard contract clauses',
      'standard data protection clauses',
      'scc',
      'sccs',
      'eu scc',
      'eu sccs',
      'vakiosopimuslausekkeet',
      'mallisopimuslausekkeet',
      'standardavtalsklausuler',
      'standardkontraktsbestemmelser',
      'standardkontraktbestemmelser',
      'standardvertragsklauseln',
      'standarddatenschutzklauseln',
      'clauses contractuelles types',
      'cct',
    ],
  ],
  [
    'A46_2_e',
    [
      'code of conduct',
      'verhaltensregeln',
      'code de conduite',
      'käytännesäännöt',
      'uppförandekod',
      'adfærdskodeks',
    ],
  ],
  ['A46_2_f', ['certification', 'zertifizierung', 'sertifiointi', 'certifiering', 'certificering']],
  ['A46_3_a', ['ad hoc clauses', 'ad hoc contractual clauses', 'ad-hoc']],
  ['PRIVACY_SHIELD', ['privacy shield', 'eu us privacy shield']],
  ['SAFE_HARBOUR', ['safe harbor', 'safe harbour']],
  [
    'SCC_LEGACY',
    [
      'model clauses',
      'eu model clauses',
      'model contract clauses',
      'old standard contractual clauses',
      '2010 87',
      '2010 87 eu',
      '2001 497',
      '2004 915',
    ],
  ],
  ['NONE', ['no safeguard', 'no safeguards', 'none']],
]
const mechanismIndex = phraseIndex(
  merge(
    labelPhrases(MECHANISMS, (l) => LABELS[l].codes.mechanism),
    MECHANISM_WORDS,
  ),
)

/** The transfer mechanism a cell names, by article number or words; old clauses win over "SCC". */
export function parseMechanism(text: string): Mechanism | null {
  const folded = fold(text)
  const found = mechanismIndex.all(text)
  if (found.includes('SCC_LEGACY')) return 'SCC_LEGACY'
  const a46 = /\b46 (?:[a-z]+ ){0,2}([23]) (?:[a-z]+ ){0,2}([a-f])\b/.exec(folded)
  if (a46) {
    const code = `A46_${a46[1]}_${a46[2]}`
    if ((MECHANISMS as readonly string[]).includes(code)) return code as Mechanism
  }
  if (
    /\b49 (?:[a-z]+ ){0,2}1 (?:second subparagraph|2nd subparagraph|unterabsatz 2|alinea 2|toinen alakohta|andra stycket|andet afsnit)\b/.test(
      folded,
    )
  )
    return 'A49_1_2'
  const a49 = /\b49 (?:[a-z]+ ){0,2}1 (?:[a-z]+ ){0,2}([a-g])\b/.exec(folded)
  if (a49) return `A49_1_${a49[1]}` as Mechanism
  if (/\b47\b/.test(folded) && /\bart/.test(folded)) return 'A46_2_b'
  if (/\b45\b/.test(folded) && /\bart/.test(folded)) return 'ADEQ'
  return found[0] ?? null
}

/** "Module 2" of the 2021 clauses, in any language, or null. */
export function parseSccModule(text: string): 1 | 2 | 3 | 4 | null {
  const m = /\b(?:module|modul|moduuli)\s*([1-4])\b/.exec(fold(text))
  return m ? (Number(m[1]) as 1 | 2 | 3 | 4) : null
}

// ---- Countries -------------------------------------------------------------------------------------------

const NO_TRANSFER = new Set(
  [
    'none',
    'no',
    'n a',
    'na',
    'not applicable',
    'no transfers',
    'no transfer',
    'nil',
    'eu',
    'eea',
    'eu eea',
    'within the eu',
    'ei',
    'ei siirtoja',
    'nej',
    'inga',
    'ingen',
    'nein',
    'keine',
    'keine übermittlung',
    'aucun',
    'aucune',
    'non',
    'néant',
    'sans objet',
  ].map(fold),
)

/** Whether a cell says there is no transfer ("None", "N/A", "EU only", "Ei", "Keine"). */
export function saysNoTransfer(text: string): boolean {
  const folded = fold(text)
  return folded === '' || NO_TRANSFER.has(folded)
}

/** Everyday names the country list lacks (it has "États-Unis d’Amérique" but not "États-Unis"). */
const COUNTRY_ALIASES = new Map<string, CountryCode>(
  [
    ['États-Unis', 'US'],
    ['Amérique', 'US'],
    ['America', 'US'],
    ['Amerika', 'US'],
    ['De Forenede Stater', 'US'],
    ['Forenede Stater', 'US'],
    ['Förenta staterna', 'US'],
    ['Grande-Bretagne', 'GB'],
    ['Iso-Britannia', 'GB'],
    ['Förenade kungariket', 'GB'],
    ['England', 'GB'],
    ['Britain', 'GB'],
    ['Etelä-Korea', 'KR'],
    ['South Korea', 'KR'],
  ].map(([name, code]) => [fold(name), code]),
)

/** A country as written: code or name in any of the six languages, ignoring a bracketed note. */
export function parseCountry(text: string): CountryCode | null {
  const bare = text.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
  return countryCodeFromName(text) ?? countryCodeFromName(bare) ?? COUNTRY_ALIASES.get(fold(bare)) ?? null
}

// ---- Small code lists ------------------------------------------------------------------------------------

const YES = new Set(
  ['yes', 'y', 'true', 'x', '1', 'kyllä', 'joo', 'ja', 'oui', '✓', '✔', 'wahr', 'sant', 'sand'].map(fold),
)
const NO = new Set(
  [
    'no',
    'n',
    'false',
    '0',
    'ei',
    'nej',
    'nein',
    'non',
    'falsch',
    'falskt',
    'falsk',
    '-',
    'none',
    'n a',
    'not applicable',
  ].map(fold),
)

/** Yes, no, or null when the cell says neither; also "Yes, …" and "No – …". */
export function parseYesNo(text: string): boolean | null {
  const folded = fold(text)
  if (folded === '' && text.trim() === '-') return false
  if (YES.has(folded)) return true
  if (NO.has(folded)) return false
  const first = folded.split(' ')[0] ?? ''
  if (YES.has(first) && first.length > 1) return true
  if (NO.has(first) && first.length > 1) return false
  return null
}

const roleIndex = phraseIndex(
  merge<Role>(
    labelPhrases(ROLES, (l) => LABELS[l].codes.role),
    [
      [
        'controller',
        [
          'controller',
          'data controller',
          'responsable',
          'verantwortlicher',
          'rekisterinpitäjä',
          'personuppgiftsansvarig',
          'dataansvarlig',
        ],
      ],
      [
        'processor',
        [
          'processor',
          'sous traitant',
          'auftragsverarbeiter',
          'käsittelijä',
          'personuppgiftsbiträde',
          'databehandler',
        ],
      ],
      [
        'joint_controller',
        [
          'joint controller',
          'joint controllers',
          'responsable conjoint',
          'gemeinsam verantwortlich',
          'yhteisrekisterinpitäjä',
          'gemensamt personuppgiftsansvarig',
          'fælles dataansvarlig',
        ],
      ],
    ],
  ),
)

export function parseRole(text: string): Role | null {
  return roleIndex.exact(text) ?? roleIndex.first(text)
}

const statusIndex = phraseIndex(
  merge<Status>(
    labelPhrases(STATUSES, (l) => LABELS[l].codes.status),
    [
      ['active', ['in use', 'live', 'current', 'en cours', 'actif', 'aktiv', 'käytössä']],
      ['retired', ['ended', 'archived', 'terminé', 'beendet', 'päättynyt', 'avslutad', 'afsluttet']],
    ],
  ),
)

export function parseStatus(text: string): Status | null {
  return statusIndex.exact(text) ?? statusIndex.first(text)
}

const dpiaIndex = phraseIndex(
  merge<DpiaStatus>(
    labelPhrases(DPIA_STATUSES, (l) => LABELS[l].codes.dpiaStatus),
    [
      [
        'completed',
        [
          'done',
          'complete',
          'finished',
          'signed off',
          'réalisée',
          'effectuée',
          'durchgeführt',
          'abgeschlossen',
          'valmis',
          'tehty',
          'genomförd',
          'klar',
          'gennemført',
        ],
      ],
      [
        'in_progress',
        [
          'ongoing',
          'started',
          'underway',
          'en cours',
          'in bearbeitung',
          'läuft',
          'käynnissä',
          'pågår',
          'i gang',
        ],
      ],
      [
        'not_required',
        [
          'not needed',
          'not necessary',
          'non requise',
          'nicht erforderlich',
          'ei tarvita',
          'krävs inte',
          'ikke nødvendig',
        ],
      ],
      ['required', ['needed', 'necessary', 'requise', 'erforderlich', 'tarvitaan', 'krävs', 'nødvendig']],
    ],
  ),
)

export function parseDpiaStatus(text: string): DpiaStatus | null {
  return dpiaIndex.exact(text) ?? dpiaIndex.first(text)
}

const sourceLabelIndex = phraseIndex(labelPhrases(SOURCE_KINDS, (l) => LABELS[l].codes.sourceKind))
const sourceIndex = phraseIndex<SourceKind>([
  [
    'data_subject',
    [
      'data subject',
      'data subjects',
      'individual',
      'individuals',
      'directly',
      'employee',
      'employees',
      'customer',
      'applicant',
      'personne concernée',
      'betroffene person',
      'betroffenen',
      'rekisteröity',
      'rekisteröidyltä',
      'den registrerade',
      'den registrerede',
    ],
  ],
  [
    'public',
    [
      'public',
      'publicly available',
      'public register',
      'julkinen',
      'offentlig',
      'öffentlich',
      'publique',
      'public sources',
    ],
  ],
  [
    'generated',
    [
      'generated',
      'derived',
      'observed',
      'system logs',
      'généré',
      'erzeugt',
      'tuotettu',
      'genererad',
      'genereret',
    ],
  ],
])

/** A source line: its kind (by label, then by keywords; otherwise a third party) and what it says. */
export function parseSource(line: string): { kind: SourceKind; description: string | null } {
  const colon = line.indexOf(':')
  if (colon > 0) {
    const kind = sourceLabelIndex.exact(line.slice(0, colon))
    if (kind) return { kind, description: line.slice(colon + 1).trim() || null }
  }
  const exact = sourceLabelIndex.exact(line)
  if (exact) return { kind: exact, description: null }
  return { kind: sourceIndex.first(line) ?? 'third_party', description: line }
}

const measureLabelIndex = phraseIndex(
  labelPhrases(SECURITY_MEASURE_KINDS, (l) => LABELS[l].codes.securityMeasureKind),
)
const measureIndex = phraseIndex<SecurityMeasureKind>([
  [
    'encryption',
    [
      'encryption',
      'encrypted',
      'tls',
      'ssl',
      'https',
      'salaus',
      'kryptering',
      'verschlüsselung',
      'chiffrement',
    ],
  ],
  [
    'pseudonymisation',
    [
      'pseudonymisation',
      'pseudonymization',
      'pseudonymised',
      'pseudonymisointi',
      'pseudonymisering',
      'pseudonymisierung',
      'pseudonymisation des données',
    ],
  ],
  [
    'backup',
    [
      'backup',
      'backups',
      'back up',
      'sauvegarde',
      'sauvegardes',
      'varmuuskopio',
      'varmuuskopiointi',
      'säkerhetskopiering',
      'sikkerhedskopiering',
      'datensicherung',
    ],
  ],
  [
    'logging',
    [
      'logging',
      'logs',
      'audit trail',
      'traçabilité',
      'journalisation',
      'lokitus',
      'loggning',
      'logning',
      'protokollierung',
    ],
  ],
  [
    'access_control',
    [
      'access control',
      'access rights',
      'password',
      'passwords',
      'mfa',
      '2fa',
      'authentication',
      'contrôle d’accès',
      'habilitations',
      'zugriffskontrolle',
      'zugangskontrolle',
      'berechtigungskonzept',
      'pääsynhallinta',
      'käyttöoikeudet',
      'behörighetsstyrning',
      'adgangskontrol',
    ],
  ],
  [
    'network',
    [
      'firewall',
      'vpn',
      'network',
      'pare feu',
      'réseau',
      'netzwerk',
      'palomuuri',
      'verkko',
      'brandvägg',
      'nätverk',
      'netværk',
    ],
  ],
  ['physical', ['physical', 'locked', 'locks', 'badge', 'physique', 'physisch', 'fyysinen', 'fysisk']],
  [
    'organisational',
    [
      'training',
      'policy',
      'policies',
      'confidentiality',
      'formation',
      'sensibilisation',
      'schulung',
      'koulutus',
      'utbildning',
      'uddannelse',
      'organisational',
      'organizational',
    ],
  ],
  ['testing', ['penetration test', 'pentest', 'testing', 'audit', 'tests', 'testaus', 'test']],
])

/**
 * A security measure line: the app's own "Name (Kind): description", or a name whose kind is guessed from
 * its words (encryption, backup, access control…), "Other" when nothing fits.
 */
export function parseMeasure(line: string): {
  name: string
  kind: SecurityMeasureKind
  description: string | null
} {
  const own = /^(.+?) \(([^()]+)\)(?::\s*([\s\S]+))?$/.exec(line)
  if (own) {
    const kind = measureLabelIndex.exact(own[2])
    if (kind) return { name: own[1].trim(), kind, description: own[3]?.trim() || null }
  }
  return { name: line.trim(), kind: measureIndex.first(line) ?? 'other', description: null }
}

const specialLabelIndex = phraseIndex(labelPhrases(SPECIAL_KINDS, (l) => LABELS[l].codes.specialKind))
const specialIndex = phraseIndex<SpecialKind>([
  [
    'health',
    [
      'health',
      'medical',
      'sickness',
      'sick leave',
      'terveys',
      'terveystiedot',
      'hälsa',
      'hälsouppgifter',
      'helbred',
      'helbredsoplysninger',
      'gesundheit',
      'gesundheitsdaten',
      'santé',
      'données de santé',
    ],
  ],
  [
    'biometric',
    [
      'biometric',
      'fingerprint',
      'fingerprints',
      'biometrinen',
      'biometrisk',
      'biometrische',
      'biométrique',
      'biométriques',
    ],
  ],
  ['genetic', ['genetic', 'geneettinen', 'genetisk', 'genetische', 'génétique', 'génétiques']],
  [
    'trade_union_membership',
    [
      'trade union',
      'union membership',
      'ammattiliitto',
      'fackförening',
      'fackligt',
      'fagforening',
      'gewerkschaft',
      'gewerkschaftszugehörigkeit',
      'syndicale',
      'appartenance syndicale',
    ],
  ],
  [
    'religious_philosophical_beliefs',
    [
      'religion',
      'religious',
      'uskonto',
      'uskonnollinen',
      'religiös',
      'religiøs',
      'religiöse',
      'religieuse',
      'religieuses',
    ],
  ],
  ['racial_ethnic_origin', ['ethnic', 'racial', 'ethnicity', 'etninen', 'etnisk', 'ethnische', 'ethnique']],
  ['political_opinions', ['political', 'poliittinen', 'politisk', 'politische', 'politique', 'politiques']],
  [
    'sex_life_orientation',
    [
      'sexual orientation',
      'sex life',
      'seksuaalinen',
      'sexuell',
      'seksuel',
      'sexuelle',
      'orientation sexuelle',
    ],
  ],
  [
    'criminal',
    [
      'criminal',
      'conviction',
      'convictions',
      'criminal record',
      'rikos',
      'rikostaustaote',
      'brott',
      'belastningsregister',
      'strafbare',
      'strafrechtliche',
      'führungszeugnis',
      'infractions',
      'condamnations',
      'casier judiciaire',
    ],
  ],
  [
    'national_id',
    [
      'social security number',
      'national insurance number',
      'national id',
      'personal identity code',
      'henkilötunnus',
      'personnummer',
      'cpr',
      'cpr nummer',
      'sozialversicherungsnummer',
      'steuer id',
      'numéro de sécurité sociale',
      'nir',
    ],
  ],
])

/** A data category line: the app's own "Name (Special category)", or a name whose special kind is guessed. */
export function parseDataCategory(line: string): { name: string; special: SpecialKind } {
  const own = /^(.+?) \(([^()]+)\)$/.exec(line)
  if (own) {
    const special = specialLabelIndex.exact(own[2])
    if (special) return { name: own[1].trim(), special }
  }
  return { name: line.trim(), special: specialIndex.first(line) ?? 'none' }
}

// ---- Dates -----------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The year, month and day a cell is written with, as Europeans write dates: 2026-03-01, 1.3.2026, 01/03/2026
 * (day first), 1-3-2026, or the ISO timestamp a spreadsheet date cell is read as; whether or not that day
 * exists. Null when it is not written like a date.
 */
export function writtenDate(text: string): { year: number; month: number; day: number } | null {
  const t = text.trim()
  const ymd =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t)
  if (ymd) return { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) }
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t)
  return dmy ? { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) } : null
}

/** A calendar date written as `writtenDate` reads them, as `YYYY-MM-DD`. Null when it is not a date or no such day exists (30.2.2026). */
export function parseDate(text: string): string | null {
  const date = writtenDate(text)
  return date && isCalendarDay(date.year, date.month, date.day)
    ? `${date.year}-${pad(date.month)}-${pad(date.day)}`
    : null
}
