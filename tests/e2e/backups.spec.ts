/** Backups of the workspace as a DPO uses them: back up now, restore one, and see the register go back. */
import fs from 'node:fs'
import path from 'node:path'
import { richRegister } from '../fixtures/rich-register'
import { apiOf } from './api'
import { expect, openApp, startRopa, stopRopa, test } from './fixtures'
import { seed } from './ui'

test('a backup made now is restored after a deletion, and the deleted activity is back; the copy made before the restore undoes it', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  await seed(request, ropa, richRegister())
  await openApp(page, ropa)

  await page.getByRole('link', { name: 'Backups' }).click()
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible()
  await page.getByRole('button', { name: 'Back up now' }).click()
  await expect(page.getByText(/^Backed up: /)).toBeVisible()
  const manual = page.getByRole('row').filter({ hasText: 'Made by hand' })
  await expect(manual).toHaveCount(1)
  const [made] = (await api('backups.list', {})).filter((b) => b.kind === 'manual')
  await expect(manual).toContainText(made.name)
  expect(fs.statSync(path.join(path.dirname(ropa.dbPath), 'workspace.backups', made.name)).size).toBe(
    made.size,
  )

  // Then PA-02 is deleted, in the UI, so the page has the register without it in its cache.
  await page.getByRole('link', { name: 'Organisations' }).click()
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await page.getByRole('row', { name: /PA-02/ }).click()
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('row', { name: /PA-01/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /PA-02/ })).toHaveCount(0)

  await page.getByRole('link', { name: 'Backups' }).click()
  await manual.getByRole('button', { name: /^Restore the backup of/ }).click()
  const confirm = page.getByRole('dialog', { name: /^Restore the backup of/ })
  await expect(confirm).toContainText('every organisation included, is replaced by this backup')
  await expect(confirm).toContainText('ROPA backs up the current state')
  await confirm.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText(/^Restored the backup of .*The state before it is kept as/)).toBeVisible()
  const safety = page.getByRole('row').filter({ hasText: 'Before a restore' })
  await expect(safety).toHaveCount(1)

  // Everything is read again: the activity is back without reloading the page.
  await page.getByRole('link', { name: 'Organisations' }).click()
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await expect(page.getByRole('row', { name: /PA-02/ })).toContainText(
    'Joint marketing with the Greek distributor',
  )

  // The copy made before the restore takes the workspace back to the state with PA-02 deleted.
  await page.getByRole('link', { name: 'Backups' }).click()
  await safety.getByRole('button', { name: /^Restore the backup of/ }).click()
  await page
    .getByRole('dialog', { name: /^Restore the backup of/ })
    .getByRole('button', { name: 'Restore' })
    .click()
  await expect(page.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(2)
  await page.getByRole('link', { name: 'Organisations' }).click()
  await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
  await expect(page.getByRole('row', { name: /PA-01/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /PA-02/ })).toHaveCount(0)
})

test('the Backups page names the backup folder; an untouched workspace gets no automatic copy, and closing after changes makes one', async ({
  page,
  request,
  workDir,
}) => {
  const dbPath = path.join(workDir, 'office.sqlite')
  const folder = path.join(workDir, 'office.backups')
  const first = await startRopa(dbPath)
  try {
    await openApp(page, first)
    await page.getByRole('link', { name: 'Backups' }).click()
    // Browser mode shows the path as text; only the desktop app can open the folder.
    await expect(page.getByTestId('backup-folder')).toHaveText(folder)
    await expect(page.getByRole('button', { name: 'Open folder' })).toHaveCount(0)
    await expect(page.getByText('No backups yet.')).toBeVisible()
  } finally {
    await stopRopa(first)
  }
  // Opened and closed without a change: nothing to copy.
  expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([])

  const second = await startRopa(dbPath)
  try {
    await apiOf(request, second)('organisations.create', { name: 'Typed today Oy' })
  } finally {
    await stopRopa(second)
  }
  const copies = fs.readdirSync(folder)
  expect(copies).toHaveLength(1)
  expect(copies[0]).toMatch(/^office\.backup-.*-automatic\.sqlite$/)

  const third = await startRopa(dbPath)
  try {
    await openApp(page, third)
    await page.getByRole('link', { name: 'Backups' }).click()
    await expect(page.getByRole('row').filter({ hasText: 'Automatic (daily)' })).toContainText(copies[0])
  } finally {
    await stopRopa(third)
  }
})
