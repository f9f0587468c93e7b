/**
 * Art. 30(1)(a) / 30(2)(a) ask for the name and contact details of each joint controller and of each
 * controller a processor acts for: a party named there without an address or an email address is a finding,
 * and the point is not filled, so the dashboard's completeness does not read 100 %.
 */
import { describe, expect, it } from 'vitest'
import {
  art30Completeness,
  organisationCompleteness,
  overallCompleteness,
  runChecks,
} from '../../../shared/checks'
import { FINDINGS } from '../../../shared/i18n/findings'
import { LANGUAGES } from '../../../shared/schemas/codes'
import { PARTIES, TODAY, activity, expectOne, processorActivity, register } from './builder'

/** The builder's parties with the joint controller and the client stripped of every contact detail. */
const unreachable = PARTIES.map((p) =>
  p.id === 'p-joint' || p.id === 'p-client'
    ? { ...p, address: null, email: null, website: 'https://x.example' }
    : { ...p, email: 'privacy@vendor.example' },
)
const joint = activity({ role: 'joint_controller', jointControllerIds: ['p-fi', 'p-joint'] })

describe('contact details of the parties point (a) names', () => {
  it('reports a joint controller without address or email on 30(1)(a), at its place in the list', () => {
    const findings = runChecks(register({ parties: unreachable, activities: [joint] }), { today: TODAY })
    expectOne(findings, {
      code: 'PARTY_CONTACT_MISSING',
      severity: 'warning',
      article: '30(1)(a)',
      activityReference: 'PA-01',
      entity: 'party',
      entityId: 'p-joint',
      field: 'jointControllerIds.1',
    })
    expect(findings.find((f) => f.code === 'PARTY_CONTACT_MISSING')?.message).toContain('Partner GmbH')
  })

  it('reports a processor record’s controller without contact details on 30(2)(a)', () => {
    const findings = runChecks(register({ parties: unreachable, activities: [processorActivity()] }), {
      today: TODAY,
    })
    expectOne(findings, {
      code: 'PARTY_CONTACT_MISSING',
      article: '30(2)(a)',
      entityId: 'p-client',
      field: 'controllerIds.0',
    })
  })

  it('is satisfied by an address or an email address', () => {
    for (const contact of [{ address: 'Hauptstraße 1' }, { email: 'dpo@partner.example' }]) {
      const parties = unreachable.map((p) => (p.id === 'p-joint' ? { ...p, ...contact } : p))
      const findings = runChecks(register({ parties, activities: [joint] }), { today: TODAY })
      expect(findings.map((f) => f.code)).not.toContain('PARTY_CONTACT_MISSING')
    }
  })

  it('leaves point (a) unfilled, so the register is no longer 100 % complete', () => {
    const reachable = register({
      parties: PARTIES.map((p) => ({ ...p, email: 'privacy@vendor.example' })),
      activities: [joint, processorActivity()],
    })
    const doc = register({ parties: unreachable, activities: [joint, processorActivity()] })
    expect(
      overallCompleteness(organisationCompleteness(reachable, runChecks(reachable, { today: TODAY }))),
    ).toBe(1)
    const points = (d: typeof doc, i: number) =>
      Object.fromEntries(art30Completeness(d, d.activities[i]!).map((p) => [p.point, p.filled]))
    expect(points(doc, 0)['30(1)(a)']).toBe(false)
    expect(points(doc, 1)['30(2)(a)']).toBe(false)
    expect(overallCompleteness(organisationCompleteness(doc, runChecks(doc, { today: TODAY })))).toBeLessThan(
      1,
    )
  })

  it('says so in every language, naming the party', () => {
    for (const language of LANGUAGES) {
      expect(FINDINGS[language].PARTY_CONTACT_MISSING).toContain('{{party}}')
      if (language !== 'en')
        expect(FINDINGS[language].PARTY_CONTACT_MISSING).not.toBe(FINDINGS.en.PARTY_CONTACT_MISSING)
    }
  })
})
