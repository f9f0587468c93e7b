import { describe, expect, it } from 'vitest'
import { formatDayLong } from '../../../shared/i18n/dates'

describe('dates in the export language', () => {
  it.each([
    ['en', '5 January 2026'],
    ['fi', '5. tammikuuta 2026'],
    ['sv', '5 januari 2026'],
    ['da', '5. januar 2026'],
    ['de', '5. Januar 2026'],
    ['fr', '5 janvier 2026'],
  ] as const)('writes a day as %s does', (lang, expected) => {
    expect(formatDayLong('2026-01-05', lang)).toBe(expected)
    // The day of a timestamp is its calendar day as written, whatever the time zone of the machine.
    expect(formatDayLong('2026-01-05T23:30:00.000Z', lang)).toBe(expected)
  })

  it('leaves text that is not a day as it is', () => {
    expect(formatDayLong('2026-02-30', 'de')).toBe('2026-02-30')
    expect(formatDayLong('soon', 'fr')).toBe('soon')
    expect(formatDayLong('2026-01-05 and more', 'en')).toBe('2026-01-05 and more')
    expect(formatDayLong('0099-12-31', 'en')).toBe('31 December 99')
  })
})
