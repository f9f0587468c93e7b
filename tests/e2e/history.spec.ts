/**
 * History and accountability as a DPO uses them: an activity's history and restoring an earlier version,
 * the trash, the organisation's timeline, the register as of a date and its export, comparing what was
 * sent, and the warning when the history was tampered with.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { richRegister } from '../fixtures/rich-register'
import { apiOf } from './api'
import { expect, openApp, startRopa, stopRopa, test, type RopaServer } from './fixtures'
import { activityByReference, exportNow, fieldsOf, prepareWorkspace } from './history-helpers'
import { SCREENSHOT_DIR } from './screenshots'
import { seed } from './ui'

const me = os.userInfo().username

/** Serves a workspace prepared beforehand, for as long as `use` runs. */
async function serving(file: string, use: (ropa: RopaServer) => Promise<void>) {
  const ropa = await startRopa(file)
  try {
    await use(ropa)
  } finally {
    await stopRopa(ropa)
  }
}

async function openOrganisation(page: Page, ropa: RopaServer, name = 'Nordic Bakery Oy') {
  await openApp(page, ropa)
  await page.getByRole('link', { name }).click()
}

test('the history names SCC modules, mechanisms, statuses and days in the interface’s language, never their codes', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await api('register.import', { document: richRegister() })
  const pa01 = await activityByReference({ call: api }, organisationId, 'PA-01')
  const transfer = {
    partyId: null,
    country: 'IN',
    internationalOrganisation: null,
    mechanism: 'A46_2_c',
    sccModule: 1,
    safeguardDocumentation: null,
    transferImpactAssessment: true,
  } as const
  await api('activities.update', { id: pa01.id, activity: { ...fieldsOf(pa01), transfers: [transfer] } })
  const withTransfer = await activityByReference({ call: api }, organisationId, 'PA-01')
  await api('activities.update', {
    id: pa01.id,
    activity: {
      ...fieldsOf(withTransfer),
      status: 'retired',
      lastReviewedOn: '2026-03-04',
      transfers: [{ ...transfer, sccModule: 2 }],
    },
  })
  await openApp(page, ropa)
  await page.goto(`${ropa.url.split('#')[0]}#/orgs/${organisationId}/activities/${pa01.id}`)

  await page.getByRole('button', { name: 'History', exact: true }).click()
  const latest = page.getByRole('dialog', { name: 'History of PA-01 Payroll' }).getByRole('article').first()
  await expect(latest).toContainText('Status changed from “Active” to “Retired”')
  await expect(latest).toContainText(
    'SCC module of the transfer to India changed from “Module 1: controller to controller” to “Module 2: controller to processor”',
  )
  await expect(latest).toContainText('Last reviewed on changed from “15 Jan 2026” to “4 Mar 2026”')
  await expect(latest).not.toContainText('“2”')
  await expect(latest).not.toContainText('2026-03-04')
  await latest.screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'en-history-codes.png') })
  await page.keyboard.press('Escape')

  await page.getByTestId('ui-language').click()
  await page.getByRole('option', { name: 'Suomi', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await page.getByRole('button', { name: 'Historia', exact: true }).click()
  const viimeisin = page.getByRole('dialog').getByRole('article').first()
  await expect(viimeisin).toContainText('Tila muutettu: “Käytössä” → “Päättynyt”')
  await expect(viimeisin).toContainText('Moduuli 2: rekisterinpitäjältä käsittelijälle')
  await expect(viimeisin).toContainText('Viimeksi tarkistettu muutettu: “15.1.2026” → “4.3.2026”')
  await viimeisin.screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'fi-history-codes.png') })
})

