/**
 * The history's sentences name coded values as the register does, in the language asked for: an SCC module
 * by its name, mechanisms, lawful bases, statuses and kinds by their labels, countries by name, days as the
 * language writes them. Never the stored code ("SCC module set to “2”").
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../shared/schemas/codes'
import { openTestWorkspace } from './../helpers/workspace'

async function changedRegister() {
  const { client } = await openTestWorkspace()
  const org = await client.call('organisations.create', { name: 'Codes Oy' })
  const { id: orgId, createdAt: _c, updatedAt: _u, ...profile } = org
  await client.call('organisations.update', {
    id: orgId,
    profile: { ...profile, country: 'FI', supervisoryAuthority: 'FI', language: 'fi' },
  })
  const party = await client.call('parties.create', {
    organisationId: orgId,
    entry: { name: 'Mailer LLC', kind: 'processor' },
  })
  const { id: partyId, organisationId: _o, ...entry } = party
  await client.call('parties.update', {
    id: partyId,
    entry: {
      ...entry,
      kind: 'sub_processor',
      country: 'US',
      transferMechanism: 'A46_2_c',
      sccModule: 2,
      dpaSignedOn: '2026-01-02',
    },
  })
  const activity = await client.call('activities.create', {
    organisationId: orgId,
    activity: {
      reference: 'PA-01',
      name: 'Newsletter',
      role: 'controller',
      status: 'draft',
      purposes: [{ description: 'Sending the newsletter', legalBasis: '6_1_a' }],
      transfers: [{ partyId, country: 'US', mechanism: 'NONE' }],
    },
  })
  const { id: activityId, organisationId: _a, createdAt: _ac, updatedAt: _au, ...fields } = activity
  await client.call('activities.update', {
    id: activityId,
    activity: {
      ...fields,
      status: 'active',
      purposes: [{ ...fields.purposes[0]!, legalBasis: '6_1_b' }],
      transfers: [{ ...fields.transfers[0]!, mechanism: 'A46_2_c', sccModule: 3 }],
      dpia: { ...fields.dpia, status: 'required' },
      lastReviewedOn: '2026-03-04',
    },
  })
  const lines = async (entityId: string, language: (typeof LANGUAGES)[number]) => {
    const [latest] = await client.call('history.entity', { entityId, language })
    return latest!.lines.map((l) => l.text)
  }
  return { orgId, partyId, activityId, lines }
}

/** Stored codes as they would show if a sentence quoted them raw. */
const RAW = [
  '“2”',
  '“3”',
  'A46_2_c',
  'NONE',
  '6_1_',
  'sub_processor',
  '“US”',
  '“FI”',
  '“fi”',
  '“active”',
  '2026-',
]

describe('history sentences', () => {
  it('name codes, countries and days in English as the register writes them', async () => {
    const { orgId, partyId, activityId, lines } = await changedRegister()
    expect(await lines(activityId, 'en')).toEqual([
      'Status changed from “Draft” to “Active”',
      'Lawful basis of “Sending the newsletter” changed from “Consent (Art. 6(1)(a))” to “Contract (Art. 6(1)(b))”',
      'Transfer mechanism of the transfer to United States of America (Mailer LLC) changed from “No safeguard” to “Standard contractual clauses (2021/914)”',
      'SCC module of the transfer to United States of America (Mailer LLC) set to “Module 3: processor to processor”',
      'DPIA status changed from “Not assessed” to “Required”',
      'Last reviewed on set to “4 Mar 2026”',
    ])
    expect(await lines(partyId, 'en')).toEqual([
      'Type changed from “Processor” to “Sub-processor”',
      'Country set to “United States of America”',
      'Data processing agreement signed on set to “2 Jan 2026”',
      'Transfer mechanism in its contract set to “Standard contractual clauses (2021/914)”',
      'SCC module in its contract set to “Module 2: controller to processor”',
    ])
    expect(await lines(orgId, 'en')).toEqual([
      'Country set to “Finland”',
      'Supervisory authority set to “Finland”',
      'Language changed from “English” to “Suomi”',
    ])
  })

  it('speak Finnish in the Finnish interface', async () => {
    const { partyId, activityId, lines } = await changedRegister()
    const activity = await lines(activityId, 'fi')
    expect(activity).toContain(
      'siirto kohteeseen Yhdysvallat (Mailer LLC): Vakiosopimuslausekkeiden moduuli asetettu: “Moduuli 3: käsittelijältä käsittelijälle”',
    )
    expect(activity).toContain('Tila muutettu: “Luonnos” → “Käytössä”')
    expect(activity).toContain('Viimeksi tarkistettu asetettu: “4.3.2026”')
    expect(await lines(partyId, 'fi')).toContain(
      'Sopimuksen vakiosopimuslausekkeiden moduuli asetettu: “Moduuli 2: rekisterinpitäjältä käsittelijälle”',
    )
  })

  it('never quote a stored code, in any of the six languages', async () => {
    const { orgId, partyId, activityId, lines } = await changedRegister()
    for (const language of LANGUAGES) {
      for (const id of [orgId, partyId, activityId]) {
        const texts = await lines(id, language)
        expect(texts.length, `${language}: ${id}`).toBeGreaterThan(2)
        for (const text of texts) for (const raw of RAW) expect(text, language).not.toContain(raw)
      }
    }
  })
})
