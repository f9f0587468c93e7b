/**
 * Export records (docs/architecture.md): every finished export is recorded with the SHA-256 of its file and the
 * register snapshot it was made from, through `mutate` so the change history lists it too.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { ExportRecord } from '../../../shared/schemas/export'
import {
  exportCountsSchema,
  exportSectionSchema,
  fileFormatSchema,
  noticeChoicesSchema,
} from '../../../shared/schemas/export'
import { languageSchema } from '../../../shared/schemas/codes'
import type { RegisterDocument } from '../../../shared/schemas/register'
import type { CoreContext } from '../context'
import type { ExportRecordsTable } from '../db/schema'
import { notFound } from '../errors'
import type { Tx } from '../history/mutate'
import { unpackSnapshot } from './snapshot'

/** `snapshot`: the register it was made from, packed by `packSnapshot`. */
export type NewExportRecord = Omit<ExportRecord, 'id' | 'createdAt' | 'actor'> & { snapshot: Buffer }

const toRecord = (
  row: Omit<ExportRecordsTable, 'snapshot_json' | 'document'> & { document: string },
): ExportRecord => ({
  id: row.id,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name,
  createdAt: row.created_at,
  actor: row.actor,
  document: row.document === 'notice' ? 'notice' : 'register',
  format: fileFormatSchema.parse(row.format),
  language: languageSchema.parse(row.language),
  sections: exportSectionSchema.array().parse(JSON.parse(row.sections_json)),
  fileName: row.file_name,
  sha256: row.sha256,
  byteSize: row.byte_size,
  counts: exportCountsSchema.parse(JSON.parse(row.counts_json)),
  asOf: row.as_of,
  notice: row.notice_json === null ? null : noticeChoicesSchema.parse(JSON.parse(row.notice_json)),
})

/** Insert a record inside an open transaction, with its change record (the snapshot stays out of the history). */
export async function insertExportRecord(
  tx: Tx,
  actor: string,
  input: NewExportRecord,
): Promise<ExportRecord> {
  const { snapshot, ...fields } = input
  const record: ExportRecord = { id: randomUUID(), createdAt: tx.at, actor, ...fields }
  await tx.db
    .insertInto('export_records')
    .values({
      id: record.id,
      organisation_id: record.organisationId,
      organisation_name: record.organisationName,
      created_at: record.createdAt,
      actor: record.actor,
      format: record.format,
      language: record.language,
      sections_json: JSON.stringify(record.sections),
      file_name: record.fileName,
      sha256: record.sha256,
      byte_size: record.byteSize,
      counts_json: JSON.stringify(record.counts),
      as_of: record.asOf,
      document: record.document,
      notice_json: record.notice === null ? null : JSON.stringify(record.notice),
      snapshot_json: snapshot,
    })
    .execute()
  await tx.record({
    organisationId: record.organisationId,
    entity: 'exportRecord',
    entityId: record.id,
    operation: 'create',
    before: null,
    after: record,
  })
  return record
}

const COLUMNS = [
  'id',
  'organisation_id',
  'organisation_name',
  'created_at',
  'actor',
  'format',
  'language',
  'sections_json',
  'file_name',
  'sha256',
  'byte_size',
  'counts_json',
  'as_of',
  'document',
  'notice_json',
] as const

/** What was exported for an organisation, newest first. */
export async function listExportRecords(ctx: CoreContext, organisationId: string): Promise<ExportRecord[]> {
  const rows = await ctx.db
    .selectFrom('export_records')
    .select(COLUMNS)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    // Two exports in the same millisecond keep the order they were made in: that of their change records
    // (the table has no insertion order of its own on every engine; SQLite's rowid is not PostgreSQL's).
    .orderBy(
      sql`(SELECT max(c.id) FROM changes c WHERE c.entity_id = export_records.id AND c.entity = 'exportRecord')`,
      'desc',
    )
    .execute()
  return rows.map(toRecord)
}

export async function getExportRecord(
  ctx: CoreContext,
  id: string,
): Promise<ExportRecord & { snapshot: RegisterDocument }> {
  const row = await ctx.db.selectFrom('export_records').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('This export record')
  return { ...toRecord(row), snapshot: unpackSnapshot(row.snapshot_json) }
}
