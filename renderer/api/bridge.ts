/**
 * How the renderer reaches the backend: the desktop preload's `window.ropa.invoke`, or, in browser mode,
 * `POST /api/<method>` with the per-launch token taken from the URL fragment.
 */
import type { Bridge } from '../../shared/api/client'
import type { Result } from '../../shared/api'

declare global {
  interface Window {
    ropa?: { invoke(method: string, input: unknown): Promise<Result<unknown>> }
  }
}

const TOKEN_KEY = 'ropa.token'

/** Moves `#token=…` from the address bar into session storage, so it is neither bookmarked nor shared. */
export function takeTokenFromLocation(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash)
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]))
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/')
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

export function httpBridge(token: string | null): Bridge {
  return async (method, input) => {
    let response: Response
    try {
      response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'ROPA is not reachable. Is `ropa serve` still running?' },
      }
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `ROPA answered with an unexpected response (HTTP ${response.status}).`,
        },
      }
    }
  }
}

export function detectBridge(): Bridge {
  const desktop = window.ropa
  if (desktop) return (method, input) => desktop.invoke(method, input)
  return httpBridge(takeTokenFromLocation())
}

/**
 * Browser mode: fetch a finished export with this tab's token and hand it to the browser as a download. The
 * server sends each export once and then deletes its temporary copy.
 */
export async function downloadExport(jobId: string, fileName: string): Promise<void> {
  const token = sessionStorage.getItem(TOKEN_KEY)
  const response = await fetch(`/download/${encodeURIComponent(jobId)}`, {
    method: 'POST',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  })
  if (!response.ok)
    throw new Error((await response.text()) || `The download failed (HTTP ${response.status}).`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
