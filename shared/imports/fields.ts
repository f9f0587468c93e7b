/**
 * The fields a column of someone else's spreadsheet can fill, and the headings that name each one, all from
 * the field registry (shared/fields): the app's own headings in six languages (labelsFor(lang).fields, as the
 * exports write them), the Art. 30 points' headings, and the wording of the ICO, CNIL and DSK templates and of
 * registers seen in practice.
 */
import { z } from 'zod'
import type { ActivityLabel, Import, ImportTemplate } from '../fields/define'
import { isList } from '../fields/define'
import { ACTIVITY_FIELDS } from '../fields/registry'
import { citeArticleShort, LABELS } from '../i18n/labels'
import type { Labels } from '../i18n/labels'
import { LANGUAGES, type Language } from '../schemas/codes'

/** A field an import column can fill, with the heading the mapping screen shows for it. */
export interface ImportFieldSpec extends Import {
  label: ActivityLabel
  /** The provision the field answers, cited after its label on the mapping screen. */
  cites?: string
}

/** Every import field of the registry, in its order. */
export const IMPORT_SPECS: readonly ImportFieldSpec[] = ACTIVITY_FIELDS.flatMap((field) => [
  ...(field.import ?? []).map((spec) => ({ ...spec, label: spec.label ?? field.label, cites: field.cites })),
  ...(isList(field)
    ? field.item.fields.flatMap((sub) =>
        (sub.import ?? []).map((spec) => ({ ...spec, label: spec.label ?? sub.label, cites: sub.cites })),
      )
    : []),
])

/** An import field's name, as saved mappings keep it (one of IMPORT_FIELDS). */
export type ImportField = string
export const IMPORT_FIELDS: readonly ImportField[] = IMPORT_SPECS.map((s) => s.field)
if (new Set(IMPORT_FIELDS).size !== IMPORT_FIELDS.length)
  throw new Error('Two fields of the registry import under the same name')
export const importFieldSchema = z.enum(IMPORT_FIELDS as [ImportField, ...ImportField[]])

const byField = new Map(IMPORT_SPECS.map((s) => [s.field, s]))

export function importSpec(field: ImportField): ImportFieldSpec {
  const spec = byField.get(field)
  if (!spec) throw new Error(`No import field ${field}`)
  return spec
}

/** Fields that several columns may fill: each column's text is added under its heading. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set(
  IMPORT_SPECS.filter((s) => s.multiColumn).map((s) => s.field),
)

export type Template = Exclude<ImportTemplate, 'general'>

interface Synonym {
  field: ImportField
  heading: string
  template?: Template
}

let synonyms: Synonym[] | null = null

/**
 * Every heading known for every field, built once. The order decides which field a heading names when two
 * could: the app's own headings first, then the Art. 30 points', then the templates', then the rest.
 */
export function headingSynonyms(): Synonym[] {
  if (synonyms) return synonyms
  const list: Synonym[] = []
  for (const lang of LANGUAGES) {
    const L = LABELS[lang]
    for (const spec of IMPORT_SPECS)
      for (const label of [spec.label, ...(spec.labels ?? [])])
        list.push({ field: spec.field, heading: L.fields.activity[label] })
    for (const spec of IMPORT_SPECS)
      for (const point of spec.points ?? [])
        list.push({ field: spec.field, heading: L.art30[point as keyof Labels['art30']] })
  }
  for (const template of ['ico', 'cnil', 'dsk', 'general'] as const) {
    for (const spec of IMPORT_SPECS) {
      for (const heading of spec.headings?.[template] ?? [])
        list.push({ field: spec.field, heading, ...(template === 'general' ? {} : { template }) })
    }
  }
  synonyms = list
  return list
}

/** How the mapping screen and `ropa import` name an import field: its label, and the provision it answers. */
export function importFieldLabel(field: ImportField, lang: Language): string {
  const spec = importSpec(field)
  const label = LABELS[lang].fields.activity[spec.label]
  return spec.cites ? `${label} (${citeArticleShort(spec.cites, lang)})` : label
}
