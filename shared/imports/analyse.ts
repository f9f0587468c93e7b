/**
 * The importer in one pure function: which sheets hold the register, their columns with the suggested
 * field and its confidence, the contact block, the register document the (possibly edited) mapping gives,
 * a preview of the first activities as they will be stored, and every problem by sheet, row and column.
 * The UI, the CLI and confirm all call it, so what is previewed is exactly what is stored.
 */
import { z } from 'zod'
import { organisationProfileSchema, type OrganisationProfile } from '../schemas/organisation'
import type { RegisterDocument } from '../schemas/register'
import {
  roleSchema,
  legalBasisSchema,
  mechanismSchema,
  specialCategoryConditionSchema,
  statusSchema,
  languageSchema,
} from '../schemas/codes'
import { buildDocument, type ImportMapping } from './build'
import { readContactBlock, type ContactBlock, type ContactDetails } from './contact'
import { importFieldSchema, type Template } from './fields'
import { suggestMapping } from './match'
import { sheetShape, sheetTable, type SheetTable } from './table'
import { ImportFailure, importProblemSchema, type ImportProblem, type SourceFile } from './types'

export const LAYOUTS = ['ropa', 'ico', 'cnil', 'dsk', 'generic'] as const
export const layoutSchema = z.enum(LAYOUTS)
export type Layout = (typeof LAYOUTS)[number]

export const importMappingSchema = z.record(z.string().max(400), importFieldSchema.nullable())

export const sheetSummarySchema = z.object({
  name: z.string(),
  rowCount: z.number().int(),
  orientation: z.enum(['table', 'form']).nullable(),
  /** The 1-based header row (a table) or label column (a form). */
  header: z.number().int().nullable(),
  matched: z.number().int(),
  selected: z.boolean(),
})

export const columnSummarySchema = z.object({
  key: z.string(),
  heading: z.string(),
  /** Where it is: "Register!B9" for a table's heading cell. */
  sample: z.string().nullable(),
  suggested: importFieldSchema.nullable(),
  confidence: z.number(),
  field: importFieldSchema.nullable(),
})

const contactDetailsSchema = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
})
export const contactBlockSchema = z.object({
  controller: contactDetailsSchema,
  dpo: contactDetailsSchema,
  representative: contactDetailsSchema,
})

export const previewActivitySchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  reference: z.string(),
  name: z.string(),
  role: roleSchema,
  status: statusSchema,
  purposes: z.array(
    z.object({
      description: z.string(),
      legalBasis: legalBasisSchema.nullable(),
      specialCategoryCondition: specialCategoryConditionSchema.nullable(),
    }),
  ),
  dataSubjectCategories: z.array(z.string()),
  dataCategories: z.array(z.string()),
  recipients: z.array(z.string()),
  transfers: z.array(
    z.object({
      country: z.string().nullable(),
      internationalOrganisation: z.string().nullable(),
      mechanism: mechanismSchema,
    }),
  ),
  retention: z.array(z.string()),
  securityMeasures: z.array(z.string()),
  systems: z.array(z.string()),
})
export type PreviewActivity = z.infer<typeof previewActivitySchema>

export const countsSchema = z.object({
  activities: z.number().int(),
  parties: z.number().int(),
  dataSubjectCategories: z.number().int(),
  dataCategories: z.number().int(),
  securityMeasures: z.number().int(),
})

export const analysisSchema = z.object({
  fileKind: z.enum(['xlsx', 'csv']),
  layout: layoutSchema,
  sheets: z.array(sheetSummarySchema),
  columns: z.array(columnSummarySchema),
  contact: contactBlockSchema.nullable(),
  /** The organisation's name as it will be stored: given, or read from the contact block or the app's workbook. */
  organisationName: z.string().nullable(),
  language: languageSchema,
  preview: z.array(previewActivitySchema),
  counts: countsSchema,
  problems: z.array(importProblemSchema),
})
export type Analysis = z.infer<typeof analysisSchema>

export interface AnalyseOptions {
  /** The sheets to import; by default the one that looks most like a register (or every form sheet). */
  sheets?: string[] | null
  /** Changes to the suggested mapping, by column key; null leaves a column out. */
  mapping?: ImportMapping | null
  organisationName?: string | null
  previewRows?: number
}

export interface AnalysisResult {
  analysis: Analysis
  /** The register to store; its organisation name is a placeholder while `analysis.organisationName` is null. */
  document: RegisterDocument
}

