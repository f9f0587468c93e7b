/**
 * A backup written where the host answers (`backups.create` with chooseFile): the CLI's --out and the desktop's
 * save dialog are asked through core/host.ts, never bypassed, and a host that offers nothing or cancels gets a
 * refusal that writes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Host } from '../../electron/core/host'
import { openTestWorkspace, tempDir } from '../helpers/workspace'

describe('backups.create with chooseFile', () => {
  it('writes the copy where the host answers, offering the name a backup gets', async () => {
    const out = path.join(tempDir(), 'chosen.sqlite')
    const asked: { fileName: string; format: string }[] = []
    const host: Host = {
      kind: 'cli',
      chooseFile: async (suggested) => {
        asked.push(suggested)
        return out
      },
    }
    const ws = await openTestWorkspace(undefined, { host })
    await ws.client.call('organisations.create', { name: 'Acme Oy' })
    const backup = await ws.client.call('backups.create', { chooseFile: true })
    expect(backup.path).toBe(out)
    expect(backup.kind).toBe('manual')
    expect(asked).toHaveLength(1)
    expect(asked[0].format).toBe('sqlite')
    expect(asked[0].fileName).toMatch(/\.backup-.*-manual\.sqlite$/)
    const copy = new BetterSqlite3(out, { readonly: true })
    expect(copy.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Acme Oy'])
    copy.close()
    // Without chooseFile the copy goes into the backups folder, and the host is not asked.
    const inFolder = await ws.client.call('backups.create', {})
    expect(path.basename(path.dirname(inFolder.path))).toMatch(/\.backups$/)
    expect(fs.existsSync(inFolder.path)).toBe(true)
    expect(asked).toHaveLength(1)
  })

  it('is refused in words, writing nothing, when the host offers no place or the user cancels', async () => {
    const browser = await openTestWorkspace()
    await expect(browser.client.call('backups.create', { chooseFile: true })).rejects.toThrow(
      /only available in the desktop app and the ropa command/,
    )
    expect(await browser.client.call('backups.list', {})).toEqual([])
    const cancelled = await openTestWorkspace(undefined, {
      host: { kind: 'desktop', chooseFile: async () => null },
    })
    await expect(cancelled.client.call('backups.create', { chooseFile: true })).rejects.toThrow(
      /No place to write the backup was chosen/,
    )
    expect(await cancelled.client.call('backups.list', {})).toEqual([])
  })
})
