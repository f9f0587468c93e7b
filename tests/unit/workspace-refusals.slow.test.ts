/**
 * Workspaces ROPA must not work in, through the real `ropa` command: a damaged file of the right size, an empty
 * file, a URL that is not a workspace, a team database that cannot be reached, a read-only file, a busy one. Each is refused (or its writes are) in one sentence without a stack
 * trace, and the folder is left exactly as it was: the same files, the same bytes, no `-wal` or `-shm` beside it.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../migrations'
import { openWorkspace } from '../../electron/core/db/open'
import { workspaceLocation } from '../../electron/core/db/location'
import { richRegister } from '../fixtures/rich-register'
import { ropa, ropaAsOtherUser } from '../helpers/cli'
import { damageWorkspace, listing, tempDir } from '../helpers/workspace'

const ORG = richRegister().organisation.name
/** How a damaged file is named: by the integrity check, or by SQLite itself when the damage is in what is read first. */
const DAMAGED = (db: string) =>
  new RegExp(
    `${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged: SQLite('s integrity check found damage in it| could not read part of it)`,
  )
/** A line of a stack trace, as Node prints them. */
const STACK = /\n\s+at \S/

function workspaceWithRegister(dir = tempDir()) {
  const db = path.join(dir, 'workspace.sqlite')
  const input = path.join(dir, 'register.json')
  fs.writeFileSync(input, JSON.stringify(richRegister()))
  const imported = ropa(['import', input, '--db', db])
  expect(imported.status, imported.stderr).toBe(0)
  return { dir, db, input }
}

/** One line on stderr, a non-zero exit, no stack. */
function refusedInOneLine(result: { status: number | null; stderr: string }, words: RegExp | string) {
  expect(result.status).not.toBe(0)
  expect(result.stderr).not.toMatch(STACK)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  if (typeof words === 'string') expect(result.stderr).toContain(words)
  else expect(result.stderr).toMatch(words)
}

describe('a damaged workspace of the right size', { timeout: 300_000 }, () => {
  it('is named as damaged by every command, which points to the latest backup and changes nothing', () => {
    const { dir, db, input } = workspaceWithRegister()
    expect(ropa(['backup', '--db', db]).status).toBe(0)
    const [backup] = fs.readdirSync(path.join(dir, 'workspace.backups'))
    const size = fs.statSync(db).size
    damageWorkspace(db)
    expect(fs.statSync(db).size).toBe(size)
    const before = listing(dir)
    const backupsBefore = listing(path.join(dir, 'workspace.backups'))
    const out = path.join(dir, 'register-export.json')
    const commands = [
      ['orgs'],
      ['check'],
      ['export', '--org', ORG, '--format', 'json', '--out', out],
      ['exports'],
      ['log'],
      ['verify'],
      ['backup'],
      ['import', input, '--as', 'Second Oy'],
    ]
    for (const args of commands) {
      const result = ropa([...args, '--db', db])
      refusedInOneLine(result, DAMAGED(db))
      expect(result.stderr, args[0]).toContain(
        `The latest backup is ${path.join(dir, 'workspace.backups', backup)}`,
      )
      expect(result.stderr).toContain(`copy the backup to ${db}`)
    }
    expect(listing(dir)).toEqual(before)
    expect(listing(path.join(dir, 'workspace.backups'))).toEqual(backupsBefore)
  })

  it('is refused by the app’s own open (desktop and browser mode) with the same words', async () => {
    const { db } = workspaceWithRegister()
    damageWorkspace(db)
    await expect(openWorkspace(db)).rejects.toThrow(DAMAGED(db))
    expect(fs.existsSync(`${db}-wal`) || fs.existsSync(`${db}-shm`)).toBe(false)
  })
})

