/**
 * `ropa draft --from-notice FILE --org NAME --country CC`: read a privacy notice into a proposed register
 * document (the normative JSON format, so `ropa import` takes it) and its evidence (each proposal with the
 * sentence it came from and its place in the text). Stores nothing in the workspace.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import type { ApiError } from '../../../shared/api'
import { countryCodeFromName } from '../../../shared/reference/countries'
import { languageSchema } from '../../../shared/schemas/codes'
import { appMessages } from '../../../shared/i18n/ui/app'
import { workspaceLocation } from '../../core/db/location'
import { NOTICE_EXTENSIONS, NOTICE_LIMITS } from '../../core/notice-reader/limits'
import { CliError, parseOptions } from '../fail'
import { readInputFile, writeFileAtomically } from '../files'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  fromNotice: z.string({ error: 'is required: the privacy notice to read' }).min(1),
  org: z
    .string({ error: 'is required: the organisation’s name' })
    .trim()
    .min(1, { error: 'needs a name' })
    .max(200),
  country: z.string({ error: 'is required: the organisation’s country (e.g. FI)' }).min(2),
  lang: languageSchema.optional(),
  out: z.string().min(1).optional(),
  evidence: z.string().min(1).optional(),
  db: z.string().min(1).optional(),
})

const refusal = (file: string, error: ApiError) =>
  new CliError(
    `${file}: ${error.message}${error.issues?.length ? ` (${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})` : ''}`,
  )

/** The workspace is only consulted (its vendor library); without one, a throwaway workspace serves. */
async function withAnyWorkspace<T>(
  db: string | undefined,
  run: Parameters<typeof withWorkspace<T>>[1],
): Promise<T> {
  const location = workspaceLocation(db)
  if (location.kind === 'postgres' || fs.existsSync(location.path)) return withWorkspace(db, run)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-draft-'))
  try {
    return await withWorkspace(path.join(dir, 'draft.sqlite'), run, { create: true })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export function registerDraft(program: Command) {
  program
    .command('draft')
    .description(
      'read a privacy notice (.txt, .md, .html, .pdf, .docx) into a proposed register document for `ropa import`, with the evidence of each proposal; stores nothing',
    )
    .requiredOption('--from-notice <file>', 'the privacy notice')
    .requiredOption('--org <name>', 'the organisation whose notice it is')
    .requiredOption('--country <code>', 'the organisation’s country (ISO code or name, e.g. FI)')
    .option(
      '--lang <language>',
      'the notice’s language: en, fi, sv, da, de or fr (default: told from its words)',
    )
    .option(
      '--out <file>',
      'where to write the register document (default: NOTICE.draft.json in this folder)',
    )
    .option('--evidence <file>', 'where to write the evidence (default: beside the document, .evidence.json)')
    .option(
      '--db <file|url>',
      'workspace (file or postgres:// URL) whose vendor library to use (default: $ROPA_DB or the app’s own, if there is one)',
    )
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const country = countryCodeFromName(options.country)
      if (!country)
        throw new CliError(
          `Invalid option: --country: “${options.country}” is not a country ROPA knows. Give its ISO code (e.g. FI, SE, DE).`,
          2,
        )
      const file = options.fromNotice
      const ext = path.extname(file).toLowerCase()
      if (!(NOTICE_EXTENSIONS as readonly string[]).includes(ext)) {
        throw new CliError(
          `${file}: ROPA reads privacy notices saved as .txt, .md, .html, .pdf or .docx.${ext === '.doc' ? ' Save this old .doc file as .docx or PDF first.' : ''}`,
        )
      }
      const bytes = readInputFile(file, NOTICE_LIMITS.fileBytes)
      const base = path.basename(file, path.extname(file))
      const out = options.out ?? `${base}.draft.json`
      const evidenceFile = options.evidence ?? out.replace(/(\.json)?$/i, '.evidence.json')
      if (path.resolve(out) === path.resolve(evidenceFile))
        throw new CliError('--out and --evidence name the same file; give them different names.', 2)

      await withAnyWorkspace(options.db, async ({ client }) => {
        const result = await client.invoke('notices.read', {
          fileName: path.basename(file),
          content: bytes.toString('base64'),
          language: options.lang ?? null,
          organisationName: options.org,
          country,
        })
        if (!result.ok) throw refusal(file, result.error)
        const { reading, document } = result.value
        writeFileAtomically(out, `${JSON.stringify(document, null, 2)}\n`)
        writeFileAtomically(
          evidenceFile,
          `${JSON.stringify({ notice: path.basename(file), ...reading }, null, 2)}\n`,
        )
        const count = (kind: string) => reading.items.filter((i) => i.kind === kind).length
        const unsure = reading.items.filter((i) => i.confidence < 0.6).length
        process.stdout.write(
          `Read ${file} (${appMessages.app.languages[reading.language]}${reading.languageGiven ? '' : ', told from its words'}): ` +
            `${document.activities.length} proposed activities, ${count('purpose')} purposes with a lawful basis, ${document.parties.length} parties, ` +
            `${document.dataCategories.length} categories of personal data, ${document.dataSubjectCategories.length} categories of data subjects, ` +
            `${count('transfer')} transfers, ${count('retention')} retention statements.\n` +
            `Wrote the proposed register to ${out} and the evidence to ${evidenceFile}.${unsure > 0 ? ` ${unsure} proposals are uncertain (confidence under 0.6): check them against the evidence.` : ''}\n` +
            `Review it, then: ropa import ${out}\n`,
        )
      })
    })
}
