import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ropa } from '../helpers/cli'
import { tempDir } from '../helpers/workspace'

/** An environment whose default workspace does not exist, so the commands fall back to the built-in library. */
const noDefaultWorkspace = () => ({ XDG_CONFIG_HOME: tempDir(), ROPA_DB: '' })

const TEN = [
  'hr-administration',
  'payroll',
  'recruitment',
  'crm',
  'sales-invoicing',
  'accounting',
  'newsletter',
  'it-accounts',
  'backups',
  'data-subject-requests',
]

describe('ropa templates and ropa vendors', () => {
  it('list the templates with id and name in the chosen language, as text and JSON, without needing a workspace', () => {
    const env = noDefaultWorkspace()
    const json = ropa(['templates', '--json', '--lang', 'fi'], env)
    expect(json.status, json.stderr).toBe(0)
    const list = JSON.parse(json.stdout) as { id: string; name: string }[]
    expect(list.length).toBeGreaterThanOrEqual(25)
    expect(list.find((t) => t.id === 'payroll')).toMatchObject({
      name: 'Palkanlaskenta',
      language: 'fi',
      source: 'builtin',
    })
    const text = ropa(['templates'], env)
    expect(text.stdout).toMatch(/^accounting\s+Accounting and bookkeeping$/m)
    expect(fs.readdirSync(env.XDG_CONFIG_HOME)).toEqual([])
  })

  it('list the vendors with name, country and the date of their facts', () => {
    const json = ropa(['vendors', '--json'], noDefaultWorkspace())
    expect(json.status, json.stderr).toBe(0)
    const vendors = JSON.parse(json.stdout) as {
      id: string
      name: string
      country: string
      asOf: string
      verify: string
    }[]
    expect(vendors.length).toBeGreaterThanOrEqual(60)
    expect(vendors.find((v) => v.id === 'fortnox')).toMatchObject({
      name: 'Fortnox',
      country: 'SE',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    for (const v of vendors) expect(v.verify).toMatch(/^Verify before relying on it/)
    expect(ropa(['vendors'], noDefaultWorkspace()).stdout).toMatch(/Verify each entry/)
  })

  it('refuse a bad language in one line with exit 2', () => {
    const result = ropa(['templates', '--lang', 'xx'], noDefaultWorkspace())
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^ropa: Invalid option: --lang/)
  })
})

describe('ropa init', () => {
  it('creates an organisation from ten templates whose activities have no error findings', () => {
    const file = path.join(tempDir(), 'new', 'workspace.sqlite')
    const result = ropa([
      'init',
      '--org',
      'Leipomo Oy',
      '--country',
      'fi',
      '--templates',
      TEN.join(','),
      '--vendors',
      'netvisor,microsoft-365',
      '--employees',
      '25',
      '--db',
      file,
    ])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(
      'Created “Leipomo Oy” (FI, export language fi): 10 activities, 2 parties.',
    )
    expect(result.stdout).toContain('PA-02  Palkanlaskenta')
    const check = ropa(['check', '--org', 'Leipomo Oy', '--json', '--db', file])
    const { findings } = JSON.parse(check.stdout) as {
      findings: { severity: string; activityReference: string | null; code: string }[]
    }
    expect(findings.filter((f) => f.severity === 'error' && f.activityReference !== null)).toEqual([])
    const orgs = JSON.parse(ropa(['orgs', '--json', '--db', file]).stdout)
    expect(orgs).toHaveLength(1)
  })

  it('writes nothing when it fails: no new workspace for an unknown template, an existing one left byte for byte', () => {
    const dir = tempDir()
    const file = path.join(dir, 'fresh', 'workspace.sqlite')
    const unknown = ropa([
      'init',
      '--org',
      'Nope Oy',
      '--country',
      'FI',
      '--templates',
      'payroll,not-a-template',
      '--db',
      file,
    ])
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1)
    expect(unknown.stderr).toContain('“not-a-template”')
    expect(fs.existsSync(path.join(dir, 'fresh'))).toBe(false)

    const existing = path.join(dir, 'workspace.sqlite')
    expect(
      ropa(['init', '--org', 'Alpha Oy', '--country', 'SE', '--templates', 'payroll', '--db', existing])
        .status,
    ).toBe(0)
    const before = fs.readFileSync(existing)
    const clash = ropa([
      'init',
      '--org',
      'alpha oy',
      '--country',
      'SE',
      '--templates',
      'payroll',
      '--db',
      existing,
    ])
    expect(clash.status).not.toBe(0)
    expect(clash.stderr).toMatch(/^ropa: .*Alpha Oy.*Choose another name with --org\.\n$/)
    expect(fs.readFileSync(existing).equals(before)).toBe(true)
    const missing = ropa(['init', '--org', 'Beta Oy', '--country', 'SE', '--db', existing])
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toMatch(/--templates/)
  })
})
