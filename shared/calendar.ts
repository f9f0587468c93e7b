/**
 * Which days exist: the one check behind every date the app reads (typed in a date field, sent to the API,
 * found in an imported spreadsheet), so 30 February is refused everywhere instead of becoming 2 March.
 */

/** The number of days in a month (1–12) of a year, leap years counted. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether year, month (1–12) and day name a day of the calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** Whether text is exactly a day of the calendar written `YYYY-MM-DD` (what the register stores). */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return m !== null && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))
}

/**
 * For text that starts like `YYYY-MM-DD` but names no day (`2026-02-30`), how many days that month has; null for
 * a real day or for text that is not written like a date at all.
 */
export function impossibleIsoDay(text: unknown): { year: number; month: number; days: number } | null {
  const m = typeof text === 'string' ? ISO_DAY.exec(text) : null
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (isCalendarDay(year, month, day)) return null
  return month >= 1 && month <= 12
    ? { year, month, days: daysInMonth(year, month) }
    : { year, month, days: 0 }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** Why year, month and day are no day, in English as API and import messages are: “February 2026 has 28 days”. */
export function whyNoSuchDay(year: number, month: number): string {
  return month >= 1 && month <= 12
    ? `${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days`
    : `there is no month ${month}`
}
