/**
 * Text that looks like markup or formulas is only ever text: typed into the UI, saved, shown in the table and
 * the editor again exactly as written, and never run.
 */
import { expect, openApp, test } from './fixtures'
import { api, registerDocument, seed } from './ui'

const MARKUP = '<img src=x onerror="document.title=\'pwned\'">Payroll'
const SCRIPT = '<script>document.title="pwned"</script>'
const FORMULA = '=HYPERLINK("http://evil.example","click me")'

test('markup and formulas typed into the register stay text, exactly as written', async ({
  page,
  ropa,
  request,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const { organisationId } = await seed(request, ropa, registerDocument('Hostile Oy', []))
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/new`)
  await page.getByRole('textbox', { name: 'Reference', exact: true }).fill('PA-01')
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(MARKUP)
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill(FORMULA)
  await page.getByRole('textbox', { name: 'Purpose 1', exact: true }).fill(SCRIPT)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible({ timeout: 30_000 })

  // Stored exactly.
  const [summary] = await api(request, ropa, 'activities.list', { organisationId })
  const stored = await api(request, ropa, 'activities.get', { id: summary.id })
  expect([stored.name, stored.description, stored.purposes[0].description]).toEqual([MARKUP, FORMULA, SCRIPT])

  // Shown as text in the table and the editor after a reload, and nothing ran.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.reload()
  await expect(page.getByRole('row', { name: /PA-01/ })).toContainText(MARKUP)
  await page.getByRole('row', { name: /PA-01/ }).click()
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(MARKUP)
  await expect(page.getByRole('textbox', { name: 'Description', exact: true })).toHaveValue(FORMULA)
  await expect(page.getByRole('textbox', { name: 'Purpose 1', exact: true })).toHaveValue(SCRIPT)
  expect(await page.title()).not.toBe('pwned')
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
})
