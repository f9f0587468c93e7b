import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { parseOptions } from '../fail'
import { safeFileName, writeFileAtomically } from '../files'
import { resolveOrganisation } from '../resolve-org'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: z.string({ error: 'is required: the organisation’s name or id' }).min(1),
  format: z.enum(['json'], { error: 'must be json' }),
  out: z.string().min(1).optional(),
})

export function registerExport(program: Command) {
  program
    .command('export')
    .description('export one organisation’s register')
    .requiredOption('--org <name|id>', 'the organisation, by name or id')
    .requiredOption('--format <format>', 'json')
    .option('--out <file>', 'where to write (default: a file named after the organisation; "-" for standard output)')
    .option('--db <file>', 'workspace file (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      await withWorkspace(options.db, async ({ client }) => {
        const organisation = await resolveOrganisation(client, options.org)
        const document = await client.call('register.export', { organisationId: organisation.id })
        const text = JSON.stringify(document, null, 2) + '\n'
        if (options.out === '-') {
          process.stdout.write(text)
          return
        }
        const out = options.out ?? `${safeFileName(organisation.name)}.register.json`
        writeFileAtomically(out, text)
        process.stdout.write(`Wrote ${path.resolve(out)}\n`)
      })
    })
}
