/** "What did we send?": export records keep their snapshot; the register as of then equals it; versions compare. */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { registerDocumentSchema } from '../../shared/schemas/register'
import { ropa } from '../helpers/cli'
import { withoutIds } from '../helpers/register'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'
import { formatDayLong } from '../../shared/i18n/dates'

describe('sent versions', () => {
  it('the register as of an export equals what was exported, also through ropa export --as-of', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'ws.sqlite')
    fs.writeFileSync(path.join(dir, 'in.json'), JSON.stringify(richRegister()))
    expect(ropa(['import', path.join(dir, 'in.json'), '--db', db]).status).toBe(0)
    const sent = path.join(dir, 'sent.json')
    expect(
      ropa(['export', '--org', 'Nordic Bakery Oy', '--format', 'json', '--out', sent, '--db', db]).status,
    ).toBe(0)

    // Later changes…
    const ws = await openTestWorkspace(db)
    const [org] = await ws.client.call('organisations.list', {})
    const [first] = await ws.client.call('activities.list', { organisationId: org.id })
    await ws.client.call('activities.delete', { id: first.id })
    await ws.client.call('organisations.rename', { id: org.id, name: 'Renamed Oy' })
    const [record] = await ws.client.call('exports.list', { organisationId: org.id })
    const comparison = await ws.client.call('history.compare', {
      organisationId: org.id,
      from: { kind: 'export', exportId: record.id },
      to: { kind: 'now' },
    })
    expect(comparison.activities.removed.map((a) => a.label)).toEqual(['PA-01 Payroll'])
    expect(comparison.organisation.map((l) => l.text)).toEqual([
      'Name changed from “Nordic Bakery Oy” to “Renamed Oy”',
    ])
    const asOf = await ws.client.call('history.asOf', { organisationId: org.id, at: record.createdAt })
    expect(withoutIds(asOf)).toEqual(
      withoutIds(registerDocumentSchema.parse(JSON.parse(fs.readFileSync(sent, 'utf8')))),
    )
    await closeTestWorkspace(ws)

    // …do not change the register as it stood when it was sent.
    const again = path.join(dir, 'again.json')
    const result = ropa([
      'export',
      '--org',
      'Renamed Oy',
      '--format',
      'json',
      '--out',
      again,
      '--as-of',
      record.createdAt,
      '--db',
      db,
    ])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/the register as of/)
    expect(JSON.parse(fs.readFileSync(again, 'utf8'))).toEqual(JSON.parse(fs.readFileSync(sent, 'utf8')))

    const listed = JSON.parse(ropa(['exports', '--json', '--db', db]).stdout).exports
    expect(listed).toHaveLength(2)
    expect(listed[0].asOf).toBe(record.createdAt)
    expect(listed[1].sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(sent)).digest('hex'))
    expect(ropa(['exports', '--db', db]).stdout).toMatch(
      /json fi {2}sent\.json {2}3 activities {2}by \S+\n {4}SHA-256 [0-9a-f]{64}/,
    )
  })

  it('an as-of export in xlsx says on its cover which date it shows', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'ws.sqlite')
    fs.writeFileSync(path.join(dir, 'in.json'), JSON.stringify(richRegister()))
    ropa(['import', path.join(dir, 'in.json'), '--db', db])
    const out = path.join(dir, 'old.xlsx')
    const today = new Date().toISOString().slice(0, 10)
    const result = ropa([
      'export',
      '--org',
      'Nordic Bakery Oy',
      '--format',
      'xlsx',
      '--lang',
      'de',
      '--as-of',
      today,
      '--out',
      out,
      '--db',
      db,
    ])
    expect(result.status, result.stderr).toBe(0)
    const ExcelJS = (await import('exceljs')).default
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const cover = wb.worksheets[0]
    const values: string[] = []
    cover.eachRow((row) =>
      values.push(row.values && Array.isArray(row.values) ? row.values.filter(Boolean).join(' | ') : ''),
    )
    expect(values.join('\n')).toContain(`Verzeichnis mit Stand vom | ${formatDayLong(today, 'de')}`)
    expect(
      ropa([
        'export',
        '--org',
        'Nordic Bakery Oy',
        '--format',
        'csv',
        '--as-of',
        '1999-01-01',
        '--out',
        path.join(dir, 'x.csv'),
        '--db',
        db,
      ]).stderr,
    ).toMatch(/did not exist/)
  })
})
