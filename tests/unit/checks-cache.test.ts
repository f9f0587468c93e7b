/**
 * The finding summaries kept between requests (electron/core/services/register-cache.ts): a change anywhere
 * in an organisation makes exactly that organisation's summary be computed again, whoever wrote it (this
 * backend or another one on the same workspace), and the portfolio and the badges always say what a fresh
 * run of the checks says. Runs on SQLite and, in the postgres project, on a team database.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getExportRecord } from '../../electron/core/exports/records'
import { runExport } from '../../electron/core/exports/run'
import {
  organisationsChangedSince,
  readChangeMark,
  RegisterCache,
} from '../../electron/core/services/register-cache'
import type { Client } from '../../shared/api/client'
import { richRegister } from '../fixtures/rich-register'
import { TEST_ENGINE } from '../helpers/engine'
import { openTestWorkspace, tempDir, type TestWorkspace } from '../helpers/workspace'

async function twoOrganisations() {
  const ws = await openTestWorkspace(undefined, { clock: () => new Date('2026-11-23T12:00:00') })
  const bakery = await ws.client.call('register.import', { document: richRegister() })
  const mill = await ws.client.call('register.import', {
    document: { ...richRegister(), organisation: { ...richRegister().organisation, name: 'Nordic Mill Oy' } },
  })
  return { ...ws, a: bakery.organisationId, b: mill.organisationId }
}

/** A cache whose values say which organisations were computed, call by call. */
function recordingCache(ws: TestWorkspace, ids: () => string[]) {
  const cache = new RegisterCache<string>()
  return async () => {
    const computed: string[] = []
    await cache.get(ws.backend.ctx, 'same', ids(), async (id) => {
      computed.push(id)
      return id
    })
    return computed.sort()
  }
}

