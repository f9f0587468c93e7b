/** notices.read and notices.apply through dispatch: a notice read into a draft, saved new or merged, all or nothing. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOTICE_FIXTURES } from '../helpers/notice-score'
import { openTestWorkspace } from '../helpers/workspace'

const kaneli = fs.readFileSync(path.join(NOTICE_FIXTURES, 'tuned', 'fi-kaneli-kauppa.txt'))

describe('notices.read', () => {
  it('reads a file sent as base64 or pasted text alike, and stores nothing', async () => {
    const { client } = await openTestWorkspace()
    const fromFile = await client.call('notices.read', {
      fileName: 'seloste.txt',
      content: kaneli.toString('base64'),
      organisationName: 'Kahvila Kaneli Oy',
      country: 'FI',
    })
    const pasted = await client.call('notices.read', {
      text: kaneli.toString('utf8'),
      organisationName: 'Kahvila Kaneli Oy',
      country: 'FI',
    })
    expect(pasted).toEqual(fromFile)
    expect(fromFile.reading.language).toBe('fi')
    expect(fromFile.document.organisation).toMatchObject({
      name: 'Kahvila Kaneli Oy',
      country: 'FI',
      language: 'fi',
      email: 'tietosuoja@kaneli.example',
      supervisoryAuthority: 'FI',
    })
    expect(fromFile.document.parties.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Paytrail', 'Mailchimp', 'Tilitoimisto Saldo Oy']),
    )
    expect(await client.call('organisations.list', {})).toEqual([])
  })

  it('refuses what is not a notice, in words', async () => {
    const { client } = await openTestWorkspace()
    const both = await client.invoke('notices.read', { text: 'x', fileName: 'a.txt', content: 'eA==' })
    expect(both.ok || both.error.message).toMatch(/either the notice’s text or a file/)
    const doc = await client.invoke('notices.read', { fileName: 'old.doc', content: 'eA==' })
    expect(doc.ok || doc.error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/old Word 97–2003/),
    })
  })
})

describe('notices.apply', () => {
  it('creates the organisation from the accepted draft, validated like any register document', async () => {
    const { client } = await openTestWorkspace()
    const { document } = await client.call('notices.read', {
      text: kaneli.toString('utf8'),
      organisationName: 'Kahvila Kaneli Oy',
      country: 'FI',
    })
    const saved = await client.call('notices.apply', { mode: 'new', document })
    expect(saved).toMatchObject({
      name: 'Kahvila Kaneli Oy',
      merged: false,
      counts: { activities: document.activities.length },
    })
    const exported = await client.call('register.export', { organisationId: saved.organisationId })
    expect(exported.activities.map((a) => a.name)).toEqual(document.activities.map((a) => a.name))
    expect(exported.activities.every((a) => a.status === 'draft')).toBe(true)
    const transfer = exported.activities.flatMap((a) => a.transfers)[0]
    expect(transfer).toMatchObject({ country: 'US', mechanism: 'A46_2_c' })

    const broken = {
      ...document,
      activities: [{ ...document.activities[0], dataSubjectCategoryIds: ['nope'] }],
    }
    const refused = await client.invoke('notices.apply', {
      mode: 'new',
      document: { ...broken, organisation: { ...document.organisation, name: 'Other Oy' } },
    })
    expect(refused.ok || refused.error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('activities[0].dataSubjectCategoryIds[0]: refers to "nope"'),
    })
    expect((await client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Kahvila Kaneli Oy'])
  })

  it('merges into an existing organisation: entries of the same name reused, references continued', async () => {
    const { client } = await openTestWorkspace()
    const org = await client.call('organisations.create', { name: 'Kahvila Kaneli Oy', country: 'FI' })
    const party = await client.call('parties.create', {
      organisationId: org.id,
      entry: { name: 'Mailchimp', kind: 'processor', country: 'US' },
    })
    await client.call('activities.create', {
      organisationId: org.id,
      activity: { reference: 'PA-01', name: 'Payroll', role: 'controller' },
    })
    const { document } = await client.call('notices.read', {
      text: kaneli.toString('utf8'),
      organisationName: 'Kahvila Kaneli Oy',
      country: 'FI',
    })
    const merged = await client.call('notices.apply', { mode: 'merge', organisationId: org.id, document })
    expect(merged).toMatchObject({ organisationId: org.id, merged: true, reusedEntries: 1 })
    const activities = await client.call('activities.list', { organisationId: org.id })
    expect(activities.map((a) => a.reference).sort()).toEqual([
      'PA-01',
      ...document.activities.map((_, i) => `PA-0${i + 2}`),
    ])
    const parties = await client.call('parties.list', { organisationId: org.id })
    expect(parties.filter((p) => p.name === 'Mailchimp').map((p) => p.id)).toEqual([party.id])
  })
})
