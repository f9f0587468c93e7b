import type { Command } from 'commander'
import { z } from 'zod'
import { parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({ db: z.string().min(1).optional(), json: z.boolean().optional() })

export function registerOrgs(program: Command) {
  program
    .command('orgs')
    .description('list the organisations in the workspace')
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .option('--json', 'print JSON: a list of { id, name, createdAt, updatedAt }')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      await withWorkspace(options.db, async ({ client }) => {
        const organisations = await client.call('organisations.list', {})
        if (options.json) {
          process.stdout.write(JSON.stringify(organisations, null, 2) + '\n')
        } else if (organisations.length === 0) {
          process.stdout.write('No organisations yet.\n')
        } else {
          for (const org of organisations) process.stdout.write(`${org.id}  ${org.name}\n`)
        }
      })
    })
}
