import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { richRegister } from '../fixtures/rich-register'
import { ropa } from '../helpers/cli'
import { withoutIds } from '../helpers/register'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'

describe('register document round trip', () => {
  it('import → export gives the same register apart from ids, and export → import → export is identical', async () => {
    const { client } = await openTestWorkspace()
    const original = registerDocumentSchema.parse(richRegister())
    const imported = await client.call('register.import', { document: richRegister() })
    expect(imported.counts).toEqual({
      parties: 6,
      dataSubjectCategories: 3,
      dataCategories: 6,
      securityMeasures: 4,
      activities: 3,
    })

    const first = await client.call('register.export', { organisationId: imported.organisationId })
    expect(withoutIds(first)).toEqual(withoutIds(original))

    const again = await client.call('register.import', { document: first, name: 'Nordic Bakery Oy (copy)' })
    const second = await client.call('register.export', { organisationId: again.organisationId })
    expect({ ...second, organisation: { ...second.organisation, name: first.organisation.name } }).toEqual(
      first,
    )
  })

  it('keeps every mechanism, special category and text exactly, including text that looks like formulas or markup', async () => {
    const { client } = await openTestWorkspace()
    const { organisationId } = await client.call('register.import', { document: richRegister() })
    const doc = await client.call('register.export', { organisationId })
    const mechanisms = new Set(doc.activities.flatMap((a) => a.transfers.map((t) => t.mechanism)))
    expect(mechanisms.size).toBe(21)
    expect(doc.parties.find((p) => p.name === 'CloudCo Inc.')?.notes).toBe(
      '=HYPERLINK("http://evil.example","click")',
    )
    expect(doc.activities.find((a) => a.reference === 'PA-10')?.description).toBe('<b>bold</b> & "quotes"')
    expect(doc.dataCategories.map((d) => d.special).sort()).toEqual([
      'criminal',
      'health',
      'national_id',
      'none',
      'none',
      'trade_union_membership',
    ])
    expect(doc.activities.find((a) => a.reference === 'PA-10')?.controllerIds).toHaveLength(1)
  })

  it('ropa import and ropa export --format json round-trip through files', async () => {
    const dir = tempDir()
    const source = path.join(dir, 'in.json')
    const db = path.join(dir, 'ws.sqlite')
    fs.writeFileSync(source, JSON.stringify(richRegister()))
    const imported = ropa(['import', source, '--db', db])
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stdout).toMatch(/Imported “Nordic Bakery Oy”: 3 activities, 6 parties/)

    const out = path.join(dir, 'out.json')
    const exported = ropa([
      'export',
      '--org',
      'nordic bakery oy',
      '--format',
      'json',
      '--out',
      out,
      '--db',
      db,
    ])
    expect(exported.status, exported.stderr).toBe(0)
    const doc = registerDocumentSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')))
    expect(withoutIds(doc)).toEqual(withoutIds(registerDocumentSchema.parse(richRegister())))

    // The same name again needs --replace or --as.
    const clash = ropa(['import', source, '--db', db])
    expect(clash.status).not.toBe(0)
    expect(clash.stderr).toMatch(/already exists.*--replace.*--as/)
    expect(ropa(['import', source, '--db', db, '--as', 'Second Bakery']).status).toBe(0)
    expect(ropa(['import', source, '--db', db, '--replace']).stdout).toMatch(/Replaced “Nordic Bakery Oy”/)
    const orgs = JSON.parse(ropa(['orgs', '--json', '--db', db]).stdout)
    expect(orgs.map((o: { name: string }) => o.name)).toEqual(['Nordic Bakery Oy', 'Second Bakery'])
  })
})

describe('import refusals change nothing', () => {
  async function workspaceWithOneOrganisation() {
    const ws = await openTestWorkspace()
    await ws.client.call('register.import', { document: richRegister() })
    await closeTestWorkspace(ws)
    return ws.file
  }

  const cases: [string, (doc: any) => unknown, RegExp][] = [
    [
      'an unknown field',
      (d) => ({ ...d, activities: [d.activities[0], { ...d.activities[1], colour: 'red' }] }),
      /activities\[1\]: has a field this format does not know: colour/,
    ],
    [
      'a bad code',
      (d) => ({
        ...d,
        activities: d.activities.map((a: any, i: number) =>
          i === 1 ? { ...a, transfers: [{ ...a.transfers[0], mechanism: 'SCC_2010' }] } : a,
        ),
      }),
      /activities\[1\]\.transfers\[0\]\.mechanism: must be one of "ADEQ"/,
    ],
    [
      'a dangling id',
      (d) => ({
        ...d,
        activities: [
          {
            ...d.activities[0],
            dataCategories: [d.activities[0].dataCategories[0], { dataCategoryId: 'd99' }],
          },
        ],
      }),
      /activities\[0\]\.dataCategories\[1\]\.dataCategoryId: refers to "d99", which is not in dataCategories/,
    ],
    [
      'a bad date',
      (d) => ({ ...d, activities: [{ ...d.activities[0], nextReviewDue: '15.1.2027' }] }),
      /activities\[0\]\.nextReviewDue: must be a date written as YYYY-MM-DD/,
    ],
    [
      'a bad country',
      (d) => ({ ...d, parties: [{ ...d.parties[0], country: 'Finland' }, ...d.parties.slice(1)] }),
      /parties\[0\]\.country: must be an ISO 3166-1 country code/,
    ],
    ['the wrong format', (d) => ({ ...d, format: 'something-else' }), /format: must be "ropa-register"/],
  ]

  for (const [what, spoil, message] of cases) {
    it(`refuses ${what}, names the JSON path, and leaves the workspace file byte-identical`, async () => {
      const db = await workspaceWithOneOrganisation()
      const before = fs.readFileSync(db)
      const file = path.join(tempDir(), 'bad.json')
      fs.writeFileSync(
        file,
        JSON.stringify({
          ...(spoil(structuredClone(richRegister())) as object),
          organisation: { ...richRegister().organisation, name: 'Another Oy' },
        }),
      )
      const result = ropa(['import', file, '--db', db])
      expect(result.status).not.toBe(0)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toMatch(/nothing was imported/i)
      expect(fs.readFileSync(db).equals(before)).toBe(true)
    })
  }

  it('refuses broken JSON syntax with the line and column', async () => {
    const db = await workspaceWithOneOrganisation()
    const before = fs.readFileSync(db)
    const file = path.join(tempDir(), 'broken.json')
    fs.writeFileSync(
      file,
      '{\n  "format": "ropa-register",\n  "version": 1,\n  "organisation": { "name": "X", }\n}',
    )
    const result = ropa(['import', file, '--db', db])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/is not valid JSON at line 4, column \d+/)
    expect(fs.readFileSync(db).equals(before)).toBe(true)
  })

  it('refuses a name clash without --replace or --as, leaving the file byte-identical', async () => {
    const db = await workspaceWithOneOrganisation()
    const before = fs.readFileSync(db)
    const file = path.join(tempDir(), 'same.json')
    fs.writeFileSync(file, JSON.stringify(richRegister()))
    expect(ropa(['import', file, '--db', db]).status).not.toBe(0)
    expect(fs.readFileSync(db).equals(before)).toBe(true)
  })
})
