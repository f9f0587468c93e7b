/** When the automatic backup is made (electron/core/backup/schedule.ts), on a made-up clock. */
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { backUpIfDue, scheduleDailyBackups } from '../../electron/core/backup/backups'
import {
  automaticBackupDue,
  automaticCopiesToRemove,
  LONGEST_WAIT_MS,
  QUIET_MS,
  REFRESH_MS,
} from '../../electron/core/backup/schedule'
import { openTestWorkspace } from '../helpers/workspace'
import { TEST_ENGINE } from '../helpers/engine'

// Local times: the day is the user's day.
const at = (time: string) => new Date(`2026-03-02T${time}`)
const minutes = (n: number) => n * 60 * 1000

describe('the rule', () => {
  it('makes no copy of a workspace nobody changed, however long it is open', () => {
    expect(
      automaticBackupDue({
        now: at('18:00:00'),
        lastChangeAt: null,
        firstUncopiedAt: null,
        latestAutomaticAt: null,
      }),
    ).toBe(false)
  })

  it('copies the first changes of the day once the user pauses, not while they type', () => {
    const lastChangeAt = at('09:00:00')
    const moment = (now: Date) =>
      automaticBackupDue({
        now,
        lastChangeAt,
        firstUncopiedAt: lastChangeAt,
        latestAutomaticAt: new Date('2026-03-01T17:00:00'),
      })
    expect(moment(new Date(lastChangeAt.getTime() + QUIET_MS - 1000))).toBe(false)
    expect(moment(new Date(lastChangeAt.getTime() + QUIET_MS))).toBe(true)
  })

  it('copies changes that go on without a pause after a quarter of an hour', () => {
    const first = at('09:00:00')
    const due = (now: Date) =>
      automaticBackupDue({
        now,
        lastChangeAt: new Date(now.getTime() - 10_000),
        firstUncopiedAt: first,
        latestAutomaticAt: null,
      })
    expect(due(new Date(first.getTime() + LONGEST_WAIT_MS - 1000))).toBe(false)
    expect(due(new Date(first.getTime() + LONGEST_WAIT_MS))).toBe(true)
  })

  it('keeps the day’s copy at most an hour behind, and copies nothing already copied', () => {
    const copy = at('09:05:00')
    const later = { lastChangeAt: at('09:30:00'), firstUncopiedAt: at('09:30:00'), latestAutomaticAt: copy }
    expect(automaticBackupDue({ now: at('09:40:00'), ...later })).toBe(false)
    expect(automaticBackupDue({ now: new Date(copy.getTime() + REFRESH_MS), ...later })).toBe(true)
    expect(
      automaticBackupDue({
        now: at('15:00:00'),
        lastChangeAt: at('09:00:00'),
        firstUncopiedAt: null,
        latestAutomaticAt: copy,
      }),
    ).toBe(false)
  })

  it('copies a new day’s first changes even if yesterday’s copy is recent (just before midnight)', () => {
    expect(
      automaticBackupDue({
        now: new Date('2026-03-03T00:20:00'),
        lastChangeAt: new Date('2026-03-03T00:10:00'),
        firstUncopiedAt: new Date('2026-03-03T00:10:00'),
        latestAutomaticAt: new Date('2026-03-02T23:50:00'),
      }),
    ).toBe(true)
  })

  it('on closing copies whatever is not in a copy yet, at once', () => {
    const last = at('17:59:30')
    const base = { now: at('18:00:00'), lastChangeAt: last, firstUncopiedAt: last, closing: true }
    expect(automaticBackupDue({ ...base, latestAutomaticAt: at('17:30:00') })).toBe(true)
    expect(automaticBackupDue({ ...base, latestAutomaticAt: at('17:59:45') })).toBe(false)
    expect(automaticBackupDue({ ...base, lastChangeAt: null, latestAutomaticAt: null })).toBe(false)
  })

  it('keeps the newest copy of each day, for the last days that have one', () => {
    const copies = [
      '2026-03-05T16:00:00',
      '2026-03-05T09:00:00',
      '2026-03-03T12:00:00',
      '2026-03-02T12:00:00',
      '2026-03-02T08:00:00',
      '2026-03-01T12:00:00',
    ].map((local) => ({ createdAt: new Date(local).toISOString() }))
    const removed = automaticCopiesToRemove(copies, 3).map((c) => c.createdAt)
    expect(removed).toEqual([copies[1], copies[4], copies[5]].map((c) => c.createdAt))
  })
})

