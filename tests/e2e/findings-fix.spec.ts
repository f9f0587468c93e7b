/**
 * Issue 4's end-to-end check: a DPO follows a finding from the dashboard to its field, fixes it in the editor,
 * and sees it disappear from the editor, the activities table and the dashboard.
 */
import { apiOf, isoDaysFromToday } from './api'
import { finding, seedRichWorkspace } from './checks-helpers'
import { expect, openApp, test } from './fixtures'

test('a finding fixed in the editor disappears from the editor, the table and the dashboard', async ({
  page,
  ropa,
  request,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId, idOf } = await seedRichWorkspace(api)
  await openApp(page, ropa)

  // The table shows PA-02's findings as a badge; remember how many warnings it has.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  const badge = page.getByRole('row', { name: /PA-02/ }).getByTestId('finding-counts')
  await expect(badge).toHaveAttribute('aria-label', /warning/, { timeout: 30_000 })
  const warningsBefore = Number(/(\d+) warnings?/.exec((await badge.getAttribute('aria-label')) ?? '')?.[1])
  expect(warningsBefore).toBeGreaterThan(0)

  // On the dashboard, the overdue review links to the exact field.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/dashboard`)
  const overdue = finding(page, 'REVIEW_OVERDUE')
  await expect(overdue).toHaveCount(1)
  await overdue.getByRole('link', { name: 'Go to PA-02' }).click()
  const date = page.locator('[data-path="nextReviewDue"]')
  await expect(date).toBeInViewport()
  await expect(date).toHaveAccessibleDescription(/The review of this activity was due on 1 Jun 2025/)

  // Fixing it: the live finding at the field goes at once, and the activity is saved.
  await date.fill(isoDaysFromToday(200))
  await date.press('Tab')
  await expect(date).not.toHaveAccessibleDescription(/was due/)
  const newDate = await date.inputValue()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  // Saved once the server has it (the toast can come and go while a loaded machine refreshes the lists).
  await expect
    .poll(async () => (await api('activities.get', { id: idOf('PA-02') })).nextReviewDue, { timeout: 30_000 })
    .toBe(isoDaysFromToday(200))
  await expect(page.getByText('Activity saved').first()).toBeVisible({ timeout: 30_000 })
  expect(newDate).not.toBe('')

  // The table's badge has one warning fewer.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await expect(badge).toHaveAttribute(
    'aria-label',
    warningsBefore === 1 ? /^(?!.*warning)/ : new RegExp(`${warningsBefore - 1} warnings?`),
    { timeout: 30_000 },
  )

  // The dashboard no longer lists it.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/dashboard`)
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
  await expect(
    finding(page, 'LEGITIMATE_INTEREST_MISSING').or(finding(page, 'DPIA_NOT_COMPLETED')).first(),
  ).toBeVisible()
  await expect(finding(page, 'REVIEW_OVERDUE')).toHaveCount(0)
})
