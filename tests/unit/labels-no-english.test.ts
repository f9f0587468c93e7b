/**
 * The labels and finding messages of Finnish, Swedish, Danish, German and French hold no English label,
 * finding text or reference value, including those of findings the test register does not raise (the exports
 * themselves are scanned in exports-language.slow.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { FINDINGS } from '../../shared/i18n/findings'
import { labelsFor } from '../../shared/i18n/labels'
import { COUNTRIES } from '../../shared/reference/countries'
import { englishNeedles, findEnglish } from '../helpers/english-leaks'

const OTHERS = ['fi', 'sv', 'da', 'de', 'fr'] as const

const values = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(values)
      : []

describe('labels and findings in another language', () => {
  it.each(OTHERS)('%s has no English in its export labels or finding messages', (language) => {
    const own = [...values(labelsFor(language)), ...Object.values(FINDINGS[language])].join('\n')
    const needles = englishNeedles(language, [...COUNTRIES.items])
    expect(findEnglish(own, needles, []).map((n) => `${n.text} (${n.source})`)).toEqual([])
  })
})
