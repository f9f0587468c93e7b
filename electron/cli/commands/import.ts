import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import { CliError, parseOptions } from '../fail'
import { MAX_JSON_BYTES, parseJsonFile, readInputFile } from '../files'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  replace: z.boolean().optional(),
  as: z.string().trim().min(1, { error: 'needs a name' }).max(200).optional(),
})

export function registerImport(program: Command) {
  program
    .command('import')
    .description('import a register document (.json) as a new organisation; all or nothing')
    .argument('<file>', 'the file to import')
    .option('--db <file>', 'workspace file (default: $ROPA_DB or the app’s own)')
    .option('--replace', 'replace the organisation of the same name, if there is one')
    .option('--as <name>', 'import under this organisation name instead of the one in the file')
    .action(async (file: string, raw) => {
      const options = parseOptions(optionsSchema, raw)
      if (options.replace && options.as) throw new CliError('Use either --replace or --as, not both.', 2)
      const ext = path.extname(file).toLowerCase()
      if (ext !== '.json') throw new CliError(`${file}: ROPA imports register documents (.json). Other formats are not supported yet.`)
      const document = parseJsonFile(file, readInputFile(file, MAX_JSON_BYTES).toString('utf8'))
      await withWorkspace(options.db, async ({ client }) => {
        const result = await client.invoke('register.import', { document, mode: options.replace ? 'replace' : 'new', name: options.as ?? null })
        if (!result.ok) {
          const { error } = result
          const hint = error.code === 'CONFLICT' && error.issues?.some((i) => i.path === 'organisation.name') ? ' Use --replace to replace it, or --as NAME to import under another name.' : ''
          // One line, however many problems: each named by its JSON path.
          const issues = error.issues ?? []
          const details = error.code === 'VALIDATION' && issues.length > 1 ? ` All problems: ${issues.slice(0, 50).map((i) => `${i.path}: ${i.message}`).join('; ')}.` : ''
          throw new CliError(`${file}: ${error.message}${hint}${details}`)
        }
        const { name, counts, replaced } = result.value
        process.stdout.write(
          `${replaced ? 'Replaced' : 'Imported'} “${name}”: ${counts.activities} activities, ${counts.parties} parties, ` +
            `${counts.dataSubjectCategories} categories of data subjects, ${counts.dataCategories} categories of personal data, ${counts.securityMeasures} security measures.\n`,
        )
      })
    })
}