test('an edited retention period reads as a sentence in the activity’s history, and the earlier version comes back', async ({
  page,
  request,
  ropa,
}) => {
  await seed(request, ropa, richRegister())
  const verified = page.waitForResponse((r) => r.url().endsWith('/api/history.verify'))
  await openOrganisation(page, ropa)
  // An intact history: the start-up check answers, and no warning is shown.
  expect((await (await verified).json()).value).toMatchObject({ ok: true })
  await expect(page.getByTestId('tamper-warning')).toHaveCount(0)

  await page.getByRole('link', { name: 'Processing activities' }).click()
  await page.getByRole('row', { name: /PA-01/ }).click()
  const retention = page.getByRole('textbox', { name: 'Time limit for erasure of Contact details' })
  await expect(retention).toHaveValue('6 years after employment ends')
  await retention.fill('3 years')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('Saved').first()).toBeVisible()

  await page.getByRole('button', { name: 'History', exact: true }).click()
  const panel = page.getByRole('dialog', { name: 'History of PA-01 Payroll' })
  const latest = panel.getByRole('article').first()
  await expect(latest).toContainText('Updated')
  await expect(latest).toContainText(me)
  await expect(latest).toContainText(
    'Time limit for erasure of Contact details changed from “6 years after employment ends” to “3 years”',
  )
  await expect(latest).toContainText('Current version')

  // Back to the version as imported (the creation), after confirming.
  const created = panel.getByRole('article').filter({ hasText: 'Created' })
  await created.getByRole('button', { name: 'Restore this version' }).click()
  const confirm = page.getByRole('dialog', { name: /^Restore the version of/ })
  await expect(confirm).toContainText('recorded as a new change')
  await confirm.getByRole('button', { name: 'Restore this version' }).click()
  await expect(page.getByText('The earlier version is restored')).toBeVisible()
  await expect(retention).toHaveValue('6 years after employment ends')

  // The restore is itself a change, worded the same way.
  await page.getByRole('button', { name: 'History', exact: true }).click()
  const restored = panel.getByRole('article').first()
  await expect(restored).toContainText('Restored')
  await expect(restored).toContainText(
    'Time limit for erasure of Contact details changed from “3 years” to “6 years after employment ends”',
  )
})

test('a deleted activity and a deleted catalogue entry wait in the trash, come back, and the trash is emptied', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await seed(request, ropa, richRegister())
  await api('dataSubjectCategories.create', {
    organisationId,
    entry: { name: 'Job applicants', description: null, vulnerable: false },
  })
  await openOrganisation(page, ropa)

  // Delete an activity in the editor, and an unused entry in its catalogue.
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await page.getByRole('row', { name: /PA-02/ }).click()
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Delete' }).click()
  await expect(page.getByRole('dialog')).toContainText('trash')
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('row', { name: /PA-01/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /PA-02/ })).toHaveCount(0)

  await page.getByRole('link', { name: 'Catalogues' }).click()
  await page.getByRole('tab', { name: 'Data subjects' }).click()
  await page.getByRole('button', { name: 'Delete Job applicants' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('row', { name: /Job applicants/ })).toHaveCount(0)

  await page.getByRole('link', { name: 'Trash' }).click()
  const activityRow = page.getByRole('row', { name: /PA-02 Joint marketing with the Greek distributor/ })
  await expect(activityRow).toContainText('Processing activity')
  await expect(activityRow).toContainText(me)
  await expect(page.getByRole('row', { name: /Job applicants/ })).toContainText('Category of data subjects')

  await page.getByRole('button', { name: 'Restore PA-02 Joint marketing with the Greek distributor' }).click()
  await expect(activityRow).toHaveCount(0)
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await expect(page.getByRole('row', { name: /PA-02/ })).toContainText(
    'Joint marketing with the Greek distributor',
  )

  await page.getByRole('link', { name: 'Trash' }).click()
  await page.getByRole('button', { name: 'Empty trash' }).click()
  const confirm = page.getByRole('dialog', { name: 'Empty the trash?' })
  await expect(confirm).toContainText('can then no longer be restored')
  await expect(confirm).toContainText('The history keeps its record of it')
  await confirm.getByRole('button', { name: 'Empty trash' }).click()
  // The dialog fades out; until it is gone its own "Empty trash" button is on the page too.
  await expect(confirm).toBeHidden()
  await expect(page.getByText('The trash is empty.')).toBeVisible()
  expect(await api('trash.list', { organisationId })).toEqual([])
  await expect(page.getByRole('button', { name: 'Empty trash' })).toBeDisabled()

  // The history still tells who deleted the entry.
  await page.getByRole('link', { name: 'History' }).click()
  const deletion = page
    .getByRole('article')
    .filter({ hasText: 'Job applicants' })
    .filter({ hasText: 'Deleted' })
  await expect(deletion).toContainText('No longer exists')
  await expect(deletion).toContainText(me)
})

