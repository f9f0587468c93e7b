import { createHash } from 'node:crypto'
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportJobs } from '../../electron/core/exports/jobs'
import { contentDisposition, startServer, type RunningServer } from '../../electron/server/http-server'
import { richWorkspace } from '../helpers/exports'
import { tempDir } from '../helpers/workspace'

const servers: RunningServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

function post(port: number, pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: pathname,
          headers: { Host: `127.0.0.1:${port}`, ...headers },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          )
        },
      )
      req.on('error', reject)
      req.end()
    },
  )
}

describe('browser-mode download of an export', () => {
  it('serves a finished export once to the signed-in tab, as an attachment with its name', async () => {
    const ws = await richWorkspace()
    const jobs = exportJobs(ws.backend.ctx)
    const rendererDir = tempDir()
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>')
    const server = await startServer({
      dispatch: ws.backend.dispatch,
      rendererDir,
      downloads: {
        take: (id) => jobs.takeDownload(id),
        finish: (id) => jobs.finishDownload(id),
        release: (id) => jobs.releaseDownload(id),
      },
    })
    servers.push(server)
    const started = await ws.client.call('exports.start', {
      organisationId: ws.organisationId,
      format: 'xlsx',
      language: 'sv',
    })
    const job = await jobs.wait(started.jobId)

    expect((await post(server.port, `/download/${job.jobId}`)).status).toBe(401)
    expect(
      (
        await post(server.port, `/download/${job.jobId}`, {
          Authorization: `Bearer ${server.token}`,
          Origin: 'http://evil.example',
        })
      ).status,
    ).toBe(403)
    const ok = await post(server.port, `/download/${job.jobId}`, { Authorization: `Bearer ${server.token}` })
    expect(ok.status).toBe(200)
    expect(ok.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(ok.headers['content-disposition']).toBe(
      contentDisposition('Nordic Bakery Oy - Register över behandling - 2026-03-02.xlsx'),
    )
    expect(ok.headers['content-disposition']).toContain(
      "filename*=UTF-8''Nordic%20Bakery%20Oy%20-%20Register%20%C3%B6ver%20behandling%20-%202026-03-02.xlsx",
    )
    expect(createHash('sha256').update(ok.body).digest('hex')).toBe(job.record!.sha256)

    const again = await post(server.port, `/download/${job.jobId}`, {
      Authorization: `Bearer ${server.token}`,
    })
    expect(again.status).toBe(404)
  })

  it('hands a download out once while it is being sent, and again after an interrupted send', async () => {
    const ws = await richWorkspace()
    const jobs = exportJobs(ws.backend.ctx)
    const started = await ws.client.call('exports.start', {
      organisationId: ws.organisationId,
      format: 'csv',
      language: 'en',
    })
    const job = await jobs.wait(started.jobId)
    const first = jobs.takeDownload(job.jobId)
    expect(first?.file).toBeTruthy()
    // A second request before the first response has closed on the server gets nothing.
    expect(jobs.takeDownload(job.jobId)).toBeNull()
    jobs.releaseDownload(job.jobId)
    expect(jobs.takeDownload(job.jobId)?.file).toBe(first!.file)
    jobs.finishDownload(job.jobId)
    expect(jobs.takeDownload(job.jobId)).toBeNull()
    expect(fs.existsSync(first!.file)).toBe(false)
  })

  it('writes file names safely into the header', () => {
    expect(contentDisposition('L’Oréal "x" (1).pdf')).toBe(
      `attachment; filename="LOreal _x_ (1).pdf"; filename*=UTF-8''L%E2%80%99Or%C3%A9al%20%22x%22%20%281%29.pdf`,
    )
  })
})
