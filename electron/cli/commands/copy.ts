import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { workspaceLocation } from '../../core/db/location'
import { copyWorkspaceTo } from '../../core/workspace-copy'
import { CliError, parseOptions } from '../fail'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  to: z.string().min(1, 'name the copy: a new file or an empty postgres:// database'),
})

export function registerCopy(program: Command) {
  program
    .command('copy')
    .description(
      'copy the whole workspace (register, history with its chain, export records, settings) to a new file or an empty team database, or back',
    )
    .requiredOption(
      '--to <file|url>',
      'where to copy to: a new workspace file, or a postgres:// URL of an empty database',
    )
    .option(
      '--db <file|url>',
      'workspace file or postgres:// URL to copy (default: $ROPA_DB or the app’s own)',
    )
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const from = workspaceLocation(options.db)
      const to = workspaceLocation(options.to, {})
      if (from.kind === 'file' && !fs.existsSync(from.path))
        throw new CliError(`There is no workspace at ${from.path}. Check the --db path (or ROPA_DB).`)
      if (to.kind === 'file') {
        if (fs.existsSync(to.path))
          throw new CliError(`${to.path} exists already. Copy into a new file (or an empty team database).`)
        if (!fs.existsSync(path.dirname(to.path)))
          throw new CliError(`Cannot write ${to.path}: its folder does not exist.`)
      }
      if (from.kind === 'file' && to.kind === 'file' && from.path === to.path)
        throw new CliError('--to names the workspace being copied. Give another place.')
      // Two storages at once, so not through dispatch (core/workspace-copy.ts says why).
      const { from: source, to: target, report } = await copyWorkspaceTo(from, to)
      const count = (table: string) => report.tables.find((t) => t.table === table)?.rows ?? 0
      process.stdout.write(
        `Copied ${source} to ${target}: ${count('organisations')} organisation(s), ${count('activities')} activities, ` +
          `${count('export_records')} export record(s), ${report.chain.records} change records (the chain verifies on the copy).\n`,
      )
    })
}
