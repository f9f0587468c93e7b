/** Files that are not what they claim are refused with a clear message and never modified. */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { ropa, ropaAsync } from '../helpers/cli'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

async function realWorkspace() {
  const ws = await openTestWorkspace()
  await ws.client.call('register.import', { document: richRegister() })
  await closeTestWorkspace(ws)
  return ws.file
}

describe('files that are not what they claim', () => {
  it('random bytes', () => {
    const file = path.join(tempDir(), 'random.sqlite')
    fs.writeFileSync(file, crypto.randomBytes(64 * 1024))
    const before = digest(file)
    const result = ropa(['orgs', '--db', file])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/not a ROPA workspace \(it is not an SQLite database\)/)
    expect(digest(file)).toBe(before)
  })

  it('a truncated workspace', async () => {
    const file = await realWorkspace()
    const cut = path.join(tempDir(), 'cut.sqlite')
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, Math.floor(fs.statSync(file).size / 2)))
    const before = digest(cut)
    const result = ropa(['orgs', '--db', cut])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/is damaged: the file is shorter than the database it describes/)
    expect(digest(cut)).toBe(before)
  })

  it('a workspace from a newer version', async () => {
    const file = await realWorkspace()
    const db = new BetterSqlite3(file)
    db.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', '2030-01-01')").run()
    db.close()
    const before = digest(file)
    const result = ropa(['orgs', '--db', file])
    expect(result.stderr).toMatch(/newer version of ROPA/)
    expect(digest(file)).toBe(before)
  })

  it('a 200 MB JSON file is refused before it is read', async () => {
    const file = await realWorkspace()
    const huge = path.join(tempDir(), 'huge.json')
    fs.writeFileSync(huge, '{')
    fs.truncateSync(huge, 200 * 1024 * 1024)
    const before = digest(file)
    const result = ropa(['import', huge, '--db', file])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(
      /huge\.json is 200 MB; ROPA reads files of this kind up to 128 MB. Nothing was imported/,
    )
    expect(digest(file)).toBe(before)
  })

  it('a JSON file that is not a register document', async () => {
    const file = await realWorkspace()
    const other = path.join(tempDir(), 'package.json')
    fs.writeFileSync(other, JSON.stringify({ name: 'left-pad', version: '1.0.0' }))
    const before = digest(file)
    const result = ropa(['import', other, '--db', file])
    expect(result.stderr).toMatch(/not valid.*format: is required|format/)
    expect(digest(file)).toBe(before)
  })
})

describe('two programs on one workspace', () => {
  it('a write waits for another program’s short transaction, then succeeds', async () => {
    const file = await realWorkspace()
    const dir = tempDir()
    fs.writeFileSync(
      path.join(dir, 'r.json'),
      JSON.stringify({
        ...richRegister(),
        organisation: { ...richRegister().organisation, name: 'Second Oy' },
      }),
    )
    const other = new BetterSqlite3(file)
    other.exec('BEGIN IMMEDIATE')
    const running = ropaAsync(['import', path.join(dir, 'r.json'), '--db', file])
    await new Promise((r) => setTimeout(r, 2000))
    other.exec('COMMIT')
    const result = await running
    other.close()
    expect(result.status, result.stderr).toBe(0)
  })

  it('a write blocked for too long fails clearly and changes nothing', async () => {
    const file = await realWorkspace()
    const other = new BetterSqlite3(file)
    other.exec('BEGIN IMMEDIATE')
    const dir = tempDir()
    fs.writeFileSync(
      path.join(dir, 'r.json'),
      JSON.stringify({
        ...richRegister(),
        organisation: { ...richRegister().organisation, name: 'Second Oy' },
      }),
    )
    const result = ropa(['import', path.join(dir, 'r.json'), '--db', file])
    other.exec('ROLLBACK')
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/busy \(another ROPA window or command is writing to it\)/)
    expect(result.stderr).not.toMatch(/--replace/)
    expect(other.prepare("SELECT count(*) FROM organisations WHERE name = 'Second Oy'").pluck().get()).toBe(0)
    other.close()
  })
})
