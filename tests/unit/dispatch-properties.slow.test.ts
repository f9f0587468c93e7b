/**
 * Hostile input at the dispatch boundary (property-based, fast-check): for every API method, thousands of
 * random and malformed inputs. Each call either succeeds or fails with VALIDATION, NOT_FOUND or CONFLICT —
 * never INTERNAL, never a crash — and a refused call leaves the database exactly as it was.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import os from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, type MethodName } from '../../shared/api'
import type { Backend } from '../../electron/core/backend'
import { richRegister } from '../fixtures/rich-register'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'
import { sqliteHandle } from '../../electron/core/db/workspace'

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000)
/** Methods whose valid calls do heavy work (a whole import, every organisation's checks) run fewer times. */
const HEAVY: Partial<Record<MethodName, number>> = {
  'register.import': 60,
  'exports.start': 60,
  'checks.portfolio': 150,
  'backups.restore': 100,
  'backups.create': 100,
  'imports.analyse': 200,
  'imports.confirm': 60,
  'notices.read': 60,
  'notices.apply': 60,
  'notices.start': 60,
  'library.createOrganisation': 150,
  'library.templates.apply': 150,
}

interface Ids {
  organisationId: string
  activityId: string
  partyId: string
  subjectId: string
  categoryId: string
  measureId: string
  changeId: number
}

const SAMPLE_NOTICE =
  'Who receives the data\n\nWe use Stripe Payments Europe Ltd for payments (performance of a contract) and store invoices for 6 years. Mailchimp stores data in the United States under standard contractual clauses.'
const SAMPLE_CSV = Buffer.from(
  'Processing activity;Purposes;Lawful basis;Third countries\nPayroll;Pay salaries;Legal obligation;USA\n',
).toString('base64')

