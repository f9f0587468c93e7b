/**
 * Calls the running `ropa serve` the way the browser does (POST /api/<method> with the token), to set up a
 * workspace or change it behind the UI's back in end-to-end tests.
 */
import type { APIRequestContext } from '@playwright/test'
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api'
import type { RopaServer } from './fixtures'

export type CallApi = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>

export function apiOf(request: APIRequestContext, ropa: RopaServer): CallApi {
  return async (method, input) => {
    const response = await request.post(`${ropa.origin}/api/${method}`, {
      data: input,
      headers: { Authorization: `Bearer ${ropa.token}` },
    })
    const result = await response.json()
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value
  }
}

/** A local calendar date `days` from today, `YYYY-MM-DD`, as the server judges review dates. */
export function isoDaysFromToday(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