describe('a path that is not a workspace', { timeout: 120_000 }, () => {
  it('an empty file is refused by every command, import included, and stays empty', () => {
    const dir = tempDir()
    const db = path.join(dir, 'empty.sqlite')
    fs.writeFileSync(db, '')
    const input = path.join(dir, 'register.json')
    fs.writeFileSync(input, JSON.stringify(richRegister()))
    const before = listing(dir)
    for (const args of [['orgs'], ['import', input]])
      refusedInOneLine(ropa([...args, '--db', db]), `${db} is an empty file (0 bytes), not a workspace`)
    expect(listing(dir)).toEqual(before)
  })

  it('a URL that is not a workspace is refused, by import too, and nothing is created where the command runs', () => {
    const dir = tempDir()
    const input = path.join(dir, 'register.json')
    fs.writeFileSync(input, JSON.stringify(richRegister()))
    const before = listing(dir)
    const refusals: [string, string][] = [
      [
        'mysql://dpo:secret@db.example/ropa',
        'mysql://dpo:***@db.example/ropa is a mysql:// address, not a workspace ROPA can open',
      ],
      [
        'https://dpo:secret@example.com/ws.sqlite',
        'https://dpo:***@example.com/ws.sqlite is a https:// address, not a workspace ROPA can open',
      ],
      [
        'postgres://dpo:secret@db.example',
        '“postgres://dpo:***@db.example” does not name a host and a database',
      ],
      // A team database named rightly but out of reach: told, and nothing created either.
      ['postgres://dpo:secret@127.0.0.1:1/ropa', 'The team database at 127.0.0.1:1 refused the connection'],
    ]
    for (const [url, words] of refusals) {
      for (const args of [['import', input], ['orgs']]) {
        const result = ropa([...args, '--db', url], {}, dir)
        refusedInOneLine(result, words)
        expect(result.stderr).not.toContain('secret')
      }
    }
    expect(listing(dir)).toEqual(before)
  })

  it('tells paths, team databases and other URLs apart in one place', () => {
    expect(workspaceLocation('postgres://u@h/db')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' })
    expect(workspaceLocation('postgresql://u@h:5433/db?sslmode=verify-full')).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@h:5433/db?sslmode=verify-full',
    })
    expect(workspaceLocation('file:///tmp/ws.sqlite')).toEqual({ kind: 'file', path: '/tmp/ws.sqlite' })
    expect(workspaceLocation('/tmp/ws.sqlite')).toEqual({ kind: 'file', path: '/tmp/ws.sqlite' })
    expect(workspaceLocation('C:/Users/dpo/ws.sqlite')).toMatchObject({ kind: 'file' })
    expect(() => workspaceLocation('sqlite:///tmp/x.sqlite')).toThrow(
      /sqlite:\/\/ address, not a workspace ROPA can open/,
    )
    expect(() => workspaceLocation(undefined, { ROPA_DB: 'https://example.com/ws' })).toThrow(
      /https:\/\/ address/,
    )
    expect(() => workspaceLocation('postgres://u@h/')).toThrow(/does not name a host and a database/)
    expect(() => workspaceLocation('postgres://u@h/a/b')).toThrow(/does not name a host and a database/)
  })

  it('a workspace from a newer version is refused without -wal or -shm files left beside it', async () => {
    const { dir, db } = workspaceWithRegister()
    const conn = new BetterSqlite3(db)
    conn.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', '2030-01-01')").run()
    conn.close()
    const before = listing(dir)
    refusedInOneLine(ropa(['orgs', '--db', db]), 'was last saved by a newer version of ROPA')
    await expect(openWorkspace(db)).rejects.toThrow(/newer version/)
    expect(listing(dir)).toEqual(before)
  })
})

describe('a read-only workspace', { timeout: 180_000 }, () => {
  it('can be read; exports and imports are refused in words; no -wal or -shm appears beside it', () => {
    const { dir, db, input } = workspaceWithRegister()
    // The folder is writable (SQLite could leave files there); the workspace is not.
    fs.chmodSync(dir, 0o777)
    fs.chmodSync(db, 0o444)
    const before = listing(dir)
    const orgs = ropaAsOtherUser(['orgs', '--db', db])
    expect(orgs.status, orgs.stderr).toBe(0)
    expect(orgs.stdout).toContain(ORG)
    const out = path.join(dir, 'out.json')
    const exported = ropaAsOtherUser(['export', '--org', ORG, '--format', 'json', '--out', out, '--db', db])
    refusedInOneLine(
      exported,
      `The workspace file ${db} is read-only, so nothing can be saved, and nothing was changed.`,
    )
    const imported = ropaAsOtherUser(['import', input, '--as', 'Second Oy', '--db', db])
    refusedInOneLine(imported, 'is read-only, so nothing can be saved')
    expect(listing(dir)).toEqual(before)
  })

  it('one an older version made, which would need updating, is refused as it is', async () => {
    const dir = tempDir()
    const db = path.join(dir, 'old.sqlite')
    const names = Object.keys(migrations)
    const older = await openWorkspace(db, {
      migrations: Object.fromEntries(
        names.slice(0, -1).map((n) => [n, migrations[n as keyof typeof migrations]]),
      ) as typeof migrations,
    })
    await older.close()
    fs.chmodSync(dir, 0o777)
    fs.chmodSync(db, 0o444)
    const before = listing(dir)
    refusedInOneLine(
      ropaAsOtherUser(['orgs', '--db', db]),
      `${db} is read-only, and this version of ROPA must update it before it can open it`,
    )
    expect(listing(dir)).toEqual(before)
  })
})

describe('a busy workspace', { timeout: 120_000 }, () => {
  it('an export blocked by another program’s long write fails in words and writes nothing', () => {
    const { dir, db } = workspaceWithRegister()
    const other = new BetterSqlite3(db)
    other.exec('BEGIN IMMEDIATE')
    const out = path.join(dir, 'out.xlsx')
    try {
      refusedInOneLine(
        ropa(['export', '--org', ORG, '--format', 'xlsx', '--out', out, '--db', db]),
        'The workspace file is busy (another ROPA window or command is writing to it)',
      )
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(fs.readdirSync(dir).filter((f) => f.includes('out.xlsx'))).toEqual([])
  })
})
