/**
 * Importing a spreadsheet in the real UI: upload an ICO-style workbook, change one mapping, see the preview
 * change, confirm, and find the activities in the register.
 */
import { icoSheet, workbookBytes } from '../fixtures/spreadsheets'
import { expect, openApp, test } from './fixtures'

const SHOTS = process.env.ROPA_SCREENSHOTS

test('an ICO-style workbook: mapping changed, preview follows, confirmed, activities in the register', async ({
  page,
  ropa,
}) => {
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Import a spreadsheet…' }).click()
  await expect(page.getByRole('heading', { name: 'Import a register' })).toBeVisible()

  await page.locator('input[type="file"]').setInputFiles({
    name: 'acme-ropa.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbookBytes({ 'Controller details and ROPA': icoSheet() }),
  })
  await expect(page.getByTestId('import-layout')).toHaveText('The ICO documentation template')
  await expect(page.getByRole('textbox', { name: 'Organisation', exact: true })).toHaveValue(
    'Acme Widgets Ltd',
  )

  const preview = page.getByRole('table', { name: 'Preview' })
  await expect(preview.getByRole('row')).toHaveCount(4)
  await expect(preview.getByRole('row').nth(1)).toContainText('Payroll')
  await expect(preview.getByRole('row').nth(1)).toContainText('Legal obligation')
  await expect(preview.getByRole('row').nth(1)).toContainText(
    'United States of America — Standard contractual clauses (2021/914)',
  )

  const problems = page.getByRole('table', { name: /Cells that cannot be read/ })
  await expect(problems).toContainText('“Narnia” is not a country ROPA knows')
  await expect(problems).toContainText('Controller details and ROPA H12')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-suggested.png`, fullPage: true })

  // The business function becomes the activity's name: the preview follows.
  await page.getByRole('combobox', { name: 'Register field for “Business function”' }).click()
  await page.getByRole('option', { name: 'Processing activity', exact: true }).click()
  await expect(preview.getByRole('row').nth(1).getByRole('cell').nth(2)).toContainText('HR')
  await expect(
    page.getByRole('table', { name: 'Columns' }).getByRole('row', { name: /Business function/ }),
  ).toContainText('Chosen')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-changed.png`, fullPage: true })

  await page.getByRole('button', { name: 'Import 3 activities' }).click()
  await expect(page).toHaveURL(/#\/orgs\/[^/]+\/activities$/)
  const table = page.getByRole('table').first()
  for (const name of ['HR', 'Marketing', 'Sales']) await expect(table).toContainText(name)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-done.png`, fullPage: true })
})

test('a mapping saved for one file is reused for the next one', async ({ page, ropa }) => {
  const upload = async (name: string) =>
    page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'application/octet-stream',
      buffer: await workbookBytes({ Register: icoSheet().slice(8) }),
    })
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Import a spreadsheet…' }).click()
  await upload('client-a.xlsx')
  await page.getByRole('combobox', { name: 'Register field for “Business function”' }).click()
  await page.getByRole('option', { name: 'Processing activity', exact: true }).click()
  await page.getByRole('textbox', { name: 'Save this mapping as' }).fill('ICO, function as name')
  await page.getByRole('button', { name: 'Save mapping' }).click()
  await expect(page.getByText('Mapping “ICO, function as name” saved')).toBeVisible()

  await page.getByRole('button', { name: 'Choose another file' }).click()
  await upload('client-b.xlsx')
  const preview = page.getByRole('table', { name: 'Preview' })
  await expect(preview.getByRole('row').nth(1).getByRole('cell').nth(2)).toContainText('Payroll')
  await page.getByRole('combobox', { name: 'Use a saved mapping' }).click()
  await page.getByRole('option', { name: 'ICO, function as name' }).click()
  await expect(preview.getByRole('row').nth(1).getByRole('cell').nth(2)).toContainText('HR')
})

test('a file that is not a workbook gets a clear error and nothing is imported', async ({ page, ropa }) => {
  await openApp(page, ropa)
  await page.goto(`${ropa.url.split('#')[0]}#/import`)
  await page.locator('input[type="file"]').setInputFiles({
    name: 'register.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('not a workbook at all'),
  })
  await expect(page.getByRole('alert')).toContainText('“register.xlsx” is not an Excel workbook (.xlsx)')
  await expect(page.getByRole('button', { name: /^Import \d+ activities$/ })).toHaveCount(0)
})
