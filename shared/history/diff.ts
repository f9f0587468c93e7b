/**
 * Field-by-field differences between two versions of a register entry, worded for a DPO:
 * "Time limit for erasure of Contact details changed from 2 years to 3 years".
 * Pure: the caller supplies the names of catalogue entries (which may since have been renamed or deleted).
 */
import type { Labels } from '../i18n/labels'
import { countryName } from '../reference/countries'
import type { Language } from '../schemas/codes'
import type { ActivityFields } from '../schemas/activity'

export interface DiffLine {
  /** The form path of the field (for links and highlighting), e.g. `dataCategories`, `status`. */
  field: string
  text: string
  before: string | null
  after: string | null
}

/** Catalogue names by id; unknown ids are shown as "(deleted entry)". */
export interface NameLookup {
  name(id: string): string
}

export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface DiffContext {
  t: Translate
  labels: Labels
  language: Language
  names: NameLookup
}

type Value = string | number | boolean | null | undefined

function show(ctx: DiffContext, value: Value): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'boolean') return ctx.t(value ? 'history.diff.yes' : 'history.diff.no')
  return String(value)
}

const quote = (s: string) => `“${s}”`
const LONG_TEXT = 120

/** One line for a single value that changed (or nothing when it did not). */
function scalar(ctx: DiffContext, field: string, label: string, before: Value, after: Value, item?: string): DiffLine[] {
  const b = show(ctx, before)
  const a = show(ctx, after)
  if (b === a) return []
  const long = (b?.length ?? 0) > LONG_TEXT || (a?.length ?? 0) > LONG_TEXT || b?.includes('\n') || a?.includes('\n')
  const params = { field: label, item, before: b === null ? '' : quote(b), after: a === null ? '' : quote(a) }
  const key = long && b !== null && a !== null ? 'textChanged' : b === null ? 'set' : a === null ? 'cleared' : 'changed'
  const text = ctx.t(`history.diff.${item && key !== 'textChanged' ? `item${key[0].toUpperCase()}${key.slice(1)}` : key}`, params)
  return [{ field, text, before: b, after: a }]
}

/** Each item with its key and which occurrence of that key it is, so repeated keys pair up in order. */
function keyed<T>(list: T[], key: (item: T) => string): { id: string; key: string; item: T }[] {
  const seen = new Map<string, number>()
  return list.map((item) => {
    const k = key(item)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    return { id: `${k}\u0000${n}`, key: k, item }
  })
}

/** Lines for a list whose items are compared by a key: added and removed items. */
function listDiff<T>(ctx: DiffContext, field: string, label: string, before: T[], after: T[], key: (item: T) => string): DiffLine[] {
  const b = keyed(before, key)
  const a = keyed(after, key)
  const bIds = new Set(b.map((x) => x.id))
  const aIds = new Set(a.map((x) => x.id))
  const lines: DiffLine[] = []
  for (const x of a) if (!bIds.has(x.id)) lines.push({ field, text: ctx.t('history.diff.added', { field: label, item: quote(x.key) }), before: null, after: x.key })
  for (const x of b) if (!aIds.has(x.id)) lines.push({ field, text: ctx.t('history.diff.removed', { field: label, item: quote(x.key) }), before: x.key, after: null })
  return lines
}

/** Items present in both versions, paired by key (and occurrence), for comparing their details. */
function pairs<T>(before: T[], after: T[], key: (item: T) => string): [T, T][] {
  const b = new Map(keyed(before, key).map((x) => [x.id, x.item]))
  return keyed(after, key).flatMap((x) => (b.has(x.id) ? [[b.get(x.id)!, x.item] as [T, T]] : []))
}

type ActivityVersion = Omit<ActivityFields, never>

