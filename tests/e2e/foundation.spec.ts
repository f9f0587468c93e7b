import type { Page } from '@playwright/test'
import { expect, openApp, startRopa, stopRopa, test } from './fixtures'

const headers = (page: Page) => page.getByRole('columnheader').allInnerTexts()
const columnIndex = (names: string[], name: string) => names.findIndex((n) => n.trim() === name)

test('a DPO creates an organisation and an activity with two purposes, edits it, and finds it after a restart', async ({
  page,
  ropa,
}) => {
  await openApp(page, ropa)
  await page.getByRole('button', { name: 'New organisation' }).click()
  await page.getByRole('dialog').getByLabel('Name').fill('Nordic Bakery Oy')
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await expect(page.getByTestId('organisation-switcher')).toHaveValue('Nordic Bakery Oy')

  await page.getByRole('button', { name: 'New activity' }).click()
  await page.getByRole('textbox', { name: 'Reference', exact: true }).fill('PA-01')
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Payroll')
  await page.getByRole('textbox', { name: 'Purpose 1' }).fill('Paying salaries')
  await page.getByRole('combobox', { name: 'Lawful basis (Art. 6)' }).first().click()
  await page.getByRole('option', { name: 'Contract — Art. 6(1)(b)' }).click()
  await page.getByRole('button', { name: 'Add purpose' }).click()
  await page.getByRole('textbox', { name: 'Purpose 2' }).fill('Reporting to the tax authority')
  await page.getByRole('combobox', { name: 'Lawful basis (Art. 6)' }).nth(1).click()
  await page.getByRole('option', { name: 'Legal obligation — Art. 6(1)(c)' }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Activity created')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()

  // Edit: rename and mark active.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Payroll and HR')
  await page.getByRole('combobox', { name: 'Status', exact: true }).click()
  await page.getByRole('option', { name: 'Active' }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Activity saved')).toBeVisible()

  // Restart the server on the same file: the data is still there.
  await stopRopa(ropa)
  const again = await startRopa(ropa.dbPath)
  try {
    await openApp(page, again)
    await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
    // The purpose count is a column the DPO can show.
    await page.getByRole('button', { name: 'Columns' }).click()
    await page.getByRole('menuitem', { name: 'Purposes' }).click()
    await page.keyboard.press('Escape')
    const row = page.getByRole('row', { name: /PA-01/ })
    await expect(row).toContainText('Payroll and HR')
    await expect(row).toContainText('Active')
    await expect(row.getByRole('cell').nth(columnIndex(await headers(page), 'Purposes'))).toHaveText('2')
    await row.click()
    await expect(page.getByRole('textbox', { name: 'Purpose 2' })).toHaveValue(
      'Reporting to the tax authority',
    )
    await expect(page.getByRole('combobox', { name: 'Lawful basis (Art. 6)' }).nth(1)).toHaveValue(
      'Legal obligation — Art. 6(1)(c)',
    )
  } finally {
    await stopRopa(again)
  }
})

test('a request without the token is refused', async ({ request, ropa }) => {
  const anonymous = await request.post(`${ropa.origin}/api/organisations.list`, { data: {} })
  expect(anonymous.status()).toBe(401)
  const signedIn = await request.post(`${ropa.origin}/api/organisations.list`, {
    data: {},
    headers: { Authorization: `Bearer ${ropa.token}` },
  })
  expect(signedIn.status()).toBe(200)
})

test('renaming and deleting an organisation', async ({ page, ropa }) => {
  await openApp(page, ropa)
  for (const name of ['Acme Oy', 'Beta AB']) {
    await page.getByRole('link', { name: 'Organisations' }).click()
    await page.getByRole('button', { name: 'New organisation' }).click()
    await page.getByRole('dialog').getByLabel('Name').fill(name)
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  }
  await page.getByRole('link', { name: 'Organisations' }).click()
  await page.getByRole('button', { name: 'More actions for Acme Oy' }).click()
  await page.getByRole('menuitem', { name: 'Rename' }).click()
  await page.getByRole('dialog').getByLabel('Name').fill('Acme Group Oy')
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('link', { name: 'Acme Group Oy' })).toBeVisible()

  await page.getByRole('button', { name: 'More actions for Beta AB' }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await dialog.getByLabel('Type the organisation’s name to confirm').fill('Beta AB')
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('link', { name: 'Beta AB' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Acme Group Oy' })).toBeVisible()

  // Switching organisations from the navigation.
  await page.getByTestId('organisation-switcher').click()
  await page.getByRole('option', { name: 'Acme Group Oy' }).click()
  await expect(page.getByText('Acme Group Oy').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
})
