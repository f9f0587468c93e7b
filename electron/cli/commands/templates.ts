import fs from 'node:fs'
import type { Command } from 'commander'
import { z } from 'zod'
import { builtinTemplateSummaries } from '../../../shared/library/templates'
import { languageSchema } from '../../../shared/schemas/codes'
import { workspaceLocation } from '../../core/db/location'
import { parseOptions } from '../fail'
import { withWorkspace } from '../workspace'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  lang: languageSchema.optional(),
  json: z.boolean().optional(),
})

export function registerTemplates(program: Command) {
  program
    .command('templates')
    .description(
      'list the activity templates (built in, and your own when there is a workspace), for `ropa init --templates`',
    )
    .option('--lang <language>', 'the language of the names: en, fi, sv, da, de or fr (default en)')
    .option('--json', 'print JSON: a list of { id, name, source, group, role, description, language }')
    .option(
      '--db <file|url>',
      'workspace file, for your own templates (default: $ROPA_DB or the app’s own, when it exists)',
    )
    .action(async (raw) => {
      const options = parseOptions(optionsSchema, raw)
      const language = options.lang ?? 'en'
      // Without a workspace the built-in templates are still there; an explicit --db must exist.
      const own = workspaceLocation()
      const useWorkspace = options.db !== undefined || own.kind === 'postgres' || fs.existsSync(own.path)
      const templates = useWorkspace
        ? await withWorkspace(options.db, ({ client }) => client.call('library.templates.list', { language }))
        : builtinTemplateSummaries(language)
      if (options.json) {
        const list = templates.map(({ suggested: _s, ...t }) => t)
        process.stdout.write(JSON.stringify(list, null, 2) + '\n')
        return
      }
      const width = Math.max(...templates.map((t) => t.id.length))
      for (const t of templates)
        process.stdout.write(
          `${t.id.padEnd(width)}  ${t.name}${t.source === 'workspace' ? '  (your own)' : ''}\n`,
        )
    })
}
