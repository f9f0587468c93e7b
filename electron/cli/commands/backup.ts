import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { createBackup } from '../../core/backup/backups'
import { CliError, parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({ db: z.string().min(1).optional(), out: z.string().min(1).optional() })

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('copy the workspace safely, even while the app is using it (SQLite online backup)')
    .option('--out <file>', 'where to write the copy (default: the workspace’s backups folder)')
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      if (options.out && fs.existsSync(options.out))
        throw new CliError(`${options.out} exists already. Choose a new file name.`)
      if (options.out && !fs.existsSync(path.dirname(path.resolve(options.out))))
        throw new CliError(`Cannot write ${options.out}: its folder does not exist.`)
      await withWorkspace(options.db, async ({ backend }) => {
        const backup = await createBackup(backend.ctx, 'manual', options.out && path.resolve(options.out))
        process.stdout.write(`Backed up to ${backup.path} (${(backup.size / 1024).toFixed(0)} KB).\n`)
      })
    })
}
