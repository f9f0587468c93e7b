/**
 * Builds register documents for the check tests: a clean controller register that raises no finding, which
 * each test bends just enough to fire (or not fire) one rule. Everything is parsed through the register
 * schema, so defaults apply exactly as on import.
 */
import { expect } from 'vitest'
import { runChecks } from '../../../shared/checks'
import type { CheckOptions, Finding } from '../../../shared/checks'
import {
  registerDocumentSchema,
  type RegisterDocument,
  type RegisterDocumentInput,
} from '../../../shared/schemas/register'

type Input = RegisterDocumentInput
export type ActivityInput = NonNullable<Input['activities']>[number]
export type TransferInput = NonNullable<ActivityInput['transfers']>[number]
export type PurposeInput = NonNullable<ActivityInput['purposes']>[number]
type OrganisationInput = Input['organisation']

export const TODAY = '2026-06-01'

export const ORGANISATION: OrganisationInput = {
  name: 'Nordic Bakery Oy',
  country: 'FI',
  email: 'privacy@bakery.example',
}

export const PARTIES: NonNullable<Input['parties']> = [
  { id: 'p-dpf', name: 'Cloudy Inc', kind: 'processor', country: 'US', dpfCertified: true },
  { id: 'p-us', name: 'Mailer LLC', kind: 'processor', country: 'US' },
  { id: 'p-in', name: 'Outsource Pvt Ltd', kind: 'processor', country: 'IN' },
  { id: 'p-ch', name: 'Swiss Backup AG', kind: 'processor', country: 'CH' },
  { id: 'p-jp', name: 'Tokyo Services KK', kind: 'processor', country: 'JP' },
  { id: 'p-fi', name: 'Payroll Oy', kind: 'processor', country: 'FI' },
  {
    id: 'p-client',
    name: 'Client AB',
    kind: 'client_controller',
    country: 'SE',
    email: 'dpo@client.example',
  },
  {
    id: 'p-joint',
    name: 'Partner GmbH',
    kind: 'joint_controller',
    country: 'DE',
    address: 'Hauptstraße 1, Berlin',
  },
]

export const DATA_CATEGORIES: NonNullable<Input['dataCategories']> = [
  { id: 'd-contact', name: 'Contact details' },
  { id: 'd-health', name: 'Sick leave records', special: 'health' },
  { id: 'd-crim', name: 'Criminal record extracts', special: 'criminal' },
  { id: 'd-nid', name: 'Personal identity code', special: 'national_id' },
]

/** A controller activity that fills every point and raises nothing. */
export function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id: 'a1',
    reference: 'PA-01',
    name: 'Customer service',
    role: 'controller',
    status: 'active',
    purposes: [{ description: 'Answering customer questions', legalBasis: '6_1_b' }],
    dataSubjectCategoryIds: ['s-customers'],
    dataCategories: [{ dataCategoryId: 'd-contact', retention: '2 years after the last contact' }],
    recipients: [{ partyId: 'p-fi' }],
    securityMeasureIds: ['m-access'],
    nextReviewDue: '2027-01-01',
    ...overrides,
  }
}

/** A processor activity (Art. 30(2)) that fills every point and raises nothing. */
export function processorActivity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id: 'a2',
    reference: 'PR-01',
    name: 'Payroll service for clients',
    role: 'processor',
    status: 'active',
    purposes: [{ description: 'Calculating and paying salaries' }],
    controllerIds: ['p-client'],
    securityMeasureIds: ['m-access'],
    ...overrides,
  }
}

/** A transfer to India under 2021 SCCs, module 2, with a transfer impact assessment: raises nothing. */
export function transfer(overrides: Partial<TransferInput> = {}): TransferInput {
  return {
    partyId: 'p-in',
    country: 'IN',
    mechanism: 'A46_2_c',
    sccModule: 2,
    transferImpactAssessment: true,
    ...overrides,
  }
}

export function register(
  overrides: {
    organisation?: Partial<OrganisationInput>
    activities?: ActivityInput[]
    parties?: Input['parties']
    dataCategories?: Input['dataCategories']
  } = {},
): RegisterDocument {
  return registerDocumentSchema.parse({
    format: 'ropa-register',
    version: 1,
    organisation: { ...ORGANISATION, ...overrides.organisation },
    parties: overrides.parties ?? PARTIES,
    dataSubjectCategories: [
      { id: 's-customers', name: 'Customers' },
      { id: 's-employees', name: 'Employees', vulnerable: true },
    ],
    dataCategories: overrides.dataCategories ?? DATA_CATEGORIES,
    securityMeasures: [{ id: 'm-access', kind: 'access_control', name: 'Role-based access' }],
    activities: overrides.activities ?? [activity()],
  })
}

/** Findings of a register with one activity built from the overrides. */
export function check(
  overrides: Partial<ActivityInput> = {},
  options: Partial<CheckOptions> = {},
): Finding[] {
  return runChecks(register({ activities: [activity(overrides)] }), { today: TODAY, ...options })
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code)
}

/** Asserts exactly one finding with the code, matching `expected`, whose message names each of `names`. */
export function expectOne(
  findings: readonly Finding[],
  expected: Partial<Finding> & Pick<Finding, 'code'>,
  names: string[] = [],
): Finding {
  const matching = findings.filter((f) => f.code === expected.code)
  expect(matching, `findings with code ${expected.code}: ${JSON.stringify(findings, null, 2)}`).toHaveLength(
    1,
  )
  const [finding] = matching
  expect(finding).toMatchObject(expected)
  for (const name of names) expect(finding.message).toContain(name)
  expect(finding.message).not.toMatch(/\{\{/)
  return finding
}
