import { describe, expect, it } from 'vitest'
import {
  parseConditions,
  parseCountry,
  parseDataCategory,
  parseDate,
  parseLegalBases,
  parseMeasure,
  parseMechanism,
  parseSccModule,
  parseSource,
  parseYesNo,
  saysNoTransfer,
} from '../../../shared/imports/values'
import { scoreHeading, suggestMapping, findHeaderRow } from '../../../shared/imports/match'
import { splitList, stripCitation } from '../../../shared/imports/text'
import { readContactBlock } from '../../../shared/imports/contact'

describe('lawful bases', () => {
  it.each([
    ['Legal obligation', '6_1_c'],
    ['Contract', '6_1_b'],
    ['Consent', '6_1_a'],
    ['Legitimate interests', '6_1_f'],
    ['Article 6(1)(c) – legal obligation', '6_1_c'],
    ['6(1)(b)', '6_1_b'],
    ['Art. 6 Abs. 1 lit. c DSGVO', '6_1_c'],
    ['6 artiklan 1 kohdan c alakohta', '6_1_c'],
    ['Lakisääteinen velvoite', '6_1_c'],
    ['Suostumus', '6_1_a'],
    ['Rättslig förpliktelse', '6_1_c'],
    ['Berättigat intresse (art. 6.1 f)', '6_1_f'],
    ['Retlig forpligtelse', '6_1_c'],
    ['art. 6, stk. 1, litra b', '6_1_b'],
    ['Rechtliche Verpflichtung', '6_1_c'],
    ['Berechtigte Interessen', '6_1_f'],
    ['Obligation légale', '6_1_c'],
    ['Exécution d’un contrat', '6_1_b'],
    ['Intérêt légitime', '6_1_f'],
    ['Mission d’intérêt public', '6_1_e'],
    ['Contract (Art. 6(1)(b))', '6_1_b'],
  ])('%s → %s', (text, code) => {
    expect(parseLegalBases(text)).toEqual([code])
  })
  it('finds several bases in one line', () => {
    expect(parseLegalBases('Contract and legal obligation')).toEqual(['6_1_b', '6_1_c'])
  })
  it('reads nothing from unrelated text', () => {
    expect(parseLegalBases('Because we always did it')).toEqual([])
  })
})

