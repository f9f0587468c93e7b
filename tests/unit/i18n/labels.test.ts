import { describe, expect, it } from 'vitest'
import {
  DPIA_CRITERIA,
  DPIA_STATUSES,
  LANGUAGES,
  LEGAL_BASES,
  MECHANISMS,
  PARTY_KINDS,
  ROLES,
  SCC_MODULES,
  SECURITY_MEASURE_KINDS,
  SOURCE_KINDS,
  SPECIAL_CATEGORY_CONDITIONS,
  SPECIAL_KINDS,
  STATUSES,
  type Language,
} from '../../../shared/schemas/codes'
import { ART_30_POINTS } from '../../../shared/reference/art30'
import { RECORD_NAMES } from '../../../shared/reference/record-names'
import {
  LABELS,
  citeArticle,
  citeArticleShort,
  citeDecision,
  citeMechanism,
  labelsEn,
  labelsFor,
  parseArticleRef,
} from '../../../shared/i18n/labels'

type Tree = { readonly [key: string]: string | Tree }

/** Every leaf as [path, text]. */
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )

const enLeaves = new Map(leaves(labelsEn))
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

const CODE_LISTS = {
  role: ROLES,
  status: STATUSES,
  legalBasis: LEGAL_BASES,
  specialCategoryCondition: SPECIAL_CATEGORY_CONDITIONS,
  specialKind: SPECIAL_KINDS,
  partyKind: PARTY_KINDS,
  securityMeasureKind: SECURITY_MEASURE_KINDS,
  sourceKind: SOURCE_KINDS,
  mechanism: MECHANISMS,
  sccModule: SCC_MODULES,
  dpiaStatus: DPIA_STATUSES,
  dpiaCriterion: DPIA_CRITERIA,
  transferStatus: ['eea', 'adequate', 'adequate_partial', 'third_country'],
  severity: ['error', 'warning', 'info'],
} as const

