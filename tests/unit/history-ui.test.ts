/**
 * The history screens' pure parts: versions written in the compare page's address, a register entry as
 * read-only text, and what the timeline calls an export.
 */
import { describe, expect, it } from 'vitest'
import { createI18n } from '../../shared/i18n'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { paths } from '../../renderer/app/paths'
import { entityHref, operationLabel } from '../../renderer/features/history/entities'
import {
  activityRows,
  organisationRows,
  registerTextContext,
} from '../../renderer/features/history/register-text'
import { formatVersion, parseVersion } from '../../renderer/features/history/versions'
import { richRegister } from '../fixtures/rich-register'
import { openTestWorkspace } from '../helpers/workspace'

const t = createI18n('en').t

describe('versions in the address', () => {
  it('reads back what it writes', () => {
    for (const version of [
      { kind: 'now' },
      { kind: 'at', at: '2026-03-01' },
      { kind: 'export', exportId: 'f3a9c1d2-0000-4000-8000-000000000001' },
    ] as const) {
      expect(parseVersion(formatVersion(version))).toEqual(version)
    }
    const query = new URLSearchParams(paths.compare('o1', 'export:e1', 'at:2026-03-01').split('?')[1])
    expect(parseVersion(query.get('from'))).toEqual({ kind: 'export', exportId: 'e1' })
    expect(parseVersion(query.get('to'))).toEqual({ kind: 'at', at: '2026-03-01' })
  })

  it('names no version for anything else, so the page asks for one', () => {
    for (const text of [null, '', 'today', 'at:', 'at:2026-13-45', 'at:1 March', 'export:'])
      expect(parseVersion(text)).toBeNull()
  })
})

describe('a register entry as read-only text', () => {
  const doc = registerDocumentSchema.parse(richRegister())
  const text = registerTextContext(doc, 'en')
  const rows = (reference: string) =>
    new Map(
      activityRows(
        text,
        doc.activities.find((a) => a.reference === reference)!,
      ).map((r) => [r.label, r.lines]),
    )

  it('names catalogue entries and codes as the register does', () => {
    const payroll = rows('PA-01')
    expect(payroll.get('Role')).toEqual(['Controller'])
    expect(payroll.get('Purposes of the processing')![0]).toBe(
      'Paying salaries — Lawful basis: Contract (Art. 6(1)(b))',
    )
    expect(payroll.get('Categories of personal data')).toContain(
      'Contact details — Time limit for erasure: 6 years after employment ends — Time limit for erasure (months): 72',
    )
    expect(payroll.get('Categories of data subjects')).toEqual(['Employees'])
    expect(payroll.get('Transfers to third countries or international organisations')).toEqual([])
    expect(payroll.get('Systems used')).toEqual(['Palkka.fi', 'SAP HCM'])
  })

  it('writes each transfer with its destination and mechanism', () => {
    const transfers = rows('PA-02').get('Transfers to third countries or international organisations')!
    expect(transfers).toHaveLength(11)
    expect(transfers.every((line) => line.includes('Transfer mechanism: '))).toBe(true)
    expect(
      transfers.some((line) =>
        line.includes(
          'Standard contractual clauses (2021/914) — SCC module: Module 2: controller to processor',
        ),
      ),
    ).toBe(true)
  })

  it('shows the organisation’s contacts and authority in words', () => {
    const organisation = new Map(organisationRows(t, doc).map((r) => [r.label, r.lines]))
    expect(organisation.get('Country')).toEqual(['Finland'])
    expect(organisation.get('Data protection officer')).toEqual(['Åsa Øberg, dpo@bakery.example'])
    expect(organisation.get('Contact person')).toEqual([
      'Jürgen Müller, Head of HR, jm@bakery.example, +49 30 1234',
    ])
  })
})

describe('exports in the timeline', () => {
  it('are labelled with their file and read “Exported”, linking to the exports page', async () => {
    const ws = await openTestWorkspace()
    const { organisationId } = await ws.client.call('register.import', { document: richRegister() })
    let job = await ws.client.call('exports.start', { organisationId, format: 'csv', language: 'en' })
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20))
      job = await ws.client.call('exports.status', { jobId: job.jobId })
    }
    const { changes } = await ws.client.call('history.timeline', { organisationId })
    const exported = changes.find((c) => c.entity === 'exportRecord')!
    expect(exported.label).toBe(job.record!.fileName)
    expect(operationLabel(t, exported)).toBe('Exported')
    expect(entityHref(organisationId, exported, () => false)).toBe(paths.exports(organisationId))
  })

  it('link an entry only while it exists', () => {
    const change = { entity: 'party', entityId: 'p1' }
    expect(entityHref('o1', change, () => true)).toBe('/orgs/o1/catalogues/parties?entry=p1')
    expect(entityHref('o1', change, () => false)).toBeNull()
    expect(entityHref('o1', { entity: 'activity', entityId: 'a1' }, (id) => id === 'a1')).toBe(
      '/orgs/o1/activities/a1',
    )
  })
})