/** A valid input for each method, the seed of the mutations. */
function samples(ids: Ids): Record<MethodName, unknown> {
  const activity = {
    reference: 'PA-99',
    name: 'Sample',
    role: 'controller',
    purposes: [{ description: 'x', legalBasis: '6_1_b' }],
    dataCategories: [{ dataCategoryId: ids.categoryId, retention: '1 year' }],
  }
  const entryFor = {
    parties: { name: 'Sample party', kind: 'processor', country: 'US' },
    dataSubjectCategories: { name: 'Sample subjects' },
    dataCategories: { name: 'Sample data', special: 'health' },
    securityMeasures: { name: 'Sample measure', kind: 'backup' },
  }
  const idFor = {
    parties: ids.partyId,
    dataSubjectCategories: ids.subjectId,
    dataCategories: ids.categoryId,
    securityMeasures: ids.measureId,
  }
  const catalogue = Object.fromEntries(
    (Object.keys(entryFor) as (keyof typeof entryFor)[]).flatMap((c) => [
      [`${c}.list`, { organisationId: ids.organisationId }],
      [`${c}.create`, { organisationId: ids.organisationId, entry: entryFor[c] }],
      [`${c}.update`, { id: idFor[c], entry: entryFor[c] }],
      [`${c}.delete`, { id: idFor[c], replaceWith: null }],
      [`${c}.usage`, { id: idFor[c] }],
    ]),
  )
  return {
    'app.info': {},
    'organisations.list': {},
    'organisations.get': { id: ids.organisationId },
    'organisations.create': { name: 'Sample Oy', country: 'FI' },
    'organisations.update': {
      id: ids.organisationId,
      profile: { name: 'Renamed Oy', country: 'SE', dpo: { name: 'D' } },
    },
    'organisations.rename': { id: ids.organisationId, name: 'Other name Oy' },
    'organisations.delete': { id: ids.organisationId },
    ...catalogue,
    'activities.list': { organisationId: ids.organisationId },
    'activities.search': {
      organisationId: ids.organisationId,
      role: 'controller',
      status: 'active',
      businessFunction: 'HR',
      text: 'pay 50%_',
      sort: 'owner',
      direction: 'desc',
      limit: 10,
      offset: 1,
    },
    'activities.get': { id: ids.activityId },
    'activities.create': { organisationId: ids.organisationId, activity },
    'activities.update': { id: ids.activityId, activity },
    'activities.delete': { id: ids.activityId },
    'activities.duplicate': { id: ids.activityId },
    'activities.setStatus': { organisationId: ids.organisationId, ids: [ids.activityId], status: 'active' },
    'activities.recordReview': {
      organisationId: ids.organisationId,
      ids: [ids.activityId],
      reviewedOn: '2026-03-01',
      nextReviewDue: '2027-03-01',
    },
    'activities.copyToOrganisation': { ids: [ids.activityId], targetOrganisationId: ids.organisationId },
    'register.export': { organisationId: ids.organisationId },
    'register.import': {
      document: { ...richRegister(), organisation: { name: 'Imported Oy' } },
      mode: 'new',
      name: null,
    },
    'checks.organisation': { organisationId: ids.organisationId, employeeThreshold: 100 },
    'checks.counts': { organisationId: ids.organisationId },
    'checks.overview': { organisationId: ids.organisationId, withinDays: 60 },
    'checks.portfolio': {},
    'settings.get': {},
    'settings.update': { employeeThreshold: 100 },
    'history.entity': { entityId: ids.activityId },
    'history.timeline': {
      organisationId: ids.organisationId,
      since: '2020-01-01',
      actor: 'tester',
      entity: 'activity',
    },
    'history.restore': { changeId: ids.changeId },
    'history.asOf': { organisationId: ids.organisationId, at: '2099-01-01' },
    'history.compare': {
      organisationId: ids.organisationId,
      from: { kind: 'at', at: '2099-01-01' },
      to: { kind: 'now' },
    },
    'history.verify': {},
    'trash.list': { organisationId: ids.organisationId },
    'trash.restore': { changeId: ids.changeId },
    'trash.empty': { organisationId: ids.organisationId },
    'exports.start': {
      organisationId: ids.organisationId,
      format: 'json',
      language: 'de',
      sections: ['controllerRecord'],
    },
    'exports.status': { jobId: 'job-1' },
    'exports.cancel': { jobId: 'job-1' },
    'exports.list': { organisationId: ids.organisationId },
    'exports.get': { id: 'export-1' },
    'host.capabilities': {},
    'host.chooseSavePath': { organisationId: ids.organisationId, format: 'pdf', language: null },
    'host.showInFolder': { jobId: 'job-1' },
    'host.teamDatabase': {},
    'host.connectTeamDatabase': { url: 'postgres://anna@db.example.fi/ropa', password: null },
    'host.useWorkspaceFile': {},
    'backups.list': {},
    'backups.folder': {},
    'backups.openFolder': {},
    'backups.create': {},
    'backups.restore': { name: 'workspace.backup-2026-01-01T00-00-00-000Z-manual.sqlite' },
    'imports.analyse': {
      fileName: 'register.csv',
      content: SAMPLE_CSV,
      sheets: null,
      mapping: { 'lawful basis': 'legalBasis' },
      organisationName: 'Imported Oy',
    },
    'imports.confirm': {
      fileName: 'register.csv',
      content: SAMPLE_CSV,
      organisationName: 'Imported Oy',
      mode: 'new',
    },
    'imports.mappings.list': {},
    'imports.mappings.save': {
      name: 'ICO',
      mapping: { 'purpose of processing': 'purposes', 'link to dpia': null },
    },
    'imports.mappings.delete': { id: 'mapping-1' },
    'notices.read': { text: SAMPLE_NOTICE, language: 'en', organisationName: 'Noticed Oy', country: 'FI' },
    'notices.apply': {
      mode: 'merge',
      organisationId: ids.organisationId,
      document: { ...richRegister(), organisation: { name: 'Imported Oy' } },
    },
    'notices.preview': {
      organisationId: ids.organisationId,
      language: 'sv',
      audienceId: null,
      recipients: 'categories',
    },
    'notices.start': {
      organisationId: ids.organisationId,
      format: 'md',
      language: null,
      audienceId: null,
      recipients: 'names',
      saveTicket: null,
    },
    'library.templates.list': { language: 'fi', sector: 'software', employeeCount: 60 },
    'library.templates.get': { id: 'payroll', language: 'sv', country: 'SE' },
    'library.templates.apply': { organisationId: ids.organisationId, templateIds: ['payroll', 'accounting'] },
    'library.templates.saveActivity': { activityId: ids.activityId, name: 'Sample template' },
    'library.templates.delete': { id: 'template-1' },
    'library.vendors.list': {},
    'library.vendors.save': {
      id: null,
      vendor: {
        name: 'Sample vendor',
        category: 'crm',
        legalEntity: 'Sample Oy',
        country: 'FI',
        processingCountries: ['FI', 'US'],
      },
    },
    'library.vendors.delete': { id: 'notion' },
    'library.vendors.addToOrganisation': {
      organisationId: ids.organisationId,
      vendorId: 'mailchimp',
      kind: null,
    },
    'library.vendors.users': { id: 'mailchimp' },
    'library.vendors.push': { id: 'mailchimp', partyIds: [ids.partyId] },
    'library.entries.list': { catalogue: 'dataCategories' },
    'library.entries.save': {
      id: null,
      entry: { catalogue: 'dataCategories', fields: { name: 'Library data', special: 'health' } },
    },
    'library.entries.delete': { id: 'entry-1' },
    'library.entries.saveFromOrganisation': { catalogue: 'dataCategories', entryId: ids.categoryId },
    'library.entries.addToOrganisation': { organisationId: ids.organisationId, ids: ['entry-1'] },
    'library.entries.users': { id: 'entry-1' },
    'library.entries.push': { id: 'entry-1', entryIds: [ids.categoryId] },
    'library.createOrganisation': {
      name: 'Wizard Oy',
      country: 'FI',
      employeeCount: 12,
      sector: 'retail',
      templateIds: ['payroll'],
      vendorIds: ['fortnox'],
    },
  } as Record<MethodName, unknown>
}

