/**
 * Shared steps for end-to-end tests of the findings: a seeded workspace, the dashboard, a finding on it. The
 * editor and table tests can reuse them to see a fixed finding disappear everywhere.
 */
import type { Page } from '@playwright/test'
import type { ActivityFieldsInput } from '../../shared/schemas/activity'
import { richRegister } from '../fixtures/rich-register'
import { isoDaysFromToday, type CallApi } from './api'
import { expect } from './fixtures'

/**
 * The rich register with PA-01's review far ahead (the fixture's fixed date would fall inside the 60-day
 * window on some days), plus a small company with gaps, for the portfolio.
 */
export async function seedRichWorkspace(api: CallApi) {
  const doc = richRegister()
  doc.activities = doc.activities!.map((a) =>
    a.reference === 'PA-01' ? { ...a, nextReviewDue: isoDaysFromToday(400) } : a,
  )
  const { organisationId } = await api('register.import', { document: doc })
  const small = await api('organisations.create', { name: 'Small Shop Oy', country: 'FI', employeeCount: 40 })
  await api('activities.create', {
    organisationId: small.id,
    activity: {
      reference: 'PA-01',
      name: 'Customers',
      role: 'controller',
      status: 'active',
      purposes: [{ description: 'Selling goods', legalBasis: '6_1_b' }],
    },
  })
  const activities = await api('activities.list', { organisationId })
  const idOf = (reference: string) => activities.find((a) => a.reference === reference)!.id
  return { organisationId, smallId: small.id, idOf }
}

export async function openDashboard(page: Page, organisationName: string) {
  await page.getByRole('link', { name: 'Portfolio' }).click()
  await page.getByRole('row', { name: new RegExp(organisationName) }).click()
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible()
}

export const finding = (page: Page, code: string) => page.locator(`[data-code="${code}"]`)
export const stat = (page: Page, severity: 'error' | 'warning' | 'info') =>
  page.getByTestId(`stat-${severity}`)

/** Everything an activity's editor form holds, from `activities.get`, ready for `activities.update`. */
export async function activityFields(api: CallApi, id: string): Promise<ActivityFieldsInput> {
  const {
    id: _id,
    organisationId: _org,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = await api('activities.get', { id })
  return fields
}
