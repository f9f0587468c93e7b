import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { SECTORS } from '../../../shared/library/template-types'
import { languageSchema } from '../../../shared/schemas/codes'
import { countryCodeSchema } from '../../../shared/schemas/common'
import { organisationNameSchema } from '../../../shared/schemas/organisation'
import { workspaceLocation } from '../../core/db/location'
import { CliError, parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const list = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  )
  .pipe(z.array(z.string().min(1).max(100)).max(200))

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: organisationNameSchema,
  country: z.string().trim().toUpperCase().pipe(countryCodeSchema),
  lang: languageSchema.optional(),
  templates: list.pipe(
    z.array(z.string()).min(1, { error: 'name at least one template (`ropa templates` lists them)' }),
  ),
  vendors: list.optional(),
  employees: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'must be a whole number of employees' })
    .transform(Number)
    .optional(),
  sector: z.enum(SECTORS).optional(),
})

export function registerInit(program: Command) {
  program
    .command('init')
    .description(
      'create an organisation from activity templates (and vendors of the library); all or nothing',
    )
    .requiredOption('--org <name>', 'the organisation’s name')
    .requiredOption(
      '--country <code>',
      'its country, e.g. FI: sets the lead supervisory authority and the export language',
    )
    .requiredOption('--templates <ids>', 'template ids, comma-separated (see `ropa templates`)')
    .option('--lang <language>', 'export language instead of the country’s: en, fi, sv, da, de or fr')
    .option(
      '--vendors <ids>',
      'vendors of the library to add as parties, comma-separated (see `ropa vendors`)',
    )
    .option('--employees <n>', 'number of employees')
    .option('--sector <sector>', `sector: ${SECTORS.join(', ')}`)
    .option(
      '--db <file|url>',
      'workspace file (created when missing) or postgres:// URL (default: $ROPA_DB or the app’s own)',
    )
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const location = workspaceLocation(options.db)
      // A team database is never created here; a workspace file may need its folder made.
      const folder = location.kind === 'file' ? path.dirname(location.path) : null
      const folderExisted = folder === null || fs.existsSync(folder)
      try {
        await withWorkspace(
          options.db,
          async ({ client }) => {
            const result = await client.invoke('library.createOrganisation', {
              name: options.org,
              country: options.country,
              language: options.lang ?? null,
              employeeCount: options.employees ?? null,
              sector: options.sector ?? null,
              templateIds: options.templates,
              vendorIds: options.vendors ?? [],
            })
            if (!result.ok) {
              const hint = result.error.code === 'CONFLICT' ? ' Choose another name with --org.' : ''
              throw new CliError(`${result.error.message}${hint}`)
            }
            const { name, language, activities, parties } = result.value
            const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
            process.stdout.write(
              `Created “${name}” (${options.country}, export language ${language}): ${count(activities.length, 'activity', 'activities')}, ${count(parties, 'party', 'parties')}.\n`,
            )
            for (const a of activities) process.stdout.write(`  ${a.reference}  ${a.name}\n`)
            process.stdout.write(
              'The activities are drafts: review each, add the systems and vendors you use, and mark it active.\n',
            )
          },
          { create: true },
        )
      } catch (error) {
        // Nothing written on failure: withWorkspace removes a workspace it created, and this the folder made for it.
        if (folder !== null && !folderExisted) fs.rmSync(folder, { recursive: true, force: true })
        throw error
      }
    })
}