/** Every path into a JSON value, so a mutation can replace or remove any part of it. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix]
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [
    prefix,
    ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k])),
  ]
}

function setAt(value: unknown, at: (string | number)[], replacement: unknown, remove: boolean): unknown {
  if (at.length === 0) return replacement
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) }
  const [head, ...rest] = at
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) copy.splice(head as number, 1)
    else delete copy[head]
  } else copy[head] = setAt(copy[head], rest, replacement, remove)
  return copy
}

/** Mutations of a valid input: any part replaced by anything, removed, an unknown key added, or all of it. */
function malformed(sample: unknown) {
  const all = paths(sample)
  return fc.oneof(
    fc.constant(sample),
    fc.tuple(fc.nat(all.length - 1), fc.anything()).map(([i, v]) => setAt(sample, all[i], v, false)),
    fc.nat(all.length - 1).map((i) => setAt(sample, all[i], undefined, true)),
    fc
      .tuple(fc.string(), fc.anything())
      .map(([k, v]) => (typeof sample === 'object' && sample ? { ...sample, [k]: v } : sample)),
    fc.anything(),
    fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.anything())),
  )
}

/** A digest of every row of every table: equal digests mean the database did not change. */
function fullDigest(backend: Backend): string {
  const db = sqliteHandle(backend.workspace)
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
  const hash = crypto.createHash('sha256')
  for (const table of tables)
    hash.update(table).update(JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).raw().all()))
  return hash.digest('hex')
}

/**
 * The digest, recomputed only when this connection has modified rows since it was last taken
 * (`total_changes()` never goes down, so an unchanged count means an unchanged database).
 */
function digester(backend: Backend) {
  const totalChanges = () =>
    sqliteHandle(backend.workspace).prepare('SELECT total_changes()').pluck().get() as number
  let cached = { count: -1, digest: '' }
  return () => {
    const count = totalChanges()
    if (count !== cached.count) cached = { count, digest: fullDigest(backend) }
    return cached.digest
  }
}

let template: string
let ids: Ids

let templateDir: string

beforeAll(async () => {
  // Not a per-test temporary folder: the template outlives each test.
  templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-properties-'))
  const ws = await openTestWorkspace(path.join(templateDir, 'template.sqlite'))
  const { organisationId } = await ws.client.call('register.import', { document: richRegister() })
  await ws.client.call('organisations.create', { name: 'Second Oy' })
  const [activity] = await ws.client.call('activities.list', { organisationId })
  const first = async (c: 'parties' | 'dataSubjectCategories' | 'dataCategories' | 'securityMeasures') =>
    (await ws.client.call(`${c}.list`, { organisationId }))[0].id
  const changes = await ws.client.call('history.entity', { entityId: activity.id })
  ids = {
    organisationId,
    activityId: activity.id,
    partyId: await first('parties'),
    subjectId: await first('dataSubjectCategories'),
    categoryId: await first('dataCategories'),
    measureId: await first('securityMeasures'),
    changeId: changes[0].id,
  }
  await closeTestWorkspace(ws)
  template = ws.file
})

afterAll(() => fs.rmSync(templateDir, { recursive: true, force: true }))

describe('every API method under hostile input', () => {
  it('has a valid sample input for every method', () => {
    const missing = (Object.keys(contract) as MethodName[]).filter((m) => !(m in samples(ids)))
    expect(missing, 'add a sample input for these methods to this test').toEqual([])
  })

  for (const method of Object.keys(contract) as MethodName[]) {
    it(
      `${method}: succeeds validly or fails with VALIDATION / NOT_FOUND / CONFLICT, and a refusal changes nothing`,
      { timeout: 120_000 },
      async () => {
        const file = path.join(tempDir(), 'ws.sqlite')
        fs.copyFileSync(template, file)
        const unexpected: unknown[] = []
        const { backend } = await openTestWorkspace(file, { logError: (_m, e) => unexpected.push(e) })
        const sample = samples(ids)[method] ?? {}
        const digest = digester(backend)
        await fc.assert(
          fc.asyncProperty(malformed(sample), async (input) => {
            const before = digest()
            const result = await backend.dispatch(method, input)
            if (result.ok) {
              const checked = contract[method].output.safeParse(result.value)
              expect(checked.success).toBe(true)
            } else {
              expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT']).toContain(result.error.code)
              expect(result.error.message.length).toBeGreaterThan(10)
              expect(digest()).toBe(before)
            }
            expect(unexpected).toEqual([])
          }),
          { numRuns: HEAVY[method] ?? RUNS },
        )
      },
    )
  }
})
