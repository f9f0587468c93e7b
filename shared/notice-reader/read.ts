/**
 * Reading a privacy notice into a proposed register: offline and deterministic (the same text always gives
 * the same proposals). The text is the notice as plain text; files are turned into it in the core.
 */
import type { CountryCode } from '../reference/countries'
import type { Language } from '../schemas/codes'
import { assemble } from './assemble'
import { prepare } from './context'
import { detectLanguage } from './language'
import { libraryVendorFacts } from './library'
import type { VendorFact } from './parties'
import type { NoticeReading } from './schema'

export interface ReadOptions {
  language?: Language | null
  organisationName?: string | null
  country?: CountryCode | null
  /** Vendors to recognise under their names and aliases (default: the vendor library). */
  vendors?: readonly VendorFact[]
}

/** Line ends as "\n" and no-break spaces as spaces, so offsets mean the same everywhere the text is shown. */
export function normaliseNoticeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u00ad/g, '')
}

export function readNotice(raw: string, options: ReadOptions = {}): NoticeReading {
  const text = normaliseNoticeText(raw)
  const language = options.language ?? detectLanguage(text)
  const reading = prepare(text, language)
  const result = assemble(reading, {
    organisationName: options.organisationName?.trim() || null,
    country: options.country ?? null,
    vendors: options.vendors ?? libraryVendorFacts(),
  })
  return { ...result, languageGiven: Boolean(options.language) }
}
