import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { gappyRegister, noticeRegister } from '../fixtures/notice-registers'
import { ropa } from '../helpers/cli'
import { openTestWorkspace, tempDir } from '../helpers/workspace'

function workspaceWith(document: unknown) {
  const dir = tempDir()
  const db = path.join(dir, 'ws.sqlite')
  const input = path.join(dir, 'register.json')
  fs.writeFileSync(input, JSON.stringify(document))
  expect(ropa(['import', input, '--db', db]).status).toBe(0)
  return { dir, db }
}

describe('ropa notice', { timeout: 90_000 }, () => {
  it('writes the notice for one audience in the chosen language and records it', async () => {
    const { dir, db } = workspaceWith(noticeRegister('sv'))
    const out = path.join(dir, 'kunder.html')
    const result = ropa([
      'notice',
      '--org',
      'Hamnbokhandeln AB',
      '--audience',
      'kunder',
      '--format',
      'html',
      '--out',
      out,
      '--db',
      db,
    ])
    expect(result.status, result.stderr).toBe(0)
    const html = fs.readFileSync(out, 'utf8')
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('Integritetspolicy för Kunder')
    expect(html).not.toContain('Betala löner')
    expect(result.stdout).toContain(
      `SHA-256 ${createHash('sha256').update(fs.readFileSync(out)).digest('hex')}`,
    )
    expect(result.stderr).toBe('')

    const { client } = await openTestWorkspace(db)
    const [org] = await client.call('organisations.list', {})
    const [record] = await client.call('exports.list', { organisationId: org.id })
    expect(record).toMatchObject({
      document: 'notice',
      format: 'html',
      language: 'sv',
      notice: { audienceName: 'Kunder', recipients: 'names' },
    })
  })

  it('prints the notice to standard output and its gaps to standard error, in another language than the register’s', () => {
    const { db } = workspaceWith(gappyRegister())
    const result = ropa([
      'notice',
      '--org',
      'Harbour Books Ltd',
      '--format',
      'md',
      '--lang',
      'de',
      '--out',
      '-',
      '--db',
      db,
    ])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^# Datenschutzhinweise/)
    expect(result.stdout).toContain('Im Verzeichnis nicht angegeben: die Rechtsgrundlage dieses Zwecks.')
    expect(result.stderr).toContain('The draft shows 7 gaps to fill in the register:')
    expect(result.stderr).toContain(
      'Missing in the register: the lawful basis of this purpose. (Delivering orders) [PA-01 Online shop, purposes.0.legalBasis]',
    )
  })

  it('names the audiences there are when the one asked for is not, and writes nothing', () => {
    const { dir, db } = workspaceWith(noticeRegister('en'))
    const result = ropa(
      ['notice', '--org', 'Harbour Books Ltd', '--audience', 'Suppliers', '--format', 'pdf', '--db', db],
      {},
      dir,
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'ropa: Harbour Books Ltd has no category of data subjects called “Suppliers”. Its categories: “Customers”',
    )
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([])
    const bad = ropa(['notice', '--org', 'Harbour Books Ltd', '--format', 'xlsx', '--db', db])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--format: must be md, html, docx or pdf')
  })
})
