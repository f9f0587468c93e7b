/** The history of the register, as the user reads it: per entry, per organisation, as of a date, compared. */
import type { Change } from '../../../shared/api/history'
import { compareRegisters } from '../../../shared/history/compare'
import {
  diffActivity,
  diffRecord,
  ENTRY_CODES,
  ORGANISATION_VALUES,
  type DiffContext,
  type DiffLine,
} from '../../../shared/history/diff'
import { plainTranslator } from '../../../shared/i18n'
import { formatDay } from '../../../shared/i18n/dates'
import { labelsFor } from '../../../shared/i18n/labels'
import { activityFieldsSchema } from '../../../shared/schemas/activity'
import type { Language } from '../../../shared/schemas/codes'
import type { RegisterDocument } from '../../../shared/schemas/register'
import type { CoreContext } from '../context'
import { verifyChainInTurns } from '../history/chain'
import { changeLabel, entryNames, toChangeRow, type ChangeRow } from '../history/records'
import { momentOf, registerAsOf } from '../history/replay'
import type { Handlers } from '../handler'
import { notFound } from '../errors'
import { buildRegister } from './register'
import { getExportRecord } from '../exports/records'
import { registerDocumentSchema } from '../../../shared/schemas/register'
import { requireOrganisation } from './organisations'
import { restoreFromTrash, restoreVersion, emptyTrash, listTrash } from './trash'

/** How changes are put into words: in the language asked for (the UI's), with the current names of entries. */
export function diffContext(names: Map<string, string>, language: Language = 'en'): DiffContext {
  const t = plainTranslator(language)
  const deleted = t('history.diff.deletedEntry')
  return {
    t,
    labels: labelsFor(language),
    language,
    names: { name: (id) => names.get(id) ?? deleted },
    date: (iso) => formatDay(iso, language),
  }
}

/** Parse a stored activity version; versions written by older releases get today's defaults for new fields. */
function activityVersion(version: Record<string, any> | null) {
  if (!version) return null
  const { id: _i, organisationId: _o, createdAt: _c, updatedAt: _u, ...fields } = version
  const parsed = activityFieldsSchema.safeParse(fields)
  return parsed.success ? parsed.data : null
}

function linesOf(ctx: DiffContext, change: ChangeRow): DiffLine[] {
  if (!change.before || !change.after) return []
  const f = ctx.labels.fields
  switch (change.entity) {
    case 'activity':
      return diffActivity(ctx, activityVersion(change.before), activityVersion(change.after))
    case 'organisation':
      return diffRecord(
        ctx,
        f.organisation as unknown as Record<string, string>,
        change.before,
        change.after,
        ORGANISATION_VALUES,
      )
    case 'party':
      return diffRecord(
        ctx,
        f.party as unknown as Record<string, string>,
        change.before,
        change.after,
        ENTRY_CODES.parties,
      )
    case 'dataSubjectCategory':
      return diffRecord(
        ctx,
        f.dataSubjectCategory as unknown as Record<string, string>,
        change.before,
        change.after,
      )
    case 'dataCategory':
      return diffRecord(
        ctx,
        f.dataCategory as unknown as Record<string, string>,
        change.before,
        change.after,
        ENTRY_CODES.dataCategories,
      )
    case 'securityMeasure':
      return diffRecord(
        ctx,
        f.securityMeasure as unknown as Record<string, string>,
        change.before,
        change.after,
        ENTRY_CODES.securityMeasures,
      )
    default:
      return []
  }
}

function present(ctx: DiffContext, change: ChangeRow): Change {
  const { before: _b, after: _a, ...rest } = change
  return { ...rest, label: changeLabel(change), lines: linesOf(ctx, change) }
}

export async function entityHistory(
  ctx: CoreContext,
  entityId: string,
  language: Language = 'en',
): Promise<Change[]> {
  const rows = (
    await ctx.db
      .selectFrom('changes')
      .selectAll()
      .where('entity_id', '=', entityId)
      .orderBy('id', 'desc')
      .execute()
  ).map(toChangeRow)
  if (rows.length === 0) throw notFound('The history of this entry')
  const organisationId = rows[0].organisationId
  const dctx = diffContext(organisationId ? await entryNames(ctx.db, organisationId) : new Map(), language)
  return rows.map((r) => present(dctx, r))
}

