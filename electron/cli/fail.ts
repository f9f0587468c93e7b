/** CLI errors: one clear line on stderr and a non-zero exit, never a stack trace for expected problems. */
import { z } from 'zod'
import { summariseIssues, toFieldIssues } from '../../shared/api/issues'
import { ApiCallError } from '../../shared/api/client'
import { WorkspaceError } from '../core/errors'

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message)
    this.name = 'CliError'
  }
}

/** Parse CLI options with zod; a bad value becomes a CliError naming the option. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new CliError(`Invalid option: ${summariseIssues(toFieldIssues(parsed.error)).replace(/^(\w+):/, '--$1:')}`, 2)
  return parsed.data
}

/** The message and exit code a CLI failure is reported with. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode }
  if (error instanceof WorkspaceError) return { message: error.message, exitCode: 1 }
  if (error instanceof ApiCallError) {
    const detail = error.issues.length > 1 ? ` (${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})` : ''
    return { message: error.message + detail, exitCode: 1 }
  }
  const code = (error as { code?: string }).code
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return { message: (error as Error).message, exitCode: 1 }
  return { message: `Unexpected error: ${(error as Error)?.stack ?? String(error)}`, exitCode: 70 }
}
