/**
 * Dates as the interface language writes them (shared/i18n/dates.ts): every screen formats through these, so
 * one screen never mixes styles. Components that call them also call useTranslation(), which re-renders them
 * when the language changes.
 */
import { formatDay, formatMoment } from '../../shared/i18n/dates'
import { uiLanguage } from '../i18n'

/** A moment (ISO timestamp) in the user's time zone: "2 Dec 2027, 21:38", "2.12.2027 klo 21.38". */
export function formatDateTime(iso: string | null | undefined): string {
  return formatMoment(iso, uiLanguage())
}

/** A calendar day (`YYYY-MM-DD`): "2 Dec 2027", "02.12.2027". */
export function formatDate(iso: string | null | undefined): string {
  return formatDay(iso, uiLanguage())
}

/** Today in the user's time zone as `YYYY-MM-DD`: the day reviews fall due and adequacy is judged on. */
export function todayLocal(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A file size in words a user reads: bytes, KB or MB, with the language's decimal sign. */
export function formatSize(bytes: number): string {
  const number = (n: number) =>
    n.toLocaleString(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${number(bytes / 1024)} KB`
      : `${number(bytes / 1024 / 1024)} MB`
}