/** Problems listed one by one; past this many a summary line says how many more there are. */
export const MAX_LISTED_PROBLEMS = 1000

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems
  const rest = problems.length - MAX_LISTED_PROBLEMS
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    {
      sheet: null,
      row: null,
      column: null,
      heading: null,
      severity: 'error',
      message: `${rest} more cells cannot be read. Correct the mapping or the file and read it again to see them.`,
    },
  ]
}

const TEMPLATE_LANGUAGE: Record<Template, Analysis['language']> = { ico: 'en', cnil: 'fr', dsk: 'de' }
const PLACEHOLDER_NAME = 'Imported organisation'

function chooseSheets(
  file: SourceFile,
  shapes: ReturnType<typeof sheetShape>[],
  wanted: string[] | null | undefined,
): number[] {
  if (wanted && wanted.length > 0) {
    const indexes = wanted.map((name) => {
      const i = file.sheets.findIndex((s) => s.name === name)
      if (i < 0)
        throw new ImportFailure(
          `The file has no sheet called “${name}”. Its sheets are: ${file.sheets.map((s) => `“${s.name}”`).join(', ')}.`,
        )
      return i
    })
    return [...new Set(indexes)]
  }
  const visible = file.sheets.map((s, i) => i).filter((i) => !file.sheets[i].hidden)
  const candidates = visible.length > 0 ? visible : file.sheets.map((_, i) => i)
  const forms = candidates.filter((i) => shapes[i].orientation === 'form')
  const tables = candidates
    .filter((i) => shapes[i].orientation === 'table')
    .sort((a, b) => shapes[b].matched - shapes[a].matched)
  const bestForm = Math.max(0, ...forms.map((i) => shapes[i].matched))
  if (forms.length > 0 && (tables.length === 0 || bestForm > shapes[tables[0]].matched)) return forms
  if (tables.length > 0) return [tables[0]]
  const nonEmpty = candidates.find((i) =>
    file.sheets[i].rows.some((r) => r.some((v) => v !== null && v.trim() !== '')),
  )
  if (nonEmpty === undefined) throw new ImportFailure('The file has no data: every sheet is empty.')
  return [nonEmpty]
}

function layoutOf(tables: SheetTable[]): Layout {
  const counts = new Map<Template, number>()
  for (const t of tables)
    for (const template of t.templates) counts.set(template, (counts.get(template) ?? 0) + 1)
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best && best[1] >= 3 ? best[0] : 'generic'
}

const contactOf = (d: ContactDetails | undefined) =>
  d && d.name
    ? {
        name: d.name.slice(0, 300),
        address: d.address?.slice(0, 1000) ?? null,
        email: d.email?.slice(0, 320) ?? null,
        phone: d.phone?.slice(0, 100) ?? null,
      }
    : null

