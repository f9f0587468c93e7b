/**
 * The single entry point of the backend: validate the input against the contract, run the handler,
 * and turn every outcome into a `Result` whose error message a DPO can read.
 */
import { contract, isMethodName, type Result } from '../../shared/api'
import { summariseIssues, toFieldIssues } from '../../shared/api/issues'
import type { CoreContext } from './context'
import { AppError } from './errors'
import type { Handler } from './handler'
import { handlers as allHandlers } from './handlers'

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>

export interface DispatchOptions {
  /** Check every output against the contract (tests turn this on; a mismatch is a bug → INTERNAL). */
  checkOutput?: boolean
  /** Where unexpected errors are reported with their stack (default: stderr). */
  logError?: (method: string, error: unknown) => void
}

const SQLITE_MESSAGES: Record<string, Result<never>> = {
  SQLITE_CONSTRAINT_UNIQUE: fail('CONFLICT', 'This would create a duplicate: an entry with the same name or reference already exists. Nothing was changed.'),
  SQLITE_CONSTRAINT_PRIMARYKEY: fail('CONFLICT', 'This would create a duplicate entry. Nothing was changed.'),
  SQLITE_CONSTRAINT_FOREIGNKEY: fail('CONFLICT', 'This entry is used elsewhere in the register, or refers to something that no longer exists. Nothing was changed.'),
  SQLITE_BUSY: fail('CONFLICT', 'The workspace file is busy (another ROPA window or command is writing to it). Try again in a moment. Nothing was changed.'),
  SQLITE_READONLY: fail('CONFLICT', 'The workspace file is read-only, so nothing can be saved. Check its permissions.'),
  SQLITE_FULL: fail('INTERNAL', 'The disk is full, so nothing could be saved. Free some space and try again. Nothing was changed.'),
}

function fail(code: AppError['code'], message: string, issues?: AppError['issues']): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } }
}

function defaultLog(method: string, error: unknown) {
  console.error(`[ropa] ${method} failed unexpectedly:`, error)
}

export function createDispatch(ctx: CoreContext, options: DispatchOptions = {}, handlers = allHandlers): Dispatch {
  const logError = options.logError ?? defaultLog
  return async (method, input) => {
    if (!isMethodName(method)) return fail('NOT_FOUND', `There is no action called “${String(method)}”.`)
    const spec = contract[method]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('VALIDATION', `Please check what was entered. ${summariseIssues(issues)}`, issues)
    }
    try {
      const handler = handlers[method] as Handler<typeof method>
      const value = await handler(ctx, parsed.data as never)
      if (options.checkOutput) {
        const checked = spec.output.safeParse(value)
        if (!checked.success) {
          logError(method, new Error(`output does not match the contract: ${JSON.stringify(toFieldIssues(checked.error))}`))
          return fail('INTERNAL', 'Something went wrong inside ROPA. Nothing was changed.')
        }
      }
      return { ok: true, value }
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.issues)
      const sqliteCode = (error as { code?: unknown }).code
      if (typeof sqliteCode === 'string' && SQLITE_MESSAGES[sqliteCode]) return SQLITE_MESSAGES[sqliteCode]
      logError(method, error)
      return fail('INTERNAL', 'Something went wrong inside ROPA, and nothing was changed. If it happens again, restart the app.')
    }
  }
}
