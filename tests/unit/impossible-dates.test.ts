/**
 * 30 February at the API: every date the API takes is refused when the day does not exist, with a message that
 * says so and names the field, instead of becoming 2 March (Date.parse) or passing as a string.
 */
import { describe, expect, it } from 'vitest'
import { impossibleIsoDay, isCalendarDay } from '../../shared/calendar'
import { parseDay } from '../../shared/i18n/dates'
import { parseDate } from '../../shared/imports/values'
import { review } from '../../shared/checks/rules/review'
import { isoDateSchema, momentSchema } from '../../shared/schemas/common'
import { richRegister } from '../fixtures/rich-register'
import { openTestWorkspace } from '../helpers/workspace'

describe('days that do not exist', () => {
  it('are told apart from days that do, leap years included', () => {
    expect(isCalendarDay(2028, 2, 29)).toBe(true)
    expect(isCalendarDay(2026, 2, 29)).toBe(false)
    expect(isCalendarDay(2100, 2, 29)).toBe(false)
    expect(isCalendarDay(2000, 2, 29)).toBe(true)
    expect(isCalendarDay(2026, 4, 31)).toBe(false)
    expect(isCalendarDay(2026, 13, 1)).toBe(false)
    expect(impossibleIsoDay('2026-02-30')).toEqual({ year: 2026, month: 2, days: 28 })
    expect(impossibleIsoDay('2026-02-28T10:00')).toBeNull()
    for (const text of ['2026-02-30', '30.2.2026', '31/04/2027']) expect(parseDay(text), text).toBeNull()
    expect(parseDay('29.2.2028')).toBe('2028-02-29')
    expect(parseDate('30.2.2026')).toBeNull()
  })

  it('are not read by the review check as the day they roll over to (the editor checks what is being typed)', () => {
    const check = (nextReviewDue: string) =>
      review({
        activity: { id: 'a', reference: 'PA-01', nextReviewDue },
        today: '2026-06-01',
      } as unknown as Parameters<typeof review>[0])
    expect(check('2026-02-30')).toEqual([])
    expect(check('2026-02-28')).toHaveLength(1)
  })

  it('are refused by the schemas in words', () => {
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues[0].message).toBe(
      'is not a day of the calendar: February 2026 has 28 days',
    )
    expect(isoDateSchema.safeParse('2026-13-01').error?.issues[0].message).toBe(
      'is not a day of the calendar: there is no month 13',
    )
    expect(isoDateSchema.safeParse('30.2.2026').error?.issues[0].message).toBe(
      'must be a date written as YYYY-MM-DD',
    )
    expect(isoDateSchema.safeParse('2028-02-29').success).toBe(true)
    expect(momentSchema.safeParse('2026-02-30').error?.issues[0].message).toBe(
      'is not a day of the calendar: February 2026 has 28 days',
    )
    expect(momentSchema.safeParse('2026-02-31T10:00').success).toBe(false)
    expect(momentSchema.safeParse('2026-02-28T10:00').success).toBe(true)
  })

  it('are refused by the API at the field: review dates, the DPA signing date, the register as of a day', async () => {
    const { client, backend } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const [activity] = await client.call('activities.list', { organisationId })
    const full = await client.call('activities.get', { id: activity.id })
    const {
      id: _id,
      organisationId: _org,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = full as typeof full & Record<string, unknown>
    const update = await backend.dispatch('activities.update', {
      id: activity.id,
      activity: { ...fields, nextReviewDue: '2026-02-30' },
    })
    expect(update).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'activity.nextReviewDue',
            message: 'is not a day of the calendar: February 2026 has 28 days',
          },
        ],
      },
    })
    expect((await client.call('activities.get', { id: activity.id })).nextReviewDue).toBe(full.nextReviewDue)
    const doc = richRegister()
    const parties = doc.parties ?? []
    const party = { ...parties[0], dpaSignedOn: '2026-04-31' }
    const imported = await backend.dispatch('register.import', {
      document: {
        ...doc,
        organisation: { ...doc.organisation, name: 'Other Oy' },
        parties: [party, ...parties.slice(1)],
      },
    })
    expect(imported).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          expect.objectContaining({ message: 'is not a day of the calendar: April 2026 has 30 days' }),
        ],
      },
    })
    const asOf = await backend.dispatch('history.asOf', { organisationId, at: '2026-02-30' })
    expect(asOf).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'at', message: 'is not a day of the calendar: February 2026 has 28 days' }],
      },
    })
  })

  it('are refused in imports, cell by cell, instead of becoming 2 March', async () => {
    const { client } = await openTestWorkspace()
    const csv =
      'Processing activity;Purposes of the processing;Next review\nPayroll;Pay salaries;30.2.2026\nRecruitment;Select applicants;2026-04-31\nMarketing;Newsletter;29.2.2028\n'
    const input = {
      fileName: 'dates.csv',
      content: Buffer.from(csv).toString('base64'),
      organisationName: 'Dates Oy',
    }
    const analysis = await client.call('imports.analyse', input)
    const messages = analysis.problems.map((p) => p.message)
    expect(messages).toContainEqual(
      expect.stringContaining('There is no “30.2.2026”: February 2026 has 28 days.'),
    )
    expect(messages).toContainEqual(
      expect.stringContaining('There is no “2026-04-31”: April 2026 has 30 days.'),
    )
    expect(messages.filter((m) => m.includes('There is no'))).toHaveLength(2)
    const { organisationId } = await client.call('imports.confirm', input)
    const doc = await client.call('register.export', { organisationId })
    const due = Object.fromEntries(doc.activities.map((a) => [a.name, a.nextReviewDue]))
    expect(due).toEqual({ Payroll: null, Recruitment: null, Marketing: '2028-02-29' })
  })
})