describe('Art. 9(2) conditions, mechanisms, countries', () => {
  it.each([
    ['Explicit consent', '9_2_a'],
    ['Art. 9(2)(b) employment law', '9_2_b'],
    ['Art. 9 Abs. 2 lit. h DSGVO', '9_2_h'],
    ['Employment, social security and social protection law (Art. 9(2)(b))', '9_2_b'],
    ['Santé publique', '9_2_i'],
  ])('%s → %s', (text, code) => {
    expect(parseConditions(text)[0]).toBe(code)
  })
  it.each([
    ['Standard contractual clauses', 'A46_2_c'],
    ['SCCs (module 2)', 'A46_2_c'],
    ['EU SCC', 'A46_2_c'],
    ['BCR', 'A46_2_b'],
    ['Binding corporate rules', 'A46_2_b'],
    ['Adequacy decision', 'ADEQ'],
    ['adequacy', 'ADEQ'],
    ['Privacy Shield', 'PRIVACY_SHIELD'],
    ['EU model clauses', 'SCC_LEGACY'],
    ['Standard contractual clauses 2010/87/EU', 'SCC_LEGACY'],
    ['Safe Harbor', 'SAFE_HARBOUR'],
    ['Clauses contractuelles types', 'A46_2_c'],
    ['Standardvertragsklauseln', 'A46_2_c'],
    ['Art. 46(2)(c)', 'A46_2_c'],
    ['Art. 49(1)(a) explicit consent', 'A49_1_a'],
    ['Ausdrückliche Einwilligung (Ausnahme)', 'A49_1_a'],
  ])('%s → %s', (text, code) => {
    expect(parseMechanism(text)).toBe(code)
  })
  it('reads the SCC module', () => {
    expect(parseSccModule('SCCs (module 2)')).toBe(2)
    expect(parseSccModule('SCC')).toBeNull()
  })
  it.each([
    ['United States', 'US'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['Vereinigte Staaten', 'US'],
    ['Yhdysvallat', 'US'],
    ['Storbritannien', 'GB'],
    ['Indien', 'IN'],
    ['Inde', 'IN'],
    ['Intia', 'IN'],
    ['United States (Mailchimp)', 'US'],
    ['IN', 'IN'],
  ])('%s → %s', (text, code) => {
    expect(parseCountry(text)).toBe(code)
  })
  it('knows the ways of saying there is no transfer', () => {
    for (const t of ['None', 'N/A', 'EU', 'Ei', 'Keine', 'Aucun', '']) expect(saysNoTransfer(t)).toBe(true)
    expect(saysNoTransfer('USA')).toBe(false)
  })
})

describe('small values', () => {
  it('yes and no in six languages', () => {
    for (const t of ['Yes', 'Kyllä', 'Ja', 'Oui', 'x', 'Yes – credit scoring'])
      expect(parseYesNo(t)).toBe(true)
    for (const t of ['No', 'Ei', 'Nej', 'Nein', 'Non', '-']) expect(parseYesNo(t)).toBe(false)
    expect(parseYesNo('Sometimes')).toBeNull()
  })
  it('dates as Europeans write them', () => {
    expect(parseDate('2026-03-01')).toBe('2026-03-01')
    expect(parseDate('1.3.2026')).toBe('2026-03-01')
    expect(parseDate('01/03/2026')).toBe('2026-03-01')
    expect(parseDate('31.2.2026')).toBeNull()
    expect(parseDate('soon')).toBeNull()
  })
  it('measures, sources and data categories, in the app’s own form or guessed', () => {
    expect(parseMeasure('Disk encryption (Encryption): BitLocker')).toEqual({
      name: 'Disk encryption',
      kind: 'encryption',
      description: 'BitLocker',
    })
    expect(parseMeasure('Daily backups')).toMatchObject({ kind: 'backup' })
    expect(parseMeasure('Something')).toMatchObject({ kind: 'other' })
    expect(parseSource('The data subject: web form')).toEqual({
      kind: 'data_subject',
      description: 'web form',
    })
    expect(parseSource('Credit agency')).toEqual({ kind: 'third_party', description: 'Credit agency' })
    expect(parseDataCategory('Sick leave (Data concerning health)')).toEqual({
      name: 'Sick leave',
      special: 'health',
    })
    expect(parseDataCategory('Health data')).toEqual({ name: 'Health data', special: 'health' })
    expect(parseDataCategory('Name')).toEqual({ name: 'Name', special: 'none' })
  })
  it('splits list cells on semicolons, line breaks and bullets, not commas', () => {
    expect(splitList('Name, address; Email\n• Phone\n- Bank details')).toEqual([
      'Name, address',
      'Email',
      'Phone',
      'Bank details',
    ])
    expect(stripCitation('Purposes of the processing (Art. 30(1)(b))')).toBe('Purposes of the processing')
  })
})

describe('headings', () => {
  it('scores the app’s own headings in every language and the templates’ wording', () => {
    expect(scoreHeading('Purpose of processing')[0]).toMatchObject({ field: 'purposes', confidence: 1 })
    expect(scoreHeading('Käsittelyn tarkoitukset (30 artiklan 1 kohdan b alakohta)')[0].field).toBe(
      'purposes',
    )
    expect(scoreHeading('Catégories de personnes concernées')[0]).toMatchObject({
      field: 'dataSubjectCategories',
      confidence: 1,
    })
    expect(scoreHeading('Lawful basis for processing')[0].field).toBe('legalBasis')
    expect(scoreHeading('Zzz')).toEqual([])
  })
  it('gives each field to one column', () => {
    const s = suggestMapping(['Purpose', 'Purposes of processing', 'Notes', 'Comments'])
    expect(s.filter((x) => x.field === 'purposes')).toHaveLength(1)
    expect(s.filter((x) => x.field === 'notes')).toHaveLength(2)
  })
  it('finds the header row below a title and a contact block', () => {
    const rows = [
      ['Record of processing'],
      [],
      ['', 'Name', 'Email'],
      ['Controller', 'Acme', 'a@b'],
      [],
      ['Purpose of processing', 'Categories of individuals', 'Categories of personal data'],
    ]
    expect(findHeaderRow(rows)?.index).toBe(5)
  })
  it('reads a contact block as a matrix and as label–value lines', () => {
    const matrix = readContactBlock([
      ['', 'Name', 'Address', 'Email', 'Telephone'],
      ['Controller', 'Acme Ltd', '1 High St', 'info@acme.example', '0123'],
      ['Data Protection Officer', 'Jo DPO', null, 'dpo@acme.example'],
    ])
    expect(matrix?.controller).toEqual({
      name: 'Acme Ltd',
      address: '1 High St',
      email: 'info@acme.example',
      phone: '0123',
    })
    expect(matrix?.dpo.name).toBe('Jo DPO')
    const lines = readContactBlock([
      ['Nom de l’organisme', 'Boulangerie SA'],
      ['Adresse', '1 rue de Paris'],
      ['Délégué à la protection des données'],
      ['Nom', 'Claire DPO'],
      ['Courriel', 'dpo@b.example'],
    ])
    expect(lines?.controller).toMatchObject({ name: 'Boulangerie SA', address: '1 rue de Paris' })
    expect(lines?.dpo).toMatchObject({ name: 'Claire DPO', email: 'dpo@b.example' })
  })
})