test('the timeline shows every change newest first and filters by user, date and kind of entry', async ({
  page,
  workDir,
}) => {
  const file = path.join(workDir, 'workspace.sqlite')
  prepareWorkspace('bakery', file)
  await serving(file, async (ropa) => {
    await openOrganisation(page, ropa)
    await page.getByRole('link', { name: 'History' }).click()
    await expect(page.getByRole('heading', { name: 'History', exact: true })).toBeVisible()
    const changes = page.getByRole('article')
    // The newest first: Mikko's two changes of 14 April, then Anna's import.
    await expect(changes.first()).toContainText('mikko.laine')
    await expect(changes.last()).toContainText('anna.virtanen')
    const payroll = changes.filter({ hasText: 'PA-01 Payroll' }).filter({ hasText: 'Updated' })
    await expect(payroll).toContainText(
      'Time limit for erasure of Contact details changed from “6 years after employment ends” to “3 years after employment ends”',
    )
    const all = await changes.count()

    await page.getByRole('combobox', { name: 'User' }).click()
    await page.getByRole('option', { name: 'mikko.laine' }).click()
    await expect(page.getByText('2 changes', { exact: true })).toBeVisible()
    await expect(changes).toHaveCount(2)

    await page.getByRole('combobox', { name: 'Kind of entry' }).click()
    await page.getByRole('option', { name: 'Party' }).click()
    await expect(changes).toHaveCount(1)
    await expect(changes.first()).toContainText('CloudCo Inc.')
    await expect(changes.first()).toContainText(
      'Country changed from “United States of America” to “Ireland”',
    )

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(changes).toHaveCount(all)
    await page.getByRole('textbox', { name: 'From' }).fill('2026-03-01')
    await page.getByRole('textbox', { name: 'Until' }).fill('2026-03-31')
    await page.getByRole('textbox', { name: 'Until' }).press('Tab')
    await expect(changes).toHaveCount(all - 2)
    await expect(changes.filter({ hasText: 'mikko.laine' })).toHaveCount(0)
    await page.getByRole('combobox', { name: 'Kind of entry' }).click()
    await page.getByRole('option', { name: 'Processing activity' }).click()
    const imported = richRegister().activities!.length
    await expect(changes).toHaveCount(imported)
    await expect(page.getByText(`${imported} changes`, { exact: true })).toBeVisible()

    // An entry that still exists is a link: it opens the entry.
    await page.getByRole('combobox', { name: 'Kind of entry' }).click()
    await page.getByRole('option', { name: 'Party' }).click()
    await changes.filter({ hasText: 'CloudCo Inc.' }).getByRole('link', { name: 'CloudCo Inc.' }).click()
    await expect(
      page.getByTestId('catalogue-entry-dialog').getByRole('textbox', { name: 'Name' }),
    ).toHaveValue('CloudCo Inc.')
  })
})

test('the register as of a date shows the old state, is exported as it stood, and is compared with today', async ({
  page,
  workDir,
}) => {
  const file = path.join(workDir, 'workspace.sqlite')
  prepareWorkspace('bakery', file)
  await serving(file, async (ropa) => {
    await openOrganisation(page, ropa)
    await page.getByRole('link', { name: 'History' }).click()
    await page.getByRole('link', { name: 'Register as of a date…' }).click()
    await expect(page.getByText('Choose a date to see the register as it stood then.')).toBeVisible()
    // A day before the register existed (a link, say): said in words, with the day its history starts.
    await page.goto(page.url().replace(/as-of.*$/, 'as-of?at=2026-01-05'))
    await expect(
      page.getByText(/^Nordic Bakery Oy had no register in this workspace yet on .*Its history starts on/),
    ).toBeVisible()
    await page.getByRole('textbox', { name: 'Date' }).fill('2026-03-10')
    await page.getByRole('textbox', { name: 'Date' }).press('Tab')
    await expect(page.getByRole('heading', { name: /^As it stood on/ })).toBeVisible()

    await page.getByRole('row', { name: 'Open PA-01 as it stood then' }).click()
    const drawer = page.getByRole('dialog', { name: /^PA-01 Payroll as of/ })
    await expect(drawer).toContainText(
      'Contact details — Time limit for erasure: 6 years after employment ends',
    )
    await expect(drawer.getByRole('textbox')).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(drawer).toHaveCount(0)

    await page.getByRole('tab', { name: 'Parties' }).click()
    await expect(page.getByRole('row', { name: /CloudCo Inc\./ })).toContainText('United States')

    // Export that version as the register document and read the file back.
    await page.getByRole('button', { name: 'Export this version…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export the register' })
    await expect(dialog).toContainText('as it stood on')
    await dialog.getByRole('radio', { name: 'JSON' }).check()
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const file = await download
    const exported = JSON.parse(fs.readFileSync(await file.path(), 'utf8'))
    const contact = exported.dataCategories.find((d: { name: string }) => d.name === 'Contact details')
    const payroll = exported.activities.find((a: { reference: string }) => a.reference === 'PA-01')
    expect(
      payroll.dataCategories.find((d: { dataCategoryId: string }) => d.dataCategoryId === contact.id)
        .retention,
    ).toBe('6 years after employment ends')
    expect(exported.parties.find((p: { name: string }) => p.name === 'CloudCo Inc.').country).toBe('US')
    await dialog.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('link', { name: 'Compare with today' }).click()
    await expect(page.getByRole('heading', { name: 'Compare versions' })).toBeVisible()
    const changed = page.getByRole('article', { name: 'PA-01 Payroll' })
    await expect(changed).toContainText(
      'Time limit for erasure of Contact details changed from “6 years after employment ends” to “3 years after employment ends”',
    )
    await expect(page.getByRole('region', { name: 'Parties' })).toContainText(
      'Country changed from “United States of America” to “Ireland”',
    )

    // The export is recorded as a version of that day.
    await page.getByRole('link', { name: 'Exports' }).click()
    await expect(page.getByRole('row', { name: /\.json/ })).toContainText('The register as it stood on')
  })
})

