/**
 * The export columns the field registry describes (shared/fields, `export`): each registry field with an
 * export spec gets its column in the xlsx and CSV tables and its row in the PDF fiche, after the column it
 * names, with its heading and cells from the registry. The hand-made column lists (tables.ts, pdf.ts) keep
 * what is computed across fields (special categories, the controller's contact…); a new field needs neither.
 */
import { isList, type ExportWidth, type Field } from '../../../shared/fields/define'
import {
  ACTIVITY_FIELDS,
  type ActivityListField,
  type RegistryColumnId,
} from '../../../shared/fields/registry'
import type { RenderContext } from '../../../shared/fields/render'
import type { RegisterActivity } from '../../../shared/schemas/register'

export interface RegistryColumn {
  id: RegistryColumnId
  field: Field<any>
  /** The list whose items hold the field (a purpose's, a recipient's), or null for the activity's own. */
  list: ActivityListField | null
  after: string
  /** Where the tables put it (Art. 30's points stay together there). */
  tableAfter: string
  width: ExportWidth
  optional: boolean
}

/** Every field with an export spec, the activity's and its items', in the registry's order. */
export const REGISTRY_COLUMNS: readonly RegistryColumn[] = ACTIVITY_FIELDS.flatMap((field) => {
  const own = (f: Field<any>, list: ActivityListField | null): RegistryColumn[] =>
    f.export
      ? [
          {
            // A field with an export spec: its id is one of RegistryColumnId (the builders' types say so).
            id: f.id as RegistryColumnId,
            field: f,
            list,
            after: f.export.after,
            tableAfter: f.export.tableAfter ?? f.export.after,
            width: f.export.width,
            optional: f.export.optional ?? false,
          },
        ]
      : []
  return [...own(field, null), ...(isList(field) ? field.item.fields.flatMap((sub) => own(sub, field)) : [])]
})

const byId = new Map<string, RegistryColumn>(REGISTRY_COLUMNS.map((c) => [c.id, c]))

export function registryColumn(id: string): RegistryColumn | undefined {
  return byId.get(id)
}

/**
 * A column list with the registry's columns put in, each right after the column it follows (after the
 * registry columns already put there, in the registry's order); a column whose anchor the list does not
 * have is left out, as is a controller's field from a processor record.
 */
export function withRegistryColumns<C>(
  columns: readonly C[],
  keyOf: (column: C) => string,
  make: (column: RegistryColumn) => C,
  options: { processor: boolean; table: boolean },
): C[] {
  const out = [...columns]
  const anchorOf = (column: RegistryColumn) => (options.table ? column.tableAfter : column.after)
  for (const column of REGISTRY_COLUMNS) {
    if (options.processor && column.field.controllerOnly) continue
    if (out.some((c) => keyOf(c) === column.id)) continue
    const anchor = anchorOf(column)
    const at = out.findIndex((c) => keyOf(c) === anchor)
    if (at < 0) continue
    let end = at + 1
    // After the registry columns already following the same anchor, so the registry's order holds.
    while (
      end < out.length &&
      registryColumn(keyOf(out[end])) &&
      anchorOf(registryColumn(keyOf(out[end]))!) === anchor
    )
      end++
    out.splice(end, 0, make(column))
  }
  return out
}

/**
 * A registry column's cell: the activity's value, or one line per item ("Payroll: Accounting Act…") with the
 * item named when there are several (always for lists whose items are named by their sub-fields).
 */
export function registryCell(
  column: RegistryColumn,
  activity: RegisterActivity,
  ctx: RenderContext,
): string | null {
  const { field, list } = column
  let lines: string[]
  if (list === null) lines = field.text(activity, ctx)
  else {
    const items = list.items(activity)
    const named = list.item.prefix === 'always' || items.length > 1
    lines = items.flatMap((item) =>
      field.text(item, ctx).map((value) => (named ? `${list.item.title(item, ctx)}: ${value}` : value)),
    )
  }
  const kept = lines.filter((l) => l.trim() !== '')
  return kept.length === 0 ? null : kept.join('\n')
}
