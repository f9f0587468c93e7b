/** The organisation selector keeps the organisation being worked on when the user visits workspace-wide pages. */
import { apiOf } from './api'
import { expect, openApp, test } from './fixtures'

test('the selector keeps showing the current organisation on the Organisations, Portfolio and Backups pages', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  const acme = await api('organisations.create', { name: 'Acme Group Oy' })
  const nordic = await api('organisations.create', { name: 'Nordic Bakery Oy' })
  await openApp(page, ropa)
  const selector = page.getByTestId('organisation-switcher')

  // Nothing opened yet: the selector asks for one.
  await expect(selector).toHaveValue('')
  await expect(selector).toHaveAttribute('placeholder', 'Choose an organisation')

  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await expect(selector).toHaveValue('Nordic Bakery Oy')

  for (const link of ['Organisations', 'Portfolio', 'Backups']) {
    await page.getByRole('link', { name: link, exact: true }).click()
    await expect(page.getByRole('heading', { name: link, exact: true })).toBeVisible()
    await expect(selector).toHaveValue('Nordic Bakery Oy')
    // Its pages stay one click away.
    await expect(page.getByRole('link', { name: 'Processing activities' })).toBeVisible()
  }
  // A reload keeps it too.
  await page.reload()
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await expect(selector).toHaveValue('Nordic Bakery Oy')
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await expect(page).toHaveURL(new RegExp(`#/orgs/${nordic.id}/activities$`))

  // Switching from a workspace-wide page opens the other organisation, which then stays current.
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click()
  await selector.click()
  await page.getByRole('option', { name: 'Acme Group Oy' }).click()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click()
  await expect(selector).toHaveValue('Acme Group Oy')

  // Once the current organisation is deleted, the selector no longer names it.
  await api('organisations.delete', { id: acme.id })
  await page.reload()
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await expect(selector).toHaveValue('')
  await expect(page.getByRole('link', { name: 'Processing activities' })).toHaveCount(0)
})
