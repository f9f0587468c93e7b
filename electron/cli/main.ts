/** The `ropa` command: the same workspace and API as the app, from a terminal. */
import { Command, CommanderError } from 'commander'
import { APP_VERSION } from '../core/version'
import { setDebug } from './debug'
import { describeFailure } from './fail'
import { registerOrgs } from './commands/orgs'
import { registerServe } from './commands/serve'
import { registerImport } from './commands/import'
import { registerExport } from './commands/export'
import { registerLog } from './commands/log'
import { registerVerify } from './commands/verify'
import { registerBackup } from './commands/backup'
import { registerExports } from './commands/exports'
import { registerCheck } from './commands/check'
import { registerTemplates } from './commands/templates'
import { registerVendors } from './commands/vendors'
import { registerInit } from './commands/init'
import { registerDraft } from './commands/draft'
import { registerNotice } from './commands/notice'
import { registerCopy } from './commands/copy'

export function buildProgram(): Command {
  const program = new Command()
  program
    .name('ropa')
    .description('Record of processing activities (GDPR Art. 30): command line')
    .version(APP_VERSION)
    .showHelpAfterError('(run `ropa --help` for usage)')
    .option('--debug', 'when something fails unexpectedly, print the details (with the stack trace)')
    .hook('preAction', (_program, command) => setDebug(Boolean(command.optsWithGlobals().debug)))
    .exitOverride()
  registerServe(program)
  registerOrgs(program)
  registerImport(program)
  registerExport(program)
  registerLog(program)
  registerVerify(program)
  registerBackup(program)
  registerExports(program)
  registerCheck(program)
  registerTemplates(program)
  registerVendors(program)
  registerInit(program)
  registerDraft(program)
  registerNotice(program)
  registerCopy(program)
  return program
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode
    const { message, exitCode } = describeFailure(error)
    process.stderr.write(`ropa: ${message}\n`)
    return exitCode
  }
}
