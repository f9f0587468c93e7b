/**
 * Two people editing the same activity (a team database, or two windows on one workspace): the second save is
 * refused with who saved and when, the typed text stays until the user reloads, and the reload shows the other
 * person's version. Nothing is overwritten.
 */
import { expect, openApp, test } from './fixtures'
import path from 'node:path'
import { screenshot, SCREENSHOT_DIR } from './screenshots'
import { api, registerDocument, seed } from './ui'

test('the second of two editors to save is told who saved meanwhile, keeps what was typed, and reloads the saved version', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Nordic Bakery Oy', [{ name: 'Payroll' }]),
  )
  const [activity] = await api(request, ropa, 'activities.list', { organisationId })
  const address = `${ropa.origin}/#/orgs/${organisationId}/activities/${activity.id}`

  // Two windows on the same activity.
  await openApp(page, ropa)
  const other = await page.context().newPage()
  await openApp(other, ropa)
  for (const window of [page, other]) {
    await window.goto(address)
    await expect(window.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()
  }
  const name = (window: typeof page) => window.getByRole('textbox', { name: 'Name', exact: true })

  // The other window saves first.
  await name(other).fill('Payroll and salaries')
  await other.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(other.getByText('Activity saved').first()).toBeVisible()

  // This one saves a change made on the version it opened: refused, with who and when, and nothing lost.
  await name(page).fill('Payroll (monthly)')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Someone else saved this activity meanwhile' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(/Changed by .+ at .+ since you opened it/)
  await expect(name(page)).toHaveValue('Payroll (monthly)')
  await screenshot(page, 'edit-conflict', 'refused-save')
  await alert.screenshot({ path: path.join(SCREENSHOT_DIR, 'edit-conflict', 'alert.png') })
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeInViewport({ ratio: 1 })
  const stored = await api(request, ropa, 'activities.get', { id: activity.id })
  expect(stored.name).toBe('Payroll and salaries')

  // Reload: the saved version, and a save from it goes through.
  await alert.getByRole('button', { name: 'Reload' }).click()
  await expect(name(page)).toHaveValue('Payroll and salaries')
  await expect(alert).toBeHidden()
  await name(page).fill('Payroll (monthly)')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Activity saved').first()).toBeVisible()
  expect((await api(request, ropa, 'activities.get', { id: activity.id })).name).toBe('Payroll (monthly)')
})
