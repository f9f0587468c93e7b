import type { Command } from 'commander'
import { z } from 'zod'
import type { Change } from '../../../shared/api/history'
import { isoDateSchema } from '../../../shared/schemas/common'
import { parseOptions } from '../fail'
import { resolveOrganisation } from '../resolve-org'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: z.string().min(1).optional(),
  since: isoDateSchema.optional(),
  json: z.boolean().optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int().min(1).max(5000).default(500),
})

function line(orgName: string, c: Change): string {
  const details = c.lines.length ? `\n${c.lines.map((l) => `      ${l.text}`).join('\n')}` : ''
  return `${c.at.replace('T', ' ').slice(0, 19)}  ${c.actor.padEnd(12)} ${orgName}  ${c.operation} ${c.entity} ${c.label}${details}`
}

export function registerLog(program: Command) {
  program
    .command('log')
    .description('list changes to the register: who changed what, and when (newest first)')
    .option('--org <name|id>', 'only this organisation (default: all)')
    .option('--since <date>', 'only changes on or after this date (YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many changes per organisation', '500')
    .option(
      '--json',
      'print JSON: { "changes": [ { id, at, actor, organisation, operation, entity, entityId, label, lines } ] }',
    )
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      await withWorkspace(options.db, async ({ client }) => {
        const organisations = options.org
          ? [await resolveOrganisation(client, options.org)]
          : await client.call('organisations.list', {})
        const all: (Change & { organisation: string })[] = []
        for (const org of organisations) {
          const { changes } = await client.call('history.timeline', {
            organisationId: org.id,
            since: options.since ?? null,
            limit: options.limit,
          })
          all.push(...changes.map((c) => ({ ...c, organisation: org.name })))
        }
        all.sort((a, b) => b.id - a.id)
        if (options.json) process.stdout.write(JSON.stringify({ changes: all }, null, 2) + '\n')
        else if (all.length === 0) process.stdout.write('No changes found.\n')
        else process.stdout.write(all.map((c) => line(c.organisation, c)).join('\n') + '\n')
      })
    })
}