async function firstActivity(client: Client, organisationId: string) {
  const [listed] = await client.call('activities.list', { organisationId })
  const {
    id,
    organisationId: _o,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = await client.call('activities.get', { id: listed.id })
  return { id, fields }
}

describe('finding summaries kept between requests', () => {
  it('computes again exactly the organisations a change concerns', async () => {
    const ws = await twoOrganisations()
    const { client, a, b } = ws
    const ids = [a, b]
    const computedNow = recordingCache(ws, () => ids)
    expect(await computedNow()).toEqual([a, b].sort())
    expect(await computedNow()).toEqual([])

    const activity = await firstActivity(client, a)
    await client.call('activities.update', {
      id: activity.id,
      activity: { ...activity.fields, name: 'Payroll and HR' },
    })
    expect(await computedNow()).toEqual([a])

    const category = (await client.call('dataCategories.list', { organisationId: b }))[0]
    const { id: categoryId, organisationId: _o1, activityCount: _n1, ...categoryFields } = category
    await client.call('dataCategories.update', {
      id: categoryId,
      entry: { ...categoryFields, description: 'Changed' },
    })
    expect(await computedNow()).toEqual([b])

    const party = (await client.call('parties.list', { organisationId: a })).find(
      (p) => p.name === 'CloudCo Inc.',
    )!
    const { id: partyId, organisationId: _o2, activityCount: _n2, ...partyFields } = party
    await client.call('parties.update', { id: partyId, entry: { ...partyFields, dpfCertified: false } })
    expect(await computedNow()).toEqual([a])

    await client.call('organisations.rename', { id: b, name: 'Nordic Mill Group Oy' })
    expect(await computedNow()).toEqual([b])

    // Workspace settings change no register (the caller keys the threshold itself); nothing to compute.
    await client.call('settings.update', { employeeThreshold: 100 })
    expect(await computedNow()).toEqual([])

    // A library entry links and unlinks organisations' entries without a record of theirs: everything again.
    await client.call('library.entries.save', {
      id: null,
      entry: { catalogue: 'dataCategories', fields: { name: 'Library data', special: 'none' } },
    })
    expect(await computedNow()).toEqual([a, b].sort())

    // An export records itself in the organisation's history, but leaves its register as it was.
    await runExport(
      ws.backend.ctx,
      { organisationId: a, format: 'csv', language: 'en', sections: [] },
      path.join(tempDir(), 'register.csv'),
    )
    expect(await computedNow()).toEqual([])

    await client.call('activities.delete', { id: activity.id })
    expect(await computedNow()).toEqual([a])
  })

  it('sees what another process writes to the same workspace', async () => {
    const ws = await twoOrganisations()
    const computedNow = recordingCache(ws, () => [ws.a, ws.b])
    await computedNow()
    const other = await openTestWorkspace(ws.file)
    const activity = await firstActivity(other.client, ws.b)
    await other.client.call('activities.update', {
      id: activity.id,
      activity: { ...activity.fields, name: 'Written elsewhere' },
    })
    expect(await computedNow()).toEqual([ws.b])
    expect(await computedNow()).toEqual([])
  })

  it.skipIf(TEST_ENGINE === 'postgres')('computes everything again after a backup is restored', async () => {
    const ws = await twoOrganisations()
    const backup = await ws.client.call('backups.create', {})
    const computedNow = recordingCache(ws, () => [ws.a, ws.b])
    const activity = await firstActivity(ws.client, ws.a)
    await ws.client.call('activities.update', {
      id: activity.id,
      activity: { ...activity.fields, name: 'After the backup' },
    })
    await computedNow()
    await ws.client.call('backups.restore', { name: backup.name })
    expect(await computedNow()).toEqual([ws.a, ws.b].sort())
  })

  it('starts afresh when the history is not the one it saw (a restored backup, another workspace)', async () => {
    const { backend } = await twoOrganisations()
    const db = backend.ctx.db
    const mark = (await readChangeMark(db))!
    expect(mark.id).toBeGreaterThan(0)
    expect(await organisationsChangedSince(db, mark, mark)).toEqual(new Set())
    expect(await organisationsChangedSince(db, { ...mark, hash: 'another history' }, mark)).toBe('all')
    expect(await organisationsChangedSince(db, { id: mark.id + 5, hash: null }, mark)).toBe('all')
    expect(await organisationsChangedSince(db, { id: mark.id - 1, hash: 'not the record there' }, mark)).toBe(
      'all',
    )
  })

  it('gives the portfolio and the badges what a fresh run of the checks gives, after every kind of change', async () => {
    let now = new Date('2026-11-23T12:00:00')
    const ws = await openTestWorkspace(undefined, { clock: () => now })
    const { client } = ws
    const { organisationId: a } = await client.call('register.import', { document: richRegister() })
    const small = await client.call('organisations.create', {
      name: 'Small Oy',
      country: 'FI',
      employeeCount: 300,
      email: 'x@small.example',
    })
    await client.call('activities.create', {
      organisationId: small.id,
      activity: {
        reference: 'PA-01',
        name: 'Customers',
        role: 'controller',
        status: 'active',
        nextReviewDue: '2026-11-30',
      },
    })
    const agrees = async () => {
      const rows = await client.call('checks.portfolio', {})
      for (const row of rows) {
        const fresh = await client.call('checks.organisation', { organisationId: row.organisationId })
        expect(row.counts).toEqual(fresh.counts)
        expect(row.overdueReviews).toBe(fresh.findings.filter((f) => f.code === 'REVIEW_OVERDUE').length)
        const counts = await client.call('checks.counts', { organisationId: row.organisationId })
        expect(counts).toEqual({
          organisationId: row.organisationId,
          today: fresh.today,
          counts: fresh.counts,
          byActivity: fresh.byActivity,
        })
      }
      return new Map(rows.map((r) => [r.organisationId, r]))
    }
    const first = await agrees()
    expect(first.get(small.id)?.overdueReviews).toBe(0)

    // An activity losing its purposes gains errors in its organisation only.
    const activity = await firstActivity(client, a)
    await client.call('activities.update', {
      id: activity.id,
      activity: { ...activity.fields, purposes: [] },
    })
    const afterEdit = await agrees()
    expect(afterEdit.get(a)!.counts.error).toBeGreaterThan(first.get(a)!.counts.error)
    expect(afterEdit.get(small.id)).toEqual(first.get(small.id))

    // The threshold is a workspace setting the Art. 30(5) finding reads.
    await client.call('settings.update', { employeeThreshold: 500 })
    const afterSetting = await agrees()
    expect(afterSetting.get(small.id)!.counts.info).toBeGreaterThan(first.get(small.id)!.counts.info)

    // A new day can make a review overdue with nothing written.
    now = new Date('2026-12-02T12:00:00')
    const nextWeek = await agrees()
    expect(nextWeek.get(small.id)!.overdueReviews).toBe(1)

    await client.call('organisations.delete', { id: small.id })
    expect([...(await agrees()).keys()]).toEqual([a])
    await expect(client.call('checks.counts', { organisationId: small.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('exports what the register is now, whether it was kept from the export before or not', async () => {
    const ws = await twoOrganisations()
    const dir = tempDir()
    const exportJson = async (name: string, language: 'en' | 'fi' = 'en') => {
      const record = await runExport(
        ws.backend.ctx,
        { organisationId: ws.a, format: 'json', language, sections: [] },
        path.join(dir, name),
      )
      const doc = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))
      const snapshot = (await getExportRecord(ws.backend.ctx, record.id)).snapshot
      return {
        record,
        names: doc.activities.map((a: { name: string }) => a.name).sort(),
        snapshotNames: snapshot.activities.map((a) => a.name).sort(),
      }
    }
    const first = await exportJson('first.json')
    const again = await exportJson('again.json')
    expect(again.names).toEqual(first.names)
    expect(again.record.counts).toEqual(first.record.counts)

    const activity = await firstActivity(ws.client, ws.a)
    await ws.client.call('activities.update', {
      id: activity.id,
      activity: { ...activity.fields, name: 'Renamed before the export', purposes: [] },
    })
    const changed = await exportJson('changed.json')
    expect(changed.names).toContain('Renamed before the export')
    expect(changed.snapshotNames).toEqual(changed.names)
    expect(changed.record.counts.findings).toBeGreaterThan(first.record.counts.findings)
    // Another language is judged again (its messages differ), with the same findings.
    expect((await exportJson('finnish.json', 'fi')).record.counts).toEqual(changed.record.counts)
  })
})
