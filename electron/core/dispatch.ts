/**
 * The single entry point of the backend: validate the input against the contract, run the handler,
 * and turn every outcome into a `Result` whose error message a DPO can read (failures.ts says the words).
 */
import { contract, isMethodName, type Result } from '../../shared/api'
import { summariseIssues, toFieldIssues } from '../../shared/api/issues'
import { forCaller, type CoreContext } from './context'
import type { AppError } from './errors'
import { failureOf, UNEXPECTED } from './failures'
import type { Handler } from './handler'
import { handlers as allHandlers } from './handlers'

/** Who makes a request. A host that serves several people names the caller per request; absent, the workspace's user acts. */
export interface Caller {
  actor?: string
}

export type Dispatch = (method: string, input: unknown, caller?: Caller) => Promise<Result<unknown>>

export interface DispatchOptions {
  /** Check every output against the contract (tests turn this on; a mismatch is a bug → INTERNAL). */
  checkOutput?: boolean
  /** Where unexpected errors are reported with their stack (default: the context's, stderr). */
  logError?: (method: string, error: unknown) => void
}

function fail(code: AppError['code'], message: string, issues?: AppError['issues']): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } }
}

export function createDispatch(
  ctx: CoreContext,
  options: DispatchOptions = {},
  handlers = allHandlers,
): Dispatch {
  const logError = options.logError ?? ctx.logError
  return async (method, input, caller) => {
    if (!isMethodName(method)) return fail('NOT_FOUND', `There is no action called “${String(method)}”.`)
    const spec = contract[method]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('VALIDATION', `Please check what was entered. ${summariseIssues(issues)}`, issues)
    }
    try {
      const handler = handlers[method] as Handler<typeof method>
      const value = await handler(forCaller(ctx, caller?.actor), parsed.data as never)
      if (options.checkOutput) {
        const checked = spec.output.safeParse(value)
        if (!checked.success) {
          logError(
            method,
            new Error(`output does not match the contract: ${JSON.stringify(toFieldIssues(checked.error))}`),
          )
          return fail('INTERNAL', UNEXPECTED)
        }
      }
      return { ok: true, value }
    } catch (error) {
      const { expected, code, message, issues } = failureOf(error, ctx.workspacePath)
      if (!expected) logError(method, error)
      return fail(code, message, issues)
    }
  }
}
