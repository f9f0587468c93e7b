/**
 * Translations for the UI, the checks and the exports, through i18next: the interface's texts (./ui), the
 * labels of codes and headings (./labels) and the finding messages (./findings), each in all six languages,
 * so the UI speaks the user's language and exports and checks the authority's.
 */
import i18next, { type i18n, type TFunction } from 'i18next'
import { LANGUAGES, type Language } from '../schemas/codes'
import { en, type Messages } from './en'
import { FINDINGS } from './findings'
import { LABELS } from './labels'
import { UI } from './ui/languages'

export const resources: Record<Language, { translation: Messages }> = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    { translation: { ...UI[lang], labels: LABELS[lang], findings: FINDINGS[lang] } },
  ]),
) as Record<Language, { translation: Messages }>

/** A ready i18next instance for one language (synchronous: the resources are bundled). */
export function createI18n(lang: Language = 'en'): i18n {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

/** A translate function for one language, for code outside React (exports, checks, CLI). */
export function translator(lang: Language = 'en'): TFunction {
  return createI18n(lang).t
}

export { en }
export type { Messages }

/** Options that make i18next do more than look up a text and fill in `{{name}}`: those calls go to i18next. */
const I18NEXT_OPTIONS = new Set([
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'replace',
  'returnObjects',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'ordinal',
  'keyPrefix',
])
const SIMPLE_PLACEHOLDER = /\{\{\s*-?\s*(\w+)\s*\}\}/g

/** A text cut at its `{{name}}` placeholders: texts[0], name 0, texts[1], … (`placeholders` as written). */
interface Template {
  texts: string[]
  names: string[]
  placeholders: string[]
  /** Whether the key has plural forms, which a `count` value selects in i18next. */
  plural: boolean
}

function fill(template: Template, params: Record<string, unknown>): string {
  let out = template.texts[0]
  for (let i = 0; i < template.names.length; i++) {
    const value = Object.hasOwn(params, template.names[i]) ? params[template.names[i]] : undefined
    out +=
      (value === undefined ? template.placeholders[i] : value === null ? '' : String(value)) +
      template.texts[i + 1]
  }
  return out
}

function usesI18nextOptions(params: Record<string, unknown>, plural: boolean): boolean {
  for (const key in params) if (I18NEXT_OPTIONS.has(key) || (plural && key === 'count')) return true
  return false
}

const plainTranslators = new Map<Language, (key: string, params?: Record<string, unknown>) => string>()

/**
 * A translate function over plain string keys, for keys built at run time (finding codes, code labels). One per
 * language, kept: the checks of a 20,000-activity workspace translate about 100,000 findings, and i18next's
 * `t` costs several times the checks themselves. So a text whose only feature is `{{name}}` placeholders is
 * looked up once, cut at its placeholders and filled in here exactly as i18next would (a missing value stays
 * as written, null is empty); anything else (plurals, nesting, formats, options) still goes through i18next.
 */
export function plainTranslator(
  lang: Language = 'en',
): (key: string, params?: Record<string, unknown>) => string {
  let translate = plainTranslators.get(lang)
  if (translate) return translate
  const instance = createI18n(lang)
  const t = instance.t as unknown as (key: string, params?: Record<string, unknown>) => string
  const lookup = (key: string) => {
    for (const lng of lang === 'en' ? ['en'] : [lang, 'en']) {
      const found: unknown = instance.getResource(lng, 'translation', key)
      if (found !== undefined) return found
    }
    return undefined
  }
  const compile = (key: string): Template | null => {
    const text = lookup(key)
    if (
      typeof text !== 'string' ||
      text.includes('$t(') ||
      text.replace(SIMPLE_PLACEHOLDER, '').includes('{{')
    )
      return null
    const template: Template = { texts: [], names: [], placeholders: [], plural: false }
    let at = 0
    for (const match of text.matchAll(SIMPLE_PLACEHOLDER)) {
      template.texts.push(text.slice(at, match.index))
      template.names.push(match[1])
      template.placeholders.push(match[0])
      at = match.index + match[0].length
    }
    template.texts.push(text.slice(at))
    template.plural = ['zero', 'one', 'two', 'few', 'many', 'other'].some(
      (form) => lookup(`${key}_${form}`) !== undefined,
    )
    return template
  }
  const templates = new Map<string, Template | null>()
  translate = (key, params) => {
    let template = templates.get(key)
    if (template === undefined) templates.set(key, (template = compile(key)))
    if (template === null || (params && usesI18nextOptions(params, template.plural))) return t(key, params)
    return params
      ? fill(template, params)
      : template.names.length === 0
        ? template.texts[0]
        : fill(template, {})
  }
  plainTranslators.set(lang, translate)
  return translate
}