describe.skipIf(TEST_ENGINE !== 'sqlite')('automatic backups of a workspace file', () => {
  function clock(start: Date) {
    let now = start
    return {
      now: () => now,
      set: (date: Date) => (now = date),
      add: (ms: number) => (now = new Date(now.getTime() + ms)),
    }
  }
  const automatic = async (ws: Awaited<ReturnType<typeof openTestWorkspace>>) =>
    (await ws.client.call('backups.list', {})).filter((b) => b.kind === 'automatic')

  it('a new empty workspace gets no copy; the first changes of the day do, with what was typed', async () => {
    const time = clock(at('09:00:00'))
    const ws = await openTestWorkspace(undefined, { clock: time.now })
    time.add(minutes(30))
    expect(await backUpIfDue(ws.backend.ctx)).toBeNull()

    await ws.client.call('organisations.create', { name: 'Acme Oy' })
    time.add(minutes(1))
    expect(await backUpIfDue(ws.backend.ctx)).toBeNull()
    time.add(minutes(1))
    const made = await backUpIfDue(ws.backend.ctx)
    expect(made?.kind).toBe('automatic')
    const copy = new BetterSqlite3(path.join(path.dirname(ws.file), 'workspace.backups', made!.name), {
      readonly: true,
    })
    expect(copy.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Acme Oy'])
    copy.close()
    // Nothing changed since: no second copy.
    time.add(REFRESH_MS * 3)
    expect(await backUpIfDue(ws.backend.ctx)).toBeNull()
  })

  it('renews the day’s copy after later changes and keeps one copy a day for seven days', async () => {
    const time = clock(new Date('2026-03-01T10:00:00'))
    const ws = await openTestWorkspace(undefined, { clock: time.now })
    for (let day = 1; day <= 10; day++) {
      time.set(new Date(`2026-03-${String(day).padStart(2, '0')}T10:00:00`))
      await ws.client.call('organisations.create', { name: `Morning ${day} Oy` })
      time.add(QUIET_MS)
      expect(await backUpIfDue(ws.backend.ctx)).not.toBeNull()
      time.add(minutes(30))
      await ws.client.call('organisations.create', { name: `Afternoon ${day} Oy` })
      time.add(REFRESH_MS)
      expect(await backUpIfDue(ws.backend.ctx)).not.toBeNull()
    }
    const kept = await automatic(ws)
    expect(kept.map((b) => new Date(b.createdAt).getDate())).toEqual([10, 9, 8, 7, 6, 5, 4])
    // Each day's copy is its last one, with the afternoon's changes.
    const copy = new BetterSqlite3(path.join(path.dirname(ws.file), 'workspace.backups', kept[0].name), {
      readonly: true,
    })
    expect(copy.prepare('SELECT name FROM organisations').pluck().all()).toContain('Afternoon 10 Oy')
    copy.close()
  })

  it('a failed backup keeps every earlier copy and the register, is shown, and is made at the next look', async () => {
    const time = clock(at('09:00:00'))
    const ws = await openTestWorkspace(undefined, { clock: time.now })
    await ws.client.call('organisations.create', { name: 'Acme Oy' })
    time.add(QUIET_MS)
    await backUpIfDue(ws.backend.ctx)
    const before = await automatic(ws)
    expect(before).toHaveLength(1)

    time.add(minutes(5))
    await ws.client.call('organisations.rename', {
      id: (await ws.client.call('organisations.list', {}))[0].id,
      name: 'Acme Group Oy',
    })
    time.add(REFRESH_MS)
    // The disk fills up: the copy cannot be written.
    const storage = ws.backend.ctx.storage
    const snapshot = storage.snapshot
    storage.snapshot = async () => {
      throw new Error('ENOSPC: no space left on device')
    }
    const failures: unknown[] = []
    const schedule = scheduleDailyBackups(ws.backend.ctx, (e) => failures.push(e))
    await schedule.close()
    storage.snapshot = snapshot
    expect(failures).toHaveLength(1)
    expect((await ws.client.call('backups.folder', {})).lastFailure?.message).toContain('no space left')
    expect((await automatic(ws)).map((b) => b.name)).toEqual(before.map((b) => b.name))
    expect((await ws.client.call('organisations.list', {}))[0].name).toBe('Acme Group Oy')

    // Writable again: the next look makes the copy (replacing the day's earlier one), and the failure is gone.
    await schedule.close()
    expect(failures).toHaveLength(1)
    const after = await automatic(ws)
    expect(after).toHaveLength(1)
    expect(after[0].name).not.toBe(before[0].name)
    expect((await ws.client.call('backups.folder', {})).lastFailure).toBeNull()
  })

  it('names the backup folder beside the workspace; opening it is the desktop’s', async () => {
    const ws = await openTestWorkspace()
    const folder = await ws.client.call('backups.folder', {})
    expect(folder).toMatchObject({
      path: path.join(path.dirname(ws.file), 'workspace.backups'),
      automatic: true,
      canOpen: false,
    })
    expect(await ws.backend.dispatch('backups.openFolder', {})).toMatchObject({ ok: false })
    const opened: string[] = []
    const desktop = await openTestWorkspace(undefined, {
      host: { kind: 'desktop', openFolder: (f) => opened.push(f) },
    })
    expect((await desktop.client.call('backups.folder', {})).canOpen).toBe(true)
    await desktop.client.call('backups.openFolder', {})
    expect(opened).toEqual([path.join(path.dirname(desktop.file), 'workspace.backups')])
    expect(fs.statSync(opened[0]).isDirectory()).toBe(true)
  })
})
