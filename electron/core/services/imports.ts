/**
 * Importing spreadsheets: analyse (read, map, preview; stores nothing), confirm (store all or nothing with
 * the same transaction as a JSON import), and saved mappings. The file comes as base64 on every call and is
 * never written to the workspace.
 */
import { randomUUID } from 'node:crypto'
import { analyseSource, type Analysis } from '../../../shared/imports/analyse'
import type { ImportMapping } from '../../../shared/imports/build'
import { ImportFailure } from '../../../shared/imports/types'
import type { RegisterDocument } from '../../../shared/schemas/register'
import type { SavedMapping } from '../../../shared/api/imports'
import type { CoreContext } from '../context'
import { invalid, notFound } from '../errors'
import type { Handlers } from '../handler'
import { mutate } from '../history/mutate'
import { analyseAppWorkbook } from '../imports/app-workbook'
import { readImportFile } from '../imports/read'
import { importRegister } from './register'

export interface ImportFileInput {
  fileName: string
  content: string
  sheets: string[] | null
  mapping: ImportMapping | null
  organisationName: string | null
}

function decode(content: string): Buffer {
  if (!/^[A-Za-z0-9+/=\s_-]*$/.test(content.slice(0, 10_000)))
    throw invalid('The file’s content did not arrive as base64, so it could not be read.')
  return Buffer.from(content, 'base64')
}

/** Reads and analyses a file; every reason it cannot be imported becomes a VALIDATION error in words. */
export async function analyseImport(
  input: ImportFileInput,
): Promise<{ analysis: Analysis; document: RegisterDocument }> {
  try {
    const file = await readImportFile(input.fileName, decode(input.content))
    // Choosing sheets of the app's own workbook reads its visible sheets like any spreadsheet (to keep edits made in Excel).
    if (file.app && !input.sheets?.length)
      return analyseAppWorkbook({ ...file, app: file.app }, input.organisationName)
    return analyseSource(file, {
      sheets: input.sheets,
      mapping: input.mapping,
      organisationName: input.organisationName,
    })
  } catch (error) {
    if (error instanceof ImportFailure) throw invalid(`${error.message} Nothing was imported.`)
    throw error
  }
}

export async function confirmImport(ctx: CoreContext, input: ImportFileInput & { mode: 'new' | 'replace' }) {
  const { analysis, document } = await analyseImport(input)
  if (analysis.counts.activities === 0) {
    throw invalid(
      'No processing activity could be read from this file, so nothing was imported. Map a column to “Processing activity” or “Purposes of the processing”.',
    )
  }
  if (analysis.organisationName === null) {
    throw invalid(
      'The file does not say which organisation the register belongs to. Give the organisation’s name.',
      [{ path: 'organisationName', message: 'Enter the organisation’s name' }],
    )
  }
  const result = await importRegister(ctx, document, { mode: input.mode, name: analysis.organisationName })
  return { ...result, problems: analysis.problems.length }
}

const toSaved = (row: {
  id: string
  name: string
  mapping_json: string
  created_at: string
  updated_at: string
}): SavedMapping => ({
  id: row.id,
  name: row.name,
  mapping: JSON.parse(row.mapping_json) as ImportMapping,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

export async function listMappings(db: CoreContext['db']): Promise<SavedMapping[]> {
  const rows = await db.selectFrom('import_mappings').selectAll().orderBy('name').execute()
  return rows.map(toSaved)
}

export async function saveMapping(
  ctx: CoreContext,
  input: { name: string; mapping: ImportMapping },
): Promise<SavedMapping> {
  return mutate(ctx, async (tx) => {
    const existing = await tx.db
      .selectFrom('import_mappings')
      .selectAll()
      .where('name', '=', input.name)
      .executeTakeFirst()
    const row = {
      id: existing?.id ?? randomUUID(),
      name: input.name,
      mapping_json: JSON.stringify(input.mapping),
      created_at: existing?.created_at ?? tx.at,
      updated_at: tx.at,
    }
    if (existing)
      await tx.db
        .updateTable('import_mappings')
        .set({ mapping_json: row.mapping_json, updated_at: tx.at })
        .where('id', '=', existing.id)
        .execute()
    else await tx.db.insertInto('import_mappings').values(row).execute()
    const saved = toSaved(row)
    await tx.record({
      organisationId: null,
      entity: 'import_mapping',
      entityId: row.id,
      operation: existing ? 'update' : 'create',
      before: existing ? toSaved(existing) : null,
      after: saved,
    })
    return saved
  })
}

export async function deleteMapping(ctx: CoreContext, id: string): Promise<{ id: string }> {
  return mutate(ctx, async (tx) => {
    const existing = await tx.db
      .selectFrom('import_mappings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!existing) throw notFound('The saved mapping')
    await tx.db.deleteFrom('import_mappings').where('id', '=', id).execute()
    await tx.record({
      organisationId: null,
      entity: 'import_mapping',
      entityId: id,
      operation: 'delete',
      before: toSaved(existing),
      after: null,
    })
    return { id }
  })
}

export const importHandlers: Handlers<
  | 'imports.analyse'
  | 'imports.confirm'
  | 'imports.mappings.list'
  | 'imports.mappings.save'
  | 'imports.mappings.delete'
> = {
  'imports.analyse': async (_ctx, input) => (await analyseImport(input)).analysis,
  'imports.confirm': (ctx, input) => confirmImport(ctx, input),
  'imports.mappings.list': (ctx) => listMappings(ctx.db),
  'imports.mappings.save': (ctx, input) => saveMapping(ctx, input),
  'imports.mappings.delete': (ctx, input) => deleteMapping(ctx, input.id),
}
