/**
 * Dates and times as each language writes them, for every screen (and any export that wants it): one place, so
 * a screen never mixes "Dec 2, 2027", "9:38 PM", "2 December 2026" and ISO. The register itself stores ISO
 * (`YYYY-MM-DD`, timestamps in UTC); these only turn them into text and read typed dates back.
 */
import { isCalendarDay } from '../calendar'
import type { Language } from '../schemas/codes'

/** The locale each language's dates follow: English as written in the EU (day first, 24-hour clock). */
export const DATE_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  fi: 'fi-FI',
  sv: 'sv-SE',
  da: 'da-DK',
  de: 'de-DE',
  fr: 'fr-FR',
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function format(lang: Language, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const id = `${lang}:${key}`
  let found = dateFormats.get(id)
  if (!found) dateFormats.set(id, (found = new Intl.DateTimeFormat(DATE_LOCALES[lang], options)))
  return found
}

/**
 * A calendar day (`YYYY-MM-DD`, or the day part of a timestamp) as the language writes it: "2 Dec 2027",
 * "2.12.2027", "02.12.2027". Read as the day itself, never shifted by the time zone. Text that is not a date
 * comes back as it is.
 */
export function formatDay(iso: string | null | undefined, lang: Language): string {
  if (!iso) return ''
  const match = ISO_DAY.exec(iso)
  if (!match) return iso
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return Number.isNaN(date.getTime())
    ? iso
    : format(lang, { dateStyle: 'medium', timeZone: 'UTC' }, 'day').format(date)
}

/** A moment (ISO timestamp) as the language writes it, in the user's time zone: "2 Dec 2027, 21:38". */
export function formatMoment(iso: string | null | undefined, lang: Language): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : format(lang, { dateStyle: 'medium', timeStyle: 'short' }, 'moment').format(date)
}

/**
 * A date typed by the user, as `YYYY-MM-DD`, or null when it is not one: ISO as stored, or day first with dots,
 * slashes or dashes ("2.12.2027", "02/12/2027", "2-12-2027"), as all six languages write dates by hand.
 */
export function parseDay(text: string): string | null {
  const typed = typedDay(text)
  if (!typed || !isCalendarDay(typed.year, typed.month, typed.day)) return null
  return `${typed.year}-${String(typed.month).padStart(2, '0')}-${String(typed.day).padStart(2, '0')}`
}

/** The year, month and day a typed date is written with, whether or not that day exists; null when it is not written like a date. */
export function typedDay(text: string): { year: number; month: number; day: number } | null {
  const typed = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed)
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$/.exec(typed)
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : []
  return year === undefined ? null : { year: Number(year), month: Number(month), day: Number(day) }
}

/**
 * A calendar day with the month written out, as exports print it ("5 January 2026", "5. tammikuuta 2026",
 * "5 januari 2026", "5. januar 2026", "5. Januar 2026", "5 janvier 2026"): a document sent to an authority in
 * another country reads the same whatever the reader's own day/month order. Text that is not a real day (such
 * as 2026-02-30) comes back as it is.
 */
export function formatDayLong(iso: string | null | undefined, lang: Language): string {
  if (!iso) return ''
  const key = lang + iso
  let text = longDays.get(key)
  if (text === undefined) {
    text = longDay(iso, lang)
    if (longDays.size >= LONG_DAYS_KEPT) longDays.clear()
    longDays.set(key, text)
  }
  return text
}

/** Days already written out, by language and day: an export writes the same review dates thousands of times. */
const longDays = new Map<string, string>()
const LONG_DAYS_KEPT = 10_000

function longDay(iso: string, lang: Language): string {
  const match = ISO_DAY.exec(iso)
  if (!match || (iso.length > 10 && iso[10] !== 'T')) return iso
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: the latter reads years below 100 as 19xx.
  date.setUTCFullYear(year, month - 1, day)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso
  return format(lang, { dateStyle: 'long', timeZone: 'UTC' }, 'long day').format(date)
}
