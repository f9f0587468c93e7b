/**
 * `ropa copy` and backups across engines: a whole workspace (registers, history with its chain, export records,
 * settings) copied from a file to a team database and back gives the same registers and a chain that verifies;
 * `ropa backup` of a team database writes a workspace file that opens anywhere. A copy into a workspace that holds
 * one already is refused and writes nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/core/backend'
import { copyWorkspace } from '../../electron/core/db/copy'
import { openStorage } from '../../electron/core/db/workspace'
import { createClient } from '../../shared/api/client'
import { richRegister } from '../fixtures/rich-register'
import { ropaAsync } from '../helpers/cli'
import { createTestDatabase, TEST_ENGINE } from '../helpers/engine'
import { exportFile } from '../helpers/exports'
import { rawValue } from '../helpers/raw-sql'
import { openTestWorkspace, tempDir, tempWorkspacePath, type TestWorkspace } from '../helpers/workspace'

/** A workspace with a register, an update, a deletion, an export record and a setting. */
async function busyWorkspace(location?: string): Promise<TestWorkspace & { organisationId: string }> {
  const ws = await openTestWorkspace(location, { clock: () => new Date('2026-03-02T09:30:00Z') })
  const { organisationId } = await ws.client.call('register.import', { document: richRegister() })
  const [first, second] = await ws.client.call('activities.list', { organisationId })
  const full = await ws.client.call('activities.get', { id: first.id })
  const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = full
  await ws.client.call('activities.update', { id: first.id, activity: { ...fields, owner: 'Anna' } })
  await ws.client.call('activities.delete', { id: second.id })
  await ws.client.call('settings.update', { employeeThreshold: 300 })
  await exportFile({ ...ws, organisationId }, 'csv')
  return { ...ws, organisationId }
}

async function contents(location: string) {
  const backend = await openBackend(location, { logError: () => {} })
  try {
    const client = createClient(backend.dispatch)
    const [organisation] = await client.call('organisations.list', {})
    return {
      register: await client.call('register.export', { organisationId: organisation.id }),
      exports: await client.call('exports.list', { organisationId: organisation.id }),
      settings: await client.call('settings.get', {}),
      timeline: (
        await client.call('history.timeline', { organisationId: organisation.id, limit: 500 })
      ).changes.map((c) => [c.id, c.actor, c.operation, c.label]),
      verify: await client.call('history.verify', {}),
    }
  } finally {
    await backend.close()
  }
}

describe('copying a whole workspace', () => {
  it('copies a file to another file with the history, export records and settings as they were', async () => {
    const source = await busyWorkspace(tempWorkspacePath())
    await source.backend.close()
    const target = await openStorage(tempWorkspacePath())
    const sourceStorage = await openStorage(source.file)
    const report = await copyWorkspace(sourceStorage, target)
    await Promise.all([target.close(), sourceStorage.close()])
    expect(report.chain).toMatchObject({ ok: true })
    expect(report.tables.find((t) => t.table === 'changes')!.rows).toBe(report.chain.records)
    const [before, after] = [await contents(source.file), await contents(target.location)]
    expect(after).toEqual(before)
    expect(after.verify.ok).toBe(true)
  })

  it('refuses a target that holds a workspace already, and changes nothing there', async () => {
    const source = await busyWorkspace(tempWorkspacePath())
    const other = await openTestWorkspace(tempWorkspacePath())
    await other.client.call('organisations.create', { name: 'Kept Oy' })
    await expect(copyWorkspace(source.backend.workspace, other.backend.workspace)).rejects.toThrow(
      /already holds a workspace \(its table organisations has 1 rows\)\. .*Nothing was written/,
    )
    expect((await other.client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Kept Oy'])
  })

  it.runIf(TEST_ENGINE === 'postgres')(
    'ropa copy moves a file to a team database and back; verify passes on each copy',
    { timeout: 120_000 },
    async () => {
      const file = tempWorkspacePath()
      const source = await busyWorkspace(file)
      await source.backend.close()
      const url = await createTestDatabase()
      const there = await ropaAsync(['copy', '--db', file, '--to', url])
      expect(there.stderr).toBe('')
      expect(there.stdout).toMatch(
        /Copied .* to postgres:\/\/.*: 1 organisation\(s\), 2 activities, 1 export record\(s\), \d+ change records \(the chain verifies on the copy\)/,
      )
      expect(await contents(url)).toEqual(await contents(file))
      expect((await ropaAsync(['verify', '--db', url])).stdout).toMatch(/The history is intact/)

      const back = path.join(tempDir(), 'back.sqlite')
      expect((await ropaAsync(['copy', '--db', url, '--to', back])).status).toBe(0)
      expect(await contents(back)).toEqual(await contents(file))
      // Ids went over as they were, and new changes on the team database follow the copied chain.
      const onTeam = await openTestWorkspace(url)
      await onTeam.client.call('organisations.create', { name: 'New Client Oy' })
      expect(await onTeam.client.call('history.verify', {})).toMatchObject({ ok: true })
    },
  )

  it.runIf(TEST_ENGINE === 'postgres')(
    'ropa backup of a team database writes a workspace file that opens anywhere',
    { timeout: 60_000 },
    async () => {
      const ws = await busyWorkspace()
      const out = path.join(tempDir(), 'team-backup.sqlite')
      const result = await ropaAsync(['backup', '--db', ws.file, '--out', out])
      expect(result.stderr).toBe('')
      expect(result.stdout).toMatch(/Backed up to .*team-backup\.sqlite/)
      expect(fs.readFileSync(out).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
      expect(await contents(out)).toEqual(await contents(ws.file))
      expect(
        await rawValue(out, "SELECT count(*) FROM export_records WHERE typeof(snapshot_json) = 'blob'"),
      ).toBe(1)
    },
  )

  it('never prints the password of a URL, even when the connection fails', { timeout: 60_000 }, async () => {
    const result = await ropaAsync(['orgs', '--db', 'postgres://anna:s3cret-pw@127.0.0.1:1/ropa'])
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/refused the connection/)
    expect(result.stderr + result.stdout).not.toContain('s3cret-pw')
  })
})
