import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import type { Host } from '../../core/host'
import { CliError, parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({ db: z.string().min(1).optional(), out: z.string().min(1).optional() })

/** --out as the CLI's answer when the core asks where to write the backup (core/host.ts). */
const outHost = (out: string): Host => ({ kind: 'cli', chooseFile: async () => path.resolve(out) })

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('copy the workspace safely, even while the app is using it (SQLite online backup)')
    .option('--out <file>', 'where to write the copy (default: the workspace’s backups folder)')
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      // A backup never replaces a file, and these are answered before the workspace is opened.
      if (options.out && fs.existsSync(options.out))
        throw new CliError(`${options.out} exists already. Choose a new file name.`)
      if (options.out && !fs.existsSync(path.dirname(path.resolve(options.out))))
        throw new CliError(`Cannot write ${options.out}: its folder does not exist.`)
      const host = options.out ? outHost(options.out) : undefined
      await withWorkspace(
        options.db,
        async ({ client }) => {
          const backup = await client.call('backups.create', { chooseFile: options.out !== undefined })
          process.stdout.write(`Backed up to ${backup.path} (${(backup.size / 1024).toFixed(0)} KB).\n`)
        },
        { host },
      )
    })
}
