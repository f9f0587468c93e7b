/**
 * The activity editor's pure parts: which section holds each field a finding can name (so a finding or a
 * `?field=` link always opens a section that exists), what is saved for each record kind, and form errors in
 * plain words.
 */
import { describe, expect, it } from 'vitest'
import { buildLookups, checkActivity, FINDING_CODES } from '../../shared/checks'
import { activityFieldsSchema } from '../../shared/schemas/activity'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { switchedLocation, paths } from '../../renderer/app/paths'
import { blankToNull, schemaValidator } from '../../renderer/components/form-resolver'
import {
  emptyActivity,
  emptyPurpose,
  emptyTransfer,
  toChecked,
  toSaved,
} from '../../renderer/features/activities/editor/form-values'
import { displayPath, sectionOf, sectionsFor } from '../../renderer/features/activities/editor/sections'
import { richRegister } from '../fixtures/rich-register'

describe('editor sections', () => {
  it('places every finding of a rich register in a section shown for its record kind', () => {
    const doc = registerDocumentSchema.parse(richRegister())
    const lookups = buildLookups(doc)
    const seen = new Set<string>()
    for (const activity of doc.activities) {
      for (const role of ['controller', 'joint_controller', 'processor'] as const) {
        const variant = {
          ...activity,
          role,
          controllerIds: role === 'processor' ? activity.controllerIds : [],
          status: 'active' as const,
        }
        for (const finding of checkActivity(lookups, variant, { today: '2030-01-01' })) {
          expect(finding.field, finding.code).not.toBeNull()
          const ids = sectionsFor(role).map((s) => s.id)
          expect(ids, `${finding.field} (${role})`).toContain(sectionOf(finding.field!, role))
          seen.add(finding.code)
        }
      }
    }
    // The fixture exercises the activity rules broadly (the rest are organisation-level or need other data).
    expect(seen.size).toBeGreaterThanOrEqual(12)
    expect(FINDING_CODES.length).toBeGreaterThan(seen.size)
  })

  it('follows Art. 30(1) for controllers and Art. 30(2) for processors', () => {
    expect(sectionsFor('controller').flatMap((s) => (s.point ? [s.point] : []))).toEqual([
      '30(1)(a)',
      '30(1)(b)',
      '30(1)(c)',
      '30(1)(d)',
      '30(1)(e)',
      '30(1)(f)',
      '30(1)(g)',
    ])
    expect(sectionsFor('processor').flatMap((s) => (s.point ? [s.point] : []))).toEqual([
      '30(2)(a)',
      '30(2)(b)',
      '30(2)(c)',
      '30(2)(d)',
    ])
  })

  it('maps fields to the section a DPO looks in', () => {
    expect(sectionOf('transfers.0.mechanism', 'controller')).toBe('transfers')
    expect(sectionOf('dataCategories.2.retention', 'controller')).toBe('retention')
    expect(sectionOf('dataCategories.2.dataCategoryId', 'controller')).toBe('data')
    expect(sectionOf('dataCategories.2.retention', 'processor')).toBe('processorData')
    expect(sectionOf('controllerIds', 'processor')).toBe('parties')
    expect(sectionOf('dpia.status', 'controller')).toBe('risk')
    expect(sectionOf('nextReviewDue', 'processor')).toBe('review')
    expect(sectionOf('reference', 'controller')).toBe('about')
    // Where the balancing test and the national-law provision are asked for: the purpose they belong to.
    expect(sectionOf('purposes.1.legitimateInterestAssessment', 'controller')).toBe('purposes')
    expect(sectionOf('purposes.0.conditionReference', 'joint_controller')).toBe('purposes')
    expect(displayPath('dataCategories.2.dataCategoryId')).toBe('dataCategories')
    expect(displayPath('purposes.0.legitimateInterest')).toBe('purposes.0.legitimateInterest')
  })
})

