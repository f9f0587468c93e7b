/**
 * The library as a DPO uses it: a ten-activity register made with the new-organisation wizard, with the clicks
 * and key presses it took counted (README "Measures"); then the library screens. Screenshots go to
 * test-results/screenshots/library/ for a person to look at.
 */
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'
import { countInputs, inputCounts, resetInputCounts } from './input-counter'
import { screenshot } from './screenshots'
import { api, registerDocument, seed } from './ui'

/** Types as a person does, one key press per character (counted), unlike `fill`. */
async function type(page: Page, label: string, text: string) {
  const box = page.getByRole('textbox', { name: label, exact: true })
  await box.click()
  await box.pressSequentially(text, { delay: 40 })
}

test('a DPO makes a ten-activity register with the wizard; the clicks and key presses are counted', async ({
  page,
  ropa,
  request,
}) => {
  test.setTimeout(240_000)
  await countInputs(page)
  await openApp(page, ropa)
  await resetInputCounts(page)

  await page.getByRole('link', { name: 'New organisation in a minute' }).click()
  const wizard = page.getByTestId('new-organisation-wizard')
  await type(page, 'Name', 'Nordic Bakery Oy')
  const country = wizard.getByRole('combobox', { name: 'Country of its main establishment' })
  await country.click()
  await country.pressSequentially('finl', { delay: 40 })
  await page.getByRole('option', { name: 'Finland (FI)' }).click()
  await expect(page.getByTestId('wizard-derived')).toContainText('Export language: Finnish')
  await type(page, 'Number of employees', '8')
  await wizard.getByRole('combobox', { name: 'Sector' }).click()
  await page.getByRole('option', { name: 'Other' }).click()

  // Thirteen templates are suggested for a small company of another sector; this one has no website form,
  // keeps no supplier register and no separate security log of its own.
  await expect(page.getByTestId('chosen-count')).toHaveText('13 activities chosen')
  for (const name of ['Website contact form', 'Supplier management', 'Logging and security monitoring']) {
    await wizard.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).click()
  }
  await expect(page.getByTestId('chosen-count')).toHaveText('10 activities chosen')

  const vendors = wizard.getByRole('combobox', { name: 'Vendors the organisation uses' })
  await vendors.click()
  await vendors.pressSequentially('micro', { delay: 40 })
  await page.getByRole('option', { name: /^Microsoft 365/ }).click()
  await vendors.pressSequentially('netvi', { delay: 40 })
  await page.getByRole('option', { name: /^Netvisor/ }).click()
  await screenshot(page, 'library', 'wizard-en')
  await wizard.getByRole('button', { name: 'Create the organisation' }).click()

  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await expect(page.getByText('Nordic Bakery Oy created with 10 activities')).toBeVisible()
  const counts = await inputCounts(page)
  console.log(`wizard, ten activities: ${counts.clicks} clicks, ${counts.keystrokes} keystrokes`)

  // What was made: the organisation with Finland's authority and Finnish exports, ten activities in Finnish,
  // the two vendors as parties, and no error finding on any activity.
  const [org] = await api(request, ropa, 'organisations.list', {})
  const profile = await api(request, ropa, 'organisations.get', { id: org.id })
  expect(profile).toMatchObject({
    name: 'Nordic Bakery Oy',
    country: 'FI',
    employeeCount: 8,
    supervisoryAuthority: 'FI',
    language: 'fi',
  })
  const activities = await api(request, ropa, 'activities.list', { organisationId: org.id })
  expect(activities.map((a) => a.name)).toContain('Palkanlaskenta')
  expect(activities).toHaveLength(10)
  const parties = await api(request, ropa, 'parties.list', { organisationId: org.id })
  expect(parties.map((p) => p.name).sort()).toEqual([
    'Microsoft 365 (Microsoft Ireland Operations Limited)',
    'Netvisor (Visma Solutions Oy)',
  ])
  const checks = await api(request, ropa, 'checks.organisation', { organisationId: org.id })
  expect(checks.findings.filter((f) => f.severity === 'error' && f.activityReference !== null)).toEqual([])
})

