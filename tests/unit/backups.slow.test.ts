import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { richRegister } from '../fixtures/rich-register'
import { ropa } from '../helpers/cli'
import { closeTestWorkspace, openTestWorkspace, tempDir } from '../helpers/workspace'

describe('backups', () => {
  // When automatic backups are made and which are kept: backup-schedule.test.ts.
  it('restores a backup into the open workspace, keeping a copy of what was there', async () => {
    const ws = await openTestWorkspace()
    const { organisationId } = await ws.client.call('register.import', { document: richRegister() })
    const backup = await ws.client.call('backups.create', {})
    expect(backup.kind).toBe('manual')
    await ws.client.call('organisations.delete', { id: organisationId })
    await ws.client.call('organisations.create', { name: 'After the backup Oy' })

    const result = await ws.client.call('backups.restore', { name: backup.name })
    expect(result.restored).toBe(backup.name)
    expect((await ws.client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Nordic Bakery Oy'])
    expect((await ws.client.call('activities.list', { organisationId })).length).toBe(3)
    expect((await ws.client.call('history.verify', {})).ok).toBe(true)
    const kinds = (await ws.client.call('backups.list', {})).map((b) => b.kind)
    expect(kinds).toContain('before-restore')
    await closeTestWorkspace(ws)
    const reopened = await openTestWorkspace(ws.file)
    expect((await reopened.client.call('organisations.list', {})).map((o) => o.name)).toEqual([
      'Nordic Bakery Oy',
    ])
  })

  it('refuses a backup name that is not in the list (no paths from outside)', async () => {
    const { backend } = await openTestWorkspace()
    expect(await backend.dispatch('backups.restore', { name: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('ropa backup writes a consistent copy, to --out or the backups folder', async () => {
    const ws = await openTestWorkspace()
    await ws.client.call('register.import', { document: richRegister() })
    // The workspace stays open (as the app would have it) while the CLI backs it up.
    const out = path.join(tempDir(), 'copy.sqlite')
    const result = ropa(['backup', '--db', ws.file, '--out', out])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/Backed up to .*copy\.sqlite/)
    const copy = new BetterSqlite3(out, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(3)
    copy.close()
    expect(ropa(['backup', '--db', ws.file, '--out', out]).stderr).toMatch(/exists already/)
    expect(ropa(['backup', '--db', ws.file]).status).toBe(0)
    expect(fs.readdirSync(path.join(path.dirname(ws.file), 'workspace.backups'))).toHaveLength(1)
  })
})
