import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { ropa } from '../helpers/cli'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'

const FIELDS = [
  'organisation',
  'organisationId',
  'code',
  'severity',
  'article',
  'message',
  'activityReference',
  'entity',
  'entityId',
  'field',
]

/** The rich register plus a small company whose profile lacks contact details and that may be exempt. */
async function workspace() {
  const ws = await openTestWorkspace()
  const bakery = await ws.client.call('register.import', { document: richRegister() })
  const small = await ws.client.call('organisations.create', {
    name: 'Small Shop Oy',
    country: 'FI',
    employeeCount: 40,
  })
  await ws.client.call('activities.create', {
    organisationId: small.id,
    activity: {
      reference: 'PA-01',
      name: 'Customers',
      role: 'controller',
      status: 'active',
      purposes: [
        { description: 'Selling goods', legalBasis: '6_1_b' },
        // Legitimate interests with the interest but not where its balancing test is kept.
        { description: 'Offers to customers', legalBasis: '6_1_f', legitimateInterest: 'Selling more' },
        // A 9(2)(b) condition without the provision of employment law it rests on.
        { description: 'Sick pay of the staff', legalBasis: '6_1_c', specialCategoryCondition: '9_2_b' },
      ],
    },
  })
  const expected = {
    bakery: await ws.client.call('checks.organisation', { organisationId: bakery.organisationId }),
    small: await ws.client.call('checks.organisation', { organisationId: small.id }),
  }
  await closeTestWorkspace(ws)
  return { file: ws.file, bakeryId: bakery.organisationId, smallId: small.id, expected }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ')

describe('ropa check', () => {
  it('prints every organisation’s findings as one flat JSON list with the documented fields, and exits 0', async () => {
    const { file, bakeryId, expected } = await workspace()
    const result = ropa(['check', '--json', '--db', file])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const { findings, ...rest } = JSON.parse(result.stdout)
    expect(rest).toEqual({})
    expect(findings).toHaveLength(expected.bakery.findings.length + expected.small.findings.length)
    for (const finding of findings) expect(Object.keys(finding).sort()).toEqual([...FIELDS].sort())

    const overdue = findings.find((f: { code: string }) => f.code === 'REVIEW_OVERDUE')
    expect(overdue).toMatchObject({
      organisation: 'Nordic Bakery Oy',
      organisationId: bakeryId,
      severity: 'warning',
      article: '5(2)',
      activityReference: 'PA-02',
      entity: 'activity',
      field: 'nextReviewDue',
    })
    expect(overdue.message).toContain('2025-06-01')
    const contact = findings.find((f: { code: string }) => f.code === 'ART30_CONTACT_MISSING')
    expect(contact).toMatchObject({
      organisation: 'Small Shop Oy',
      severity: 'error',
      activityReference: null,
      entity: 'organisation',
      entityId: null,
    })
    // The warnings on the references the law asks for, located on the purpose's field.
    expect(findings.filter((f: { organisation: string }) => f.organisation === 'Small Shop Oy')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'LEGITIMATE_INTEREST_ASSESSMENT_MISSING',
          severity: 'warning',
          article: '6(1)(f)',
          activityReference: 'PA-01',
          field: 'purposes.1.legitimateInterestAssessment',
          message: expect.stringContaining('“Offers to customers” relies on legitimate interests'),
        }),
        expect.objectContaining({
          code: 'CONDITION_REFERENCE_MISSING',
          severity: 'warning',
          article: '9(2)(b)',
          activityReference: 'PA-01',
          field: 'purposes.2.conditionReference',
        }),
      ]),
    )
    expect(
      findings
        .filter((f: { organisation: string }) => f.organisation === 'Nordic Bakery Oy')
        .map((f: { code: string }) => f.code),
    ).toEqual(expected.bakery.findings.map((f) => f.code))
  })

  it('prints a report grouped by organisation and severity, with article, activity and message, and a summary line', async () => {
    const { file, expected } = await workspace()
    const result = ropa(['check', '--db', file])
    expect(result.status).toBe(0)
    const text = result.stdout
    const { bakery, small } = expected
    const total = {
      error: bakery.counts.error + small.counts.error,
      warning: bakery.counts.warning + small.counts.warning,
    }
    expect(text).toMatch(
      new RegExp(`^Nordic Bakery Oy: ${bakery.counts.error} errors, ${bakery.counts.warning} warnings`, 'm'),
    )
    expect(text).toMatch(
      new RegExp(
        `^Small Shop Oy: ${small.counts.error} errors, ${small.counts.warning} warnings, 1 note \\(checked on \\d{4}-\\d\\d-\\d\\d\\)$`,
        'm',
      ),
    )
    expect(text.indexOf('Nordic Bakery Oy:')).toBeLessThan(text.indexOf('Small Shop Oy:'))
    expect(text).toMatch(new RegExp(`^ {2}Errors \\(${bakery.counts.error}\\)$`, 'm'))
    expect(text).toMatch(/^ {2}For information \(\d+\)$/m)
    expect(oneLine(text)).toContain(
      'PA-02 Art. 5(2) The review of this activity was due on 2025-06-01. Check that the record is still accurate',
    )
    expect(oneLine(text)).toContain(
      'Organisation Art. 30(1)(a) No contact details are recorded for Small Shop Oy.',
    )
    // Errors come before warnings within an organisation.
    const bakeryBlock = text.slice(0, text.indexOf('Small Shop Oy:'))
    expect(bakeryBlock.indexOf('Errors (')).toBeLessThan(bakeryBlock.indexOf('Warnings ('))
    expect(text.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(
        `^Checked 2 organisations: ${total.error} errors, ${total.warning} warnings, \\d+ notes?\\.$`,
      ),
    )
    // Wrapped for a terminal: no line longer than 100 columns.
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })

  it('checks one organisation chosen by name (any case) or by id', async () => {
    const { file, smallId, expected } = await workspace()
    const byName = ropa(['check', '--org', 'small shop oy', '--json', '--db', file])
    expect(byName.status).toBe(0)
    const names = new Set(
      JSON.parse(byName.stdout).findings.map((f: { organisation: string }) => f.organisation),
    )
    expect([...names]).toEqual(['Small Shop Oy'])

    const byId = ropa(['check', '--org', smallId, '--db', file])
    expect(byId.status).toBe(0)
    expect(byId.stdout).toContain('Small Shop Oy:')
    expect(byId.stdout).not.toContain('Nordic Bakery Oy')
    expect(byId.stdout).toMatch(new RegExp(`Checked 1 organisation: ${expected.small.counts.error} errors, `))
    expect(
      JSON.parse(ropa(['check', '--org', smallId, '--json', '--db', file]).stdout).findings,
    ).toHaveLength(expected.small.findings.length)
  })

  it('takes the Art. 30(5) threshold for one run from --threshold', async () => {
    const { file } = await workspace()
    const codes = (args: string[]) =>
      JSON.parse(
        ropa(['check', '--org', 'Small Shop Oy', '--json', '--db', file, ...args]).stdout,
      ).findings.map((f: { code: string }) => f.code)
    expect(codes([])).toContain('ART30_5_EXEMPTION_POSSIBLE') // 40 employees, fewer than 250
    expect(codes(['--threshold', '40'])).not.toContain('ART30_5_EXEMPTION_POSSIBLE')
    expect(codes(['--threshold', '41'])).toContain('ART30_5_EXEMPTION_POSSIBLE')
    const bad = ropa(['check', '--threshold', 'many', '--db', file])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe(
      'ropa: Invalid option: --threshold: must be a whole number of employees, e.g. 250.\n',
    )
    expect(ropa(['check', '--threshold', '0', '--db', file]).stderr).toMatch(
      /--threshold: must be at least 1/,
    )
  })

  it('fails with one clear line, and no output, for an unknown organisation or a missing workspace', async () => {
    const { file } = await workspace()
    const unknown = ropa(['check', '--org', 'Nobody Ltd', '--json', '--db', file])
    expect(unknown.status).toBe(1)
    expect(unknown.stdout).toBe('')
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1)
    expect(unknown.stderr).toMatch(
      /^ropa: No organisation called or with the id “Nobody Ltd”\. Organisations in this workspace: “Nordic Bakery Oy”, “Small Shop Oy”\./,
    )

    const missing = path.join(tempDir(), 'typo.sqlite')
    const absent = ropa(['check', '--db', missing])
    expect(absent.status).toBe(1)
    expect(absent.stderr).toBe(
      `ropa: There is no workspace at ${missing}. Check the --db path (or ROPA_DB).\n`,
    )
    expect(fs.existsSync(missing)).toBe(false)
  })

  it('says so when there is nothing to check, and still exits 0', async () => {
    const ws = await openTestWorkspace()
    await ws.client.call('organisations.create', {
      name: 'Clean Oy',
      country: 'FI',
      email: 'dpo@clean.example',
      employeeCount: 900,
    })
    await closeTestWorkspace(ws)
    const result = ropa(['check', '--db', ws.file])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /^Clean Oy: no findings \(checked on \d{4}-\d\d-\d\d\)\n\nChecked 1 organisation: 0 errors, 0 warnings, 0 notes\.\n$/,
    )
    expect(JSON.parse(ropa(['check', '--json', '--db', ws.file]).stdout)).toEqual({ findings: [] })
  })

  it('prints control characters from register text as spaces, so they cannot drive the terminal', async () => {
    const ws = await openTestWorkspace()
    const doc = richRegister()
    doc.dataCategories = doc.dataCategories!.map((d) =>
      d.id === 'd4' ? { ...d, name: 'ID\u001b[2J\u001b]0;pwned\u0007 code' } : d,
    )
    await ws.client.call('register.import', { document: doc })
    await closeTestWorkspace(ws)
    const text = ropa(['check', '--db', ws.file]).stdout
    // eslint-disable-next-line no-control-regex -- exactly what must not reach the terminal
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(text).toContain('“ID [2J ]0;pwned code” is a national identification number')
    const json = ropa(['check', '--json', '--db', ws.file]).stdout
    expect(JSON.parse(json).findings.some((f: { message: string }) => f.message.includes('\u001b[2J'))).toBe(
      true,
    )
  })
})
