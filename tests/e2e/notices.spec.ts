import mammoth from 'mammoth'
import { gappyRegister } from '../fixtures/notice-registers'
import { expect, openApp, test } from './fixtures'

test('a DPO drafts the privacy notice, sees its gaps beside the preview, follows one to the field, and exports it to Word', async ({
  page,
  request,
  ropa,
}) => {
  const imported = await request.post(`${ropa.origin}/api/register.import`, {
    data: { document: gappyRegister() },
    headers: { Authorization: `Bearer ${ropa.token}` },
  })
  expect(imported.status()).toBe(200)

  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Harbour Books Ltd' }).click()
  await page.getByRole('link', { name: 'Privacy notice' }).click()
  await expect(page.getByRole('heading', { name: 'Privacy notice', level: 2 }).first()).toBeVisible()
  const preview = page.getByLabel('Preview of the notice')
  await expect(preview.getByRole('heading', { name: 'Who is responsible for your data' })).toBeVisible()
  await expect(preview.getByText('Delivering orders', { exact: true }).first()).toBeVisible()
  // The gaps: marked in the preview, listed beside it.
  const gaps = page.getByLabel('Gaps in the register')
  await expect(gaps.getByText('A purpose has no lawful basis.')).toBeVisible()
  await expect(gaps.getByText('The lead supervisory authority is not recorded.')).toBeVisible()
  await expect(preview.locator('[data-gap]').first()).toBeVisible()
  if (process.env.NOTICE_SHOTS) await page.screenshot({ path: `${process.env.NOTICE_SHOTS}/notice-page.png` })

  // One audience, recipients by category, in German.
  await page.getByRole('combobox', { name: 'Audience' }).click()
  await page.getByRole('option', { name: 'Customers' }).click()
  await page.getByText('By category', { exact: true }).click()
  await page.getByRole('combobox', { name: 'Language of the notice' }).click()
  await page.getByRole('option', { name: 'Deutsch' }).click()
  await expect(preview.getByRole('heading', { name: 'Datenschutzhinweise für Customers' })).toBeVisible()
  await expect(preview.getByText('Paying salaries')).toHaveCount(0)
  await expect(preview.getByText('Behörden', { exact: true })).toBeVisible()
  if (process.env.NOTICE_SHOTS)
    await page.screenshot({ path: `${process.env.NOTICE_SHOTS}/notice-page-de.png` })

  // Export to Word: the browser downloads it, the notice is recorded.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export notice' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(
    /^Harbour Books Ltd - Datenschutzhinweise - Customers - \d{4}-\d{2}-\d{2}\.docx$/,
  )
  const text = (await mammoth.extractRawText({ path: await file.path() })).value
  expect(text).toContain('Im Verzeichnis nicht angegeben: die Rechtsgrundlage dieses Zwecks.')
  await page.getByRole('link', { name: 'Exports' }).click()
  await expect(page.getByRole('row', { name: /Datenschutzhinweise/ })).toContainText(
    'Privacy notice: Customers',
  )

  // A gap's link opens the field to fill.
  await page.getByRole('link', { name: 'Privacy notice' }).click()
  await page
    .getByLabel('Gaps in the register')
    .getByRole('link', { name: 'Fix in PA-01 Online shop' })
    .first()
    .click()
  await expect(page).toHaveURL(/\/activities\/.+\?field=/)
})
