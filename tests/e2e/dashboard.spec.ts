/**
 * The dashboard and the portfolio on the rich register: what a DPO checks on them, that a finding leads to its
 * field, and that a finding fixed elsewhere is gone from the dashboard.
 */
import path from 'node:path'
import { apiOf, isoDaysFromToday } from './api'
import { activityFields, finding, openDashboard, seedRichWorkspace as seed, stat } from './checks-helpers'
import { expect, openApp, test } from './fixtures'
import { SCREENSHOT_DIR } from './screenshots'

test('the portfolio lists every organisation and opens its dashboard', async ({ page, request, ropa }) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await seed(api)
  const expected = new Map((await api('checks.portfolio', {})).map((r) => [r.name, r]))
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Portfolio' }).click()
  const table = page.getByRole('table', { name: 'Portfolio' })
  const bakery = table.getByRole('row', { name: /Nordic Bakery Oy/ })
  const cells = bakery.getByRole('cell')
  await expect(cells.nth(0)).toHaveText('Nordic Bakery Oy')
  await expect(cells.nth(1)).toHaveText('3')
  await expect(cells.nth(2)).toContainText(
    `${Math.round(expected.get('Nordic Bakery Oy')!.completeness! * 100)}%`,
  )
  await expect(cells.nth(3)).toHaveText(String(expected.get('Nordic Bakery Oy')!.counts.error))
  await expect(cells.nth(5)).toHaveText('1') // PA-02's review is overdue
  await expect(
    table
      .getByRole('row', { name: /Small Shop Oy/ })
      .getByRole('cell')
      .nth(5),
  ).toHaveText('0')

  // Sorting by errors, most first, then back.
  await page.getByRole('button', { name: 'Sort by Errors' }).click()
  const first = table.getByRole('row').nth(1).getByRole('cell').first()
  const most = [...expected.values()].sort(
    (a, b) => b.counts.error - a.counts.error || a.name.localeCompare(b.name),
  )[0].name
  await expect(first).toHaveText(most)
  await expect(table.getByRole('columnheader', { name: 'Sort by Errors' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )

  await bakery.click()
  await expect(page).toHaveURL(new RegExp(`#/orgs/${organisationId}/dashboard$`))
  await expect(page.getByText('Nordic Bakery Oy', { exact: true }).first()).toBeVisible()
})

test('the dashboard shows completeness, findings with links to their field, reviews due and transfers', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId, idOf } = await seed(api)
  const checks = await api('checks.organisation', { organisationId })
  await openApp(page, ropa)
  await openDashboard(page, 'Nordic Bakery Oy')

  // Counts as the checks report them.
  await expect(stat(page, 'error')).toContainText(String(checks.counts.error))
  await expect(stat(page, 'warning')).toContainText(String(checks.counts.warning))
  await expect(page.getByTestId('stat-activities')).toContainText('3')

  // Completeness per point: PA-01 and PA-02 are controller records, PA-10 a processor record.
  const controller = page.getByRole('table', { name: 'Controller record, Art. 30(1)' })
  await expect(controller.locator('[data-point="30(1)(b)"]')).toContainText('Purposes of the processing')
  await expect(controller.locator('[data-point="30(1)(b)"]')).toContainText('2 of 2')
  await expect(controller.locator('[data-point="30(1)(e)"]')).toContainText('1 of 1') // only PA-02 transfers
  await expect(controller.getByRole('row')).toHaveCount(1 + 7)
  const processor = page.getByRole('table', { name: 'Processor record, Art. 30(2)' })
  await expect(processor.locator('[data-point="30(2)(a)"]')).toContainText('1 of 1')

  // Findings by severity; the overdue review links to PA-02's review date.
  const errors = page.getByRole('list', { name: 'Error' })
  await expect(errors.locator('li')).toHaveCount(checks.counts.error)
  const overdue = finding(page, 'REVIEW_OVERDUE')
  // The day is written as the interface language writes days (English: "1 Jun 2025").
  await expect(overdue).toContainText('The review of this activity was due on 1 Jun 2025')
  await expect(overdue).toContainText('Art. 5(2)')
  await expect(overdue.locator('xpath=ancestor::ul[1]')).toHaveAccessibleName('Warning')
  const link = overdue.getByRole('link', { name: 'Go to PA-02' })
  await expect(link).toHaveAttribute(
    'href',
    `#/orgs/${organisationId}/activities/${idOf('PA-02')}?field=nextReviewDue`,
  )

  // Reviews due: only PA-02, overdue.
  const reviews = page.getByRole('table', { name: 'Reviews due' })
  await expect(reviews.getByRole('row')).toHaveCount(2)
  await expect(reviews.getByRole('row').nth(1)).toContainText('PA-02')
  await expect(reviews.getByRole('row').nth(1)).toContainText(/Overdue by \d+ days/)

  // Transfers: the totals by what they rely on, then one bar per destination split the same way; the table
  // names the destination's status and what its transfers rely on.
  const destinations = (await api('checks.overview', { organisationId })).destinations
  const totals = new Map<string, number>()
  for (const d of destinations)
    for (const b of d.bases) totals.set(b.basis, (totals.get(b.basis) ?? 0) + b.transfers)
  expect(totals.size).toBeGreaterThan(4) // the rich register uses every mechanism
  const byBasis = page.getByRole('list', { name: 'By what they rely on' })
  await expect(byBasis.getByRole('listitem')).toHaveCount(totals.size)
  const count = (basis: string) => `${totals.get(basis)} transfer${totals.get(basis) === 1 ? '' : 's'}`
  await expect(
    byBasis.getByRole('listitem', { name: `Standard contractual clauses: ${count('scc')}`, exact: true }),
  ).toBeVisible()
  await expect(
    byBasis.getByRole('listitem', { name: `Adequacy decision: ${count('adequacy')}`, exact: true }),
  ).toBeVisible()
  await expect(
    byBasis.getByRole('listitem', { name: `Derogation (Art. 49): ${count('derogation')}`, exact: true }),
  ).toBeVisible()
  await expect(
    byBasis.getByRole('listitem', { name: `Mechanism no longer valid: ${count('ended')}`, exact: true }),
  ).toBeVisible()
  const chart = page.getByTestId('transfers-chart')
  await expect(chart.locator('.recharts-bar-rectangle path')).toHaveCount(
    destinations.reduce((n, d) => n + d.bases.length, 0),
  )
  for (const name of ['India', 'Serbia', 'Switzerland'])
    await expect(chart.locator('svg text', { hasText: name })).toHaveCount(1)
  const fills = await chart
    .locator('.recharts-bar-rectangle path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')))
  expect(new Set(fills).size).toBe(totals.size) // one colour per basis
  const transfers = page.getByRole('table', { name: 'Transfers by destination' })
  await expect(transfers.getByRole('row', { name: /^India/ })).toContainText(
    'Third country without adequacy decision',
  )
  await expect(transfers.getByRole('row', { name: /^Switzerland/ })).toContainText('Adequacy decision')
  await expect(transfers.getByRole('row', { name: /^Switzerland/ })).toContainText('Adequacy decision:1')
  await page
    .locator('section[aria-labelledby="transfers-title"]')
    .screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'en-dashboard-transfers.png') })

  // An organisation-level finding leads to the profile form.
  await openDashboard(page, 'Small Shop Oy')
  await expect(
    finding(page, 'ART30_CONTACT_MISSING').getByRole('link', { name: 'Go to the profile' }),
  ).toHaveAttribute('href', /#\/orgs\/[^/]+\/profile\?field=address$/)

  // Following a finding's link opens the activity with the field named in the address.
  await openDashboard(page, 'Nordic Bakery Oy')
  await finding(page, 'REVIEW_OVERDUE').getByRole('link', { name: 'Go to PA-02' }).click()
  await expect(page).toHaveURL(
    new RegExp(`#/orgs/${organisationId}/activities/${idOf('PA-02')}\\?field=nextReviewDue$`),
  )
  await expect(page.getByRole('heading', { name: 'Edit PA-02' })).toBeVisible()
  // The field belongs to that page only: moving on leaves no query behind.
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page).toHaveURL(`${ropa.origin}/#/orgs/${organisationId}/dashboard`)
  // The link works typed or opened as it is written, too.
  await page.goto(
    `${ropa.origin}/#/orgs/${organisationId}/activities/${idOf('PA-10')}?field=transfers.0.mechanism`,
  )
  await expect(page.getByRole('heading', { name: 'Edit PA-10' })).toBeVisible()
})

