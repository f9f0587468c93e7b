import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../electron/server/http-server'
import { openTestWorkspace, tempDir } from '../helpers/workspace'

const servers: RunningServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

async function start() {
  const { backend } = await openTestWorkspace()
  const rendererDir = tempDir()
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>ROPA</title>')
  fs.mkdirSync(path.join(rendererDir, 'assets'))
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'do not serve me')
  const server = await startServer({ dispatch: backend.dispatch, rendererDir })
  servers.push(server)
  return server
}

/** A raw request, so the test controls Host and path exactly (fetch would normalise them). */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: options.method ?? 'GET',
          path: options.path,
          headers: { Host: `127.0.0.1:${port}`, ...options.headers },
        },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
        },
      )
      req.on('error', reject)
      req.end(options.body)
    },
  )
}

describe('browser-mode server', () => {
  it('prints a URL on 127.0.0.1 with the token in the fragment, and listens only there', async () => {
    const server = await start()
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`)
    expect(server.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers API calls that carry the token', async () => {
    const server = await start()
    const res = await request(server.port, {
      method: 'POST',
      path: '/api/organisations.create',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{"name":"Acme"}',
    })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Acme' } })
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('refuses API calls without the right token with 401, before looking at the method', async () => {
    const server = await start()
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: server.token }] as Record<
      string,
      string
    >[]) {
      expect(
        (await request(server.port, { method: 'POST', path: '/api/organisations.list', headers, body: '{}' }))
          .status,
      ).toBe(401)
      expect(
        (await request(server.port, { method: 'POST', path: '/api/no.such.method', headers, body: '{}' }))
          .status,
      ).toBe(401)
    }
  })

  it('refuses a foreign Host header (DNS rebinding) with 403, even with the token', async () => {
    const server = await start()
    const auth = { Authorization: `Bearer ${server.token}` }
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      '127.0.0.1',
      `127.0.0.1:${server.port + 1}`,
    ]) {
      expect((await request(server.port, { path: '/', headers: { Host: host } })).status).toBe(403)
      expect(
        (
          await request(server.port, {
            method: 'POST',
            path: '/api/organisations.list',
            headers: { Host: host, ...auth },
            body: '{}',
          })
        ).status,
      ).toBe(403)
    }
    expect(
      (await request(server.port, { path: '/', headers: { Host: `localhost:${server.port}` } })).status,
    ).toBe(200)
  })

  it('refuses a foreign Origin with 403', async () => {
    const server = await start()
    const res = await request(server.port, {
      method: 'POST',
      path: '/api/organisations.list',
      headers: { Origin: 'https://evil.example', Authorization: `Bearer ${server.token}` },
      body: '{}',
    })
    expect(res.status).toBe(403)
    const same = await request(server.port, {
      method: 'POST',
      path: '/api/organisations.list',
      headers: { Origin: `http://127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` },
      body: '{}',
    })
    expect(same.status).toBe(200)
  })

  it('serves the UI with a strict CSP and never a file outside its folder', async () => {
    const server = await start()
    const index = await request(server.port, { path: '/' })
    expect(index.status).toBe(200)
    expect(index.headers['content-security-policy']).toContain("script-src 'self'")
    expect((await request(server.port, { path: '/assets/app.js' })).headers['content-type']).toContain(
      'javascript',
    )
    for (const p of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/assets%00.js',
    ]) {
      const res = await request(server.port, { path: p })
      expect(res.status, p).toBe(404)
      expect(res.body).not.toContain('do not serve me')
    }
  })

  it('answers bad JSON and wrong verbs clearly', async () => {
    const server = await start()
    const auth = { Authorization: `Bearer ${server.token}` }
    const bad = await request(server.port, {
      method: 'POST',
      path: '/api/organisations.create',
      headers: auth,
      body: '{"name":',
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/)
    expect(
      (await request(server.port, { method: 'GET', path: '/api/organisations.list', headers: auth })).status,
    ).toBe(405)
    expect((await request(server.port, { method: 'DELETE', path: '/', headers: auth })).status).toBe(405)
  })

  it('answers a malformed %-escape in the path with 400 in words, and logs nothing', async () => {
    const { backend } = await openTestWorkspace()
    const logged: unknown[] = []
    const server = await startServer({
      dispatch: backend.dispatch,
      rendererDir: tempDir(),
      logError: (_what, error) => logged.push(error),
    })
    servers.push(server)
    const auth = { Authorization: `Bearer ${server.token}` }
    for (const path of ['/api/%E0%A4%A', '/api/organisations.list%', '/download/%ZZ']) {
      const res = await request(server.port, { method: 'POST', path, headers: auth, body: '{}' })
      expect(res.status, path).toBe(400)
      expect(JSON.parse(res.body)).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'The address of this request is not valid (it has a malformed %-escape).',
        },
      })
    }
    expect((await request(server.port, { path: '/%E0%A4%A' })).status).toBe(404)
    expect(logged).toEqual([])
  })
})

describe('browser-mode server: attack surface', () => {
  it('listens on 127.0.0.1 only: not on other addresses of this machine, not on IPv6 loopback', async () => {
    const server = await start()
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address)
    const canConnect = (host: string) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host, port: server.port, timeout: 1000 }, () => {
          socket.destroy()
          resolve(true)
        })
        socket.on('error', () => resolve(false))
        socket.on('timeout', () => {
          socket.destroy()
          resolve(false)
        })
      })
    expect(await canConnect('127.0.0.1')).toBe(true)
    expect(await canConnect('::1')).toBe(false)
    for (const address of others) expect(await canConnect(address), address).toBe(false)
  })

  it('answers a CORS preflight without any CORS header', async () => {
    const server = await start()
    const res = await request(server.port, {
      method: 'OPTIONS',
      path: '/api/organisations.list',
      headers: {
        Origin: 'https://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    })
    expect(res.status).toBe(403)
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
    const sameOrigin = await request(server.port, {
      method: 'OPTIONS',
      path: '/api/organisations.list',
      headers: { Authorization: `Bearer ${server.token}` },
    })
    expect(sameOrigin.status).toBe(405)
    expect(Object.keys(sameOrigin.headers).filter((h) => h.startsWith('access-control-'))).toEqual([])
  })

  it('refuses a request body over the size limit', async () => {
    const server = await start()
    const res = await fetch(`http://127.0.0.1:${server.port}/api/organisations.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '"' + 'x'.repeat(65 * 1024 * 1024) + '"',
    })
    expect(res.status).toBe(413)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/larger than 64 MB/)
  })
})
