/** After creating an organisation the user is told the next steps, until the register has an activity or they hide them. */
import { apiOf } from './api'
import { expect, openApp, test } from './fixtures'

test('a new organisation shows its first steps on the activities page and dashboard, until an activity is added', async ({
  page,
  ropa,
}) => {
  await openApp(page, ropa)
  await page.getByRole('button', { name: 'New organisation' }).click()
  await page.getByRole('dialog').getByLabel('Name').fill('Harbour Café Oy')
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()

  const steps = page.getByTestId('first-steps')
  await expect(steps).toContainText('First steps for Harbour Café Oy')
  await expect(steps.getByRole('listitem')).toHaveCount(4)
  await expect(steps).toContainText('Add processing activities from templates')
  await expect(steps).toContainText('parties and vendors you work with from the library')
  await expect(steps).toContainText('contact details')
  await expect(steps).toContainText('check the findings')

  // Each step's button goes where the step is done.
  await steps.getByRole('button', { name: 'Open the profile' }).click()
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused()
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(steps).toBeVisible()
  await expect(steps.getByRole('button', { name: 'Open the dashboard' })).toHaveCount(0)
  await steps.getByRole('button', { name: 'Open the library' }).click()
  await expect(page.getByRole('tab', { name: 'Vendors' })).toBeVisible()
  await page.getByRole('link', { name: 'Processing activities' }).click()

  // The first step adds an activity from a template; then the steps are gone from both pages.
  await steps.getByRole('button', { name: 'Choose a template' }).click()
  const adding = page.getByTestId('add-from-library')
  await adding.getByRole('combobox', { name: 'Template' }).click()
  await page.getByRole('option', { name: 'Payroll', exact: true }).click()
  await adding.getByRole('button', { name: 'Add from library' }).click()
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await expect(page.getByRole('row', { name: /PA-01/ })).toBeVisible()
  await expect(steps).toHaveCount(0)
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByTestId('stat-activities')).toContainText('1')
  await expect(steps).toHaveCount(0)
})

test('hidden first steps stay hidden for that organisation only', async ({ page, request, ropa }) => {
  const api = apiOf(request, ropa)
  const first = await api('organisations.create', { name: 'Acme Oy' })
  const second = await api('organisations.create', { name: 'Beta Oy' })
  await openApp(page, ropa)
  const base = ropa.url.split('#')[0]
  await page.goto(`${base}#/orgs/${first.id}/dashboard`)
  const steps = page.getByTestId('first-steps')
  await expect(steps).toBeVisible()
  await steps.getByRole('button', { name: 'Hide these steps' }).click()
  await expect(steps).toHaveCount(0)
  await page.reload()
  await expect(page.locator('[data-page="dashboard"]')).toBeVisible()
  await expect(steps).toHaveCount(0)
  await page.goto(`${base}#/orgs/${first.id}/activities`)
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await expect(steps).toHaveCount(0)

  await page.goto(`${base}#/orgs/${second.id}/activities`)
  await expect(steps).toContainText('First steps for Beta Oy')
})

test.describe('in Finnish', () => {
  test.use({ locale: 'fi-FI' })
  test('the first steps speak the interface language', async ({ page, request, ropa }) => {
    const org = await apiOf(request, ropa)('organisations.create', { name: 'Satama Oy' })
    await openApp(page, ropa)
    await page.goto(`${ropa.url.split('#')[0]}#/orgs/${org.id}/dashboard`)
    const steps = page.getByTestId('first-steps')
    await expect(steps).toContainText('Ensimmäiset askeleet: Satama Oy')
    await expect(steps.getByRole('button', { name: 'Valitse malli' })).toBeVisible()
    await expect(steps.getByRole('button', { name: 'Piilota nämä askeleet' })).toBeVisible()
  })
})
