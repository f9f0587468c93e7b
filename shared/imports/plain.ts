/**
 * The fields a column fills as they are — text, dates, yes or no, lists of names — read for every registry
 * field whose import says so (shared/fields), each cut to the limit its schema sets. A new plain field
 * imports through here without a line of importer code.
 */
import { maxTextLength } from '../fields/limits'
import { ACTIVITY_FIELDS } from '../fields/registry'
import { LABELS } from '../i18n/labels'
import type { RowReader } from './row'
import { parseYesNo } from './values'

const PLAIN = ACTIVITY_FIELDS.flatMap((field) =>
  (field.import ?? []).filter((spec) => spec.read !== 'custom').map((spec) => ({ field, spec })),
)

/** The plain fields of one row by form path ('dataLocation', 'dpia.reference'); a field with no cell is left out. */
export function readPlainFields(row: RowReader): Map<string, unknown> {
  const values = new Map<string, unknown>()
  for (const { field, spec } of PLAIN) {
    const max = maxTextLength(field.schema)
    switch (spec.read) {
      case 'text': {
        const value = spec.multiColumn ? row.multiText(spec.field, max) : row.text(spec.field, max)
        if (value !== null) values.set(field.path, value)
        break
      }
      case 'date': {
        const value = row.date(spec.field)
        if (value !== null) values.set(field.path, value)
        break
      }
      case 'list': {
        const items = [...new Set(row.items(spec.field, max))]
        if (items.length > 0) values.set(field.path, items)
        break
      }
      case 'yesNo': {
        const cell = row.cell(spec.field)
        if (!cell) break
        const parsed = parseYesNo(cell.value)
        const label = LABELS.en.fields.activity[field.label].toLowerCase()
        if (parsed === null)
          row.report(
            cell.at,
            `“${cell.value.slice(0, 80)}” does not say yes or no, so ${label} was recorded as no.`,
          )
        values.set(field.path, parsed ?? false)
        break
      }
    }
  }
  return values
}

/** Put the values into the activity, into the DPIA screening for 'dpia.…' paths. */
export function assignPaths(target: Record<string, unknown>, values: ReadonlyMap<string, unknown>): void {
  for (const [path, value] of values) {
    const [head, leaf] = path.split('.')
    if (leaf === undefined) target[head] = value
    else target[head] = { ...(target[head] as Record<string, unknown>), [leaf]: value }
  }
}
