/**
 * The registry as its readers use it: every field of an activity in order (the DPIA screening's as the
 * activity's own, at 'dpia.status'…), the lists with their items' fields, and look-ups by id and form path.
 */
import type { ActivityFields } from '../schemas/activity'
import type { Role } from '../schemas/codes'
import { ACTIVITY_FIELD_MAP } from './activity'
import {
  isGroup,
  isList,
  type ExportedIds,
  type Field,
  type GroupField,
  type ListField,
  type SectionId,
} from './define'
import type {
  DATA_CATEGORY_FIELDS,
  DPIA_FIELDS,
  PURPOSE_FIELDS,
  RECIPIENT_FIELDS,
  SOURCE_FIELDS,
  TRANSFER_FIELDS,
} from './items'

export type ActivityField = Field<ActivityFields>
export type ActivityListField = ListField<ActivityFields, any>

/** A group's field as one of the owner's own: path 'dpia.status', its text from the group's value. */
function lift<G>(group: GroupField<ActivityFields, G>, field: Field<G>): ActivityField {
  return {
    ...field,
    path: `${group.path}.${field.path}`,
    text: (owner, ctx) => field.text(group.value(owner), ctx),
    editor: field.editor && { ...field.editor, shownWhen: undefined },
  }
}

/** Every field of an activity, in the register's order. */
export const ACTIVITY_FIELDS: readonly ActivityField[] = Object.values(ACTIVITY_FIELD_MAP).flatMap(
  (field: ActivityField) =>
    isGroup(field)
      ? (field as GroupField<ActivityFields, unknown>).fields.map((sub) =>
          lift(field as GroupField<ActivityFields, unknown>, sub),
        )
      : [field],
)

/** The fields that are lists of items (purposes, data categories, sources, recipients, transfers). */
export const LIST_FIELDS: readonly ActivityListField[] = ACTIVITY_FIELDS.filter(isList)

/** A field of the activity, or a field of one of its lists' items with its list. */
export type FoundField = { field: ActivityField; list: null } | { field: Field<any>; list: ActivityListField }

const byId = new Map<string, FoundField>()
for (const field of ACTIVITY_FIELDS) {
  byId.set(field.id, { field, list: null })
  if (isList(field)) for (const sub of field.item.fields) byId.set(sub.id, { field: sub, list: field })
}
if (byId.size !== ACTIVITY_FIELDS.length + LIST_FIELDS.reduce((n, l) => n + l.item.fields.length, 0)) {
  throw new Error('Two fields of the registry share an id')
}

export function findField(id: string): FoundField | undefined {
  return byId.get(id)
}

const byPath = new Map(ACTIVITY_FIELDS.map((f) => [f.path, f]))

/** The activity's field at a form path: 'purposes.2.legalBasis' is the purposes list; 'dpia.status' the DPIA status. */
export function fieldAtPath(path: string): ActivityField | undefined {
  const parts = path.split('.')
  return byPath.get(parts.slice(0, 2).join('.')) ?? byPath.get(parts[0])
}

/** The editor section that shows a form path for a record of this role (the review section for what has none). */
export function sectionOfPath(path: string, role: Role): SectionId {
  const field = fieldAtPath(path)
  const editor = field?.editor
  if (!field || !editor) return 'review'
  if (role === 'processor' && editor.processorSection) return editor.processorSection
  // An item's field may sit elsewhere than its list: a data category's time limit under retention.
  const [, index, leaf] = path.split('.')
  const sub =
    isList(field) && index !== undefined && leaf !== undefined
      ? field.item.fields.find((f) => f.path === leaf)
      : undefined
  return sub?.editor?.section ?? editor.section
}

/**
 * The ids of the fields with an export column, as a type (the exports' `ColumnKey`): the activity's own and
 * its items' (named here because an item spec's field list is typed as any field of the item).
 */
export type RegistryColumnId = ExportedIds<
  | (typeof ACTIVITY_FIELD_MAP)[keyof typeof ACTIVITY_FIELD_MAP]
  | (typeof PURPOSE_FIELDS)[number]
  | (typeof DATA_CATEGORY_FIELDS)[number]
  | (typeof SOURCE_FIELDS)[number]
  | (typeof RECIPIENT_FIELDS)[number]
  | (typeof TRANSFER_FIELDS)[number]
  | (typeof DPIA_FIELDS)[number]
>
