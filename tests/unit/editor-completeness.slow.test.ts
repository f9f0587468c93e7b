/**
 * (Property run, a few seconds: the reported cases are in editor-completeness.test.ts.)
 * The editor's completeness marks agree with Save and with the findings: for generated activities (blank
 * rows, half-typed transfers, every record kind), a section marked complete is one Save accepts, with no
 * error finding and with its Art. 30 point filled; and a section all three accept is marked complete.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { art30Completeness, buildLookups, checkActivity, type Finding } from '../../shared/checks'
import { MECHANISMS, ROLES } from '../../shared/schemas/codes'
import { activityFieldsSchema, type ActivityFields } from '../../shared/schemas/activity'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { emptyActivity, toChecked, toSaved } from '../../renderer/features/activities/editor/form-values'
import { sectionStates } from '../../renderer/features/activities/editor/section-states'
import { sectionOf, sectionsFor } from '../../renderer/features/activities/editor/sections'
import { richRegister } from '../fixtures/rich-register'

const doc = registerDocumentSchema.parse(richRegister())
const lookups = buildLookups(doc)
const TODAY = '2026-06-01'

const maybeText = fc.constantFrom(null, '', '  ', 'Payroll', 'Kept 6 years after the contract ends')
const subset = <T>(items: readonly T[]) => fc.subarray([...items])

const purpose = fc.record({
  description: fc.constantFrom('', ' ', 'Paying salaries'),
  legalBasis: fc.constantFrom(null, '6_1_b', '6_1_c', '6_1_f'),
  legitimateInterest: maybeText,
  specialCategoryCondition: fc.constantFrom(null, '9_2_b'),
  criminalDataBasis: maybeText,
}) as fc.Arbitrary<ActivityFields['purposes'][number]>

const recipient = fc.record({
  partyId: fc.constantFrom(null, 'p1', 'p2', 'p3', 'p6'),
  category: maybeText,
  purpose: maybeText,
  internal: fc.boolean(),
})

const transfer = fc.record({
  partyId: fc.constantFrom(null, 'p3', 'p6'),
  country: fc.constantFrom(null, 'US', 'RS', 'CH', 'IN'),
  internationalOrganisation: fc.constantFrom(null, '', 'UNHCR'),
  mechanism: fc.constantFrom(null, ...MECHANISMS),
  sccModule: fc.constantFrom(null, 1, 2, 3, 4),
  safeguardDocumentation: maybeText,
  transferImpactAssessment: fc.boolean(),
}) as unknown as fc.Arbitrary<ActivityFields['transfers'][number]>

const activity: fc.Arbitrary<ActivityFields> = fc
  .record({
    reference: fc.constantFrom('', 'PA-01'),
    name: fc.constantFrom('', 'Payroll'),
    role: fc.constantFrom(...ROLES),
    purposes: fc.array(purpose, { maxLength: 3 }),
    dataSubjectCategoryIds: subset(['s1', 's2', 's3']),
    dataCategories: subset(['d1', 'd2', 'd3', 'd5']).chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record({
            dataCategoryId: fc.constant(id),
            retention: maybeText,
            retentionMonths: fc.constantFrom(null, 0, 24),
          }),
        ),
      ),
    ),
    recipients: fc.array(recipient, { maxLength: 3 }),
    jointControllerIds: subset(['p4']),
    controllerIds: subset(['p5']),
    transfers: fc.array(transfer, { maxLength: 3 }),
    retention: maybeText,
    securityMeasureIds: subset(['m1', 'm2']),
  })
  .map((generated) => ({ ...emptyActivity(), ...generated }) as ActivityFields)

/** The form paths Save refuses: the schema itself on what the editor sends, not the editor's validator. */
function refusedBySave(values: ActivityFields): string[] {
  const parsed = activityFieldsSchema.safeParse(toSaved(values))
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))
}

const errorsIn = (findings: readonly Finding[], role: ActivityFields['role'], id: string) =>
  findings.filter((f) => f.severity === 'error' && f.field !== null && sectionOf(f.field, role) === id)

describe('editor completeness, Save and findings', () => {
  it('agree on every section of generated activities', () => {
    fc.assert(
      fc.property(activity, (values) => {
        const role = values.role
        const checked = toChecked(values, null)
        const findings = checkActivity(lookups, checked, { today: TODAY })
        const points = new Map(art30Completeness(lookups, checked).map((p) => [p.point, p]))
        const refused = refusedBySave(values)
        const states = sectionStates(lookups, values, null, findings)
        for (const section of sectionsFor(role)) {
          if (!section.point) continue
          const state = states.get(section.id)!
          const saveRefuses = refused.some((path) => sectionOf(path, role) === section.id)
          const errors = errorsIn(findings, role, section.id)
          const point = points.get(section.point)!
          const agreed = !saveRefuses && errors.length === 0
          if (state.filled) {
            expect(saveRefuses, `${section.id} complete but Save refuses ${refused.join(', ')}`).toBe(false)
            expect(
              errors.map((f) => f.code),
              `${section.id} complete beside errors`,
            ).toEqual([])
            expect(point.filled, `${section.id} complete but ${section.point} not filled`).toBe(true)
          }
          if (!state.applicable)
            expect(agreed && !point.applicable, `${section.id} "not applicable" but faulty`).toBe(true)
          if (agreed && point.filled)
            expect(state.filled, `${section.id}: Save, findings and point agree, mark does not`).toBe(true)
        }
      }),
      { numRuns: 400 },
    )
  })
})