export interface TimelineFilter {
  organisationId: string
  since: string | null
  until: string | null
  actor: string | null
  entity: string | null
  limit: number
  language?: Language
}

export async function timeline(ctx: CoreContext, filter: TimelineFilter) {
  await requireOrganisation(ctx.db, filter.organisationId)
  let query = ctx.db
    .selectFrom('changes')
    .selectAll()
    .where('organisation_id', '=', filter.organisationId)
    .where('entity', '!=', 'trash')
  if (filter.since)
    query = query.where(
      'at',
      '>=',
      new Date(
        /^\d{4}-\d{2}-\d{2}$/.test(filter.since) ? `${filter.since}T00:00:00` : filter.since,
      ).toISOString(),
    )
  if (filter.until) query = query.where('at', '<=', momentOf(filter.until))
  if (filter.actor) query = query.where('actor', '=', filter.actor)
  if (filter.entity) query = query.where('entity', '=', filter.entity)
  const rows = (
    await query
      .orderBy('id', 'desc')
      .limit(filter.limit + 1)
      .execute()
  ).map(toChangeRow)
  const actors = (
    await ctx.db
      .selectFrom('changes')
      .select('actor')
      .distinct()
      .where('organisation_id', '=', filter.organisationId)
      .orderBy('actor')
      .execute()
  ).map((r) => r.actor)
  const dctx = diffContext(await entryNames(ctx.db, filter.organisationId), filter.language)
  return {
    changes: rows.slice(0, filter.limit).map((r) => present(dctx, r)),
    actors,
    truncated: rows.length > filter.limit,
  }
}

export type RegisterVersion =
  { kind: 'now' } | { kind: 'at'; at: string } | { kind: 'export'; exportId: string }

export async function registerVersion(
  ctx: CoreContext,
  organisationId: string,
  version: RegisterVersion,
): Promise<RegisterDocument> {
  if (version.kind === 'now') return buildRegister(ctx.db, organisationId, { keepIds: true })
  if (version.kind === 'at') return registerAsOf(ctx.db, organisationId, version.at)
  const record = await getExportRecord(ctx, version.exportId)
  if (record.organisationId !== organisationId) throw notFound('That export of this organisation')
  return registerDocumentSchema.parse(record.snapshot)
}

export async function compareVersions(
  ctx: CoreContext,
  organisationId: string,
  from: RegisterVersion,
  to: RegisterVersion,
  language: Language = 'en',
) {
  const [before, after] = await Promise.all([
    registerVersion(ctx, organisationId, from),
    registerVersion(ctx, organisationId, to),
  ])
  const { names: _n, ...dctx } = diffContext(new Map(), language)
  return compareRegisters(dctx, before, after)
}

export const historyHandlers: Handlers<
  | 'history.entity'
  | 'history.timeline'
  | 'history.restore'
  | 'history.asOf'
  | 'history.compare'
  | 'history.verify'
  | 'trash.list'
  | 'trash.restore'
  | 'trash.empty'
> = {
  'history.entity': (ctx, input) => entityHistory(ctx, input.entityId, input.language),
  'history.timeline': (ctx, input) => timeline(ctx, input),
  'history.restore': (ctx, input) => restoreVersion(ctx, input.changeId),
  'history.asOf': (ctx, input) => registerAsOf(ctx.db, input.organisationId, input.at),
  'history.compare': (ctx, input) =>
    compareVersions(ctx, input.organisationId, input.from, input.to, input.language),
  'history.verify': (ctx) => verifyChainInTurns(ctx.db),
  'trash.list': (ctx, input) => listTrash(ctx, input.organisationId),
  'trash.restore': (ctx, input) => restoreFromTrash(ctx, input.changeId),
  'trash.empty': (ctx, input) => emptyTrash(ctx, input.organisationId),
}
