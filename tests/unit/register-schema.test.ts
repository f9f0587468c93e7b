/** Acceptance and rejection for every kind of field in the register document. */
import { describe, expect, it } from 'vitest'
import { toFieldIssues } from '../../shared/api/issues'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { richRegister } from '../fixtures/rich-register'

function problems(mutate: (doc: any) => void) {
  const doc = structuredClone(richRegister()) as any
  mutate(doc)
  const result = registerDocumentSchema.safeParse(doc)
  return result.success ? [] : toFieldIssues(result.error)
}

describe('register document schema', () => {
  it('accepts the rich register and fills defaults for left-out optional fields', () => {
    expect(registerDocumentSchema.safeParse(richRegister()).success).toBe(true)
    const minimal = registerDocumentSchema.parse({
      format: 'ropa-register',
      version: 1,
      organisation: { name: 'Tiny Oy' },
      activities: [{ id: 'a1', reference: 'PA-01', name: 'Customers', role: 'controller' }],
    })
    expect(minimal.organisation).toMatchObject({ country: null, language: 'en', representative: null })
    expect(minimal.activities[0]).toMatchObject({
      status: 'draft',
      purposes: [],
      transfers: [],
      dpia: { status: 'not_assessed', criteria: [] },
      automatedDecisionMaking: false,
    })
  })

  const rejections: [string, (d: any) => void, string, RegExp][] = [
    ['required text left blank', (d) => (d.organisation.name = '  '), 'organisation.name', /name/],
    ['required field missing', (d) => delete d.activities[0].role, 'activities[0].role', /must be one of/],
    ['text that is not text', (d) => (d.activities[0].name = 42), 'activities[0].name', /must be text|Enter/],
    [
      'too-long text',
      (d) => (d.activities[0].reference = 'x'.repeat(51)),
      'activities[0].reference',
      /at most 50/,
    ],
    [
      'an unknown code',
      (d) => (d.activities[0].role = 'owner'),
      'activities[0].role',
      /must be one of "controller"/,
    ],
    [
      'an unknown legal basis',
      (d) => (d.activities[0].purposes[0].legalBasis = '6_1_g'),
      'activities[0].purposes[0].legalBasis',
      /must be one of/,
    ],
    [
      'an unknown Art. 9(2) condition',
      (d) => (d.activities[0].purposes[2].specialCategoryCondition = '9_2_k'),
      'activities[0].purposes[2].specialCategoryCondition',
      /must be one of/,
    ],
    [
      'an unknown special kind',
      (d) => (d.dataCategories[0].special = 'secret'),
      'dataCategories[0].special',
      /must be one of/,
    ],
    [
      'an unknown DPIA criterion',
      (d) => d.activities[0].dpia.criteria.push('gut_feeling'),
      'activities[0].dpia.criteria[1]',
      /must be one of/,
    ],
    [
      'a repeated DPIA criterion',
      (d) => d.activities[0].dpia.criteria.push('sensitive_data'),
      'activities[0].dpia.criteria',
      /twice/,
    ],
    [
      'a boolean given as text',
      (d) => (d.parties[0].dpfCertified = 'yes'),
      'parties[0].dpfCertified',
      /true or false/,
    ],
    [
      'a bad date',
      (d) => (d.parties[0].dpaSignedOn = '2024-13-01'),
      'parties[0].dpaSignedOn',
      /is not a day of the calendar: there is no month 13/,
    ],
    ['a lower-case country', (d) => (d.parties[0].country = 'fi'), 'parties[0].country', /ISO 3166-1/],
    [
      'a fractional number',
      (d) => (d.organisation.employeeCount = 12.5),
      'organisation.employeeCount',
      /whole number/,
    ],
    [
      'a negative month count',
      (d) => (d.activities[0].dataCategories[0].retentionMonths = -1),
      'activities[0].dataCategories[0].retentionMonths',
      /at least 0/,
    ],
    [
      'an SCC module out of range',
      (d) => (d.activities[1].transfers[3].sccModule = 5),
      'activities[1].transfers[3].sccModule',
      /1, 2, 3 or 4/,
    ],
    [
      'a transfer with neither country nor organisation',
      (d) => (d.activities[1].transfers[0].country = null),
      'activities[1].transfers[0].country',
      /either a country or an international organisation/,
    ],
    [
      'a recipient with neither party nor category',
      (d) => (d.activities[0].recipients[2].category = null),
      'activities[0].recipients[2].category',
      /either a party or a category/,
    ],
    [
      'an unknown field',
      (d) => (d.organisation.vatNumber = 'FI123'),
      'organisation',
      /does not know: vatNumber/,
    ],
    [
      'a contact without a name',
      (d) => (d.organisation.dpo = { email: 'x@y' }),
      'organisation.dpo.name',
      /name/i,
    ],
    ['a repeated id', (d) => (d.parties[1].id = 'p1'), 'parties[1].id', /repeats the id "p1"/],
    [
      'a repeated name',
      (d) => (d.dataCategories[1].name = 'contact details'),
      'dataCategories[1].name',
      /repeats "contact details"/,
    ],
    [
      'a repeated reference',
      (d) => (d.activities[1].reference = 'pa-01'),
      'activities[1].reference',
      /repeats/,
    ],
    [
      'a dangling data subject id',
      (d) => (d.activities[0].dataSubjectCategoryIds = ['s9']),
      'activities[0].dataSubjectCategoryIds[0]',
      /refers to "s9"/,
    ],
    [
      'a dangling party id',
      (d) => (d.activities[1].transfers[0].partyId = 'p9'),
      'activities[1].transfers[0].partyId',
      /refers to "p9"/,
    ],
    [
      'a dangling measure id',
      (d) => (d.activities[0].securityMeasureIds = ['m1', 'm9']),
      'activities[0].securityMeasureIds[1]',
      /refers to "m9"/,
    ],
    [
      'the same id listed twice',
      (d) => (d.activities[0].securityMeasureIds = ['m1', 'm1']),
      'activities[0].securityMeasureIds',
      /twice/,
    ],
    [
      'controllers on a controller record',
      (d) => (d.activities[0].controllerIds = ['p5']),
      'activities[0].controllerIds',
      /only for processor records/,
    ],
    ['the wrong version', (d) => (d.version = 2), 'version', /must be 1/],
  ]

  for (const [what, mutate, path, message] of rejections) {
    it(`refuses ${what} at ${path}`, () => {
      const issues = problems(mutate)
      const issue = issues.find((i) => i.path === path)
      expect(issue, JSON.stringify(issues)).toBeTruthy()
      expect(issue!.message).toMatch(message)
    })
  }
})
