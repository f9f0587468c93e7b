import { describe, expect, it } from 'vitest'
import { openTestWorkspace } from '../helpers/workspace'

describe('vendors of the library in an organisation', () => {
  it('create a party pre-filled from the library once, and the checks use its facts', async () => {
    const { client } = await openTestWorkspace()
    const org = await client.call('organisations.create', {
      name: 'Nordic Bakery Oy',
      country: 'FI',
      email: 'privacy@bakery.example',
    })
    const { party, created } = await client.call('library.vendors.addToOrganisation', {
      organisationId: org.id,
      vendorId: 'mailchimp',
    })
    expect(created).toBe(true)
    expect(party).toMatchObject({
      name: 'Mailchimp (The Rocket Science Group LLC)',
      kind: 'processor',
      country: 'US',
      dpfCertified: true,
      transferMechanism: 'ADEQ',
      libraryVendorId: 'mailchimp',
      dpfCheckedOn: null,
      dpaReference: 'https://mailchimp.com/legal/data-processing-addendum/',
    })
    expect(party.notes).toMatch(/Verify before relying on it/)
    // A second add returns the same party instead of a double.
    const again = await client.call('library.vendors.addToOrganisation', {
      organisationId: org.id,
      vendorId: 'mailchimp',
    })
    expect(again).toMatchObject({ created: false, party: { id: party.id } })

    // A US vendor without DPF gets SCCs with the module for a processor.
    const notion = await client.call('library.vendors.addToOrganisation', {
      organisationId: org.id,
      vendorId: 'notion',
    })
    expect(notion.party).toMatchObject({ dpfCertified: false, transferMechanism: 'A46_2_c', sccModule: 2 })
    // An EU vendor keeping the data in the EEA has no transfer mechanism.
    expect(
      (
        await client.call('library.vendors.addToOrganisation', {
          organisationId: org.id,
          vendorId: 'fortnox',
        })
      ).party,
    ).toMatchObject({ country: 'SE', transferMechanism: null })

    // A newsletter transferring to Mailchimp on adequacy: fine, but the certification came from the library unchecked.
    const [newsletter] = (
      await client.call('library.templates.apply', { organisationId: org.id, templateIds: ['newsletter'] })
    ).activities
    const activity = await client.call('activities.get', { id: newsletter.id })
    const { id, organisationId: _org, createdAt: _c, updatedAt: _u, ...fields } = activity
    await client.call('activities.update', {
      id,
      activity: {
        ...fields,
        // Where the balancing test of the legitimate interests is kept is the DPO's to say, not the template's.
        purposes: fields.purposes.map((p) =>
          p.legalBasis === '6_1_f' ? { ...p, legitimateInterestAssessment: 'LIA 2026-03 (DPO folder)' } : p,
        ),
        transfers: [{ partyId: party.id, country: 'US', mechanism: 'ADEQ' }],
      },
    })
    const codes = async () =>
      (await client.call('checks.organisation', { organisationId: org.id })).findings
        .filter((f) => f.activityReference === newsletter.reference)
        .map((f) => f.code)
    expect(await codes()).toEqual(['DPF_NOT_CHECKED'])
    const { id: partyId, organisationId: _o, ...partyFields } = party
    await client.call('parties.update', {
      id: partyId,
      entry: { ...partyFields, dpfCheckedOn: '2026-11-20' },
    })
    expect(await codes()).toEqual([])
  })

  it('edit a vendor: the parties made from it are listed with what differs, and change only when pushed', async () => {
    const { client } = await openTestWorkspace()
    const a = await client.call('organisations.create', { name: 'Alpha Oy', country: 'FI' })
    const b = await client.call('organisations.create', { name: 'Beta AB', country: 'SE' })
    const pa = (
      await client.call('library.vendors.addToOrganisation', { organisationId: a.id, vendorId: 'notion' })
    ).party
    await client.call('library.vendors.addToOrganisation', { organisationId: b.id, vendorId: 'notion' })
    const [notion] = (await client.call('library.vendors.list', {})).filter((v) => v.id === 'notion')
    expect(notion.source).toBe('builtin')

    const { id: _id, source: _s, asOf: _a, confidence: _c, verify: _v, ...fields } = notion
    const saved = await client.call('library.vendors.save', {
      id: 'notion',
      vendor: {
        ...fields,
        dpf: 'certified',
        transfers: { mechanisms: ['ADEQ', 'A46_2_c'], sccModules: [2, 3] },
      },
    })
    expect(saved.vendor).toMatchObject({ id: 'notion', source: 'edited', dpf: 'certified' })
    expect(saved.users.map((u) => [u.organisationName, u.differs])).toEqual([
      ['Alpha Oy', ['dpfCertified', 'transferMechanism', 'sccModule']],
      ['Beta AB', ['dpfCertified', 'transferMechanism', 'sccModule']],
    ])
    // Nothing changed in the registers yet.
    expect((await client.call('parties.list', { organisationId: a.id }))[0]).toMatchObject({
      dpfCertified: false,
      transferMechanism: 'A46_2_c',
    })

    expect(await client.call('library.vendors.push', { id: 'notion', partyIds: [pa.id] })).toEqual({
      updated: 1,
    })
    expect((await client.call('parties.list', { organisationId: a.id }))[0]).toMatchObject({
      dpfCertified: true,
      transferMechanism: 'ADEQ',
      sccModule: null,
      notes: pa.notes,
    })
    expect((await client.call('parties.list', { organisationId: b.id }))[0]).toMatchObject({
      dpfCertified: false,
    })
    expect(
      (await client.call('library.vendors.users', { id: 'notion' })).map((u) => u.differs.length),
    ).toEqual([0, 3])
    // The push is in the organisation's history.
    const history = await client.call('history.entity', { entityId: pa.id })
    expect(history.some((h) => h.operation === 'update')).toBe(true)

    // Undoing the edit brings back the shipped entry; the parties stay as they are.
    expect(await client.call('library.vendors.delete', { id: 'notion' })).toEqual({
      id: 'notion',
      restored: true,
    })
    expect((await client.call('library.vendors.list', {})).find((v) => v.id === 'notion')).toMatchObject({
      source: 'builtin',
      dpf: 'unknown',
    })
  })

  it('add vendors of your own, refusing a name twice and a link that is not https', async () => {
    const { client } = await openTestWorkspace()
    const vendor = {
      name: 'Palkka-Pekka Oy',
      category: 'payroll_hr' as const,
      legalEntity: 'Palkka-Pekka Oy',
      country: 'FI',
      processingCountries: ['FI'],
      dpf: 'not_applicable' as const,
    }
    const saved = await client.call('library.vendors.save', { vendor })
    expect(saved.vendor).toMatchObject({
      source: 'workspace',
      name: 'Palkka-Pekka Oy',
      verify: expect.stringMatching(/^Verify before relying on it/),
    })
    const twice = await client.invoke('library.vendors.save', { vendor })
    expect(twice.ok).toBe(false)
    if (!twice.ok) expect(twice.error.code).toBe('CONFLICT')
    const badLink = await client.invoke('library.vendors.save', {
      vendor: {
        ...vendor,
        name: 'Other Oy',
        links: { website: 'http://example.com', privacy: null, dpa: null, subprocessors: null },
      },
    })
    expect(badLink.ok).toBe(false)
    expect(
      (await client.call('library.vendors.list', {}))
        .filter((v) => v.source === 'workspace')
        .map((v) => v.name),
    ).toEqual(['Palkka-Pekka Oy'])
  })
})

