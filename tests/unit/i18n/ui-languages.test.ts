import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../shared/i18n'
import { formatDay, formatMoment, parseDay } from '../../../shared/i18n/dates'
import { uiEn } from '../../../shared/i18n/en'
import { UI } from '../../../shared/i18n/ui/languages'
import { LANGUAGES, type Language } from '../../../shared/schemas/codes'
import { systemLanguage } from '../../../renderer/i18n'

type Tree = { readonly [key: string]: string | Tree }

const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )

const PLACEHOLDER = /\{\{\s*-?\s*(\w+)[^}]*\}\}/g
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort()
const english = new Map(leaves(uiEn))
const OTHERS = LANGUAGES.filter((lang) => lang !== 'en')

/** Texts a language writes as English does: the app's name, file formats, and words the languages share. */
const SAME_AS_ENGLISH = new Set([
  'ROPA',
  'PDF',
  'CSV',
  'JSON',
  'HTML',
  'Markdown',
  'Word (.docx)',
  'SHA-256',
  'Excel (.xlsx)',
  '{{actor}} · {{when}}',
  '{{sheet}} {{column}}{{row}}',
])
const SHARED_WORDS: Partial<Record<Language, readonly string[]>> = {
  de: ['Name', 'Status', 'Format', 'Organisation', 'Export', 'Problem'],
  fr: [
    'Exports',
    'Destination',
    'Format',
    'Type',
    'Description',
    'Date',
    'Source {{n}}',
    'Sections',
    'Import',
    'Export',
    'Article',
  ],
  sv: ['Status', 'Format', 'Organisation', 'Export', 'Problem', 'Filter'],
  da: ['Status', 'Format', 'Organisation', 'Type', 'Reference', 'Problem'],
  fi: [],
}

describe.each(OTHERS)('the interface in %s', (lang) => {
  const own = leaves(UI[lang])

  it('has exactly the keys of English', () => {
    expect(own.map(([path]) => path).sort()).toEqual([...english.keys()].sort())
  })

  it('keeps every {{placeholder}} of the English text, and no others', () => {
    for (const [path, text] of own)
      expect(placeholders(text), path).toEqual(placeholders(english.get(path) ?? ''))
  })

  it('has no empty, untrimmed or straight-apostrophe text', () => {
    for (const [path, text] of own) {
      expect(text.trim(), path).not.toBe('')
      expect(text, path).toBe(text.trim())
      expect(text, path).not.toContain("'")
    }
  })

  it('is translated: texts equal to English are only names and formats', () => {
    const same = new Set([...SAME_AS_ENGLISH, ...(SHARED_WORDS[lang] ?? [])])
    const untranslated = own.filter(([path, text]) => text === english.get(path) && !same.has(text))
    expect(untranslated).toEqual([])
  })
})

describe('i18next over the interface texts', () => {
  it('speaks each language, with plural forms', () => {
    expect(createI18n('fi').t('activities.count', { count: 3 })).toBe('3 käsittelytointa')
    expect(createI18n('fi').t('activities.count', { count: 1 })).toBe('1 käsittelytoimi')
    expect(createI18n('de').t('nav.activities')).toBe('Verarbeitungstätigkeiten')
    expect(createI18n('fr').t('activities.table.selected', { count: 2 })).toBe('2 activités sélectionnées')
    expect(createI18n('sv').t('common.save')).toBe('Spara')
    expect(createI18n('da').t('trash.emptyBody', { count: 4 })).toMatch(/^De 4 poster i papirkurven/)
  })

  it('starts in the system’s first language the app has, else English', () => {
    expect(systemLanguage(['de-AT', 'en-US'])).toBe('de')
    expect(systemLanguage(['pt-BR', 'sv-SE'])).toBe('sv')
    expect(systemLanguage(['nb-NO'])).toBe('da')
    expect(systemLanguage(['ja'])).toBe('en')
    expect(systemLanguage([])).toBe('en')
  })
})

describe('dates in each language', () => {
  it('writes a calendar day the language’s way, never shifted by the time zone', () => {
    expect(LANGUAGES.map((lang) => formatDay('2027-12-02', lang))).toEqual([
      '2 Dec 2027',
      '2.12.2027',
      '2 dec. 2027',
      '2. dec. 2027',
      '02.12.2027',
      '2 déc. 2027',
    ])
    expect(formatDay('2027-12-02T23:59:59.000Z', 'en')).toBe('2 Dec 2027')
    expect(formatDay('not a date', 'fi')).toBe('not a date')
    expect(formatDay(null, 'fi')).toBe('')
  })

  it('writes a moment with a 24-hour clock in every language', () => {
    for (const lang of LANGUAGES) expect(formatMoment('2027-12-02T21:38:00', lang), lang).toMatch(/21[.:]38/)
    expect(formatMoment('2027-12-02T21:38:00', 'fi')).toBe('2.12.2027 klo 21.38')
  })

  it('reads typed days ISO or day first, and refuses impossible ones', () => {
    expect(parseDay('2027-12-02')).toBe('2027-12-02')
    expect(parseDay(' 2.12.2027 ')).toBe('2027-12-02')
    expect(parseDay('02/12/2027')).toBe('2027-12-02')
    expect(parseDay('2-12-2027')).toBe('2027-12-02')
    expect(parseDay('31.2.2027')).toBeNull()
    expect(parseDay('2027-13-01')).toBeNull()
    expect(parseDay('tomorrow')).toBeNull()
  })
})