describe('what the editor saves', () => {
  const base = { ...emptyActivity(), reference: 'PA-1', name: 'Payroll' }

  it('keeps only what the record kind holds', () => {
    const processor = toSaved({
      ...base,
      role: 'processor',
      purposes: [{ ...emptyPurpose('Calculating salaries'), legalBasis: '6_1_f', legitimateInterest: 'x' }],
      jointControllerIds: ['p1'],
      controllerIds: ['p2'],
    })
    expect(processor.purposes[0]).toMatchObject({ legalBasis: null, legitimateInterest: null })
    // Everything a controller's purpose records goes when the record is a processor's; the description stays.
    const switched = toSaved({
      ...base,
      role: 'processor',
      controllerIds: ['p2'],
      purposes: [
        {
          ...emptyPurpose('Occupational health for the client'),
          legalBasis: '6_1_f',
          legalBasisReference: 'Työterveyshuoltolaki 1383/2001',
          legitimateInterest: 'Healthy staff',
          legitimateInterestAssessment: 'LIA-7',
          consentRecord: 'Consent log',
          specialCategoryCondition: '9_2_h',
          criminalDataBasis: 'Act 504/2002',
          conditionReference: 'Act 759/2004, section 5',
        },
      ],
    })
    expect(switched.purposes).toEqual([emptyPurpose('Occupational health for the client')])
    expect(() => activityFieldsSchema.parse(switched)).not.toThrow()
    expect(processor.jointControllerIds).toEqual([])
    expect(processor.controllerIds).toEqual(['p2'])
    const controller = toSaved({
      ...base,
      controllerIds: ['p2'],
      purposes: [
        { ...base.purposes[0], description: 'Pay', legalBasis: '6_1_b', legitimateInterest: 'left over' },
      ],
    })
    expect(controller.controllerIds).toEqual([])
    expect(controller.purposes[0].legitimateInterest).toBeNull()
    expect(() => activityFieldsSchema.parse(controller)).not.toThrow()
  })

  it('saves blank text as "not recorded", but keeps the names of systems', () => {
    expect(blankToNull({ owner: '  ', systems: ['SAP'], dpia: { reference: '' } })).toEqual({
      owner: null,
      systems: ['SAP'],
      dpia: { reference: null },
    })
  })

  it('lets the checks read a half-typed activity: blank purpose, transfer without a mechanism yet', () => {
    const blankPurpose = {
      ...emptyActivity().purposes[0],
      description: null as unknown as string,
      legalBasis: null,
    }
    const activity = toChecked(
      {
        ...base,
        name: null as unknown as string,
        purposes: [blankPurpose],
        transfers: [{ ...emptyTransfer(), country: 'IN' }],
      },
      null,
    )
    expect(activity.transfers[0].mechanism).toBe('NONE')
    const findings = checkActivity(
      buildLookups(
        registerDocumentSchema.parse({ format: 'ropa-register', version: 1, organisation: { name: 'X' } }),
      ),
      activity,
      { today: '2026-01-01' },
    )
    expect(findings.find((f) => f.code === 'TRANSFER_NO_MECHANISM')?.field).toBe('transfers.0.mechanism')
    expect(findings.find((f) => f.code === 'LEGAL_BASIS_MISSING')?.field).toBe('purposes.0.legalBasis')
  })
})

describe('form errors', () => {
  const validate = schemaValidator(activityFieldsSchema, toSaved)

  it('words errors as the backend does, at the field', () => {
    const errors = validate({ ...emptyActivity(), transfers: [{ ...emptyTransfer(), country: 'IN' }] })
    expect(errors.reference).toBe('Enter a reference, e.g. PA-01')
    expect(errors.name).toBe('Enter the name of the activity')
    expect(errors['purposes.0.description']).toBe('Describe the purpose')
    expect(errors['transfers.0.mechanism']).toBe('Choose one of the options')
  })
})

describe('addresses', () => {
  it('carries a field to focus in the query of the fragment', () => {
    expect(paths.activity('o1', 'a2', 'transfers.0.mechanism')).toBe(
      '/orgs/o1/activities/a2?field=transfers.0.mechanism',
    )
    expect(paths.profile('o1', 'representative')).toBe('/orgs/o1/profile?field=representative')
  })

  it('switches organisation on the same kind of page', () => {
    expect(switchedLocation('/orgs/o1/profile', 'o2')).toBe('/orgs/o2/profile')
    expect(switchedLocation('/orgs/o1/catalogues/parties', 'o2')).toBe('/orgs/o2/catalogues/parties')
    expect(switchedLocation('/orgs/o1/activities/a9?field=name', 'o2')).toBe('/orgs/o2/activities')
    expect(switchedLocation('/', 'o2')).toBe('/orgs/o2/activities')
  })
})
