import type { Command } from 'commander'
import { z } from 'zod'
import { noticeTextsFor } from '../../../shared/notice/texts'
import { languageSchema } from '../../../shared/schemas/codes'
import { noticeFormatSchema, noticeRecipientModeSchema } from '../../../shared/schemas/export'
import { CliError, parseOptions } from '../fail'
import { resolveOrganisation } from '../resolve-org'
import { finishedJob, requireDone, saveTarget, saveTicket } from '../save-target'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  org: z.string({ error: 'is required: the organisation’s name or id' }).min(1),
  format: noticeFormatSchema,
  lang: languageSchema.optional(),
  audience: z.string().min(1).optional(),
  recipients: noticeRecipientModeSchema.default('names'),
  out: z.string().min(1).optional(),
  force: z.boolean().optional(),
})

export function registerNotice(program: Command) {
  program
    .command('notice')
    .description(
      'draft the privacy notice (GDPR Art. 13 and 14) of an organisation from its register, as md, html, docx or pdf; recorded like an export',
    )
    .requiredOption('--org <name|id>', 'the organisation, by name or id')
    .requiredOption('--format <format>', 'md, html, docx or pdf')
    .option(
      '--lang <language>',
      'language of the notice: en, fi, sv, da, de or fr (default: the organisation’s)',
    )
    .option('--audience <name|id>', 'only for one category of data subjects (default: every audience)')
    .option('--recipients <mode>', 'name recipients by "names" or by "categories"', 'names')
    .option(
      '--out <file>',
      'where to write (default: a file named after the organisation in this folder; "-" for standard output)',
    )
    .option('--force', 'replace the file if it exists already (otherwise an existing file is refused)')
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const target = saveTarget(options.out, options.force)
      try {
        await withWorkspace(
          options.db,
          async ({ client }) => {
            const organisation = await resolveOrganisation(client, options.org)
            const preview = await client.call('notices.preview', {
              organisationId: organisation.id,
              language: options.lang ?? null,
              recipients: options.recipients,
            })
            let audienceId: string | null = null
            if (options.audience !== undefined) {
              const wanted = options.audience.trim().toLowerCase()
              const found = preview.audiences.find(
                (a) => a.id === options.audience || a.name.toLowerCase() === wanted,
              )
              if (!found) {
                const known = preview.audiences.map((a) => `“${a.name}”`).join(', ') || 'none yet'
                throw new CliError(
                  `${organisation.name} has no category of data subjects called “${options.audience}”. Its categories: ${known}.`,
                )
              }
              audienceId = found.id
            }
            const language = options.lang ?? null
            const ticket = await saveTicket(client, {
              organisationId: organisation.id,
              format: options.format,
              language,
              notice: { audienceId },
            })
            const started = await client.call('notices.start', {
              organisationId: organisation.id,
              format: options.format,
              language,
              audienceId,
              recipients: options.recipients,
              saveTicket: ticket,
            })
            const job = await finishedJob(client, started.jobId)
            requireDone(job, 'The notice was not finished. Nothing was written.')
            // The gaps go to stderr, so a notice on standard output stays clean.
            const { gaps } = (
              await client.call('notices.preview', {
                organisationId: organisation.id,
                language,
                audienceId,
                recipients: options.recipients,
              })
            ).document
            if (gaps.length > 0) {
              const texts = noticeTextsFor('en')
              const where = (g: (typeof gaps)[number]) =>
                g.place.kind === 'activity'
                  ? `${g.place.reference} ${g.place.name}, ${g.place.field}`
                  : `organisation profile, ${g.place.field}`
              process.stderr.write(
                `The draft shows ${gaps.length} gap${gaps.length === 1 ? '' : 's'} to fill in the register:\n`,
              )
              for (const g of gaps)
                process.stderr.write(
                  `  - ${texts.gap[g.code]}${g.subject ? ` (${g.subject})` : ''} [${where(g)}]\n`,
                )
            }
            if (options.out === '-') return target.deliver()
            process.stdout.write(
              `Wrote ${target.written()}\nSHA-256 ${job.record.sha256} (${job.record.byteSize} bytes), recorded as export ${job.record.id}\n`,
            )
          },
          { host: target.host },
        )
      } finally {
        target.cleanUp()
      }
    })
}
