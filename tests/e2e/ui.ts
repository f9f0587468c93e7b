/** Small helpers for driving the register UI and seeding a workspace through the real API. */
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api'
import type { RegisterDocumentInput } from '../../shared/schemas/register'
import { apiOf } from './api'
import { expect, type RopaServer } from './fixtures'

/** Calls the backend as the UI does (same token, same HTTP API), for setting up a test quickly. */
export function api<M extends MethodName>(
  request: APIRequestContext,
  ropa: RopaServer,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return apiOf(request, ropa)(method, input)
}

type ActivityInput = NonNullable<RegisterDocumentInput['activities']>[number]

/** A register document with a few catalogue entries and the given activities (ids p1, s1, d1, d2, m1). */
export function registerDocument(name: string, activities: Partial<ActivityInput>[]): RegisterDocumentInput {
  return {
    format: 'ropa-register',
    version: 1,
    organisation: { name, country: 'FI', address: 'Main Street 1, Helsinki', email: 'privacy@example.com' },
    parties: [{ id: 'p1', name: 'Payroll Services Oy', kind: 'processor', country: 'FI' }],
    dataSubjectCategories: [{ id: 's1', name: 'Employees' }],
    dataCategories: [
      { id: 'd1', name: 'Contact details' },
      { id: 'd2', name: 'Customer data' },
    ],
    securityMeasures: [{ id: 'm1', kind: 'encryption', name: 'Encryption at rest' }],
    activities: activities.map((a, i) => ({
      id: `a${i + 1}`,
      reference: `PA-${String(i + 1).padStart(2, '0')}`,
      name: `Activity ${i + 1}`,
      role: 'controller',
      ...a,
    })) as ActivityInput[],
  }
}

export async function seed(request: APIRequestContext, ropa: RopaServer, document: RegisterDocumentInput) {
  return api(request, ropa, 'register.import', { document })
}

/** Opens a Mantine select (by its label) and picks the option with this name. */
export async function choose(
  page: Page,
  within: Page | Locator,
  label: string | RegExp,
  option: string | RegExp,
  search?: string,
) {
  const box = within.getByRole('combobox', { name: label, exact: typeof label === 'string' })
  await box.click()
  if (search !== undefined) await box.fill(search)
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
}

/** Types into a catalogue picker and picks its "Create …" option, which opens the entry dialog. */
export async function createFromPicker(page: Page, label: string, name: string) {
  const box = page.getByRole('combobox', { name: label, exact: true })
  await box.click()
  await box.fill(name)
  await page.getByRole('option', { name: new RegExp(`^Create .*“${name}”`) }).click()
  const dialog = page.getByTestId('catalogue-entry-dialog')
  await expect(dialog.getByRole('textbox', { name: /Name|Category of|Measure/ }).first()).toHaveValue(name)
  return dialog
}

export async function expectSaved(page: Page, text: string | RegExp) {
  await expect(page.getByText(text).first()).toBeVisible()
}
