import type { Command } from 'commander'
import { z } from 'zod'
import { CliError, parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({ db: z.string().min(1).optional() })

export function registerVerify(program: Command) {
  program
    .command('verify')
    .description(
      'check that the change history is complete and unaltered (its hash chain); exits non-zero if not',
    )
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      await withWorkspace(options.db, async ({ client }) => {
        const report = await client.call('history.verify', {})
        if (!report.ok) {
          throw new CliError(
            `The history has been tampered with: ${report.problem!.reason}. First bad record: ${report.problem!.changeId}.`,
            3,
          )
        }
        process.stdout.write(
          `The history is intact: ${report.records} change records, each linked to the one before.\n`,
        )
      })
    })
}
