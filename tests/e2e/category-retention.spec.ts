/**
 * Issue 21: the time limit kept on the category of personal data and inherited by activities, and a
 * recipient whose proposed transfer goes with it when removed.
 */
import path from 'node:path'
import { expect, openApp, test } from './fixtures'
import { SCREENSHOT_DIR, screenshot } from './screenshots'
import { api, expectSaved, registerDocument, seed } from './ui'

test('a category’s default time limit is set in its form and shown in the editor, which may override it', async ({
  page,
  request,
  ropa,
}) => {
  const document = registerDocument('Palkka Oy', [
    {
      purposes: [{ description: 'Paying salaries', legalBasis: '6_1_b' }],
      dataSubjectCategoryIds: ['s1'],
      dataCategories: [{ dataCategoryId: 'd1' }, { dataCategoryId: 'd2', retention: '2 years' }],
      securityMeasureIds: ['m1'],
    },
  ])
  const { organisationId } = await seed(request, ropa, document)
  const [contact] = await api(request, ropa, 'dataCategories.list', { organisationId })
  await openApp(page, ropa)

  // The category's form holds the default.
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/catalogues/dataCategories?entry=${contact.id}`)
  const dialog = page.getByTestId('catalogue-entry-dialog')
  await dialog.getByRole('textbox', { name: 'Default time limit for erasure', exact: true }).fill('6 years')
  await dialog.getByRole('textbox', { name: 'Default time limit for erasure (months)' }).fill('72')
  await screenshot(page, 'category-retention', 'data-category-form')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expectSaved(page, /saved/)
  expect((await api(request, ropa, 'dataCategories.list', { organisationId }))[0]).toMatchObject({
    defaultRetention: '6 years',
    defaultRetentionMonths: 72,
  })

  // The activity records nothing for the contact details: the editor shows the category's time limit.
  const [activity] = await api(request, ropa, 'activities.list', { organisationId })
  await page.goto(
    `${ropa.origin}/#/orgs/${organisationId}/activities/${activity.id}?field=dataCategories.0.retention`,
  )
  const own = page.getByRole('textbox', { name: 'Time limit for erasure of Contact details' })
  await expect(own).toHaveValue('')
  await expect(own).toHaveAttribute('placeholder', 'From the category: 6 years')
  await expect(
    page.getByText('The category’s default applies: type to set another for this activity'),
  ).toBeVisible()
  await expect(
    page.getByRole('textbox', { name: 'Months until erasure of Contact details' }),
  ).toHaveAttribute('placeholder', '72')
  // No missing time limit is reported for it.
  await expect(page.getByText(/No retention is recorded for “Contact details”/)).toHaveCount(0)
  await page
    .getByRole('table', { name: 'Time limit per category of data' })
    .screenshot({ path: path.join(SCREENSHOT_DIR, 'category-retention', 'editor-inherited-hint.png') })

  // Typing overrides the default for this activity only.
  await own.fill('10 years')
  await expect(
    page.getByText('The category’s default applies: type to set another for this activity'),
  ).toHaveCount(0)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expectSaved(page, /saved/)
  const saved = await api(request, ropa, 'activities.get', { id: activity.id })
  expect(saved.dataCategories[0]).toMatchObject({ retention: '10 years', retentionMonths: null })
})

test('removing a third-country recipient removes the transfer proposed for it, unless the user changed it', async ({
  page,
  request,
  ropa,
}) => {
  const document = registerDocument('Cloudy Oy', [
    {
      purposes: [{ description: 'Customer support', legalBasis: '6_1_b' }],
      dataSubjectCategoryIds: ['s1'],
      dataCategories: [{ dataCategoryId: 'd1', retention: '2 years' }],
      securityMeasureIds: ['m1'],
    },
  ])
  document.parties!.push(
    { id: 'p2', name: 'Helpdesk Inc.', kind: 'processor', country: 'US', dpfCertified: true },
    { id: 'p3', name: 'Bangalore Support Pvt Ltd', kind: 'sub_processor', country: 'IN' },
  )
  const { organisationId } = await seed(request, ropa, document)
  const [activity] = await api(request, ropa, 'activities.list', { organisationId })
  await openApp(page, ropa)
  await page.goto(`${ropa.origin}/#/orgs/${organisationId}/activities/${activity.id}?field=recipients`)

  const transfers = page.getByTestId(/^transfer-\d+$/)
  const addRecipient = async (n: number, name: string) => {
    await page.getByRole('button', { name: 'Add recipient' }).click()
    const box = page.getByRole('combobox', { name: `Recipient ${n}`, exact: true })
    await box.click()
    await box.fill(name.split(' ')[0])
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click()
  }
  await addRecipient(1, 'Helpdesk Inc.')
  await addRecipient(2, 'Bangalore Support')
  await expect(transfers).toHaveCount(2)

  // The US party's proposal, left as it was, goes with its recipient.
  await page.getByRole('button', { name: 'Remove recipient 1' }).click()
  await expect(transfers).toHaveCount(1)
  await expect(transfers.first().getByRole('combobox', { name: /^Recipient of transfer/ })).toHaveValue(
    'Bangalore Support Pvt Ltd',
  )

  // The Indian party's proposal, once documented by the user, stays when its recipient is removed.
  await transfers
    .first()
    .getByRole('checkbox', { name: /transfer impact assessment/i })
    .check()
  await page.getByRole('button', { name: 'Remove recipient 1' }).click()
  await expect(page.getByRole('combobox', { name: 'Recipient 1', exact: true })).toHaveCount(0)
  await expect(transfers).toHaveCount(1)
})
