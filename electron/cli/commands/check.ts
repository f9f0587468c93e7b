import type { Command } from 'commander'
import { z } from 'zod'
import { employeeThresholdSchema } from '../../../shared/schemas/settings'
import { findingsJson, findingsText, type CheckedOrganisation } from '../check-report'
import { parseOptions } from '../fail'
import { resolveOrganisation } from '../resolve-org'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: z.string().min(1, { error: 'needs the organisation’s name or id' }).optional(),
  json: z.boolean().optional(),
  threshold: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'must be a whole number of employees, e.g. 250' })
    .transform(Number)
    .pipe(employeeThresholdSchema)
    .optional(),
})

// Wide enough for a message column, narrow enough to read; pipes and files get the same 100 columns.
const textWidth = () => Math.min(Math.max(process.stdout.isTTY ? process.stdout.columns : 100, 60), 120)

export function registerCheck(program: Command) {
  program
    .command('check')
    .description('run the compliance checks; exits 0 when it ran, whatever it found')
    .option('--org <name|id>', 'one organisation, by name or id (default: all)')
    .option(
      '--json',
      'print JSON: { "findings": [ { organisation, organisationId, code, severity, article, message, activityReference, entity, entityId, field } ] }',
    )
    .option(
      '--threshold <n>',
      'Art. 30(5) employee threshold for this run (default: the workspace setting, 250 unless changed)',
    )
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      await withWorkspace(options.db, async ({ client }) => {
        const organisations =
          options.org === undefined
            ? await client.call('organisations.list', {})
            : [await resolveOrganisation(client, options.org)]
        const results: CheckedOrganisation[] = []
        for (const { id, name } of organisations) {
          const checks = await client.call('checks.organisation', {
            organisationId: id,
            employeeThreshold: options.threshold,
          })
          results.push({ id, name, checks })
        }
        process.stdout.write(
          options.json
            ? JSON.stringify(findingsJson(results), null, 2) + '\n'
            : findingsText(results, textWidth()),
        )
      })
    })
}