test('the library: preview and apply a template, add a vendor as a party, change it and update the organisation', async ({
  page,
  ropa,
  request,
}) => {
  test.setTimeout(240_000)
  const org = await api(request, ropa, 'organisations.create', { name: 'Retail Client AB' })
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Library' }).click()
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible()
  await screenshot(page, 'library', 'templates-en')

  const payroll = page.getByRole('row', { name: /^Payroll Calculating/ })
  await payroll.getByRole('button', { name: 'Preview' }).click()
  const preview = page.getByTestId('template-preview')
  await expect(preview.getByText('Purposes and lawful basis')).toBeVisible()
  await screenshot(page, 'library', 'template-preview-en')
  await preview.getByRole('button', { name: 'Add to an organisation' }).click()
  const picker = page.getByTestId('organisation-picker')
  await picker.getByRole('combobox', { name: 'Organisation' }).click()
  await page.getByRole('option', { name: 'Retail Client AB' }).click()
  await picker.getByRole('button', { name: 'Add to an organisation' }).click()
  await expect(page.getByText(/Added to Retail Client AB: PA-\d+ Payroll/)).toBeVisible()
  expect(
    (await api(request, ropa, 'activities.list', { organisationId: org.id })).map((a) => a.name),
  ).toEqual(['Payroll'])

  await page.getByRole('tab', { name: 'Vendors' }).click()
  await expect(page.getByTestId('vendor-verify')).toContainText('verify before relying on them')
  await page.getByRole('textbox', { name: 'Search vendors' }).fill('Netvisor')
  await screenshot(page, 'library', 'vendors-en')
  await page.getByRole('button', { name: 'Actions for Netvisor' }).click()
  await page.getByRole('menuitem', { name: 'Add to an organisation' }).click()
  await picker.getByRole('combobox', { name: 'Organisation' }).click()
  await page.getByRole('option', { name: 'Retail Client AB' }).click()
  await picker.getByRole('button', { name: 'Add to an organisation' }).click()
  await expect(page.getByText(/is now a party of Retail Client AB/)).toBeVisible()

  // A change to the vendor is offered to the organisation whose party came from it, and applied when ticked.
  await page.getByRole('button', { name: 'Actions for Netvisor' }).click()
  await page.getByRole('menuitem', { name: 'Edit' }).click()
  const vendorForm = page.getByTestId('vendor-form')
  await vendorForm.getByRole('textbox', { name: 'Website' }).fill('https://www.netvisor.example')
  await vendorForm.getByRole('button', { name: 'Save' }).click()
  const push = page.getByTestId('push-dialog')
  await expect(push.getByText('Retail Client AB')).toBeVisible()
  await screenshot(page, 'library', 'push-en')
  await push.getByRole('button', { name: 'Update the ticked ones' }).click()
  await expect(page.getByText('1 organisation updated')).toBeVisible()
  const parties = await api(request, ropa, 'parties.list', { organisationId: org.id })
  expect(parties.find((p) => p.name.startsWith('Netvisor'))?.website).toBe('https://www.netvisor.example')

  // The same screens in Finnish.
  await page.getByTestId('ui-language').click()
  await page.getByRole('option', { name: 'Suomi', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Palveluntarjoajat' })).toBeVisible()
  await screenshot(page, 'library', 'vendors-fi')
  await page.getByRole('tab', { name: 'Käsittelytoimien pohjat' }).click()
  await screenshot(page, 'library', 'templates-fi')
  await page.getByRole('link', { name: 'Organisaatiot' }).click()
  await page.getByRole('link', { name: 'Uusi organisaatio minuutissa' }).click()
  await expect(page.getByRole('heading', { name: 'Uusi organisaatio minuutissa' })).toBeVisible()
  await screenshot(page, 'library', 'wizard-fi')
})

test('an activity saved as a template in one organisation is added from the library in another, with its fields', async ({
  page,
  ropa,
  request,
}) => {
  test.setTimeout(240_000)
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Nordic Bakery Oy', [
      {
        name: 'Bakery payroll',
        purposes: [{ description: 'Paying the bakers’ wages', legalBasis: '6_1_b' }],
        dataSubjectCategoryIds: ['s1'],
        dataCategories: [{ dataCategoryId: 'd1', retention: '6 years after employment ends' }],
        securityMeasureIds: ['m1'],
      },
    ]),
  )
  const client = await api(request, ropa, 'organisations.create', { name: 'Harbour Café Oy', country: 'FI' })
  const [payroll] = await api(request, ropa, 'activities.list', { organisationId })
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/${payroll.id}`)
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()

  // With unsaved changes the template would miss them: the dialog says to save first.
  await page.getByRole('textbox', { name: 'Purpose 1' }).fill('Paying the bakers’ wages and holiday pay')
  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Save as template' }).click()
  const saveAs = page.getByTestId('save-as-template')
  await expect(saveAs.getByText('Save your changes first')).toBeVisible()
  await expect(saveAs.getByRole('button', { name: 'Save as template' })).toBeDisabled()
  await saveAs.getByRole('button', { name: 'Cancel' }).click()
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Activity saved')).toBeVisible()

  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Save as template' }).click()
  await saveAs.getByRole('textbox', { name: 'Name of the template' }).fill('Payroll of a bakery')
  await screenshot(page, 'library', 'save-as-template-en')
  await saveAs.getByRole('textbox', { name: 'Name of the template' }).press('Enter')
  await expect(page.getByText('Saved as the template “Payroll of a bakery”')).toBeVisible()
  await expect(saveAs).toHaveCount(0)
  // Enter in the dialog saved the template, not the editor a second time, and left the editor as it was.
  await expect(page.getByRole('textbox', { name: 'Purpose 1' })).toHaveValue(
    'Paying the bakers’ wages and holiday pay',
  )

  // The other organisation: "Add from library" on its activities page.
  await page.goto(`${ropa.origin}/#/orgs/${client.id}/activities`)
  await page.getByRole('button', { name: 'Add from library' }).click()
  const adding = page.getByTestId('add-from-library')
  await adding.getByRole('combobox', { name: 'Template' }).click()
  await expect(page.getByRole('option', { name: 'Payroll of a bakery' })).toBeVisible()
  await screenshot(page, 'library', 'add-from-library-en')
  await page.getByRole('option', { name: 'Payroll of a bakery' }).click()
  await adding.getByRole('button', { name: 'Add from library' }).click()
  await expect(page.getByText('Added from the library: PA-01 Payroll of a bakery')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()
  await expect(page.getByText('Harbour Café Oy').first()).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Payroll of a bakery')
  await expect(page.getByRole('textbox', { name: 'Purpose 1' })).toHaveValue(
    'Paying the bakers’ wages and holiday pay',
  )
  await expect(page.getByRole('combobox', { name: 'Lawful basis (Art. 6)' })).toHaveValue(
    'Contract — Art. 6(1)(b)',
  )
  await expect(page.getByRole('textbox', { name: 'Time limit for erasure of Contact details' })).toHaveValue(
    '6 years after employment ends',
  )

  // Its catalogue entries came along by name into the new organisation.
  const added = await api(request, ropa, 'activities.list', { organisationId: client.id })
  expect(added.map((a) => a.name)).toEqual(['Payroll of a bakery'])
  const categories = await api(request, ropa, 'dataCategories.list', { organisationId: client.id })
  expect(categories.map((c) => c.name)).toEqual(['Contact details'])
  const subjects = await api(request, ropa, 'dataSubjectCategories.list', { organisationId: client.id })
  expect(subjects.map((s) => s.name)).toEqual(['Employees'])
  const measures = await api(request, ropa, 'securityMeasures.list', { organisationId: client.id })
  expect(measures.map((m) => m.name)).toEqual(['Encryption at rest'])
})

