/**
 * The pickers as a DPO types into them: countries found by code, name or everyday alias with the one meant
 * first, Enter taking the only (or best) match, and leaving a field keeping what was typed.
 */
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'
import { registerDocument, seed } from './ui'

async function openNewParty(page: Page) {
  await page.getByRole('link', { name: 'Catalogues' }).click()
  await page.getByRole('button', { name: 'New party' }).click()
  return page.getByTestId('catalogue-entry-dialog')
}

test('a country is found by code, name or alias, the one meant first, and Enter takes it', async ({
  page,
  request,
  ropa,
}) => {
  await seed(request, ropa, registerDocument('Nordic Bakery Oy', [{}]))
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  const dialog = await openNewParty(page)
  const country = dialog.getByRole('combobox', { name: 'Country' })

  for (const typed of ['United States', 'US', 'USA']) {
    await country.fill(typed)
    await expect(page.getByRole('option').first(), typed).toHaveText(/^United States of America \(US\)/)
  }
  await country.press('Enter')
  await expect(country).toHaveValue('United States of America (US)')

  await country.fill('Holland')
  await expect(page.getByRole('option').first()).toHaveText(/^Netherlands/)
  await country.press('Enter')
  await expect(country).toHaveValue(/^Netherlands.* \(NL\)$/)

  // Leaving with exactly one match takes it; with several, the typed text stays for the user to finish.
  await country.fill('Swed')
  await country.press('Tab')
  await expect(country).toHaveValue('Sweden (SE)')
  await country.fill('United')
  await country.press('Tab')
  await expect(country).toHaveValue('United')
})

test('Enter takes the only match in a catalogue picker, and leaving a field keeps the typed text', async ({
  page,
  request,
  ropa,
}) => {
  await seed(request, ropa, registerDocument('Nordic Bakery Oy', [{}]))
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await page.getByRole('button', { name: 'New activity' }).click()

  const subjects = page.getByRole('combobox', { name: 'Categories of data subjects', exact: true })
  await subjects.fill('Empl')
  await subjects.press('Enter')
  await expect(page.getByText('Employees', { exact: true }).first()).toBeVisible()
  await expect(subjects).toHaveValue('')

  const data = page.getByRole('combobox', { name: 'Categories of personal data', exact: true })
  await data.fill('Contac')
  await page.getByRole('textbox', { name: 'Name', exact: true }).click()
  await expect(data).toHaveValue('Contac')
  await data.click()
  await data.press('Enter')
  await expect(page.getByText('Contact details', { exact: true }).first()).toBeVisible()
})

test.describe('in Finnish', () => {
  test.use({ locale: 'fi-FI' })
  test('countries are searched by their Finnish names and aliases', async ({ page, request, ropa }) => {
    await seed(request, ropa, registerDocument('Nordic Bakery Oy', [{}]))
    await openApp(page, ropa)
    await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
    await page.getByRole('link', { name: 'Luettelot' }).click()
    await page.getByRole('button', { name: 'Uusi osapuoli' }).click()
    const country = page.getByTestId('catalogue-entry-dialog').getByRole('combobox', { name: 'Maa' })
    await country.fill('Amerikka')
    await expect(page.getByRole('option').first()).toHaveText(/^Yhdysvallat \(US\)/)
    await country.fill('Hollanti')
    await country.press('Enter')
    await expect(country).toHaveValue('Alankomaat (NL)')
  })
})
