/**
 * What changed between two versions of a register (e.g. what was sent to the authority in March, and today):
 * activities added, removed and changed field by field, and changes to the organisation and its catalogues.
 * Entries are matched by id, so a renamed entry shows as changed, not as removed and added.
 */
import { byReference } from '../order'
import type { RegisterDocument } from '../schemas/register'
import {
  diffActivity,
  diffRecord,
  ENTRY_CODES,
  ORGANISATION_VALUES,
  type DiffContext,
  type DiffLine,
} from './diff'

export interface ItemRef {
  id: string
  label: string
}

export interface ChangedItem extends ItemRef {
  lines: DiffLine[]
}

export interface ListComparison {
  added: ItemRef[]
  removed: ItemRef[]
  changed: ChangedItem[]
}

export interface RegisterComparison {
  organisation: DiffLine[]
  activities: ListComparison
  parties: ListComparison
  dataSubjectCategories: ListComparison
  dataCategories: ListComparison
  securityMeasures: ListComparison
}

const CATALOGUES = ['parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'] as const

/** Names of catalogue entries from both versions: the newer name wins. */
export function namesOf(...docs: RegisterDocument[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const doc of docs) for (const list of CATALOGUES) for (const e of doc[list]) names.set(e.id, e.name)
  return names
}

function compareList<T extends { id: string }>(
  before: T[],
  after: T[],
  label: (x: T) => string,
  diff: (b: T, a: T) => DiffLine[],
): ListComparison {
  const b = new Map(before.map((x) => [x.id, x]))
  const a = new Map(after.map((x) => [x.id, x]))
  return {
    added: after.filter((x) => !b.has(x.id)).map((x) => ({ id: x.id, label: label(x) })),
    removed: before.filter((x) => !a.has(x.id)).map((x) => ({ id: x.id, label: label(x) })),
    changed: after.flatMap((x) => {
      const old = b.get(x.id)
      if (!old) return []
      const lines = diff(old, x)
      return lines.length ? [{ id: x.id, label: label(x), lines }] : []
    }),
  }
}

export function compareRegisters(
  ctx: Omit<DiffContext, 'names'>,
  before: RegisterDocument,
  after: RegisterDocument,
): RegisterComparison {
  const names = namesOf(before, after)
  const full: DiffContext = { ...ctx, names: { name: (id) => names.get(id) ?? '?' } }
  const f = ctx.labels.fields
  const organisationLabels = { ...f.organisation } as Record<string, string>
  delete organisationLabels.contactRole
  const entryLabels = {
    parties: f.party,
    dataSubjectCategories: f.dataSubjectCategory,
    dataCategories: f.dataCategory,
    securityMeasures: f.securityMeasure,
  }
  const result = {
    organisation: diffRecord(
      full,
      organisationLabels,
      before.organisation,
      after.organisation,
      ORGANISATION_VALUES,
    ),
    activities: compareList(
      [...before.activities].sort(byReference),
      [...after.activities].sort(byReference),
      (x) => `${x.reference} ${x.name}`,
      (b, a) => diffActivity(full, b, a),
    ),
  } as RegisterComparison
  for (const list of CATALOGUES) {
    result[list] = compareList(
      before[list] as { id: string; name: string }[],
      after[list] as { id: string; name: string }[],
      (x) => x.name,
      (b, a) => diffRecord(full, entryLabels[list] as Record<string, string>, b, a, ENTRY_CODES[list]),
    )
  }
  return result
}

export function isUnchanged(c: RegisterComparison): boolean {
  const lists = [c.activities, ...CATALOGUES.map((l) => c[l])]
  return (
    c.organisation.length === 0 &&
    lists.every((l) => l.added.length === 0 && l.removed.length === 0 && l.changed.length === 0)
  )
}
