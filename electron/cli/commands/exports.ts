import type { Command } from 'commander'
import { z } from 'zod'
import type { ExportRecord } from '../../../shared/schemas/export'
import { parseOptions } from '../fail'
import { resolveOrganisation } from '../resolve-org'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: z.string().min(1).optional(),
  json: z.boolean().optional(),
})

function line(r: ExportRecord): string {
  const asOf = r.asOf ? `  as of ${r.asOf.slice(0, 10)}` : ''
  return `${r.createdAt.replace('T', ' ').slice(0, 19)}  ${r.organisationName}  ${r.format.padEnd(4)} ${r.language}  ${r.fileName}  ${r.counts.activities} activities  by ${r.actor}${asOf}\n    SHA-256 ${r.sha256}`
}

export function registerExports(program: Command) {
  program
    .command('exports')
    .description('list what was exported, when and by whom, with each file’s SHA-256 (newest first)')
    .option('--org <name|id>', 'only this organisation (default: all)')
    .option(
      '--json',
      'print JSON: { "exports": [ { id, organisationName, createdAt, actor, format, language, fileName, sha256, byteSize, counts, asOf } ] }',
    )
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      await withWorkspace(options.db, async ({ client }) => {
        const organisations = options.org
          ? [await resolveOrganisation(client, options.org)]
          : await client.call('organisations.list', {})
        const records: ExportRecord[] = []
        for (const org of organisations)
          records.push(...(await client.call('exports.list', { organisationId: org.id })))
        records.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        if (options.json) process.stdout.write(JSON.stringify({ exports: records }, null, 2) + '\n')
        else if (records.length === 0) process.stdout.write('No exports recorded yet.\n')
        else process.stdout.write(records.map(line).join('\n') + '\n')
      })
    })
}
