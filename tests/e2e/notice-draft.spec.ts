/**
 * Drafting a register from a privacy notice in the real UI: upload a web-page notice, see the evidence of a
 * proposal highlighted in the notice, reject a vendor, rename an activity, change a lawful basis, save as a new
 * organisation, and find the result in the register; then add another notice's activities to it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { apiOf } from './api'
import { expect, openApp, test } from './fixtures'

const SHOTS = process.env.ROPA_SCREENSHOTS
const NOTICES = path.resolve(import.meta.dirname, '../fixtures/notices')

test('a notice read, reviewed against its evidence, and saved as a new organisation; a second notice merged into it', async ({
  page,
  ropa,
  request,
}) => {
  const api = apiOf(request, ropa)
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Draft from a privacy notice…' }).click()
  await expect(page.getByRole('heading', { name: 'Draft a register from a privacy notice' })).toBeVisible()

  await page.locator('input[type="file"]').setInputFiles(path.join(NOTICES, 'tuned', 'en-tulip-shop.html'))
  await page.getByRole('button', { name: 'Read the notice' }).click()
  await expect(page.getByText('Read as English')).toBeVisible()

  // The notice as text, without its markup or scripts; the proposed activities are the table's rows.
  const notice = page.getByLabel('The notice', { exact: true })
  await expect(notice).toContainText('Adyen N.V. processes payments.')
  await expect(notice).not.toContainText('dataLayer')
  const names = page.getByRole('textbox', { name: 'Name of the activity' })
  await expect(names).toHaveCount(5)
  await expect(names.nth(1)).toHaveValue('Payment')
  await expect(page.getByRole('textbox', { name: 'Organisation' })).toHaveValue('Tulip Threads B.V.')

  // The evidence of a proposal is marked in the notice.
  await page.getByRole('button', { name: 'Show where the notice says this: Adyen' }).click()
  await expect(page.locator('mark[data-evidence="chosen"]')).toHaveText('Adyen N.V. processes payments.')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notice-evidence.png`, fullPage: true })

  // Reject a vendor, rename an activity, change a basis.
  await page.getByRole('checkbox', { name: 'Keep “Klaviyo”' }).uncheck()
  await names.nth(1).fill('Card payments')
  await page.getByRole('combobox', { name: 'Change “Website statistics”' }).click()
  await page.getByRole('option', { name: /^Consent/ }).click()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notice-reviewed.png`, fullPage: true })

  await page.getByRole('button', { name: 'Save the register with 5 activities' }).click()
  await expect(page).toHaveURL(/#\/orgs\/[^/]+\/activities$/)
  await expect(page.getByRole('table').first()).toContainText('Card payments')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notice-saved.png`, fullPage: true })

  const [org] = await api('organisations.list', {})
  expect(org).toMatchObject({ name: 'Tulip Threads B.V.', country: 'NL', activityCount: 5 })
  const register = await api('register.export', { organisationId: org.id })
  expect(register.parties.map((p) => p.name)).not.toContain('Klaviyo')
  expect(register.parties.map((p) => p.name)).toEqual(expect.arrayContaining(['Adyen', 'Shopify', 'PostNL']))
  const statistics = register.activities.find((a) => a.name === 'Website statistics')
  expect(statistics?.purposes.map((p) => p.legalBasis)).toEqual(['6_1_a'])
  expect(register.activities.every((a) => a.status === 'draft')).toBe(true)

  // A second notice (pasted) added to the same organisation: its entries of the same name are reused.
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Draft from a privacy notice…' }).click()
  await page
    .getByRole('textbox', { name: 'Or paste the notice’s text' })
    .fill(fs.readFileSync(path.join(NOTICES, 'tuned', 'en-northwind-saas.md'), 'utf8'))
  await page.getByRole('button', { name: 'Read the notice' }).click()
  await page.getByRole('radio', { name: 'Activities added to an existing organisation' }).check()
  await page.getByRole('combobox', { name: 'Organisation to add them to' }).click()
  await page.getByRole('option', { name: 'Tulip Threads B.V.' }).click()
  await page.getByRole('button', { name: /^Save the register with 3 activities$/ }).click()
  await expect(page).toHaveURL(new RegExp(`#/orgs/${org.id}/activities$`))
  const [merged] = await api('organisations.list', {})
  expect(merged.activityCount).toBe(8)
})