test('the transfers card speaks Finnish in the Finnish interface', async ({ page, request, ropa }) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await seed(api)
  const destinations = (await api('checks.overview', { organisationId })).destinations
  const scc = destinations.reduce((n, d) => n + (d.bases.find((b) => b.basis === 'scc')?.transfers ?? 0), 0)
  await openApp(page, ropa)
  await openDashboard(page, 'Nordic Bakery Oy')
  await page.getByTestId('ui-language').click()
  await page.getByRole('option', { name: 'Suomi', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  const byBasis = page.getByRole('list', { name: 'Siirtoperusteen mukaan' })
  await expect(
    byBasis.getByRole('listitem', { name: `Vakiosopimuslausekkeet: ${scc} siirto${scc === 1 ? '' : 'a'}` }),
  ).toBeVisible()
  await expect(
    byBasis.getByRole('listitem', { name: /^Poikkeus \(49 artikla\): \d+ siirtoa?$/ }),
  ).toBeVisible()
  await page
    .locator('section[aria-labelledby="transfers-title"]')
    .screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'fi-dashboard-transfers.png') })
})

test('a joint controller without contact details is a finding and keeps the register below 100 %', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  const { organisationId } = await api('register.import', {
    document: {
      format: 'ropa-register',
      version: 1,
      organisation: { name: 'Joint Events Oy', country: 'FI', email: 'privacy@events.example' },
      parties: [{ id: 'p1', name: 'Partner Fair GmbH', kind: 'joint_controller', country: 'DE' }],
      dataSubjectCategories: [{ id: 's1', name: 'Visitors' }],
      dataCategories: [{ id: 'd1', name: 'Contact details' }],
      securityMeasures: [{ id: 'm1', kind: 'access_control', name: 'Role-based access' }],
      activities: [
        {
          id: 'a1',
          reference: 'PA-01',
          name: 'Joint trade fair',
          role: 'joint_controller',
          status: 'active',
          purposes: [{ description: 'Registering fair visitors', legalBasis: '6_1_b' }],
          dataSubjectCategoryIds: ['s1'],
          dataCategories: [{ dataCategoryId: 'd1', retention: '1 year after the fair' }],
          recipients: [{ partyId: 'p1' }],
          jointControllerIds: ['p1'],
          securityMeasureIds: ['m1'],
          nextReviewDue: isoDaysFromToday(300),
        },
      ],
    },
  })
  await openApp(page, ropa)
  await openDashboard(page, 'Joint Events Oy')
  const completeness = page.getByTestId('stat-completeness')
  await expect(completeness).not.toContainText('100%')
  await expect(
    page.getByRole('table', { name: 'Controller record, Art. 30(1)' }).locator('[data-point="30(1)(a)"]'),
  ).toContainText('0 of 1')
  const missing = finding(page, 'PARTY_CONTACT_MISSING')
  await expect(missing).toContainText('No contact details are recorded for Partner Fair GmbH')
  await expect(missing).toContainText('Art. 30(1)(a)')
  await expect(missing.getByRole('link', { name: 'Go to PA-01' })).toHaveAttribute(
    'href',
    /\?field=jointControllerIds\.0$/,
  )

  // The DPO adds the partner's email address: the finding goes and the register is complete.
  const [party] = await api('parties.list', { organisationId })
  const { id, organisationId: _o, activityCount: _n, ...entry } = party
  await api('parties.update', { id, entry: { ...entry, email: 'dpo@fair.example' } })
  await page.reload()
  await expect(completeness).toContainText('100%')
  await expect(finding(page, 'PARTY_CONTACT_MISSING')).toHaveCount(0)
})

