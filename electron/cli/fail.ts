/** CLI errors: one clear line on stderr and a non-zero exit, never a stack trace for expected problems. */
import { z } from 'zod'
import { summariseIssues, toFieldIssues } from '../../shared/api/issues'
import { ApiCallError } from '../../shared/api/client'
import { failureOf, UNEXPECTED } from '../core/failures'
import { isDebug } from './debug'

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/** Parse CLI options with zod; a bad value becomes a CliError naming the option. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw)
  if (!parsed.success)
    throw new CliError(
      `Invalid option: ${summariseIssues(toFieldIssues(parsed.error)).replace(/^(\w+):/, '--$1:')}`,
      2,
    )
  return parsed.data
}

const UNEXPECTED_CLI = 'Something went wrong inside ROPA, and nothing was changed.'
const NEXT_STEP = 'Run the command again with --debug to see what went wrong.'

/**
 * The message and exit code a CLI failure is reported with: the command's own words, the API's, or the words
 * every host uses for SQLite's and the file system's errors (core/failures.ts). Only an unexpected error is
 * printed with its stack, and only with --debug.
 */
export function describeFailure(
  error: unknown,
  workspacePath?: string,
): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode }
  if (error instanceof ApiCallError) {
    if (error.code === 'INTERNAL' && error.message === UNEXPECTED)
      return { message: `${UNEXPECTED_CLI} ${NEXT_STEP}`, exitCode: 70 }
    const detail =
      error.issues.length > 1 ? ` (${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})` : ''
    return { message: error.message + detail, exitCode: 1 }
  }
  const failure = failureOf(error, workspacePath)
  if (failure.expected) return { message: failure.message, exitCode: 1 }
  if (isDebug())
    return { message: `Unexpected error: ${(error as Error)?.stack ?? String(error)}`, exitCode: 70 }
  return { message: `${UNEXPECTED_CLI} ${NEXT_STEP}`, exitCode: 70 }
}
