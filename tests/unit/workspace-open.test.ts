import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { Kysely, Migration } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openWorkspace } from '../../electron/core/db/open'
import { workspaceLocation } from '../../electron/core/db/location'
import { userDataDir } from '../../electron/core/db/paths'
import { migrations } from '../../migrations'
import { tempDir, tempWorkspacePath } from '../helpers/workspace'

const noop: Migration = { up: async () => {} }
const addNotes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('test_notes')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .execute()
  },
}

function sha(file: string) {
  return fs.readFileSync(file).toString('base64')
}

describe('opening a workspace', () => {
  it('creates a new file with WAL, foreign keys and synchronous=FULL', async () => {
    const file = path.join(tempDir(), 'nested', 'folder', 'ws.sqlite')
    const ws = await openWorkspace(file)
    expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(ws.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(ws.backupPath).toBeNull()
    await ws.close()
    expect(fs.existsSync(file)).toBe(true)
  })

  it('copies an existing workspace to a timestamped backup beside it before applying pending migrations', async () => {
    const file = tempWorkspacePath()
    const older = await openWorkspace(file, { migrations })
    await older.db
      .insertInto('organisations')
      .values({ id: 'o1', name: 'Kept Oy', created_at: 'x', updated_at: 'x', language: 'en' })
      .execute()
    await older.close()

    const newer = await openWorkspace(file, {
      migrations: { ...migrations, '9000_add_notes': addNotes },
      now: () => new Date('2026-11-23T10:20:30.000Z'),
    })
    expect(newer.backupPath).toBe(
      path.join(path.dirname(file), 'workspace.backup-2026-11-23T10-20-30-000Z.sqlite'),
    )
    await newer.close()

    const backup = new BetterSqlite3(newer.backupPath!, { readonly: true })
    expect(backup.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Kept Oy'])
    expect(backup.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'test_notes'").pluck().get()).toBe(
      0,
    )
    backup.close()
  })

  it('makes no backup when nothing is pending', async () => {
    const file = tempWorkspacePath()
    await (await openWorkspace(file)).close()
    const again = await openWorkspace(file)
    expect(again.backupPath).toBeNull()
    await again.close()
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('backup'))).toEqual([])
  })

  it('refuses a workspace migrated by a newer version and leaves the file untouched', async () => {
    const file = tempWorkspacePath()
    const future = await openWorkspace(file, { migrations: { ...migrations, '9999_from_the_future': noop } })
    await future.close()
    const before = sha(file)
    await expect(openWorkspace(file)).rejects.toThrow(
      /newer version of ROPA.*9999_from_the_future.*not changed/s,
    )
    expect(sha(file)).toBe(before)
  })

  it('refuses a file that is not an SQLite database and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'notes.sqlite')
    fs.writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(50))
    const before = sha(file)
    await expect(openWorkspace(file)).rejects.toThrow(/not a ROPA workspace \(it is not an SQLite database\)/)
    expect(sha(file)).toBe(before)
  })

  it('refuses an SQLite database that is not a ROPA workspace', async () => {
    const file = path.join(tempDir(), 'other.db')
    const other = new BetterSqlite3(file)
    other.exec(
      "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('x')",
    )
    other.close()
    const before = sha(file)
    await expect(openWorkspace(file)).rejects.toThrow(/SQLite database, but not a ROPA workspace/)
    expect(sha(file)).toBe(before)
  })

  it('refuses a folder', async () => {
    await expect(openWorkspace(tempDir())).rejects.toThrow(/is a folder/)
  })
})

describe('where the workspace lives', () => {
  it('uses --db first, then ROPA_DB, then the per-user app data folder', () => {
    expect(workspaceLocation('/tmp/x.sqlite', { ROPA_DB: '/tmp/y.sqlite' })).toEqual({
      kind: 'file',
      path: '/tmp/x.sqlite',
    })
    expect(workspaceLocation(undefined, { ROPA_DB: '/tmp/y.sqlite' })).toEqual({
      kind: 'file',
      path: '/tmp/y.sqlite',
    })
    expect(workspaceLocation(undefined, { ROPA_DB: 'postgres://anna@db/ropa' })).toEqual({
      kind: 'postgres',
      url: 'postgres://anna@db/ropa',
    })
    expect(workspaceLocation(undefined, {})).toEqual({
      kind: 'file',
      path: path.join(userDataDir(), 'workspace.sqlite'),
    })
  })

  it('matches Electron’s userData folder on each platform', () => {
    expect(userDataDir('linux', {}, '/home/dpo')).toBe('/home/dpo/.config/ROPA')
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/dpo')).toBe('/cfg/ROPA')
    expect(userDataDir('darwin', {}, '/Users/dpo')).toBe('/Users/dpo/Library/Application Support/ROPA')
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\dpo\\AppData\\Roaming' }, 'C:\\Users\\dpo')).toBe(
      'C:\\Users\\dpo\\AppData\\Roaming\\ROPA',
    )
  })
})
