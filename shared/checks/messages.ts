/** Turns a finding code and its parameters into the message, in English unless a translator is given. */
import { findingsEn } from '../i18n/findings/en'
import type { FindingCode } from './codes'
import type { MessageParams, Translate } from './types'

const PLACEHOLDER = /\{\{\s*-?\s*(\w+)\s*\}\}/g

/** i18next-style `{{name}}` interpolation; an unknown name is left as written. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/** The default translator: the English texts of `findingsEn`, keyed `findings.CODE` like the i18n catalogue. */
export const translateEn: Translate = (key, params) => {
  const code = key.startsWith('findings.') ? key.slice('findings.'.length) : key
  const template = Object.hasOwn(findingsEn, code) ? findingsEn[code as FindingCode] : key
  return interpolate(template, params)
}

export function findingMessage(code: FindingCode, params: MessageParams, t: Translate = translateEn): string {
  return t(`findings.${code}`, params)
}
