/**
 * The ICO's documentation template for controllers as it is published: its header row carries thirty columns,
 * the last five for special category and criminal offence data under the DPA 2018 (Schedule 1 condition,
 * the Article 6 basis again, the retention and erasure policy). Each heading lands on the field it names, and
 * none of them becomes the activity's name or eats another field.
 */
import { describe, expect, it } from 'vitest'
import { workbookBytes } from '../fixtures/spreadsheets'
import { openTestWorkspace } from '../helpers/workspace'

/** The template's header row (sheet "Template", row 9, columns A to AD), word for word and in order. */
const HEADINGS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 condition for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Link to record of consent',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Data Protection Impact Assessment progress',
  'Link to Data Protection Impact Assessment',
  'Has a personal data breach occurred?',
  'Link to record of personal data breach',
  'Data Protection Act 2018 Schedule 1 Condition for processing',
  'GDPR Article 6 lawful basis for processing',
  'Link to retention and erasure policy document',
  'Is personal data retained and erased in accordance with the policy document?',
  'Reasons for not adhering to policy document (if applicable)',
]

/** A row of the template by heading; a key that is not one of the headings is a mistake in the test. */
function row(values: Record<string, string>) {
  for (const key of Object.keys(values)) if (!HEADINGS.includes(key)) throw new Error(`not a heading: ${key}`)
  return HEADINGS.map((h) => values[h] ?? null)
}

function template() {
  return [
    ['Documentation of processing activities'],
    [],
    [null, 'Name', 'Address', 'Email', 'Telephone'],
    ['Controller', 'Acme Widgets Ltd', '1 High Street, Leeds LS1 1AA', 'privacy@acme.example', null],
    ['Data Protection Officer', 'Pat Jones', null, 'dpo@acme.example', null],
    ['Representative', null, null, null, null],
    [],
    [],
    HEADINGS,
    row({
      'Business function': 'HR',
      'Purpose of processing': 'Occupational health',
      'Categories of individuals': 'Employees',
      'Categories of personal data': 'Sick leave',
      'Retention schedule (if possible)': '6 years after employment ends',
      'Article 6 lawful basis for processing personal data': 'Legal obligation',
      'Article 9 condition for processing special category data': 'Article 9(2)(b)',
      'Data Protection Act 2018 Schedule 1 Condition for processing':
        'DPA 2018 Schedule 1 Part 1 paragraph 1 (employment)',
      'GDPR Article 6 lawful basis for processing': 'Legal obligation',
      'Link to retention and erasure policy document': 'https://intranet.example/policies/retention-hr',
      'Is personal data retained and erased in accordance with the policy document?': 'Yes',
    }),
    row({
      'Business function': 'Marketing',
      'Purpose of processing': 'Newsletter',
      'Categories of individuals': 'Customers',
      'Categories of personal data': 'Contact details',
      'Article 6 lawful basis for processing personal data': 'Consent',
      'Link to record of consent': 'CRM consent log, newsletter list',
    }),
    row({
      'Business function': 'Sales',
      'Purpose of processing': 'Fraud prevention',
      'Categories of individuals': 'Customers',
      'Categories of personal data': 'Payment details',
      'Article 6 lawful basis for processing personal data': 'Legitimate interests',
      'Legitimate interests for the processing (if applicable)': 'Preventing card fraud',
      'Link to record of legitimate interests assessment (if applicable)': 'LIA-2025-07 in the DPO folder',
    }),
  ]
}

describe('the ICO template’s own headings', () => {
  it('map onto the registry fields, the DPA 2018 columns included', async () => {
    const ws = await openTestWorkspace()
    const input = {
      fileName: 'ico-documentation-template.xlsx',
      content: (await workbookBytes({ Template: template() })).toString('base64'),
    }
    const analysis = await ws.client.call('imports.analyse', input)
    const suggested = (heading: string) => analysis.columns.find((c) => c.heading === heading)
    expect(analysis.layout).toBe('ico')
    for (const [heading, field] of [
      ['Data Protection Act 2018 Schedule 1 Condition for processing', 'conditionReference'],
      ['Link to record of consent', 'consentRecord'],
      ['Link to retention and erasure policy document', 'retentionReference'],
      ['Link to record of legitimate interests assessment (if applicable)', 'legitimateInterestAssessment'],
      ['Article 9 condition for processing special category data', 'specialCategoryCondition'],
      ['Article 6 lawful basis for processing personal data', 'legalBasis'],
    ] as const)
      expect(suggested(heading), heading).toMatchObject({ suggested: field, confidence: 1 })
    // The DPA 2018 section repeats the Article 6 basis and asks about the policy: kept as notes, never taken
    // for the activity's name or its categories of data.
    for (const heading of HEADINGS.slice(26))
      if (heading !== 'Link to retention and erasure policy document')
        expect(suggested(heading)?.suggested, heading).toBe('notes')

    const result = await ws.client.call('imports.confirm', input)
    expect(result.counts.activities).toBe(3)
    const doc = await ws.client.call('register.export', { organisationId: result.organisationId })
    const byName = (name: string) => {
      const found = doc.activities.find((a) => a.name === name)
      if (!found) throw new Error(`no activity “${name}”: ${doc.activities.map((a) => a.name).join(', ')}`)
      return found
    }
    const health = byName('Occupational health')
    expect(health.purposes[0]).toMatchObject({
      legalBasis: '6_1_c',
      specialCategoryCondition: '9_2_b',
      conditionReference: 'DPA 2018 Schedule 1 Part 1 paragraph 1 (employment)',
    })
    expect(health.retention).toBe('6 years after employment ends')
    expect(health.retentionReference).toBe('https://intranet.example/policies/retention-hr')
    expect(health.notes).toContain('GDPR Article 6 lawful basis for processing: Legal obligation')
    expect(health.notes).toContain(
      'Is personal data retained and erased in accordance with the policy document?: Yes',
    )
    expect(byName('Newsletter').purposes[0]).toMatchObject({
      legalBasis: '6_1_a',
      consentRecord: 'CRM consent log, newsletter list',
    })
    expect(byName('Fraud prevention').purposes[0]).toMatchObject({
      legalBasis: '6_1_f',
      legitimateInterest: 'Preventing card fraud',
      legitimateInterestAssessment: 'LIA-2025-07 in the DPO folder',
    })
  })
})
