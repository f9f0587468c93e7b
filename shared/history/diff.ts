/**
 * Field-by-field differences between two versions of a register entry, worded for a DPO:
 * "Time limit for erasure of Contact details changed from 2 years to 3 years".
 * Pure: the caller supplies the names of catalogue entries (which may since have been renamed or deleted).
 */
import { isList } from '../fields/define'
import { ENTRY_VALUES, entryValueText, type EntryValue } from '../fields/entries'
import { ACTIVITY_FIELDS, type ActivityListField } from '../fields/registry'
import { renderContext, type RenderContext } from '../fields/render'
import type { Labels } from '../i18n/labels'
import type { Language } from '../schemas/codes'
import type { ActivityFields } from '../schemas/activity'

export interface DiffLine {
  /** The form path of the field (for links and highlighting), e.g. `dataCategories`, `status`. */
  field: string
  text: string
  before: string | null
  after: string | null
}

/** Catalogue names by id; unknown ids are shown as a stand-in ("(deleted entry)"). */
export interface NameLookup {
  name(id: string): string
}

export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface DiffContext {
  t: Translate
  labels: Labels
  language: Language
  names: NameLookup
  /** A calendar day (`YYYY-MM-DD`) as the reader's language writes it; ISO as stored when not given. */
  date?: (iso: string) => string
}

/** The field registry's rendering context for the sentences: labels, countries and days in the reader's language. */
function renderOf(ctx: DiffContext): RenderContext {
  return renderContext({
    labels: ctx.labels,
    language: ctx.language,
    name: (id) => ctx.names.name(id),
    date: ctx.date,
  })
}

/** A value as the sentence quotes it, or null when nothing is recorded. */
const show = (value: string | null): string | null => (value === null || value === '' ? null : value)

const quote = (s: string) => `“${s}”`
const LONG_TEXT = 120

/** One line for a single value that changed (or nothing when it did not). */
function scalar(
  ctx: DiffContext,
  field: string,
  label: string,
  before: string | null,
  after: string | null,
  item?: string,
): DiffLine[] {
  const b = show(before)
  const a = show(after)
  if (b === a) return []
  const long =
    (b?.length ?? 0) > LONG_TEXT || (a?.length ?? 0) > LONG_TEXT || b?.includes('\n') || a?.includes('\n')
  const params = { field: label, item, before: b === null ? '' : quote(b), after: a === null ? '' : quote(a) }
  const key =
    long && b !== null && a !== null ? 'textChanged' : b === null ? 'set' : a === null ? 'cleared' : 'changed'
  const text = ctx.t(
    `history.diff.${item && key !== 'textChanged' ? `item${key[0].toUpperCase()}${key.slice(1)}` : key}`,
    params,
  )
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
function listDiff<T>(
  ctx: DiffContext,
  field: string,
  label: string,
  before: T[],
  after: T[],
  key: (item: T) => string,
): DiffLine[] {
  const b = keyed(before, key)
  const a = keyed(after, key)
  const bIds = new Set(b.map((x) => x.id))
  const aIds = new Set(a.map((x) => x.id))
  const lines: DiffLine[] = []
  for (const x of a)
    if (!bIds.has(x.id))
      lines.push({
        field,
        text: ctx.t('history.diff.added', { field: label, item: quote(x.key) }),
        before: null,
        after: x.key,
      })
  for (const x of b)
    if (!aIds.has(x.id))
      lines.push({
        field,
        text: ctx.t('history.diff.removed', { field: label, item: quote(x.key) }),
        before: x.key,
        after: null,
      })
  return lines
}

/** Items present in both versions, paired by key (and occurrence), for comparing their details. */
function pairs<T>(before: T[], after: T[], key: (item: T) => string): [T, T][] {
  const b = new Map(keyed(before, key).map((x) => [x.id, x.item]))
  return keyed(after, key).flatMap((x) => (b.has(x.id) ? [[b.get(x.id)!, x.item] as [T, T]] : []))
}

type ActivityVersion = Omit<ActivityFields, never>

/** How a sentence names an item: a purpose by its words in quotes, a catalogue entry by its name, a transfer by where it goes. */
function mention(ctx: DiffContext, list: ActivityListField, name: string): string {
  if (list.item.mention === 'quoted') return quote(name)
  if (list.item.mention === 'transfer') return ctx.t('history.diff.transferTo', { destination: name })
  return name
}

/**
 * What changed between two versions of an activity (null = did not exist), field by field in the registry's
 * order, each value written as every other reader writes it (shared/fields).
 */
export function diffActivity(
  ctx: DiffContext,
  before: ActivityVersion | null,
  after: ActivityVersion | null,
): DiffLine[] {
  if (!before || !after) return []
  const r = renderOf(ctx)
  const label = (field: { label: keyof Labels['fields']['activity'] }) =>
    ctx.labels.fields.activity[field.label]
  const joined = (lines: string[]) => (lines.length === 0 ? null : lines.join('\n'))
  const lines: DiffLine[] = []
  for (const field of ACTIVITY_FIELDS) {
    if (isList(field)) {
      const key = (item: unknown) => field.item.key(item, r)
      lines.push(
        ...listDiff(ctx, field.path, label(field), [...field.items(before)], [...field.items(after)], key),
      )
      for (const [b, a] of pairs([...field.items(before)], [...field.items(after)], key)) {
        const item = mention(ctx, field, key(a))
        for (const sub of field.item.fields) {
          if (!sub.identity)
            lines.push(
              ...scalar(ctx, field.path, label(sub), joined(sub.text(b, r)), joined(sub.text(a, r)), item),
            )
        }
      }
    } else if (field.diff === 'items') {
      lines.push(
        ...listDiff(
          ctx,
          field.path,
          label(field),
          field.text(before, r),
          field.text(after, r),
          (line) => line,
        ),
      )
    } else {
      lines.push(
        ...scalar(ctx, field.path, label(field), joined(field.text(before, r)), joined(field.text(after, r))),
      )
    }
  }
  return lines
}

/** How the values of each catalogue's entries read (shared/fields/entries), for `diffRecord`. */
export const ENTRY_CODES = {
  parties: ENTRY_VALUES.parties,
  dataSubjectCategories: ENTRY_VALUES.dataSubjectCategories,
  dataCategories: ENTRY_VALUES.dataCategories,
  securityMeasures: ENTRY_VALUES.securityMeasures,
} as const

/** The organisation profile's values, for `diffRecord`. */
export const ORGANISATION_VALUES = ENTRY_VALUES.organisation

/**
 * What changed between two versions of a flat record (catalogue entry, organisation profile), each value
 * written as `values` says it reads: codes by their labels, countries by name, days in the reader's language.
 */
export function diffRecord(
  ctx: DiffContext,
  labels: Record<string, string>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  values: Readonly<Record<string, EntryValue>> = {},
): DiffLine[] {
  if (!before || !after) return []
  const r = renderOf(ctx)
  const lines: DiffLine[] = []
  for (const [field, label] of Object.entries(labels)) {
    const text = (v: unknown) => entryValueText(values[field], v, r)
    lines.push(...scalar(ctx, field, label, text(before[field]), text(after[field])))
  }
  return lines
}