describe.each(LANGUAGES)('labels (%s)', (lang) => {
  const labels = labelsFor(lang)
  const own = leaves(labels)

  it('has exactly the keys of the English labels', () => {
    expect(own.map(([path]) => path).sort()).toEqual([...enLeaves.keys()].sort())
  })

  it('has no empty or untrimmed text', () => {
    for (const [path, text] of own) {
      expect(text.trim(), path).not.toBe('')
      expect(text, path).toBe(text.trim())
    }
  })

  it('keeps the same {{placeholders}} as English', () => {
    for (const [path, text] of own) {
      expect(placeholders(text), path).toEqual(placeholders(enLeaves.get(path) ?? ''))
    }
  })

  it.each(Object.keys(CODE_LISTS) as (keyof typeof CODE_LISTS)[])('labels every %s code', (list) => {
    const texts: Record<string, string> = labels.codes[list]
    for (const code of CODE_LISTS[list]) expect(texts[String(code)], `${list}.${code}`).toBeTruthy()
    expect(Object.keys(texts).sort()).toEqual(CODE_LISTS[list].map(String).sort())
  })

  it('has a heading for every Art. 30 point', () => {
    for (const point of ART_30_POINTS.items) expect(labels.art30[point.key], point.key).toBeTruthy()
  })

  it('has valid, unique Excel sheet names', () => {
    const names = Object.values(labels.sheets)
    for (const name of names) {
      expect(name.length, name).toBeLessThanOrEqual(31)
      expect(name, name).not.toMatch(/[[\]:*?/\\]/)
      expect(name.startsWith("'") || name.endsWith("'"), name).toBe(false)
      expect(name.toLowerCase()).not.toBe('history')
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
  })

  it('uses the official name of the record from the reference data', () => {
    expect(labels.document.recordName).toBe(RECORD_NAMES.items[lang].record)
  })
})

describe('labels', () => {
  it('lists every language', () => {
    expect(Object.keys(LABELS).sort()).toEqual([...LANGUAGES].sort())
  })

  it.each([
    ['en', 'Record of processing activities'],
    ['fi', 'Seloste käsittelytoimista'],
    ['sv', 'Register över behandling'],
    ['da', 'Fortegnelse over behandlingsaktiviteter'],
    ['de', 'Verzeichnis von Verarbeitungstätigkeiten'],
    ['fr', 'Registre des activités de traitement'],
  ] as [Language, string][])('names the record in %s "%s"', (lang, name) => {
    expect(labelsFor(lang).document.recordName).toBe(name)
  })

  it.each([
    ['en', 'controller', 'processor'],
    ['fi', 'rekisterinpitäjä', 'käsittelijä'],
    ['sv', 'personuppgiftsansvarig', 'personuppgiftsbiträde'],
    ['da', 'dataansvarlig', 'databehandler'],
    ['de', 'Verantwortlicher', 'Auftragsverarbeiter'],
    ['fr', 'responsable du traitement', 'sous-traitant'],
  ] as [Language, string, string][])('uses the official role words in %s record headings', (lang, c, p) => {
    const { document: doc } = labelsFor(lang)
    expect(doc.controllerRecord.toLowerCase()).toContain(c.toLowerCase())
    expect(doc.processorRecord.toLowerCase()).toContain(p.toLowerCase())
  })

  it.each([
    ['de', 'dpia', 'Datenschutz-Folgenabschätzung'],
    ['fr', 'dpia', 'analyse d’impact relative à la protection des données (AIPD)'],
    ['sv', 'dpia', 'konsekvensbedömning avseende dataskydd'],
    ['da', 'dpia', 'konsekvensanalyse vedrørende databeskyttelse'],
    ['fi', 'dpia', 'tietosuojaa koskeva vaikutustenarviointi'],
  ] as [Language, 'dpia', string][])('uses the official DPIA term in %s', (lang, key, term) => {
    expect(labelsFor(lang).fields.activity[key].toLowerCase()).toBe(term.toLowerCase())
  })

  it.each([
    ['de', 'Standardvertragsklauseln', 'Verbindliche interne Datenschutzvorschriften'],
    ['fr', 'Clauses contractuelles types', 'Règles d’entreprise contraignantes'],
    ['sv', 'Standardavtalsklausuler', 'Bindande företagsbestämmelser'],
    ['da', 'Standardkontraktbestemmelser', 'Bindende virksomhedsregler'],
    ['fi', 'Vakiosopimuslausekkeet', 'Yritystä koskevat sitovat säännöt'],
    ['en', 'Standard contractual clauses (2021/914)', 'Binding corporate rules'],
  ] as [Language, string, string][])('names the Art. 46 safeguards in %s', (lang, scc, bcr) => {
    const { mechanism } = labelsFor(lang).codes
    expect(mechanism.A46_2_c).toContain(scc)
    expect(mechanism.A46_2_b).toBe(bcr)
  })

  it('has the English texts the exports rely on', () => {
    expect(labelsEn.codes.legalBasis['6_1_a']).toBe('Consent')
    expect(labelsEn.codes.mechanism.NONE).toBe('No safeguard')
    expect(labelsEn.codes.sccModule[2]).toBe('Module 2: controller to processor')
    expect(labelsEn.values.notRecorded).toBe('Not recorded')
    expect(labelsEn.art30['30(1)(b)']).toBe('Purposes of the processing')
    expect(labelsEn.art30['30(1)(e)']).toBe('Transfers to third countries or international organisations')
    expect(labelsEn.document.page).toBe('Page {{page}} of {{pages}}')
    expect(labelsEn.document.recordOf).toBe('Record of processing activities of {{organisation}}')
  })
})

describe('citeArticle', () => {
  it.each([
    ['en', 'Art. 6(1)(a) GDPR'],
    ['de', 'Art. 6 Abs. 1 lit. a DSGVO'],
    ['fr', 'article 6, paragraphe 1, point a), du RGPD'],
    ['fi', 'tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta'],
    ['sv', 'artikel 6.1 a i dataskyddsförordningen'],
    ['da', 'databeskyttelsesforordningens artikel 6, stk. 1, litra a'],
  ] as [Language, string][])('cites 6(1)(a) in %s as "%s"', (lang, text) => {
    expect(citeArticle('6(1)(a)', lang)).toBe(text)
    expect(citeArticle({ article: 6, paragraph: 1, point: 'a' }, lang)).toBe(text)
  })

  it.each([
    ['en', 'Art. 49(1) second subparagraph GDPR'],
    ['de', 'Art. 49 Abs. 1 UAbs. 2 DSGVO'],
    ['fr', 'article 49, paragraphe 1, deuxième alinéa, du RGPD'],
    ['fi', 'tietosuoja-asetuksen 49 artiklan 1 kohdan toinen alakohta'],
    ['sv', 'artikel 49.1 andra stycket i dataskyddsförordningen'],
    ['da', 'databeskyttelsesforordningens artikel 49, stk. 1, andet afsnit'],
  ] as [Language, string][])('cites a subparagraph in %s as "%s"', (lang, text) => {
    expect(citeArticle('49(1) second subparagraph', lang)).toBe(text)
  })

  it.each([
    ['en', 'Art. 45 GDPR'],
    ['de', 'Art. 45 DSGVO'],
    ['fr', 'article 45 du RGPD'],
    ['fi', 'tietosuoja-asetuksen 45 artikla'],
    ['sv', 'artikel 45 i dataskyddsförordningen'],
    ['da', 'databeskyttelsesforordningens artikel 45'],
  ] as [Language, string][])('cites a whole article in %s as "%s"', (lang, text) => {
    expect(citeArticle('45', lang)).toBe(text)
  })

  it.each([
    ['en', 'Art. 30(1)(e)'],
    ['de', 'Art. 30 Abs. 1 lit. e'],
    ['fr', 'article 30, paragraphe 1, point e)'],
    ['fi', '30 artiklan 1 kohdan e alakohta'],
    ['sv', 'artikel 30.1 e'],
    ['da', 'artikel 30, stk. 1, litra e'],
  ] as [Language, string][])('cites 30(1)(e) in %s in short as "%s"', (lang, text) => {
    expect(citeArticleShort('30(1)(e)', lang)).toBe(text)
  })

  it('cites a paragraph without a point', () => {
    expect(citeArticle('49(1)', 'en')).toBe('Art. 49(1) GDPR')
    expect(citeArticle('49(1)', 'fr')).toBe('article 49, paragraphe 1, du RGPD')
    expect(citeArticle('49(1)', 'fi')).toBe('tietosuoja-asetuksen 49 artiklan 1 kohta')
    expect(citeArticle('49(1)', 'sv')).toBe('artikel 49.1 i dataskyddsförordningen')
  })

  it('parses the reference notation, with or without "Art."', () => {
    expect(parseArticleRef('9(2)(h)')).toEqual({ article: 9, paragraph: 2, point: 'h' })
    expect(parseArticleRef('Art. 46(2)(c)')).toEqual({ article: 46, paragraph: 2, point: 'c' })
    expect(parseArticleRef('Art. 49(1) second subparagraph')).toEqual({
      article: 49,
      paragraph: 1,
      subparagraph: 2,
    })
    expect(parseArticleRef('45')).toEqual({ article: 45 })
    expect(() => parseArticleRef('Decision (EU) 2016/1250')).toThrow()
    expect(() => parseArticleRef('6(1)(aa)')).toThrow()
  })

  it('rejects malformed structured references', () => {
    expect(() => citeArticle({ article: 0 }, 'en')).toThrow()
    expect(() => citeArticle({ article: 6, paragraph: 1, point: 'A' }, 'en')).toThrow()
    expect(() => citeArticle({ article: 6, paragraph: 1, subparagraph: 9 }, 'en')).toThrow()
  })

  it('chains Finnish genitives through a subparagraph and a point', () => {
    expect(citeArticleShort({ article: 6, paragraph: 1, subparagraph: 1, point: 'f' }, 'fi')).toBe(
      '6 artiklan 1 kohdan ensimmäisen alakohdan f alakohta',
    )
  })
})

describe('citeMechanism and citeDecision', () => {
  it('cites Chapter V provisions in each language', () => {
    expect(citeMechanism('A46_2_c', 'de')).toBe('Art. 46 Abs. 2 lit. c')
    expect(citeMechanism('A46_2_c', 'de', 'long')).toBe('Art. 46 Abs. 2 lit. c DSGVO')
    expect(citeMechanism('ADEQ', 'fr')).toBe('article 45')
    expect(citeMechanism('A49_1_2', 'sv')).toBe('artikel 49.1 andra stycket')
    expect(citeMechanism('A49_1_a', 'en')).toBe('Art. 49(1)(a)')
    expect(citeMechanism('NONE', 'da')).toBe('')
  })

  it('cites the decisions behind mechanisms that ended', () => {
    expect(citeMechanism('PRIVACY_SHIELD', 'fr')).toBe('décision (UE) 2016/1250')
    expect(citeMechanism('SAFE_HARBOUR', 'de')).toBe('Entscheidung 2000/520/EG')
    expect(citeMechanism('SCC_LEGACY', 'da')).toBe(
      'beslutning 2001/497/EF, beslutning 2004/915/EF, afgørelse 2010/87/EU',
    )
  })

  it('translates adequacy decisions and leaves other text alone', () => {
    const japan = 'Implementing Decision (EU) 2019/419'
    expect(citeDecision(japan, 'de')).toBe('Durchführungsbeschluss (EU) 2019/419')
    expect(citeDecision(japan, 'fi')).toBe('täytäntöönpanopäätös (EU) 2019/419')
    expect(citeDecision(japan, 'fr')).toBe('décision d’exécution (UE) 2019/419')
    expect(citeDecision('Decision 2000/518/EC', 'sv')).toBe('beslut 2000/518/EG')
    expect(citeDecision('Decision 2000/518/EC', 'en')).toBe('Decision 2000/518/EC')
    expect(citeDecision('Something else', 'fr')).toBe('Something else')
  })
})
