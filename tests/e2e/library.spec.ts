/**
 * The library as a DPO uses it: a ten-activity register made with the new-organisation wizard, with the clicks
 * and key presses it took counted (README "Measures"); then the library screens. Screenshots go to
 * test-results/screenshots/library/ for a person to look at.
 */
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'
import { countInputs, inputCounts, resetInputCounts } from './input-counter'
import { screenshot } from './screenshots'
import { api } from './ui'

/** Types as a person does, one key press per character (counted), unlike `fill`. */
async function type(page: Page, label: string, text: string) {
  const box = page.getByRole('textbox', { name: label, exact: true })
  await box.click()
  await box.pressSequentially(text, { delay: 40 })
}

test('a DPO makes a ten-activity register with the wizard; the clicks and key presses are counted', async ({ page, ropa, request }) => {
  test.setTimeout(240_000)
  await countInputs(page)
  await openApp(page, ropa)
  await resetInputCounts(page)

  await page.getByRole('link', { name: 'New organisation in a minute' }).click()
  const wizard = page.getByTestId('new-organisation-wizard')
  await type(page, 'Name', 'Nordic Bakery Oy')
  const country = wizard.getByRole('combobox', { name: 'Country of its main establishment' })
  await country.click()
  await country.pressSequentially('finl', { delay: 40 })
  await page.getByRole('option', { name: 'Finland (FI)' }).click()
  await expect(page.getByTestId('wizard-derived')).toContainText('Export language: Finnish')
  await type(page, 'Number of employees', '8')
  await wizard.getByRole('combobox', { name: 'Sector' }).click()
  await page.getByRole('option', { name: 'Other' }).click()

  // Thirteen templates are suggested for a small company of another sector; this one has no website form,
  // keeps no supplier register and no separate security log of its own.
  await expect(page.getByTestId('chosen-count')).toHaveText('13 activities chosen')
  for (const name of ['Website contact form', 'Supplier management', 'Logging and security monitoring']) {
    await wizard.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click()
  }
  await expect(page.getByTestId('chosen-count')).toHaveText('10 activities chosen')

  const vendors = wizard.getByRole('combobox', { name: 'Vendors the organisation uses' })
  await vendors.click()
  await vendors.pressSequentially('micro', { delay: 40 })
  await page.getByRole('option', { name: /^Microsoft 365/ }).click()
  await vendors.pressSequentially('netvi', { delay: 40 })
  await page.getByRole('option', { name: /^Netvisor/ }).click()
  await screenshot(page, 'library', 'wizard-en')
  await wizard.getByRole('button', { name: 'Create the organisation' }).click()

  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await expect(page.getByText('Nordic Bakery Oy created with 10 activities')).toBeVisible()
  const counts = await inputCounts(page)
  console.log(`wizard, ten activities: ${counts.clicks} clicks, ${counts.keystrokes} keystrokes`)

  // What was made: the organisation with Finland's authority and Finnish exports, ten activities in Finnish,
  // the two vendors as parties, and no error finding on any activity.
  const [org] = await api(request, ropa, 'organisations.list', {})
  const profile = await api(request, ropa, 'organisations.get', { id: org.id })
  expect(profile).toMatchObject({ name: 'Nordic Bakery Oy', country: 'FI', employeeCount: 8, supervisoryAuthority: 'FI', language: 'fi' })
  const activities = await api(request, ropa, 'activities.list', { organisationId: org.id })
  expect(activities.map((a) => a.name)).toContain('Palkanlaskenta')
  expect(activities).toHaveLength(10)
  const parties = await api(request, ropa, 'parties.list', { organisationId: org.id })
  expect(parties.map((p) => p.name).sort()).toEqual(['Microsoft 365 (Microsoft Ireland Operations Limited)', 'Netvisor (Visma Solutions Oy)'])
  const checks = await api(request, ropa, 'checks.organisation', { organisationId: org.id })
  expect(checks.findings.filter((f) => f.severity === 'error' && f.activityReference !== null)).toEqual([])
})