/** What changed between two versions of an activity (null = did not exist). */
export function diffActivity(ctx: DiffContext, before: ActivityVersion | null, after: ActivityVersion | null): DiffLine[] {
  if (!before || !after) return []
  const f = ctx.labels.fields.activity
  const code = (group: keyof Labels['codes'], value: string | null) => (value === null ? null : ((ctx.labels.codes[group] as Record<string, string>)[value] ?? value))
  const lines: DiffLine[] = []
  const text = (field: keyof ActivityVersion, label: string) => lines.push(...scalar(ctx, field, label, before[field] as Value, after[field] as Value))

  text('reference', f.reference)
  text('name', f.name)
  lines.push(...scalar(ctx, 'role', f.role, code('role', before.role), code('role', after.role)))
  lines.push(...scalar(ctx, 'status', f.status, code('status', before.status), code('status', after.status)))
  text('businessFunction', f.businessFunction)
  text('owner', f.owner)
  text('description', f.description)

  const purposeKey = (p: ActivityVersion['purposes'][number]) => p.description
  lines.push(...listDiff(ctx, 'purposes', f.purposes, before.purposes, after.purposes, purposeKey))
  for (const [b, a] of pairs(before.purposes, after.purposes, purposeKey)) {
    const item = quote(a.description)
    lines.push(...scalar(ctx, 'purposes', f.legalBasis, code('legalBasis', b.legalBasis), code('legalBasis', a.legalBasis), item))
    lines.push(...scalar(ctx, 'purposes', f.legitimateInterest, b.legitimateInterest, a.legitimateInterest, item))
    lines.push(...scalar(ctx, 'purposes', f.specialCategoryCondition, code('specialCategoryCondition', b.specialCategoryCondition), code('specialCategoryCondition', a.specialCategoryCondition), item))
    lines.push(...scalar(ctx, 'purposes', f.criminalDataBasis, b.criminalDataBasis, a.criminalDataBasis, item))
  }

  const name = (id: string) => ctx.names.name(id)
  lines.push(...listDiff(ctx, 'dataSubjectCategoryIds', f.dataSubjectCategories, before.dataSubjectCategoryIds, after.dataSubjectCategoryIds, name))
  const categoryKey = (d: ActivityVersion['dataCategories'][number]) => name(d.dataCategoryId)
  lines.push(...listDiff(ctx, 'dataCategories', f.dataCategories, before.dataCategories, after.dataCategories, categoryKey))
  for (const [b, a] of pairs(before.dataCategories, after.dataCategories, categoryKey)) {
    lines.push(...scalar(ctx, 'dataCategories', f.retention, b.retention, a.retention, categoryKey(a)))
    lines.push(...scalar(ctx, 'dataCategories', f.retentionMonths, b.retentionMonths, a.retentionMonths, categoryKey(a)))
  }

  const sourceKey = (s: ActivityVersion['sources'][number]) => [code('sourceKind', s.kind), s.description].filter(Boolean).join(': ')
  lines.push(...listDiff(ctx, 'sources', f.sources, before.sources, after.sources, sourceKey))

  const recipientKey = (r: ActivityVersion['recipients'][number]) => (r.partyId ? name(r.partyId) : (r.category ?? ''))
  lines.push(...listDiff(ctx, 'recipients', f.recipients, before.recipients, after.recipients, recipientKey))
  for (const [b, a] of pairs(before.recipients, after.recipients, recipientKey)) {
    lines.push(...scalar(ctx, 'recipients', f.recipientPurpose, b.purpose, a.purpose, recipientKey(a)))
  }
  lines.push(...listDiff(ctx, 'jointControllerIds', f.jointControllers, before.jointControllerIds, after.jointControllerIds, name))
  lines.push(...listDiff(ctx, 'controllerIds', f.controllers, before.controllerIds, after.controllerIds, name))

  const transferKey = (tr: ActivityVersion['transfers'][number]) => {
    const where = tr.country ? countryName(tr.country, ctx.language) : (tr.internationalOrganisation ?? '')
    return tr.partyId ? `${where} (${name(tr.partyId)})` : where
  }
  lines.push(...listDiff(ctx, 'transfers', f.transfers, before.transfers, after.transfers, transferKey))
  for (const [b, a] of pairs(before.transfers, after.transfers, transferKey)) {
    const item = ctx.t('history.diff.transferTo', { destination: transferKey(a) })
    lines.push(...scalar(ctx, 'transfers', f.mechanism, code('mechanism', b.mechanism), code('mechanism', a.mechanism), item))
    lines.push(...scalar(ctx, 'transfers', f.sccModule, b.sccModule, a.sccModule, item))
    lines.push(...scalar(ctx, 'transfers', f.safeguardDocumentation, b.safeguardDocumentation, a.safeguardDocumentation, item))
    lines.push(...scalar(ctx, 'transfers', f.transferImpactAssessment, b.transferImpactAssessment, a.transferImpactAssessment, item))
  }

  text('retention', f.generalRetention)
  lines.push(...listDiff(ctx, 'securityMeasureIds', f.securityMeasures, before.securityMeasureIds, after.securityMeasureIds, name))
  text('automatedDecisionMaking', f.automatedDecisionMaking)
  lines.push(...scalar(ctx, 'dpia.status', f.dpiaStatus, code('dpiaStatus', before.dpia.status), code('dpiaStatus', after.dpia.status)))
  const criterion = (c: string) => code('dpiaCriterion', c) ?? c
  lines.push(...listDiff(ctx, 'dpia.criteria', f.dpiaCriteria, before.dpia.criteria.map(criterion), after.dpia.criteria.map(criterion), (c) => c))
  lines.push(...scalar(ctx, 'dpia.reference', f.dpiaReference, before.dpia.reference, after.dpia.reference))
  lines.push(...listDiff(ctx, 'systems', f.systems, before.systems, after.systems, (s) => s))
  text('dataLocation', f.dataLocation)
  text('lastReviewedOn', f.lastReviewedOn)
  text('nextReviewDue', f.nextReviewDue)
  text('notes', f.notes)
  return lines
}

/** The fields of each catalogue entry whose values are codes, with the code list that names them. */
export const ENTRY_CODES = {
  parties: { kind: 'partyKind', transferMechanism: 'mechanism', sccModule: 'sccModule' },
  dataSubjectCategories: {},
  dataCategories: { special: 'specialKind' },
  securityMeasures: { kind: 'securityMeasureKind' },
} as const satisfies Record<string, Record<string, keyof Labels['codes']>>

/** What changed between two versions of a flat record (catalogue entry, organisation profile). */
export function diffRecord(
  ctx: DiffContext,
  labels: Record<string, string>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  codes: Record<string, keyof Labels['codes']> = {},
): DiffLine[] {
  if (!before || !after) return []
  const lines: DiffLine[] = []
  for (const [field, label] of Object.entries(labels)) {
    const group = codes[field]
    const value = (v: unknown): Value => {
      if (v !== null && typeof v === 'object') return Object.values(v).filter((x) => x !== null && x !== '').join(', ')
      if (group && (typeof v === 'string' || typeof v === 'number')) return (ctx.labels.codes[group] as Record<string, string>)[v] ?? v
      if (field === 'country' || field === 'supervisoryAuthority') return typeof v === 'string' ? countryName(v, ctx.language) : null
      return v as Value
    }
    lines.push(...scalar(ctx, field, label, value(before[field]), value(after[field])))
  }
  return lines
}