test('a finding fixed in the register disappears from the dashboard', async ({ page, request, ropa }) => {
  const api = apiOf(request, ropa)
  const { idOf } = await seed(api)
  await openApp(page, ropa)
  await openDashboard(page, 'Nordic Bakery Oy')
  await expect(finding(page, 'REVIEW_OVERDUE')).toHaveCount(1)
  const warnings = Number((await stat(page, 'warning').innerText()).replace(/\D/g, ''))

  // The DPO reviews PA-02 today and sets the next review a year ahead.
  const pa02 = await activityFields(api, idOf('PA-02'))
  await api('activities.update', {
    id: idOf('PA-02'),
    activity: { ...pa02, lastReviewedOn: isoDaysFromToday(0), nextReviewDue: isoDaysFromToday(365) },
  })

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
  await expect(finding(page, 'REVIEW_OVERDUE')).toHaveCount(0)
  await expect(stat(page, 'warning')).toContainText(String(warnings - 1))
  await expect(page.getByText('No review is overdue or due in the next 60 days.')).toBeVisible()
  await page.getByRole('link', { name: 'Portfolio' }).click()
  await expect(
    page
      .getByRole('row', { name: /Nordic Bakery Oy/ })
      .getByRole('cell')
      .nth(5),
  ).toHaveText('0')
})

test('the Art. 30(5) threshold is set on the portfolio page and changes the findings', async ({
  page,
  request,
  ropa,
}) => {
  const api = apiOf(request, ropa)
  await seed(api)
  await openApp(page, ropa)
  await openDashboard(page, 'Small Shop Oy')
  await expect(finding(page, 'ART30_5_EXEMPTION_POSSIBLE')).toHaveCount(1) // 40 employees, fewer than 250

  await page.getByRole('link', { name: 'Portfolio' }).click()
  const threshold = page.getByRole('textbox', { name: 'Employee threshold' })
  await expect(threshold).toHaveValue('250')
  await threshold.fill('0')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('must be at least 1')).toBeVisible()
  expect(await api('settings.get', {})).toEqual({ employeeThreshold: 250 })
  await threshold.fill('40')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Threshold saved')).toBeVisible()
  expect(await api('settings.get', {})).toEqual({ employeeThreshold: 40 })

  await openDashboard(page, 'Small Shop Oy')
  await expect(stat(page, 'info')).toContainText('0')
  await expect(finding(page, 'ART30_5_EXEMPTION_POSSIBLE')).toHaveCount(0)
})
