import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { createClient } from '../../shared/api/client'
import { tempWorkspacePath } from '../helpers/workspace'
import { migrationBefore, openAt } from './helpers'

describe('migration 0013_activity_references', () => {
  it('keeps every purpose and recipient as it was, with the new references not recorded and recipients external', async () => {
    const file = tempWorkspacePath()
    const old = await openAt(file, migrationBefore('0013_activity_references'))
    old.sqlite
      .prepare(
        "INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o1', 'Acme Oy', 't', 't')",
      )
      .run()
    old.sqlite
      .prepare(
        `INSERT INTO activities (id, organisation_id, reference, reference_key, name, role, status, retention, dpia_status, dpia_criteria, systems, automated_decision_making, created_at, updated_at)
         VALUES ('a1', 'o1', 'PA-1', 'PA-1', 'Payroll', 'controller', 'active', '6 years', 'not_assessed', '[]', '[]', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      )
      .run()
    const purpose = old.sqlite.prepare(
      'INSERT INTO activity_purposes (activity_id, position, description, legal_basis, legitimate_interest) VALUES (?, ?, ?, ?, ?)',
    )
    purpose.run('a1', 0, 'Paying salaries', '6_1_b', null)
    purpose.run('a1', 1, 'Preventing fraud', '6_1_f', 'Protecting the company’s funds')
    old.sqlite
      .prepare(
        "INSERT INTO activity_recipients (activity_id, position, party_id, category, purpose) VALUES ('a1', 0, NULL, 'Banks', 'Paying the salaries')",
      )
      .run()
    await old.close()

    const backend = await openBackend(file, { checkOutput: true })
    try {
      const client = createClient(backend.dispatch)
      const activity = await client.call('activities.get', { id: 'a1' })
      expect(activity.purposes).toEqual([
        {
          description: 'Paying salaries',
          legalBasis: '6_1_b',
          legalBasisReference: null,
          legitimateInterest: null,
          legitimateInterestAssessment: null,
          consentRecord: null,
          specialCategoryCondition: null,
          criminalDataBasis: null,
          conditionReference: null,
        },
        {
          description: 'Preventing fraud',
          legalBasis: '6_1_f',
          legalBasisReference: null,
          legitimateInterest: 'Protecting the company’s funds',
          legitimateInterestAssessment: null,
          consentRecord: null,
          specialCategoryCondition: null,
          criminalDataBasis: null,
          conditionReference: null,
        },
      ])
      expect(activity.recipients).toEqual([
        { partyId: null, category: 'Banks', purpose: 'Paying the salaries', internal: false },
      ])
      expect(activity).toMatchObject({
        retention: '6 years',
        retentionReference: null,
        automatedDecisionMaking: true,
        automatedDecisionMakingDescription: null,
      })

      // The new columns hold what is saved and read back.
      const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = activity
      await client.call('activities.update', {
        id: 'a1',
        expectedUpdatedAt: activity.updatedAt,
        activity: {
          ...fields,
          purposes: [
            { ...activity.purposes[0], legalBasisReference: 'Employment contracts' },
            { ...activity.purposes[1], legitimateInterestAssessment: 'LIA-2026-03' },
          ],
          recipients: [{ ...activity.recipients[0], internal: true }],
          retentionReference: 'Records retention schedule 2026',
          automatedDecisionMakingDescription: 'Scores payments against known fraud patterns',
        },
      })
      const saved = await client.call('activities.get', { id: 'a1' })
      expect(saved.purposes.map((p) => [p.legalBasisReference, p.legitimateInterestAssessment])).toEqual([
        ['Employment contracts', null],
        [null, 'LIA-2026-03'],
      ])
      expect(saved.recipients[0].internal).toBe(true)
      expect(saved).toMatchObject({
        retentionReference: 'Records retention schedule 2026',
        automatedDecisionMakingDescription: 'Scores payments against known fraud patterns',
      })
    } finally {
      await backend.close()
    }
  })
})
