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
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input ?? {}),
      })
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'ROPA is not reachable. Is `ropa serve` still running?' } }
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `ROPA answered with an unexpected response (HTTP ${response.status}).` } }
    }
  }
}

export function detectBridge(): Bridge {
  const desktop = window.ropa
  if (desktop) return (method, input) => desktop.invoke(method, input)
  return httpBridge(takeTokenFromLocation())
}
