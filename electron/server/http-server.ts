/**
 * Browser mode: the same UI and API as the desktop app, on 127.0.0.1 only, guarded like a notebook server.
 * Every request first passes the Host check (DNS rebinding) and, when it sends one, the Origin check;
 * every API request then needs the per-launch token before its method is even looked up. No CORS headers.
 */
import fs from 'node:fs'
import http from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { Result } from '../../shared/api'
import { CSP_HEADER } from '../../shared/security'
import { logToStderr } from '../core/context'
import type { Dispatch } from '../core/dispatch'
import { readStatic } from './static-files'
import type { FileFormat } from '../../shared/schemas/export'

export const MAX_BODY_BYTES = 64 * 1024 * 1024

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

const STATUS_FOR: Record<string, number> = {
  VALIDATION: 400,
  UNAUTHORISED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
}

/** Finished exports kept for the browser to fetch once (the backend's `downloads`, electron/core/backend.ts). */
export interface DownloadSource {
  take(jobId: string): { file: string; fileName: string; format: FileFormat } | null
  finish(jobId: string): void
  release(jobId: string): void
}

const DOWNLOAD_TYPES: Record<FileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  // Served as a download (Content-Disposition: attachment), never shown as a page of this server.
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'export'
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

export interface ServerOptions {
  dispatch: Dispatch
  /** Where an unexpected error is reported (default: stderr, with its stack). */
  logError?: (what: string, error: unknown) => void
  rendererDir: string
  downloads?: DownloadSource
  port?: number
  token?: string
}

export interface RunningServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** A path segment decoded once, or null when its %-escapes are malformed. */
function decodedPath(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  headOnly = false,
) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
  })
  res.end(headOnly ? undefined : body)
}

function sendResult(res: http.ServerResponse, result: Result<unknown>) {
  const status = result.ok ? 200 : (STATUS_FOR[result.error.code] ?? 500)
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8')
}

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? 'too_large' : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Stream a finished export once, then let the job delete its temporary file. */
function sendDownload(res: http.ServerResponse, downloads: DownloadSource | undefined, jobId: string) {
  const download = downloads?.take(jobId) ?? null
  if (!download) {
    send(
      res,
      404,
      'This export is not ready, was already downloaded, or has expired. Export again.',
      'text/plain; charset=utf-8',
    )
    return
  }
  const size = fs.statSync(download.file).size
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': DOWNLOAD_TYPES[download.format],
    'Content-Length': size,
    'Content-Disposition': contentDisposition(download.fileName),
  })
  const stream = fs.createReadStream(download.file)
  stream.on('error', () => res.destroy())
  res.on('close', () => {
    stream.destroy()
    // Sent in full: the temporary copy goes. Interrupted: it stays for another try until it expires.
    if (res.writableFinished) downloads!.finish(jobId)
    else downloads!.release(jobId)
  })
  stream.pipe(res)
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const logError = options.logError ?? logToStderr
  let port = 0

  const server = http.createServer(async (req, res) => {
    try {
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
      if (!allowedHosts.includes(req.headers.host ?? '')) {
        send(res, 403, 'Forbidden: unexpected Host header.', 'text/plain; charset=utf-8')
        return
      }
      const origin = req.headers.origin
      if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
        send(res, 403, 'Forbidden: requests from other sites are not accepted.', 'text/plain; charset=utf-8')
        return
      }
      const url = new URL(req.url ?? '/', `http://${allowedHosts[0]}`)

      const isDownload = url.pathname.startsWith('/download/')
      if (url.pathname.startsWith('/api/') || isDownload) {
        const auth = req.headers.authorization ?? ''
        const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : ''
        if (!sameSecret(given, token)) {
          sendResult(res, {
            ok: false,
            error: {
              code: 'UNAUTHORISED',
              message: 'This browser tab is not signed in to ROPA. Open the link that `ropa serve` printed.',
            },
          })
          return
        }
        if (req.method !== 'POST') {
          res.setHeader('Allow', 'POST')
          send(res, 405, 'Use POST for API calls.', 'text/plain; charset=utf-8')
          return
        }
        // A malformed %-escape (`/api/%E0%A4%A`) is the caller's mistake: 400, not a stack trace.
        const name = decodedPath(url.pathname.slice(isDownload ? '/download/'.length : '/api/'.length))
        if (name === null) {
          sendResult(res, {
            ok: false,
            error: {
              code: 'VALIDATION',
              message: 'The address of this request is not valid (it has a malformed %-escape).',
            },
          })
          return
        }
        if (isDownload) {
          sendDownload(res, options.downloads, name)
          return
        }
        const body = await readBody(req)
        if (body === 'too_large') {
          send(
            res,
            413,
            JSON.stringify({
              ok: false,
              error: {
                code: 'VALIDATION',
                message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB and was refused.`,
              },
            }),
            'application/json; charset=utf-8',
          )
          return
        }
        let input: unknown
        try {
          input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
        } catch {
          sendResult(res, {
            ok: false,
            error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' },
          })
          return
        }
        sendResult(res, await options.dispatch(name, input))
        return
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'Method not allowed.', 'text/plain; charset=utf-8')
        return
      }
      const file = readStatic(options.rendererDir, url.pathname)
      if (!file) {
        send(res, 404, 'Not found.', 'text/plain; charset=utf-8')
        return
      }
      send(res, 200, file.body, file.type, req.method === 'HEAD')
    } catch (error) {
      logError('request', error)
      if (!res.headersSent) send(res, 500, 'Internal error.', 'text/plain; charset=utf-8')
      else res.end()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
