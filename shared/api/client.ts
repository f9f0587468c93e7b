/**
 * The typed client every caller uses: the renderer (over IPC or HTTP), the CLI and the tests.
 * A bridge carries `(method, input)` to a dispatcher and brings back its `Result`.
 */
import type { ApiError, MethodInput, MethodName, MethodOutput, Result } from '../api'

export type Bridge = (method: string, input: unknown) => Promise<Result<unknown>>

/** Thrown by `call` when the backend answered `{ ok: false }`; keeps code, message and field issues. */
export class ApiCallError extends Error {
  readonly code: ApiError['code']
  readonly issues: NonNullable<ApiError['issues']>

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.issues = error.issues ?? []
  }
}

export interface Client {
  /** The raw result, for callers that branch on `ok`. */
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>
  /** The value, or an `ApiCallError`. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>
}

export function createClient(bridge: Bridge): Client {
  const invoke = ((method: string, input: unknown) => bridge(method, input)) as Client['invoke']
  return {
    invoke,
    async call(method, input) {
      const result = await invoke(method, input)
      if (!result.ok) throw new ApiCallError(result.error)
      return result.value
    },
  }
}
