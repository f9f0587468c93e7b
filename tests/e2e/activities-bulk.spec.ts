/**
 * Starting points from the activities table: a register typed in as drafts is made active in one step, and a
 * review is recorded for several activities at once; the dashboard says while the whole register is a draft.
 */
import { expect, openApp, test } from './fixtures'
import { api, registerDocument, seed } from './ui'

const SHOTS = process.env.ROPA_SCREENSHOTS

test('the dashboard notes an all-draft register; the table makes drafts active and records reviews in one step', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Drafts Oy', [
      { name: 'Payroll', status: 'draft' },
      { name: 'Recruitment', status: 'draft' },
      { name: 'Newsletter', status: 'draft' },
    ]),
  )
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}`)
  const note = page.getByTestId('draft-register')
  await expect(note).toContainText('The whole register is still a draft')
  await expect(note).toContainText('All 3 activities are drafts.')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/dashboard-draft-register.png` })
  await note.getByRole('link', { name: 'Go to the activities' }).click()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()

  await page.getByRole('checkbox', { name: 'Select all shown activities' }).check()
  await page.getByRole('button', { name: 'Set status' }).click()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/activities-bulk-status.png` })
  await page.getByRole('menuitem', { name: 'Active' }).click()
  await expect(page.getByText('3 activities are now “Active”')).toBeVisible()
  await expect(page.getByText('3 activities selected')).toHaveCount(0)
  for (const name of ['Payroll', 'Recruitment', 'Newsletter'])
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Active')

  // A review of two of them, dated today with the next one a year on (the proposal), changed to a set day.
  await page.getByRole('checkbox', { name: 'Select PA-01' }).check()
  await page.getByRole('checkbox', { name: 'Select PA-03' }).check()
  await page.getByRole('button', { name: 'Record review…' }).click()
  const dialog = page.getByTestId('review-dialog')
  await expect(dialog).toContainText('Record a review of 2 activities')
  await dialog.getByRole('textbox', { name: 'Next review due' }).fill('2030-06-30')
  await dialog.getByRole('textbox', { name: 'Next review due' }).press('Tab')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/activities-bulk-review.png` })
  await dialog.getByRole('button', { name: 'Record review' }).click()
  await expect(page.getByText('Review recorded for 2 activities')).toBeVisible()
  const list = await api(request, ropa, 'activities.list', { organisationId })
  const reviewed = await Promise.all(list.map((a) => api(request, ropa, 'activities.get', { id: a.id })))
  expect(reviewed.map((a) => [a.reference, a.nextReviewDue, a.lastReviewedOn !== null])).toEqual([
    ['PA-01', '2030-06-30', true],
    ['PA-02', null, false],
    ['PA-03', '2030-06-30', true],
  ])

  // Active now: the dashboard no longer calls the register a draft.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}`)
  await expect(page.getByTestId('stat-activities')).toContainText('3')
  await expect(page.getByTestId('draft-register')).toHaveCount(0)
})
