import type { Command } from 'commander'
import { z } from 'zod'
import { languageSchema } from '../../../shared/schemas/codes'
import { EXPORT_SECTIONS, csvDelimiterSchema, exportFormatSchema } from '../../../shared/schemas/export'
import { momentSchema } from '../../../shared/schemas/common'
import { parseOptions } from '../fail'
import { resolveOrganisation } from '../resolve-org'
import { finishedJob, requireDone, saveTarget, saveTicket } from '../save-target'
import { withWorkspace } from '../workspace'

/** A separator can be named, since ";" and a tab are awkward to type in a shell. */
const DELIMITER_NAMES: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', '\\t': '\t' }

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: z.string({ error: 'is required: the organisation’s name or id' }).min(1),
  format: exportFormatSchema,
  lang: languageSchema.optional(),
  out: z.string().min(1).optional(),
  asOf: momentSchema.optional(),
  force: z.boolean().optional(),
  delimiter: z
    .preprocess(
      (value) => (typeof value === 'string' ? (DELIMITER_NAMES[value.toLowerCase()] ?? value) : value),
      csvDelimiterSchema,
    )
    .optional(),
  findings: z.boolean(),
})

export function registerExport(program: Command) {
  program
    .command('export')
    .description(
      'export one organisation’s register for an authority (xlsx, pdf, csv) or as a register document (json); every export is recorded',
    )
    .requiredOption('--org <name|id>', 'the organisation, by name or id')
    .requiredOption('--format <format>', 'xlsx, pdf, csv or json')
    .option(
      '--lang <language>',
      'language of headings and labels: en, fi, sv, da, de or fr (default: the organisation’s)',
    )
    .option(
      '--out <file>',
      'where to write (default: a file named after the organisation in this folder; "-" for standard output)',
    )
    .option(
      '--as-of <date>',
      'export the register as it stood on that date (or date and time), rebuilt from the history',
    )
    .option('--force', 'replace the file if it exists already (otherwise an existing file is refused)')
    .option(
      '--delimiter <separator>',
      'CSV only: the field separator, comma, semicolon or tab (default: semicolon, comma in English)',
    )
    .option(
      '--no-findings',
      'leave the findings of the checks out (the workbook’s findings sheet, the PDF’s findings annex)',
    )
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const target = saveTarget(options.out, options.force)
      try {
        await withWorkspace(
          options.db,
          async ({ client }) => {
            const organisation = await resolveOrganisation(client, options.org)
            const language = options.lang ?? null
            const sections = EXPORT_SECTIONS.filter((section) => options.findings || section !== 'findings')
            const started = await client.call('exports.start', {
              organisationId: organisation.id,
              format: options.format,
              language,
              sections,
              saveTicket: await saveTicket(client, {
                organisationId: organisation.id,
                format: options.format,
                language,
              }),
              asOf: options.asOf ?? null,
              delimiter: options.delimiter ?? null,
            })
            const job = await finishedJob(client, started.jobId)
            requireDone(job, 'The export did not finish. Nothing was written.')
            if (options.out === '-') return target.deliver()
            process.stdout.write(
              `Wrote ${target.written()}\nSHA-256 ${job.record.sha256} (${job.record.byteSize} bytes), recorded as export ${job.record.id}${job.record.asOf ? ` (the register as of ${options.asOf})` : ''}\n`,
            )
          },
          { host: target.host },
        )
      } finally {
        target.cleanUp()
      }
    })
}