describe('the consultant’s own templates and catalogue entries', () => {
  it('save an activity as a template and add it to another organisation with its entries', async () => {
    const { client } = await openTestWorkspace()
    const a = await client.call('library.createOrganisation', {
      name: 'Alpha Oy',
      country: 'FI',
      language: 'en',
      templateIds: ['social-media'],
    })
    const summary = await client.call('library.templates.saveActivity', {
      activityId: a.activities[0].id,
      name: 'Our social media',
    })
    expect(summary).toMatchObject({
      source: 'workspace',
      name: 'Our social media',
      language: 'en',
      role: 'joint_controller',
    })
    expect(
      (await client.call('library.templates.list', {}))
        .filter((t) => t.source === 'workspace')
        .map((t) => t.name),
    ).toEqual(['Our social media'])

    const b = await client.call('organisations.create', { name: 'Beta Oy', country: 'FI' })
    const applied = await client.call('library.templates.apply', {
      organisationId: b.id,
      templateIds: [summary.id],
    })
    const [original, copy] = await Promise.all([
      client.call('activities.get', { id: a.activities[0].id }),
      client.call('activities.get', { id: applied.activities[0].id }),
    ])
    expect(copy).toMatchObject({
      name: 'Our social media',
      role: 'joint_controller',
      purposes: original.purposes,
      notes: original.notes,
    })
    // The joint controller is the same library vendor, made into a party of Beta.
    const [meta] = await client.call('parties.list', { organisationId: b.id })
    expect(meta).toMatchObject({ libraryVendorId: 'meta', kind: 'joint_controller' })
    expect(copy.jointControllerIds).toEqual([meta.id])

    expect(await client.call('library.templates.delete', { id: summary.id })).toEqual({ id: summary.id })
    expect((await client.invoke('library.templates.delete', { id: 'payroll' })).ok).toBe(false)
  })

  it('keep a catalogue entry in the library, copy it to organisations, and offer changes to the copies', async () => {
    const { client } = await openTestWorkspace()
    const a = await client.call('organisations.create', { name: 'Alpha Oy', country: 'FI' })
    const b = await client.call('organisations.create', { name: 'Beta Oy', country: 'FI' })
    const measure = await client.call('securityMeasures.create', {
      organisationId: a.id,
      entry: { kind: 'encryption', name: 'Disk encryption', description: 'BitLocker' },
    })
    const kept = await client.call('library.entries.saveFromOrganisation', {
      catalogue: 'securityMeasures',
      entryId: measure.id,
    })
    expect(kept).toMatchObject({ catalogue: 'securityMeasures', name: 'Disk encryption', usedBy: 1 })

    expect(
      await client.call('library.entries.addToOrganisation', { organisationId: b.id, ids: [kept.id] }),
    ).toEqual({ created: 1, linked: 0 })
    const saved = await client.call('library.entries.save', {
      id: kept.id,
      entry: {
        catalogue: 'securityMeasures',
        fields: { kind: 'encryption', name: 'Disk encryption', description: 'BitLocker with TPM and PIN' },
      },
    })
    expect(saved.users.map((u) => [u.organisationName, u.differs])).toEqual([
      ['Alpha Oy', ['description']],
      ['Beta Oy', ['description']],
    ])
    expect((await client.call('securityMeasures.list', { organisationId: b.id }))[0].description).toBe(
      'BitLocker',
    )
    const beta = saved.users.find((u) => u.organisationName === 'Beta Oy')!
    expect(await client.call('library.entries.push', { id: kept.id, entryIds: [beta.entryId] })).toEqual({
      updated: 1,
    })
    expect((await client.call('securityMeasures.list', { organisationId: b.id }))[0].description).toBe(
      'BitLocker with TPM and PIN',
    )
    expect((await client.call('securityMeasures.list', { organisationId: a.id }))[0].description).toBe(
      'BitLocker',
    )

    // Deleting the library entry leaves the copies.
    await client.call('library.entries.delete', { id: kept.id })
    expect(await client.call('library.entries.list', {})).toEqual([])
    expect(await client.call('securityMeasures.list', { organisationId: b.id })).toHaveLength(1)
  })
})