test('catalogue entries and a party kept in the library from the catalogue pages, copied to another organisation and updated', async ({
  page,
  ropa,
  request,
}) => {
  test.setTimeout(240_000)
  const { organisationId } = await seed(request, ropa, registerDocument('Nordic Bakery Oy', []))
  const client = await api(request, ropa, 'organisations.create', { name: 'Harbour Café Oy', country: 'FI' })
  await openApp(page, ropa)

  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/catalogues/dataCategories`)
  await page.getByRole('button', { name: 'Keep “Contact details” in the library' }).click()
  await expect(page.getByText('“Contact details” kept in the library')).toBeVisible()
  await page.getByRole('tab', { name: 'Security measures' }).click()
  await page.getByRole('button', { name: 'Keep “Encryption at rest” in the library' }).click()
  await expect(page.getByText('“Encryption at rest” kept in the library')).toBeVisible()

  // A party becomes a vendor: the form comes filled in from it; the kind of service is the DPO's to choose.
  await page.getByRole('tab', { name: 'Parties' }).click()
  await page.getByRole('button', { name: 'Keep “Payroll Services Oy” in the library' }).click()
  const vendorForm = page.getByTestId('vendor-form')
  await expect(vendorForm.getByRole('textbox', { name: 'Vendor' })).toHaveValue('Payroll Services Oy')
  await expect(vendorForm.getByRole('textbox', { name: 'Legal entity customers contract with' })).toHaveValue(
    'Payroll Services Oy',
  )
  await vendorForm.getByRole('combobox', { name: 'Kind of service' }).click()
  await page.getByRole('option', { name: 'Payroll and HR' }).click()
  await screenshot(page, 'library', 'keep-party-en')
  await vendorForm.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('“Payroll Services Oy” kept in the library')).toBeVisible()
  const vendor = (await api(request, ropa, 'library.vendors.list', {})).find(
    (v) => v.name === 'Payroll Services Oy',
  )!
  expect(vendor).toMatchObject({
    source: 'workspace',
    country: 'FI',
    kind: 'processor',
    category: 'payroll_hr',
  })
  const [party] = await api(request, ropa, 'parties.list', { organisationId })
  expect(party.libraryVendorId).toBe(vendor.id)

  // In the library: the entry copied into the other organisation.
  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('tab', { name: 'Your catalogue entries' }).click()
  const row = page.getByRole('row', { name: /^Contact details/ })
  await expect(row).toContainText('1 organisation entry')
  await row.getByRole('button', { name: 'Copy to an organisation' }).click()
  const picker = page.getByTestId('organisation-picker')
  await picker.getByRole('combobox', { name: 'Organisation' }).click()
  await page.getByRole('option', { name: 'Harbour Café Oy' }).click()
  await picker.getByRole('button', { name: 'Copy to an organisation' }).click()
  await expect(page.getByText('Copied into Harbour Café Oy: 1 new')).toBeVisible()
  await expect(row).toContainText('2 organisation entries')
  expect(
    (await api(request, ropa, 'dataCategories.list', { organisationId: client.id })).map((c) => c.name),
  ).toEqual(['Contact details'])

  // A change to it is offered to both organisations.
  await row.getByRole('button', { name: 'Edit' }).click()
  const entryForm = page.getByTestId('library-entry-form')
  await entryForm.getByRole('textbox', { name: 'Description' }).fill('Name, e-mail address, telephone')
  await entryForm.getByRole('button', { name: 'Save' }).click()
  const push = page.getByTestId('push-dialog')
  await expect(push.getByText('Nordic Bakery Oy')).toBeVisible()
  await expect(push.getByText('Harbour Café Oy')).toBeVisible()
  await push.getByRole('button', { name: 'Update the ticked ones' }).click()
  await expect(page.getByText('2 organisations updated')).toBeVisible()

  // Two parties of one organisation made from the same vendor: the update names one organisation, not two.
  const { id: _id, organisationId: _org, activityCount: _count, ...fields } = party
  await api(request, ropa, 'parties.create', {
    organisationId,
    entry: { ...fields, name: 'Payroll Services Oy (sub-processing)', kind: 'sub_processor' },
  })
  await page.getByRole('tab', { name: 'Vendors' }).click()
  await page.getByRole('textbox', { name: 'Search vendors' }).fill('Payroll Services')
  await page.getByRole('button', { name: 'Actions for Payroll Services Oy' }).click()
  await page.getByRole('menuitem', { name: 'Edit' }).click()
  await vendorForm.getByRole('textbox', { name: 'Website' }).fill('https://payroll.example')
  await vendorForm.getByRole('button', { name: 'Save' }).click()
  await expect(push.getByRole('checkbox')).toHaveCount(2)
  await push.getByRole('button', { name: 'Update the ticked ones' }).click()
  await expect(page.getByText('1 organisation updated')).toBeVisible()
  const parties = await api(request, ropa, 'parties.list', { organisationId })
  expect(parties.map((p) => p.website)).toEqual(['https://payroll.example', 'https://payroll.example'])
})

test('the library’s entries tab, entry dialog and template preview in German and Finnish (screenshots)', async ({
  page,
  ropa,
  request,
}) => {
  test.setTimeout(240_000)
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Nordic Bakery Oy', [
      { name: 'Bakery payroll', purposes: [{ description: 'Paying wages', legalBasis: '6_1_b' }] },
    ]),
  )
  const categories = await api(request, ropa, 'dataCategories.list', { organisationId })
  await api(request, ropa, 'library.entries.saveFromOrganisation', {
    catalogue: 'dataCategories',
    entryId: categories.find((c) => c.name === 'Contact details')!.id,
  })
  await api(request, ropa, 'library.entries.save', {
    id: null,
    entry: { catalogue: 'securityMeasures', fields: { kind: 'encryption', name: 'Encrypted laptops' } },
  })
  await openApp(page, ropa)
  await page.getByRole('link', { name: 'Library' }).click()
  for (const [language, entriesTab, templatesTab, preview] of [
    ['Deutsch', 'Ihre Katalogeinträge', 'Vorlagen für Verarbeitungstätigkeiten', 'Vorschau'],
    ['Suomi', 'Omat luettelomerkinnät', 'Käsittelytoimien pohjat', 'Esikatsele'],
  ] as const) {
    const code = language === 'Deutsch' ? 'de' : 'fi'
    await page.getByTestId('ui-language').click()
    await page.getByRole('option', { name: language, exact: true }).click()
    await page.getByRole('tab', { name: entriesTab }).click()
    await expect(page.getByRole('row', { name: /^Contact details/ })).toBeVisible()
    await screenshot(page, 'library', `entries-${code}`)
    await page
      .getByRole('row', { name: /^Contact details/ })
      .getByRole('button')
      .nth(1)
      .click()
    await expect(page.getByTestId('library-entry-form').getByRole('textbox').first()).toBeVisible()
    await screenshot(page, 'library', `entry-dialog-${code}`)
    await page.keyboard.press('Escape')
    await page.getByRole('tab', { name: templatesTab }).click()
    await page.getByRole('row').nth(1).getByRole('button', { name: preview }).click()
    await expect(page.getByRole('dialog').getByRole('heading').first()).toBeVisible()
    await screenshot(page, 'library', `template-preview-${code}`)
    await page.keyboard.press('Escape')
  }
})
