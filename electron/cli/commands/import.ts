import path from 'node:path'
import type { Command } from 'commander'
import { z } from 'zod'
import type { ImportProblem } from '../../../shared/imports/types'
import { importFieldLabel } from '../../../shared/imports/fields'
import { columnLetter } from '../../../shared/imports/text'
import { importsMessages } from '../../../shared/i18n/ui/imports'
import type { Analysis } from '../../../shared/imports/analyse'
import type { ApiError } from '../../../shared/api'
import { CliError, parseOptions } from '../fail'
import { MAX_JSON_BYTES, parseJsonFile, readInputFile } from '../files'
import { withWorkspace } from '../workspace'
import { IMPORT_LIMITS } from '../../core/imports/limits'

const optionsSchema = z.object({
  db: z.string().min(1).optional(),
  replace: z.boolean().optional(),
  as: z.string().trim().min(1, { error: 'needs a name' }).max(200).optional(),
  org: z.string().trim().min(1, { error: 'needs a name' }).max(200).optional(),
  sheet: z.array(z.string().min(1).max(100)).optional(),
})

const SPREADSHEETS = new Set(['.xlsx', '.xlsm', '.csv', '.tsv', '.txt'])

/** One line per refusal, with the hint the situation calls for. */
function refusal(file: string, error: ApiError, spreadsheet: boolean): CliError {
  const nameClash = error.code === 'CONFLICT' && error.issues?.some((i) => i.path === 'organisation.name')
  const hint = nameClash ? ' Use --replace to replace it, or --as NAME to import under another name.' : ''
  const needsName =
    spreadsheet && error.issues?.some((i) => i.path === 'organisationName') ? ' Give it with --org NAME.' : ''
  const issues = error.issues ?? []
  // One line, however many problems: each named by its JSON path.
  const details =
    !spreadsheet && error.code === 'VALIDATION' && issues.length > 1
      ? ` All problems: ${issues
          .slice(0, 50)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}.`
      : ''
  return new CliError(`${file}: ${error.message}${hint}${needsName}${details}`)
}

/** A heading cut to fit one line, marked as cut. */
const short = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text

const where = (p: ImportProblem) =>
  [
    p.sheet ? `sheet “${p.sheet}”` : null,
    p.row !== null ? `row ${p.row}` : null,
    p.column ? `column ${p.column}${p.heading ? ` (${short(p.heading, 60)})` : ''}` : null,
  ]
    .filter(Boolean)
    .join(', ')

function describeAnalysis(file: string, analysis: Analysis): string {
  const lines = [`${file}: ${importsMessages.layout[analysis.layout]}.`]
  for (const sheet of analysis.sheets.filter((s) => s.selected)) {
    lines.push(
      `  Sheet “${sheet.name}”, ${sheet.orientation === 'form' ? `labels in column ${columnLetter(sheet.header ?? 1)}` : `header row ${sheet.header}`}.`,
    )
  }
  for (const c of analysis.columns) {
    const target = c.field
      ? `${importFieldLabel(c.field, 'en')} (${Math.round(c.confidence * 100)} %)`
      : 'not imported'
    lines.push(`  “${short(c.heading, 70)}” → ${target}`)
  }
  return `${lines.join('\n')}\n`
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description(
      'import a register: a register document (.json), a workbook exported by ROPA, or a spreadsheet (.xlsx, .csv); all or nothing',
    )
    .argument('<file>', 'the file to import')
    .option('--db <file|url>', 'workspace file or postgres:// URL (default: $ROPA_DB or the app’s own)')
    .option('--replace', 'replace the organisation of the same name, if there is one')
    .option('--as <name>', 'import under this organisation name instead of the one in the file')
    .option('--org <name>', 'the organisation’s name, for a spreadsheet without a contact block')
    .option(
      '--sheet <name>',
      'the sheet to import, when the workbook has several (repeat for several)',
      (value: string, list: string[] = []) => [...list, value],
    )
    .action(async (file: string, raw) => {
      const options = parseOptions(optionsSchema, raw)
      if (options.replace && options.as) throw new CliError('Use either --replace or --as, not both.', 2)
      const ext = path.extname(file).toLowerCase()
      if (ext !== '.json' && !SPREADSHEETS.has(ext)) {
        throw new CliError(
          `${file}: ROPA imports register documents (.json), Excel workbooks (.xlsx) and CSV files (.csv).${ext === '.xls' ? ' Save this old .xls workbook as .xlsx first.' : ''}`,
        )
      }
      if (ext === '.json') return importJson(file, options)
      const bytes = readInputFile(file, IMPORT_LIMITS.fileBytes)
      const input = {
        fileName: path.basename(file),
        content: bytes.toString('base64'),
        sheets: options.sheet ?? null,
        organisationName: options.as ?? options.org ?? null,
      }
      await withWorkspace(
        options.db,
        async ({ client }) => {
          const analysed = await client.invoke('imports.analyse', input)
          if (!analysed.ok) throw refusal(file, analysed.error, true)
          process.stdout.write(describeAnalysis(file, analysed.value))
          const result = await client.invoke('imports.confirm', {
            ...input,
            mode: options.replace ? 'replace' : 'new',
          })
          if (!result.ok) throw refusal(file, result.error, true)
          const { name, counts, replaced } = result.value
          process.stdout.write(
            `${replaced ? 'Replaced' : 'Imported'} “${name}”: ${counts.activities} activities, ${counts.parties} parties, ` +
              `${counts.dataSubjectCategories} categories of data subjects, ${counts.dataCategories} categories of personal data, ${counts.securityMeasures} security measures.\n`,
          )
          const problems = analysed.value.problems
          if (problems.length > 0) {
            process.stdout.write(
              `${problems.length} ${problems.length === 1 ? 'cell needs' : 'cells need'} attention:\n`,
            )
            for (const p of problems)
              process.stdout.write(
                `  ${p.severity === 'error' ? 'Not imported' : 'Check'}: ${where(p) || file}: ${p.message}\n`,
              )
          }
        },
        { create: true },
      )
    })
}

async function importJson(file: string, options: z.output<typeof optionsSchema>) {
  const document = parseJsonFile(file, readInputFile(file, MAX_JSON_BYTES).toString('utf8'))
  await withWorkspace(
    options.db,
    async ({ client }) => {
      const result = await client.invoke('register.import', {
        document,
        mode: options.replace ? 'replace' : 'new',
        name: options.as ?? options.org ?? null,
      })
      if (!result.ok) throw refusal(file, result.error, false)
      const { name, counts, replaced } = result.value
      process.stdout.write(
        `${replaced ? 'Replaced' : 'Imported'} “${name}”: ${counts.activities} activities, ${counts.parties} parties, ` +
          `${counts.dataSubjectCategories} categories of data subjects, ${counts.dataCategories} categories of personal data, ${counts.securityMeasures} security measures.\n`,
      )
    },
    { create: true },
  )
}
