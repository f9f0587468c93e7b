/**
 * The register editor as a DPO uses it: a small but complete register entered through the UI only, exported
 * as JSON and checked field by field; then the editor's guards, keyboard, transfers, catalogues, findings,
 * table and import, each on its own.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import type { RegisterDocument } from '../../shared/schemas/register'
import { expect, openApp, test } from './fixtures'
import { SCREENSHOT_DIR } from './screenshots'
import { api, choose, createFromPicker, expectSaved, registerDocument, seed } from './ui'

async function createOrganisation(page: Page, name: string) {
  await page.getByRole('link', { name: 'Organisations' }).click()
  await page.getByRole('button', { name: 'New organisation' }).click()
  await page.getByRole('dialog').getByLabel('Name').fill(name)
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
}

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

async function save(page: Page, message: string | RegExp) {
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expectSaved(page, message)
}

test('a DPO enters a small complete register through the UI and exports it as JSON', async ({
  page,
  ropa,
  request,
}) => {
  await openApp(page, ropa)
  await createOrganisation(page, 'Nordic Bakery Oy')

  // Organisation profile: the controller's own entry, Art. 30(1)(a).
  await page.getByRole('link', { name: 'Organisation profile', exact: true }).click()
  await field(page, 'Trade name').fill('Leipomo')
  await field(page, 'Registration number').fill('1234567-8')
  await choose(page, page, 'Country', 'Finland (FI)', 'Finland')
  await field(page, 'Address').fill('Mannerheimintie 1, 00100 Helsinki')
  await field(page, 'Email').first().fill('privacy@bakery.example')
  await field(page, 'Telephone').first().fill('+358 9 123 4567')
  await page.getByRole('textbox', { name: 'Number of employees' }).fill('40')
  await page.getByLabel('A data protection officer has been designated').check()
  await page.locator('[data-path="dpo.name"]').fill('Åsa Öberg')
  await page.locator('[data-path="dpo.email"]').fill('dpo@bakery.example')
  await choose(page, page, 'Supervisory authority', /^Finland —/, 'Finland')
  await save(page, 'Profile of Nordic Bakery Oy saved')

  // Activity 1: a controller record with a transfer to a third country.
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await page.getByRole('button', { name: 'New activity' }).click()
  await field(page, 'Reference').fill('PA-01')
  await field(page, 'Name').fill('Payroll')
  await choose(page, page, 'Status', 'Active')
  await field(page, 'Business function').fill('HR')
  await field(page, 'Purpose 1').fill('Paying salaries')
  await choose(page, page, 'Lawful basis (Art. 6)', 'Contract — Art. 6(1)(b)')

  let dialog = await createFromPicker(page, 'Categories of data subjects', 'Employees')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.locator('[data-path="dataSubjectCategoryIds"]').locator('..')).toContainText('Employees')
  dialog = await createFromPicker(page, 'Categories of personal data', 'Contact details')
  await dialog.getByRole('button', { name: 'Create' }).click()
  dialog = await createFromPicker(page, 'Categories of personal data', 'Bank account')
  await dialog.getByRole('button', { name: 'Create' }).click()

  await page.getByRole('button', { name: 'Add recipient' }).click()
  dialog = await createFromPicker(page, 'Recipient 1', 'Palkka-Pekka Oy')
  await choose(page, dialog, 'Type', 'Processor')
  await choose(page, dialog, 'Country', /^Finland \(FI\)/, 'Finland')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Recipient 1', exact: true })).toHaveValue(
    'Palkka-Pekka Oy',
  )
  await field(page, 'Purpose of the disclosure').fill('Payroll processing')

  await page.getByRole('button', { name: 'Add transfer' }).click()
  dialog = await createFromPicker(page, 'Recipient of transfer 1', 'Bangalore Payroll Pvt Ltd')
  await choose(page, dialog, 'Type', 'Sub-processor')
  await choose(page, dialog, 'Country', /^India \(IN\)/, 'India')
  await dialog.getByRole('button', { name: 'Create' }).click()
  // The recipient's country becomes the destination, and the editor says what that needs.
  await expect(page.getByRole('combobox', { name: 'Country of destination' })).toHaveValue('India (IN)')
  await expect(page.getByTestId('transfer-status')).toContainText(
    'India is a third country — needs a safeguard',
  )
  await choose(page, page, 'Transfer mechanism', 'Standard contractual clauses (2021/914) — Art. 46(2)(c)')
  await choose(page, page, 'SCC module', 'Module 2: controller to processor')
  await page.getByLabel('Transfer impact assessment done').check()

  await field(page, 'General retention rule').fill('Deleted 6 years after the employment ends')
  await page
    .getByRole('textbox', { name: 'Time limit for erasure of Bank account' })
    .fill('10 years (accounting law)')
  await page.getByRole('textbox', { name: 'Months until erasure of Bank account' }).fill('120')

  dialog = await createFromPicker(
    page,
    'Technical and organisational security measures',
    'Encryption at rest',
  )
  await choose(page, dialog, 'Type', 'Encryption')
  await dialog.getByRole('button', { name: 'Create' }).click()

  await page.getByRole('textbox', { name: 'Last reviewed on' }).fill('2026-01-15')
  await page.getByRole('textbox', { name: 'Next review due' }).fill('2027-01-15')
  await page.getByRole('textbox', { name: 'Next review due' }).press('Tab')
  await save(page, 'Activity created')
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()

  // Activity 2: a processor record, Art. 30(2).
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await page.getByRole('button', { name: 'New activity' }).click()
  await field(page, 'Reference').fill('PA-02')
  await field(page, 'Name').fill('Payroll service for clients')
  await choose(page, page, 'Role', 'Processor')
  await expect(page.getByText('Processor record, Art. 30(2)')).toBeVisible()
  dialog = await createFromPicker(page, 'Controllers on whose behalf you process', 'Retail Client AB')
  await expect(dialog.getByRole('combobox', { name: 'Type' })).toHaveValue('Controller (client)')
  await choose(page, dialog, 'Country', /^Sweden \(SE\)/, 'Sweden')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await field(page, 'Category of processing 1').fill('Calculating salaries for the client')
  await choose(page, page, 'Technical and organisational security measures', /Encryption at rest/)
  await page.keyboard.press('Escape')
  await save(page, 'Activity created')

  // Export the register document and check it field by field against what was entered.
  await page.getByRole('link', { name: 'Processing activities' }).click()
  await expect(page.getByRole('row', { name: /PA-02/ })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('Nordic Bakery Oy.register.json')
  const doc: RegisterDocument = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'))
  // The file is a valid register document: ROPA itself imports it again.
  const again = await api(request, ropa, 'register.import', {
    document: doc,
    name: 'Nordic Bakery Oy (re-imported)',
  })
  expect(again.counts).toEqual({
    parties: 3,
    dataSubjectCategories: 1,
    dataCategories: 2,
    securityMeasures: 1,
    activities: 2,
  })
  expect(doc).toMatchObject({ format: 'ropa-register', version: 1 })

  expect(doc.organisation).toEqual({
    name: 'Nordic Bakery Oy',
    tradeName: 'Leipomo',
    registrationNumber: '1234567-8',
    country: 'FI',
    address: 'Mannerheimintie 1, 00100 Helsinki',
    email: 'privacy@bakery.example',
    phone: '+358 9 123 4567',
    website: null,
    employeeCount: 40,
    representative: null,
    dpo: { name: 'Åsa Öberg', address: null, email: 'dpo@bakery.example', phone: null },
    contactPerson: null,
    supervisoryAuthority: 'FI',
    language: 'en',
  })
  const byName = <T extends { id: string; name: string }>(list: T[], name: string) => {
    const found = list.find((e) => e.name === name)
    expect(found, name).toBeDefined()
    return found!
  }
  const payrollProcessor = byName(doc.parties, 'Palkka-Pekka Oy')
  expect(payrollProcessor).toMatchObject({ kind: 'processor', country: 'FI', dpfCertified: false })
  const importer = byName(doc.parties, 'Bangalore Payroll Pvt Ltd')
  expect(importer).toMatchObject({ kind: 'sub_processor', country: 'IN' })
  const client = byName(doc.parties, 'Retail Client AB')
  expect(client).toMatchObject({ kind: 'client_controller', country: 'SE' })
  const employees = byName(doc.dataSubjectCategories, 'Employees')
  const contact = byName(doc.dataCategories, 'Contact details')
  const bank = byName(doc.dataCategories, 'Bank account')
  const encryption = byName(doc.securityMeasures, 'Encryption at rest')
  expect(encryption.kind).toBe('encryption')

  expect(doc.activities).toHaveLength(2)
  const [payroll, service] = doc.activities
  expect(payroll).toMatchObject({
    reference: 'PA-01',
    name: 'Payroll',
    role: 'controller',
    status: 'active',
    businessFunction: 'HR',
    owner: null,
    purposes: [
      {
        description: 'Paying salaries',
        legalBasis: '6_1_b',
        legitimateInterest: null,
        specialCategoryCondition: null,
        criminalDataBasis: null,
      },
    ],
    dataSubjectCategoryIds: [employees.id],
    dataCategories: [
      { dataCategoryId: contact.id, retention: null, retentionMonths: null },
      { dataCategoryId: bank.id, retention: '10 years (accounting law)', retentionMonths: 120 },
    ],
    recipients: [{ partyId: payrollProcessor.id, category: null, purpose: 'Payroll processing' }],
    jointControllerIds: [],
    controllerIds: [],
    transfers: [
      {
        partyId: importer.id,
        country: 'IN',
        internationalOrganisation: null,
        mechanism: 'A46_2_c',
        sccModule: 2,
        safeguardDocumentation: null,
        transferImpactAssessment: true,
      },
    ],
    retention: 'Deleted 6 years after the employment ends',
    securityMeasureIds: [encryption.id],
    dpia: { status: 'not_assessed', criteria: [], reference: null },
    lastReviewedOn: '2026-01-15',
    nextReviewDue: '2027-01-15',
  })
  expect(service).toMatchObject({
    reference: 'PA-02',
    name: 'Payroll service for clients',
    role: 'processor',
    status: 'draft',
    purposes: [{ description: 'Calculating salaries for the client', legalBasis: null }],
    controllerIds: [client.id],
    jointControllerIds: [],
    transfers: [],
    securityMeasureIds: [encryption.id],
  })
})

test('unsaved changes: leaving asks first, and keeping on editing keeps the changes', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(request, ropa, registerDocument('Guard Oy', [{ name: 'Payroll' }]))
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('row', { name: /PA-01/ }).click()
  await field(page, 'Name').fill('Payroll and pensions')

  // A link in the navigation asks; "Keep editing" stays with the change.
  await page.getByRole('link', { name: 'Organisation profile', exact: true }).click()
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(field(page, 'Name')).toHaveValue('Payroll and pensions')
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()

  // The browser's back button asks too.
  await page.goBack()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(field(page, 'Name')).toHaveValue('Payroll and pensions')

  // Cancel asks; discarding leaves without saving.
  await page.getByRole('button', { name: 'Cancel' }).click()
  await ask.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await expect(page.getByRole('row', { name: /PA-01/ })).toContainText('Payroll')
  await expect(page.getByRole('row', { name: /PA-01/ })).not.toContainText('pensions')

  // With nothing changed, leaving does not ask.
  await page.getByRole('row', { name: /PA-01/ }).click()
  await page.getByRole('link', { name: 'Organisation profile', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Organisation profile' })).toBeVisible()
})

test('keyboard: Enter saves, Escape leaves (asking first when there are changes)', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(request, ropa, registerDocument('Keys Oy', []))
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/new`)
  // The reference field has the focus when the editor opens, with the next number proposed: typing replaces it.
  await expect(field(page, 'Reference')).toBeFocused()
  await expect(field(page, 'Reference')).toHaveValue('PA-01')
  await page.keyboard.type('PA-07')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('combobox', { name: 'Role', exact: true })).toBeFocused()
  await field(page, 'Name').fill('Newsletter')
  await field(page, 'Purpose 1').fill('Sending the newsletter')
  await field(page, 'Name').press('Enter')
  await expectSaved(page, 'Activity created')
  await expect(page.getByRole('heading', { name: 'Edit PA-07' })).toBeVisible()

  // An incomplete form does not save on Enter: the field says why, in words.
  await field(page, 'Name').fill('')
  await field(page, 'Reference').press('Enter')
  await expect(field(page, 'Name')).toHaveAccessibleDescription(/Enter the name of the activity/)
  await expect(field(page, 'Name')).toBeFocused()

  // Escape with changes asks first; Escape in the question keeps editing.
  await page.keyboard.press('Escape')
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' })
  await expect(ask).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(ask).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Edit PA-07' })).toBeVisible()
  await field(page, 'Name').fill('Newsletter')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await expect(page.getByRole('row', { name: /PA-07/ })).toContainText('Newsletter')
})

test('a new activity opens without errors: what is left shows as unfinished sections, errors once a field is left or Save is pressed', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(request, ropa, registerDocument('Entering Oy', []))
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/new`)
  await expect(field(page, 'Reference')).toBeFocused()
  const mark = (section: string, state: string) =>
    page.locator(`[data-section="${section}"] [data-completeness="${state}"]`)
  // Nothing typed yet: no finding at any field, the sections say what is still to do.
  await expect(page.getByTestId('findings-waiting')).toHaveText(
    'Findings show for a field once you have filled it in, and for all of them when you save',
  )
  await expect(page.locator('[data-finding]')).toHaveCount(0)
  for (const section of ['purposes', 'data', 'security'])
    await expect(mark(section, 'incomplete')).toBeVisible()

  // An empty purpose is not complete (Save would refuse it); described, with its basis, it is.
  await field(page, 'Purpose 1').fill('Sending the newsletter')
  await choose(page, page, 'Lawful basis (Art. 6)', 'Consent — Art. 6(1)(a)')
  await expect(mark('purposes', 'complete')).toBeVisible()

  // Leaving the data subjects empty shows that finding there, and only that one.
  await page.locator('[data-path="dataSubjectCategoryIds"]').focus()
  await page.locator('[data-path="dataSubjectCategoryIds"]').press('Tab')
  await expect(
    page.locator('[data-section="data"] [data-finding="ART30_DATA_SUBJECTS_MISSING"]'),
  ).toBeVisible()
  await expect(page.locator('[data-finding="ART30_SECURITY_MISSING"]')).toHaveCount(0)

  // Save without a name: refused at the name, and now every finding shows.
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(field(page, 'Name')).toHaveAccessibleDescription(/Enter the name of the activity/)
  await expect(
    page.locator('[data-section="security"] [data-finding="ART30_SECURITY_MISSING"]'),
  ).toBeVisible()
  await expect(page.getByTestId('findings-waiting')).toHaveCount(0)
})

test('transfers: the destination shows what it needs and only fitting mechanisms are offered', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Transfers Oy', [{ name: 'Hosting' }]),
  )
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('row', { name: /PA-01/ }).click()
  await page.getByRole('button', { name: 'Add transfer' }).click()
  const status = page.getByTestId('transfer-status')
  const mechanism = page.getByRole('combobox', { name: 'Transfer mechanism' })

  await choose(page, page, 'Country of destination', /^India \(IN\)/, 'India')
  await expect(status).toContainText('India is a third country — needs a safeguard')
  await mechanism.click()
  const options = page.getByRole('option')
  await expect(
    options.filter({ hasText: 'Standard contractual clauses (2021/914) — Art. 46(2)(c)' }),
  ).toHaveCount(1)
  await expect(options.filter({ hasText: 'Binding corporate rules' })).toHaveCount(1)
  await expect(options.filter({ hasText: 'Adequacy decision' })).toHaveCount(0)
  await expect(options.filter({ hasText: 'Privacy Shield' })).toHaveCount(0)
  await expect(options.filter({ hasText: 'No safeguard' })).toHaveCount(0)
  await page.getByRole('option', { name: 'Binding corporate rules — Art. 46(2)(b)' }).click()

  // Switzerland has an adequacy decision: adequacy is offered (first), the chosen BCRs still fit.
  await choose(page, page, 'Country of destination', /^Switzerland \(CH\)/, 'Switzerland')
  await expect(status).toContainText('Switzerland: adequacy decision in force')
  await expect(mechanism).toHaveValue('Binding corporate rules — Art. 46(2)(b)')
  await mechanism.click()
  await expect(page.getByRole('option').first()).toHaveText('Adequacy decision — Art. 45')
  await page.keyboard.press('Escape')

  // The United States: adequacy only for certified recipients, said on the spot.
  await choose(page, page, 'Country of destination', /^United States of America \(US\)/, 'United States')
  await expect(status).toContainText('adequacy decision for some recipients only')
  await expect(status).toContainText('Data Privacy Framework')

  // Within the EU/EEA no mechanism is needed, so none is asked for.
  await choose(page, page, 'Country of destination', /^Germany \(DE\)/, 'Germany')
  await expect(status).toContainText('Germany is in the EU/EEA — no transfer mechanism needed')
  await expect(mechanism).toHaveCount(0)
})

test('a catalogue entry is created from the editor without leaving it', async ({ page, ropa, request }) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Inline Oy', [
      { name: 'Occupational health', purposes: [{ description: 'Sick leave', legalBasis: '6_1_c' }] },
    ]),
  )
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('row', { name: /PA-01/ }).click()
  const dialog = await createFromPicker(page, 'Categories of personal data', 'Health records')
  await choose(page, dialog, 'Special category', 'Data concerning health — Art. 9(1)')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog).toBeHidden()
  // Picked in the field, still in the editor, and the editor now asks for an Art. 9(2) condition.
  await expect(page.getByRole('heading', { name: 'Edit PA-01' })).toBeVisible()
  await expect(page.locator('[data-path="dataCategories"]').locator('..')).toContainText('Health records')
  await expect(
    page.getByRole('combobox', { name: 'Condition for special categories (Art. 9(2))' }),
  ).toHaveAccessibleDescription(/special-category data/)
  await save(page, 'Activity saved')

  await page.getByRole('link', { name: 'Catalogues' }).click()
  await page.getByRole('tab', { name: 'Data categories' }).click()
  await expect(page.getByRole('row', { name: /Health records/ })).toContainText('Data concerning health')
  await expect(page.getByRole('row', { name: /Health records/ })).toContainText('1 activity')
})

test('a catalogue entry in use is not deleted: the dialog lists its users and offers to replace it', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Catalogue Oy', [
      { name: 'Payroll', dataCategories: [{ dataCategoryId: 'd1' }] },
      { name: 'Sales', dataCategories: [{ dataCategoryId: 'd1' }, { dataCategoryId: 'd2' }] },
      { name: 'Archive' },
    ]),
  )
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/catalogues/dataCategories`)
  await page.getByRole('button', { name: 'Delete Contact details' }).click()
  const dialog = page.getByTestId('delete-entry-dialog')
  await expect(dialog.getByText('“Contact details” is used by 2 activities')).toBeVisible()
  const users = dialog.getByRole('list', { name: '“Contact details” is used by 2 activities' })
  await expect(users.getByRole('listitem')).toHaveText(['PA-01 Payroll', 'PA-02 Sales'])
  const replace = dialog.getByRole('button', { name: 'Replace and delete' })
  await expect(replace).toBeDisabled()
  await choose(page, dialog, 'Replace with', 'Customer data')
  await replace.click()
  await expectSaved(page, '“Contact details” replaced in 2 activities and deleted')
  await expect(page.getByRole('row', { name: /Contact details/ })).toHaveCount(0)
  await expect(page.getByRole('row', { name: /Customer data/ })).toContainText('2 activities')

  // An unused entry goes after a plain confirmation.
  const activities = await api(request, ropa, 'activities.list', { organisationId })
  const payroll = await api(request, ropa, 'activities.get', {
    id: activities.find((a) => a.reference === 'PA-01')!.id,
  })
  expect(payroll.dataCategories.map((d) => d.dataCategoryId)).toHaveLength(1)
  await page.getByRole('tab', { name: 'Security measures' }).click()
  await page.getByRole('button', { name: 'Delete Encryption at rest' }).click()
  await expect(dialog.getByText('No activity uses this entry.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('No security measures yet.')).toBeVisible()
})

test('duplicate an activity, and copy it with its catalogue entries to another organisation', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Source Oy', [
      {
        name: 'Payroll',
        recipients: [{ partyId: 'p1' }],
        securityMeasureIds: ['m1'],
        purposes: [{ description: 'Paying salaries', legalBasis: '6_1_b' }],
      },
    ]),
  )
  await api(request, ropa, 'organisations.create', { name: 'Target AB' })
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('row', { name: /PA-01/ }).click()

  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Duplicate' }).click()
  // The copy takes the next number, and the name as it was.
  await expectSaved(page, 'Duplicated as PA-02 (a draft)')
  await expect(page.getByRole('heading', { name: 'Edit PA-02' })).toBeVisible()
  await expect(field(page, 'Name')).toHaveValue('Payroll')
  await expect(field(page, 'Purpose 1')).toHaveValue('Paying salaries')

  await page.getByRole('button', { name: 'More actions' }).click()
  await page.getByRole('menuitem', { name: 'Copy to organisation…' }).click()
  const dialog = page.getByTestId('copy-dialog')
  await choose(page, dialog, 'Copy to', 'Target AB')
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(dialog).toContainText('Copied 1 activity to Target AB')
  await dialog.getByRole('link', { name: 'Open the register of Target AB' }).click()
  await expect(page.getByTestId('organisation-switcher')).toHaveValue('Target AB')
  await expect(page.getByRole('row', { name: /PA-02/ })).toContainText('Payroll')
  await page.getByRole('link', { name: 'Catalogues' }).click()
  await expect(page.getByRole('row', { name: /Payroll Services Oy/ })).toContainText('1 activity')

  // Several at once from the table of the source organisation.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('checkbox', { name: 'Select all shown activities' }).check()
  await expect(page.getByText('2 activities selected')).toBeVisible()
  await page.getByRole('button', { name: 'Copy to organisation…' }).click()
  await choose(page, dialog, 'Copy to', 'Target AB')
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(dialog).toContainText('Copied 2 activities to Target AB')
})

test('importing a register: a bad file is refused naming the JSON path; a name clash asks', async ({
  page,
  ropa,
  request,
}) => {
  await seed(request, ropa, registerDocument('Existing Oy', [{ name: 'Payroll' }]))
  await openApp(page, ropa)
  const upload = (name: string, content: string) =>
    page
      .getByTestId('import-register-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })

  // A bad code deep inside: refused with the path, nothing imported.
  const bad = registerDocument('Bad Oy', [
    { name: 'Hosting', transfers: [{ country: 'US', mechanism: 'BOGUS' as never }] },
  ])
  await upload('bad.json', JSON.stringify(bad))
  const refused = page.getByTestId('import-refused')
  await expect(refused).toContainText('The register document is not valid, so nothing was imported.')
  await expect(
    refused.getByRole('listitem').filter({ hasText: 'activities[0].transfers[0].mechanism' }),
  ).toContainText('must be one of')
  await expect(refused).toContainText('Nothing was changed in the workspace.')
  await refused.getByRole('button', { name: 'Close' }).click()

  // An unknown field.
  const unknown = { ...registerDocument('Unknown Oy', []), colour: 'blue' }
  await upload('unknown.json', JSON.stringify(unknown))
  await expect(refused.getByRole('listitem').first()).toContainText(
    'has a field this format does not know: colour',
  )
  await refused.getByRole('button', { name: 'Close' }).click()

  // Not JSON at all.
  await upload('broken.json', '{ "format": "ropa-register", ')
  await expect(refused).toContainText('broken.json is not a valid JSON file, so nothing was imported')
  await refused.getByRole('button', { name: 'Close' }).click()
  const names = await api(request, ropa, 'organisations.list', {})
  expect(names.map((o) => o.name)).toEqual(['Existing Oy'])

  // The name exists: import under another name.
  await upload(
    'existing.json',
    JSON.stringify(registerDocument('Existing Oy', [{ name: 'Sales' }, { name: 'Marketing' }])),
  )
  const clash = page.getByTestId('import-clash')
  await expect(clash).toContainText('An organisation called “Existing Oy” already exists')
  await clash.getByRole('textbox', { name: 'Name of the imported organisation' }).fill('Existing Oy 2026')
  await clash.getByRole('button', { name: 'Import' }).click()
  await expectSaved(page, 'Imported Existing Oy 2026 with 2 activities')
  await expect(page.getByTestId('organisation-switcher')).toHaveValue('Existing Oy 2026')

  // Or replace it.
  await page.getByRole('link', { name: 'Organisations' }).click()
  await upload('existing.json', JSON.stringify(registerDocument('Existing Oy', [{ name: 'Sales' }])))
  await clash.getByRole('radio', { name: 'Replace “Existing Oy” with the imported register' }).check()
  await clash.getByRole('button', { name: 'Replace' }).click()
  await expectSaved(page, 'Replaced Existing Oy with the imported register (1 activity)')
  expect((await api(request, ropa, 'organisations.list', {})).map((o) => [o.name, o.activityCount])).toEqual([
    ['Existing Oy', 1],
    ['Existing Oy 2026', 2],
  ])
})

test('a live finding appears next to its field as the DPO types, and goes when fixed', async ({
  page,
  ropa,
  request,
}) => {
  const { organisationId } = await seed(
    request,
    ropa,
    registerDocument('Findings Oy', [
      { name: 'Marketing', purposes: [{ description: 'Direct marketing', legalBasis: '6_1_a' }] },
    ]),
  )
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('row', { name: /PA-01/ }).click()
  await choose(page, page, 'Lawful basis (Art. 6)', 'Legitimate interests — Art. 6(1)(f)')
  const interest = page.getByRole('textbox', { name: 'Legitimate interests pursued' })
  await expect(interest).toHaveAccessibleDescription(
    /relies on legitimate interests, but the interest pursued is not stated/,
  )
  const purposes = page.locator('[data-section="purposes"]')
  // The interest not stated, and where its balancing test is recorded not said either.
  await expect(purposes.getByRole('button').first().getByRole('img', { name: '2 warnings' })).toBeVisible()
  await interest.fill('Telling existing customers about similar products')
  await expect(interest).not.toHaveAccessibleDescription(/not stated/)
  // Then where the balancing test is recorded (Art. 6(1)(f), Recital 47, Art. 5(2)), at its own field.
  const assessment = page.getByRole('textbox', { name: 'Record of the legitimate interests assessment' })
  await expect(assessment).toHaveAccessibleDescription(/does not say where the balancing test is recorded/)
  await expect(purposes.getByRole('button').first().getByRole('img', { name: '1 warning' })).toBeVisible()
  await assessment.fill('LIA-2026-03 (DPO folder)')
  await expect(assessment).not.toHaveAccessibleDescription(/balancing test/)
  await expect(
    purposes
      .getByRole('button')
      .first()
      .getByRole('img', { name: /warning/ }),
  ).toHaveCount(0)

  // Ctrl+S saves from anywhere.
  await page.keyboard.press('Control+s')
  await expectSaved(page, 'Activity saved')

  // A review date in the past is flagged at the date, and a link to the field opens and focuses it.
  const activity = (await api(request, ropa, 'activities.list', { organisationId }))[0]
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await expect(page.getByRole('heading', { name: 'Processing activities' })).toBeVisible()
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/${activity.id}?field=nextReviewDue`)
  await expect(page.locator('[data-path="nextReviewDue"]')).toBeFocused()
  await page.locator('[data-path="nextReviewDue"]').fill('2020-01-31')
  await page.locator('[data-path="nextReviewDue"]').press('Tab')
  // The day reads as the interface writes days.
  await expect(page.locator('[data-path="nextReviewDue"]')).toHaveAccessibleDescription(
    /The review of this activity was due on 31 Jan 2020/,
  )
})

test('the activities table: badges, search, filters, sorting and virtualised rows', async ({
  page,
  ropa,
  request,
}) => {
  const functions = ['HR', 'Sales', 'IT']
  const many = Array.from({ length: 1500 }, (_, i) => ({
    name: i % 10 === 0 ? `Payroll run ${i + 1}` : `Activity ${i + 1}`,
    role: (i % 3 === 2 ? 'processor' : 'controller') as 'processor' | 'controller',
    status: (i % 2 === 0 ? 'active' : 'draft') as 'active' | 'draft',
    businessFunction: functions[i % 3],
    reference: `PA-${String(i + 1).padStart(4, '0')}`,
    // A processor record without its controllers is an error; a complete controller record has none.
    ...(i === 0
      ? {
          purposes: [{ description: 'Pay', legalBasis: '6_1_b' as const }],
          dataSubjectCategoryIds: ['s1'],
          dataCategories: [{ dataCategoryId: 'd1', retention: '6 years' }],
          recipients: [{ partyId: 'p1' }],
          securityMeasureIds: ['m1'],
        }
      : {}),
  }))
  const { organisationId } = await seed(request, ropa, registerDocument('Table Oy', many))
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await expect(page.getByTestId('activity-count')).toHaveText('1,500 activities')

  // Only the rows in view are in the page, and the last one is reachable by scrolling.
  expect(await page.locator('tbody tr.clickable-row').count()).toBeLessThan(80)
  await page.getByTestId('activities-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(page.getByRole('row', { name: /PA-1500/ })).toBeVisible()
  await page.getByTestId('activities-scroll').evaluate((el) => (el.scrollTop = 0))

  // Badges: the complete record has none, a processor record without controllers has an error.
  await expect(page.getByRole('row', { name: /PA-0001/ })).toContainText('None')
  await expect(page.getByRole('row', { name: /PA-0003/ }).getByRole('img', { name: /error/ })).toBeVisible()

  // Free-text search.
  await page.getByRole('textbox', { name: 'Search activities' }).fill('payroll')
  await expect(page.getByTestId('activity-count')).toHaveText('150 of 1,500 activities')
  await expect(page.getByRole('row', { name: /PA-0011/ })).toContainText('Payroll run 11')

  // Filters: role and business function.
  await page.getByRole('textbox', { name: 'Search activities' }).fill('')
  await choose(page, page, 'Role', 'Processor')
  await expect(page.getByTestId('activity-count')).toHaveText('500 of 1,500 activities')
  await choose(page, page, 'Business function', 'IT')
  await expect(page.getByTestId('activity-count')).toHaveText('500 of 1,500 activities')
  await choose(page, page, 'Status', 'Active')
  await expect(page.getByTestId('activity-count')).toHaveText('250 of 1,500 activities')
  const rows = page.locator('tbody tr.clickable-row')
  await expect(rows.first()).toContainText('Processor')
  await expect(rows.first()).toContainText('IT')

  // Sorting: by reference, descending.
  await page.getByRole('columnheader', { name: 'Reference' }).getByRole('button').click()
  await expect(page.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(rows.first()).toContainText('PA-1497')
  await expect(rows.nth(1)).toContainText('PA-1491')
  // Opening a row goes to its editor.
  await rows.first().click()
  await expect(page.getByRole('heading', { name: 'Edit PA-1497' })).toBeVisible()
})

test('organisation profile: findings show at their fields, and a link to a field focuses it', async ({
  page,
  ropa,
  request,
}) => {
  const document = registerDocument('Overseas Inc', [{ name: 'Customer support', status: 'active' }])
  document.organisation = { name: 'Overseas Inc', country: 'US' }
  const { organisationId } = await seed(request, ropa, document)
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/profile?field=representative`)
  const representative = page.getByRole('switch', { name: 'A representative has been designated' })
  await expect(representative).toBeFocused()
  const section = page.locator('.mantine-Card-root').filter({ has: representative })
  await expect(section).toContainText(
    'The organisation is established in United States of America, outside the EU/EEA',
  )
  await expect(section.locator('[data-finding="REPRESENTATIVE_MISSING"]')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Address', exact: true })).toHaveAccessibleDescription(
    /No contact details are recorded/,
  )

  // Fixing it and saving clears both findings.
  await representative.check()
  await section.getByRole('textbox', { name: 'Name', exact: true }).fill('EU Rep GmbH')
  await section.getByRole('textbox', { name: 'Email', exact: true }).fill('rep@eurep.example')
  await page.locator('[data-path="address"]').fill('1 Main Street, Boston')
  await save(page, 'Profile of Overseas Inc saved')
  await expect(page.locator('[data-finding]')).toHaveCount(0)
  const profile = await api(request, ropa, 'organisations.get', { id: organisationId })
  expect(profile.representative).toEqual({
    name: 'EU Rep GmbH',
    address: null,
    email: 'rep@eurep.example',
    phone: null,
  })
})

test('the advice on a destination is said once for all its transfers, in the interface’s language', async ({
  page,
  ropa,
  request,
}) => {
  const doc = registerDocument('Vendors Oy', [
    {
      name: 'Newsletter',
      transfers: [
        { partyId: 'us1', country: 'US', mechanism: 'ADEQ' },
        { partyId: 'in1', country: 'IN', mechanism: 'A46_2_c', sccModule: 2 },
        { partyId: 'us2', country: 'US', mechanism: 'A46_2_c', sccModule: 2 },
        { partyId: null, country: 'US', mechanism: 'ADEQ' },
      ],
      dpia: { status: 'not_assessed', criteria: ['large_scale'], reference: null },
    },
  ])
  doc.parties = [
    ...doc.parties!,
    { id: 'us1', name: 'Mailer LLC', kind: 'processor', country: 'US', dpfCertified: true },
    { id: 'us2', name: 'Cloudy Inc', kind: 'processor', country: 'US' },
    { id: 'in1', name: 'Bangalore Payroll Pvt Ltd', kind: 'sub_processor', country: 'IN' },
  ]
  const { organisationId } = await seed(request, ropa, doc)
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities`)
  await page.getByRole('row', { name: /PA-01/ }).click()

  // One note on the United States, naming its three transfers; India's own note stays at its transfer.
  const notes = page.getByTestId('transfer-status')
  await expect(notes.and(page.locator('[data-status="adequate_partial"]'))).toHaveCount(1)
  const us = notes.and(page.locator('[data-status="adequate_partial"]'))
  await expect(us).toContainText('For transfers 1 (Mailer LLC), 3 (Cloudy Inc) and 4')
  await expect(us).toContainText('Only organisations certified under the EU-US Data Privacy Framework')
  await expect(page.getByTestId('transfer-1').getByTestId('transfer-status')).toContainText(
    'India is a third country',
  )
  for (const row of [0, 2, 3])
    await expect(page.getByTestId(`transfer-${row}`).getByTestId('transfer-status-see')).toHaveText(
      'United States of America: see the note at the top of the transfers.',
    )
  const section = page.locator('[data-section="transfers"]')
  await section.screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'en-editor-transfers.png') })

  // The same in Finnish: the note and the DPIA criteria's explanations are Finnish, not the reference's English.
  await page.getByTestId('ui-language').click()
  await page.getByRole('option', { name: 'Suomi', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await expect(us).toContainText('Koskee siirtoja 1 (Mailer LLC), 3 (Cloudy Inc) ja 4')
  await expect(us).toContainText('Vain EU:n ja Yhdysvaltojen välisen tietosuojakehyksen (DPF) mukaisesti')
  await expect(us).not.toContainText('Only organisations')
  await section.screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'fi-editor-transfers.png') })
  const risk = page.locator('[data-section="risk"]')
  await expect(risk).toContainText('Arvioidaan rekisteröityjen määrän')
  await expect(risk).not.toContainText('Judged by the number of people concerned')
  await risk.screenshot({ path: path.join(SCREENSHOT_DIR, 'i21-details', 'fi-editor-dpia.png') })
})
