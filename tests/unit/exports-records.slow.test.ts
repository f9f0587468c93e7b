import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJobs } from '../../electron/core/exports/jobs'
import { runExport } from '../../electron/core/exports/run'
import { bigRegister } from '../helpers/big-register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { rawSql } from '../helpers/raw-sql'
import { tempDir } from '../helpers/workspace'

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

describe('export records and jobs', () => {
  it('records every export with the SHA-256 and size of the file on disk, its counts and the register it was made from', async () => {
    const ws = await richWorkspace()
    const first = await exportFile(ws, 'xlsx', { language: 'de' })
    const second = await exportFile(ws, 'json')
    for (const { file, job } of [first, second]) {
      expect(job.record!.sha256).toBe(sha256(file))
      expect(job.record!.byteSize).toBe(fs.statSync(file).size)
      expect(job.record!.fileName).toBe(path.basename(file))
    }
    const list = await ws.client.call('exports.list', { organisationId: ws.organisationId })
    expect(list.map((r) => r.format)).toEqual(['json', 'xlsx'])
    expect(list[1]).toMatchObject({
      organisationName: 'Nordic Bakery Oy',
      actor: 'tester',
      format: 'xlsx',
      language: 'de',
      counts: {
        activities: 3,
        controllerActivities: 2,
        processorActivities: 1,
        parties: 6,
        transfers: 23,
        securityMeasures: 4,
      },
    })
    expect(list[0].language).toBe('fi') // the organisation's language when none is chosen

    const detail = await ws.client.call('exports.get', { id: list[1].id })
    const current = await ws.client.call('register.export', { organisationId: ws.organisationId })
    expect(detail.snapshot.activities.map((a) => a.reference)).toEqual(
      current.activities.map((a) => a.reference),
    )
    expect(detail.snapshot.activities[0].id).not.toBe('a1') // the workspace's own ids, for comparing versions later

    const changes = (await rawSql(
      ws.file,
      "SELECT operation, entity_id, after_json FROM changes WHERE entity = 'exportRecord'",
    )) as { operation: string; entity_id: string; after_json: string }[]
    expect(changes.map((c) => c.entity_id).sort()).toEqual(list.map((r) => r.id).sort())
    expect(JSON.parse(changes[0].after_json)).not.toHaveProperty('snapshot')
  })

  it('a cancelled export leaves no file, no temporary file and no record', async () => {
    const ws = await richWorkspace(bigRegister(200))
    const folder = tempDir()
    const jobs = exportJobs(ws.backend.ctx)
    const started = await ws.client.call('exports.start', {
      organisationId: ws.organisationId,
      format: 'pdf',
      saveTicket: jobs.registerSaveTarget(path.join(folder, 'register.pdf')),
    })
    const cancelled = await ws.client.call('exports.cancel', { jobId: started.jobId })
    expect(cancelled.state).toBe('cancelled')
    expect(cancelled.record).toBeNull()
    expect(fs.readdirSync(folder)).toEqual([])
    expect(await ws.client.call('exports.list', { organisationId: ws.organisationId })).toEqual([])
  })

  it.each(['xlsx', 'csv', 'pdf'] as const)(
    'a %s export cancelled while writing removes its partial file',
    async (format) => {
      const ws = await richWorkspace(bigRegister(300))
      const folder = tempDir()
      const controller = new AbortController()
      const phases: string[] = []
      const run = runExport(
        ws.backend.ctx,
        { organisationId: ws.organisationId, format, language: 'en', sections: ['controllerRecord'] },
        path.join(folder, `out.${format}`),
        {
          signal: controller.signal,
          onProgress: (phase, fraction) => {
            phases.push(phase)
            if (phase === 'writing' && fraction > 0) controller.abort()
          },
        },
      )
      await expect(run).rejects.toThrow()
      expect(phases).toContain('writing')
      expect(fs.readdirSync(folder)).toEqual([])
      expect(await ws.client.call('exports.list', { organisationId: ws.organisationId })).toEqual([])
    },
  )

  it.each(['xlsx', 'pdf'] as const)(
    'reports progress while a %s export runs and ends at 1',
    async (format) => {
      const ws = await richWorkspace(bigRegister(300))
      const seen: number[] = []
      await runExport(
        ws.backend.ctx,
        { organisationId: ws.organisationId, format, language: 'en', sections: ['controllerRecord'] },
        path.join(tempDir(), `out.${format}`),
        {
          onProgress: (phase, fraction) => phase === 'writing' && seen.push(fraction),
        },
      )
      expect(seen.length).toBeGreaterThan(2)
      expect(seen).toEqual([...seen].sort((a, b) => a - b))
      expect(seen.at(-1)).toBe(1)
    },
  )

  it('keeps a browser-mode export for one download, then deletes it', async () => {
    const ws = await richWorkspace()
    const jobs = exportJobs(ws.backend.ctx)
    const started = await ws.client.call('exports.start', {
      organisationId: ws.organisationId,
      format: 'csv',
      language: 'en',
    })
    expect(started.delivery).toBe('download')
    const job = await jobs.wait(started.jobId)
    expect(job.fileName).toBe('Nordic Bakery Oy - Record of processing activities - 2026-03-02.csv')
    const download = jobs.takeDownload(job.jobId)!
    expect(sha256(download.file)).toBe(job.record!.sha256)
    jobs.finishDownload(job.jobId)
    expect(fs.existsSync(download.file)).toBe(false)
    expect(jobs.takeDownload(job.jobId)).toBeNull()
  })

  it('refuses what it cannot do, in words, and writes nothing', async () => {
    const ws = await richWorkspace()
    const jobs = exportJobs(ws.backend.ctx)
    const bad = await ws.client.invoke('exports.start', {
      organisationId: ws.organisationId,
      format: 'xlsx',
      saveTicket: 'not-a-ticket',
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('Choose where to save it again') },
    })
    const unknown = await ws.client.invoke('exports.start', { organisationId: 'nope', format: 'xlsx' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const noSections = await ws.client.invoke('exports.start', {
      organisationId: ws.organisationId,
      format: 'pdf',
      sections: [],
    })
    expect(noSections).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(() => jobs.registerSaveTarget('/no/such/folder/x.pdf')).toThrow(
      'the folder /no/such/folder does not exist',
    )

    // A ticket is good for one export only.
    const file = path.join(tempDir(), 'once.csv')
    const ticket = jobs.registerSaveTarget(file)
    await jobs.wait(
      (
        await ws.client.call('exports.start', {
          organisationId: ws.organisationId,
          format: 'csv',
          saveTicket: ticket,
        })
      ).jobId,
    )
    expect(
      await ws.client.invoke('exports.start', {
        organisationId: ws.organisationId,
        format: 'csv',
        saveTicket: ticket,
      }),
    ).toMatchObject({ ok: false })

    // The folder disappears before the export is written: the job fails with a message, no record.
    const gone = tempDir()
    const goneTicket = jobs.registerSaveTarget(path.join(gone, 'x.xlsx'))
    fs.rmSync(gone, { recursive: true })
    const failed = await jobs.wait(
      (
        await ws.client.call('exports.start', {
          organisationId: ws.organisationId,
          format: 'xlsx',
          saveTicket: goneTicket,
        })
      ).jobId,
    )
    expect(failed.state).toBe('failed')
    expect(failed.error).toMatch(/nothing was saved/i)
    expect(await ws.client.call('exports.list', { organisationId: ws.organisationId })).toHaveLength(1)
  })

  it('says that dialogs are desktop-only when asked outside the desktop app', async () => {
    const ws = await richWorkspace()
    expect(await ws.client.call('host.capabilities', {})).toEqual({
      kind: 'browser',
      saveDialog: false,
      showInFolder: false,
    })
    const choose = await ws.client.invoke('host.chooseSavePath', {
      organisationId: ws.organisationId,
      format: 'pdf',
    })
    expect(choose).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('only available in the desktop app') },
    })
  })

  it('goes with its organisation when the organisation is deleted', async () => {
    const ws = await richWorkspace()
    await exportFile(ws, 'csv')
    await ws.client.call('organisations.delete', { id: ws.organisationId })
    expect(await rawSql(ws.file, 'SELECT count(*) AS n FROM export_records')).toEqual([{ n: 0 }])
  })
})
