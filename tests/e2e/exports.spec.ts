import ExcelJS from 'exceljs'
import { richRegister } from '../fixtures/rich-register'
import { expect, openApp, test } from './fixtures'

test('a DPO exports the register as a German workbook, downloads it, and finds the export recorded', async ({
  page,
  request,
  ropa,
}) => {
  const imported = await request.post(`${ropa.origin}/api/register.import`, {
    data: { document: richRegister() },
    headers: { Authorization: `Bearer ${ropa.token}` },
  })
  expect(imported.status()).toBe(200)

  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await page.getByRole('link', { name: 'Exports' }).click()
  await expect(page.getByRole('heading', { name: 'Exports' })).toBeVisible()
  await expect(page.getByText('Nothing exported yet.')).toBeVisible()

  await page.getByRole('button', { name: 'New export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the register' })
  await expect(dialog.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Language of the export' })).toHaveValue('Suomi')
  await dialog.getByRole('combobox', { name: 'Language of the export' }).click()
  await page.getByRole('option', { name: 'Deutsch' }).click()
  await dialog.getByRole('checkbox', { name: 'Findings of the checks' }).uncheck()

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(
    /^Nordic Bakery Oy - Verzeichnis von Verarbeitungstätigkeiten - \d{4}-\d{2}-\d{2}\.xlsx$/,
  )
  await expect(dialog.getByText('Export finished and recorded')).toBeVisible()

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await file.path())
  const visible = workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)
  expect(visible).toEqual([
    'Deckblatt',
    'Verantwortlicher',
    'Auftragsverarbeiter',
    'Beteiligte Stellen',
    'Drittlandübermittlungen',
    'Sicherheitsmaßnahmen (TOM)',
  ])
  // Without the findings the workbook still holds the whole register, so it carries it for import.
  expect(workbook.getWorksheet('ROPA data')?.state).toBe('hidden')
  expect(workbook.getWorksheet('Verantwortlicher')!.getCell('A2').value).toBe('PA-01')

  await dialog.getByRole('button', { name: 'Close' }).click()
  const row = page.getByRole('row', { name: /Verzeichnis von Verarbeitungstätigkeiten/ })
  await expect(row).toContainText('Excel (.xlsx)')
  await expect(row).toContainText('Deutsch')
  await expect(row).toContainText('3')
})

test('a cancelled export leaves nothing recorded', async ({ page, request, ropa }) => {
  await request.post(`${ropa.origin}/api/register.import`, {
    data: { document: richRegister() },
    headers: { Authorization: `Bearer ${ropa.token}` },
  })
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await page.getByRole('link', { name: 'Exports' }).click()
  await page.getByRole('button', { name: 'New export' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the register' })
  await dialog.getByRole('radio', { name: 'PDF' }).check()
  // Cancel through the API the moment the job exists, as the Cancel button does: deterministic however fast the export is.
  const started = page.waitForResponse((r) => r.url().endsWith('/api/exports.start'))
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const job = (await (await started).json()).value
  // The page's own fetch (its token, its connection), as the Cancel button would send it.
  const state = await page.evaluate(
    async ({ jobId, token }) => {
      const response = await fetch('/api/exports.cancel', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ jobId }),
      })
      return ((await response.json()) as { value: { state: string } }).value.state
    },
    { jobId: job.jobId as string, token: ropa.token },
  )
  if (state === 'cancelled')
    await expect(dialog.getByText('The export was cancelled. No file was written.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  if (state === 'cancelled') {
    await expect(page.getByText('Nothing exported yet.')).toBeVisible()
  } else {
    // It finished before the cancel arrived: then it is recorded, as it should be.
    expect(state).toBe('done')
    await expect(page.getByRole('row', { name: /\.pdf/ })).toBeVisible()
  }
})