/** Reads the whole analysis of a file; throws ImportFailure when it holds nothing a register can come from. */
export function analyseSource(file: SourceFile, options: AnalyseOptions = {}): AnalysisResult {
  if (file.sheets.length === 0) throw new ImportFailure('The file has no sheets.')
  const shapes = file.sheets.map((s) => sheetShape(s))
  const chosen = chooseSheets(file, shapes, options.sheets)
  const tables = chosen.map((i) => sheetTable(file.sheets[i], shapes[i]))
  const problems: ImportProblem[] = [...file.problems, ...tables.flatMap((t) => t.problems)]

  const records = tables.flatMap((t) => t.records)
  if (records.length === 0) {
    const names = tables.map((t) => `“${t.sheet}”`).join(', ')
    throw new ImportFailure(`There are no rows of data in ${names}: below the headings every row is empty.`)
  }

  // Columns of every chosen sheet, once per key (the CNIL forms repeat the same labels on every sheet).
  const columns = new Map<string, { key: string; heading: string; sample: string | null }>()
  for (const t of tables) {
    for (const c of t.columns) {
      if (columns.has(c.key)) continue
      const sample = t.records.map((r) => r.values.get(c.key)?.value).find((v) => v !== undefined) ?? null
      columns.set(c.key, { ...c, sample: sample === null ? null : sample.slice(0, 200) })
    }
  }
  const list = [...columns.values()]
  const suggestions = suggestMapping(list.map((c) => c.heading))
  const mapping: ImportMapping = {}
  const summaries = list.map((c, i) => {
    const override =
      options.mapping && Object.hasOwn(options.mapping, c.key) ? options.mapping[c.key] : undefined
    const field = override === undefined ? suggestions[i].field : override
    mapping[c.key] = field
    return { ...c, suggested: suggestions[i].field, confidence: suggestions[i].confidence, field }
  })

  // The contact block: above the header of the chosen sheets, or anywhere on the other sheets.
  let contact: ContactBlock | null = null
  for (const t of tables) contact ??= t.orientation === 'table' ? readContactBlock(t.above) : null
  file.sheets.forEach((s, i) => {
    if (!chosen.includes(i) && !contact) contact = readContactBlock(s.rows.slice(0, 60))
  })
  const block = contact as ContactBlock | null

  const layout = layoutOf(tables)
  const language = layout === 'generic' || layout === 'ropa' ? 'en' : TEMPLATE_LANGUAGE[layout]
  const organisationName =
    options.organisationName?.trim() || block?.controller.name?.trim().slice(0, 200) || null
  const organisation: OrganisationProfile = organisationProfileSchema.parse({
    name: organisationName ?? PLACEHOLDER_NAME,
    address: block?.controller.address?.slice(0, 1000) ?? null,
    email: block?.controller.email?.slice(0, 320) ?? null,
    phone: block?.controller.phone?.slice(0, 100) ?? null,
    dpo: contactOf(block?.dpo),
    representative: contactOf(block?.representative),
    language,
  })

  // A sheet named for the processor record (in any of the six languages) holds processor records.
  const processorSheet = (sheet: string) =>
    /process|käsittelij|biträd|databehandl|auftragsverarbeit|sous.?trait/i.test(sheet)
  const built = buildDocument(records, list, mapping, {
    organisation,
    defaultRole: (sheet) => (processorSheet(sheet) ? 'processor' : 'controller'),
  })
  problems.push(...built.problems)

  const analysis: Analysis = {
    fileKind: file.kind,
    layout,
    sheets: file.sheets.map((s, i) => ({
      name: s.name,
      rowCount: s.rows.length,
      orientation: shapes[i].orientation,
      header: chosen.includes(i) ? tables[chosen.indexOf(i)].header : shapes[i].header,
      matched: shapes[i].matched,
      selected: chosen.includes(i),
    })),
    columns: summaries,
    contact: block,
    organisationName,
    language,
    preview: previewOf(built.document, built.sources, options.previewRows ?? 20),
    counts: countsOf(built.document),
    problems: capped(problems),
  }
  return { analysis, document: built.document }
}

export function countsOf(doc: RegisterDocument): z.infer<typeof countsSchema> {
  return {
    activities: doc.activities.length,
    parties: doc.parties.length,
    dataSubjectCategories: doc.dataSubjectCategories.length,
    dataCategories: doc.dataCategories.length,
    securityMeasures: doc.securityMeasures.length,
  }
}

/** The first activities as they will be stored, with catalogue names in place of ids. */
export function previewOf(
  doc: RegisterDocument,
  sources: { sheet: string; row: number }[],
  limit: number,
): PreviewActivity[] {
  const names = new Map<string, string>()
  for (const list of [doc.parties, doc.dataSubjectCategories, doc.dataCategories, doc.securityMeasures])
    for (const e of list) names.set(e.id, e.name)
  const name = (id: string) => names.get(id) ?? id
  return doc.activities.slice(0, limit).map((a, i) => ({
    sheet: sources[i]?.sheet ?? '',
    row: sources[i]?.row ?? 0,
    reference: a.reference,
    name: a.name,
    role: a.role,
    status: a.status,
    purposes: a.purposes.map((p) => ({
      description: p.description,
      legalBasis: p.legalBasis,
      specialCategoryCondition: p.specialCategoryCondition,
    })),
    dataSubjectCategories: a.dataSubjectCategoryIds.map(name),
    dataCategories: a.dataCategories.map((d) => name(d.dataCategoryId)),
    recipients: a.recipients.map((r) => (r.partyId ? name(r.partyId) : (r.category ?? ''))),
    transfers: a.transfers.map((t) => ({
      country: t.country,
      internationalOrganisation: t.internationalOrganisation,
      mechanism: t.mechanism,
    })),
    retention: [
      ...a.dataCategories.filter((d) => d.retention).map((d) => `${name(d.dataCategoryId)}: ${d.retention}`),
      ...(a.retention ? [a.retention] : []),
    ],
    securityMeasures: a.securityMeasureIds.map(name),
    systems: a.systems,
  }))
}
