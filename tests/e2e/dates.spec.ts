/**
 * A date that is no day of the calendar, typed into a date field (here an activity's next review, the same
 * field as every date in the app), is an error at the field: it is not saved, and it never becomes 2 March.
 */
import { apiOf } from './api'
import { seedRichWorkspace } from './checks-helpers'
import { expect, openApp, test } from './fixtures'

test('30 February is an error at the field and is not saved; 29 February of a leap year is saved', async ({
  page,
  ropa,
  request,
}) => {
  test.slow() // three rounds of typing, saving and reading back
  const api = apiOf(request, ropa)
  const { organisationId, idOf } = await seedRichWorkspace(api)
  const before = (await api('activities.get', { id: idOf('PA-02') })).nextReviewDue
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/${idOf('PA-02')}?field=nextReviewDue`)
  const date = page.locator('[data-path="nextReviewDue"]')
  await expect(date).toBeInViewport()

  await date.fill('2026-02-30')
  await date.press('Tab')
  await expect(page.getByText('There is no 2026-02-30: that month has 28 days.')).toBeVisible()
  await expect(date).toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await page.screenshot({ path: test.info().outputPath('impossible-date.png'), fullPage: false })
  await expect(page.getByText('Activity saved')).toHaveCount(0)
  // The review check does not read the impossible day as the 2 March it rolls over to.
  await expect(page.getByText(/was due on 2 Mar 2026/)).toHaveCount(0)
  expect((await api('activities.get', { id: idOf('PA-02') })).nextReviewDue).toBe(before)

  // Day first, as people type it, is read the same way.
  await date.fill('31.4.2027')
  await date.press('Tab')
  await expect(page.getByText('There is no 31.4.2027: that month has 30 days.')).toBeVisible()

  await date.fill('29.2.2028')
  await date.press('Tab')
  await expect(page.getByText(/: that month has \d+ days/)).toHaveCount(0)
  await expect(date).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect
    .poll(async () => (await api('activities.get', { id: idOf('PA-02') })).nextReviewDue, { timeout: 30_000 })
    .toBe('2028-02-29')

  // A saved day shown as the language writes it ("29 Feb 2028") is left alone when the user passes through the field.
  await date.focus()
  await date.press('Tab')
  await expect(date).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText(/is not a date\. Write it as|: that month has \d+ days/)).toHaveCount(0)
  await expect(date).toHaveValue('29 Feb 2028')
})

test('a day that does not exist typed where the page drops it (the register as of a date) stays an error at the field', async ({
  page,
  ropa,
  request,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await seedRichWorkspace(api)
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/history/as-of`)
  const date = page.getByRole('textbox', { name: 'Date' })
  await date.fill('31.4.2027')
  await date.press('Tab')
  await expect(page.getByText('There is no 31.4.2027: that month has 30 days.')).toBeVisible()
  await expect(date).toHaveAttribute('aria-invalid', 'true')
  // Nothing is asked of the API for a day that does not exist: no error but the field's own.
  await expect(page.getByText('Choose a date to see the register as it stood then.')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('impossible-date-as-of.png'), fullPage: false })
})
