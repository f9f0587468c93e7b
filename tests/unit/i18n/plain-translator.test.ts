import { describe, expect, it } from 'vitest'
import { createI18n, plainTranslator, resources } from '../../../shared/i18n'
import { LANGUAGES } from '../../../shared/schemas/codes'

/** Every key of a resource tree whose value is a text. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix]
  if (tree === null || typeof tree !== 'object') return []
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('plainTranslator', () => {
  it.each(LANGUAGES)(
    'gives exactly what i18next gives for every text in %s, with values, without them and with null',
    (lang) => {
      const fast = plainTranslator(lang)
      const t = createI18n(lang).t as unknown as (key: string, params?: Record<string, unknown>) => string
      const all = [...new Set([...keys(resources.en.translation), ...keys(resources[lang].translation)])]
      expect(all.length).toBeGreaterThan(400)
      for (const key of all) {
        const names = [...(t(key) ?? '').matchAll(/\{\{\s*-?\s*(\w+)\s*\}\}/g)].map((m) => m[1])
        const params = Object.fromEntries(names.map((name, i) => [name, i % 2 === 0 ? `«${name}»` : i]))
        expect(fast(key), key).toBe(t(key))
        expect(fast(key, params), key).toBe(t(key, params))
        expect(fast(key, Object.fromEntries(names.map((name) => [name, null]))), key).toBe(
          t(key, Object.fromEntries(names.map((name) => [name, null]))),
        )
        expect(fast(key, { count: 2, ...params }), key).toBe(t(key, { count: 2, ...params }))
      }
      expect(fast('no.such.key')).toBe(t('no.such.key'))
      expect(fast('labels', {})).toBe(t('labels', {}))
    },
  )

  it('is one translator per language', () => {
    expect(plainTranslator('de')).toBe(plainTranslator('de'))
    expect(plainTranslator('de')).not.toBe(plainTranslator('fr'))
  })
})
