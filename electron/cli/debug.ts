/**
 * `ropa --debug` (or ROPA_DEBUG=1): an unexpected error is printed with its stack. Without it the command
 * prints one line saying what went wrong, never a stack trace.
 */
let enabled = false

export function setDebug(on: boolean) {
  enabled = on
}

export const isDebug = () => enabled || process.env.ROPA_DEBUG === '1'

/** The core's report of an unexpected error (a bug): its stack, only when debugging. */
export function logForCli(what: string, error: unknown) {
  if (isDebug())
    process.stderr.write(`ropa: ${what} failed unexpectedly: ${(error as Error)?.stack ?? String(error)}\n`)
}

/** For a long-running command (`ropa serve`): one line per unexpected error, with its stack when debugging. */
export function logForServer(what: string, error: unknown) {
  if (isDebug()) logForCli(what, error)
  else
    process.stderr.write(
      `ropa: ${what} failed unexpectedly (${(error as Error)?.message ?? String(error)}). Run ropa --debug serve to see the details.\n`,
    )
}