test('two sent versions are compared: activities added, removed and changed', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await seed(request, ropa, richRegister())
  const client = { call: api }
  await exportNow(client, organisationId, 'json')
  const payroll = await activityByReference(client, organisationId, 'PA-01')
  await api('activities.update', { id: payroll.id, activity: { ...fieldsOf(payroll), status: 'retired' } })
  const marketing = await activityByReference(client, organisationId, 'PA-02')
  await api('activities.delete', { id: marketing.id })
  await api('activities.create', {
    organisationId,
    activity: { reference: 'PA-20', name: 'Website analytics', role: 'controller' },
  })
  await exportNow(client, organisationId, 'xlsx')
  await api('activities.create', {
    organisationId,
    activity: { reference: 'PA-21', name: 'Video surveillance', role: 'controller' },
  })

  await openOrganisation(page, ropa)
  await page.getByRole('link', { name: 'Exports' }).click()
  const compare = page.getByRole('button', { name: 'Compare with today' })
  await expect(compare).toBeDisabled()
  const boxes = page.getByRole('checkbox', { name: /^Compare the export of/ })
  await boxes.nth(0).check()
  await boxes.nth(1).check()
  await page.getByRole('button', { name: 'Compare the two' }).click()

  await expect(page.getByRole('heading', { name: 'Compare versions' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Older version' })).toHaveValue(/^JSON export of/)
  await expect(page.getByRole('combobox', { name: 'Newer version' })).toHaveValue(
    /^Excel \(\.xlsx\) export of/,
  )
  await expect(page.getByText('Activities: 1 added, 1 removed, 1 changed')).toBeVisible()
  const activities = page.getByRole('region', { name: 'Processing activities' })
  await expect(activities).toContainText('PA-20 Website analytics')
  await expect(activities).toContainText('PA-02 Joint marketing with the Greek distributor')
  await expect(activities.getByRole('article', { name: 'PA-01 Payroll' })).toContainText(
    'Status changed from “Active” to “Retired”',
  )
  await expect(activities).not.toContainText('PA-21')

  // The older export against today: the activity added since the second export shows too.
  await page.getByRole('combobox', { name: 'Newer version' }).click()
  await page.getByRole('option', { name: 'Today (the current register)' }).click()
  await expect(page.getByText('Activities: 2 added, 1 removed, 1 changed')).toBeVisible()
  await expect(activities).toContainText('PA-21 Video surveillance')
})

test('a workspace whose history was altered behind the app’s back shows a warning naming the record', async ({
  page,
  workDir,
}) => {
  const file = path.join(workDir, 'workspace.sqlite')
  prepareWorkspace('imported', file)
  // Someone rewrites who made a change with a database tool: what the hash chain is there to catch.
  const db = new BetterSqlite3(file)
  const target = db
    .prepare("SELECT id FROM changes WHERE entity = 'activity' ORDER BY id LIMIT 1")
    .pluck()
    .get() as number
  db.prepare("UPDATE changes SET actor = 'someone.else' WHERE id = ?").run(target)
  db.close()

  await serving(file, async (ropa) => {
    await openApp(page, ropa)
    const warning = page.getByTestId('tamper-warning')
    await expect(warning).toContainText('The change history of this workspace has been altered')
    await expect(warning).toContainText(`record ${target} was altered after it was written`)
    await expect(warning).toContainText('ropa verify')
    // It stays on every page, and the app still works.
    await page.getByRole('link', { name: 'Nordic Bakery Oy' }).click()
    await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
    await expect(warning).toBeVisible()
    await warning.getByRole('link', { name: 'Open the backups' }).click()
    await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible()
  })
})
