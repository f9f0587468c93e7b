/**
 * What the registry says about one field, and the builders its entries are written with. A field is
 * described once — its label, the Art. 30 point it answers, how it reads as text, where the store keeps it,
 * which spreadsheet headings import it and where the editor shows it — and every reader iterates the entries
 * instead of naming fields. Its type is not described here: `schema` is the zod type from shared/schemas,
 * so the registry never becomes a second source of the register format.
 */
import type { z } from 'zod'
import type { Labels } from '../i18n/labels'
import type { Art30Key } from '../reference/art30'
import type { RenderContext } from './render'

export type ActivityLabel = keyof Labels['fields']['activity']
export type CodeList = Exclude<keyof Labels['codes'], 'severity' | 'right' | 'transferStatus' | 'sccModule'>

/** The sections of the activity editor (renderer/features/activities/editor/sections.ts orders them). */
export type SectionId =
  | 'about'
  | 'parties'
  | 'purposes'
  | 'data'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'security'
  | 'processorData'
  | 'risk'
  | 'systems'
  | 'review'

/** How a column holds a value: as it is, one shared copy per distinct text (codes, repeated phrases), 0/1, JSON text. */
export type Codec = 'text' | 'shared' | 'bool' | 'int' | 'json'

export interface Store {
  column: string
  codec: Codec
}

export type ImportTemplate = 'ico' | 'cnil' | 'dsk' | 'general'

/**
 * A field a spreadsheet column can fill. `read` says how a cell becomes the value: one of the plain readers,
 * or 'custom' where shared/imports/build reads it (purposes with their bases, transfers, catalogues…).
 */
export interface Import {
  /** The import field's name (mapping screen, saved mappings). */
  field: string
  read: 'text' | 'date' | 'yesNo' | 'list' | 'custom'
  /** Several columns may fill it: each column's text is kept under its heading. */
  multiColumn?: boolean
  /** The label the mapping screen shows, when not the field's own. */
  label?: ActivityLabel
  /** More of the app's own headings (in six languages) that name it. */
  labels?: ActivityLabel[]
  /** Art. 30 points whose heading names it ("Purposes of the processing"). */
  points?: Art30Key[]
  /** Headings of the ICO, CNIL and DSK templates and of registers seen in practice. */
  headings?: Partial<Record<ImportTemplate, readonly string[]>>
}

/** An input the editor draws from the registry; a field without one is drawn by its section. */
export type EditorInput = 'text' | 'textarea' | 'date' | 'checkbox' | 'tags'

export interface Editor<O> {
  section: SectionId
  /** Where a processor record shows it, when not in `section`. */
  processorSection?: SectionId
  input?: EditorInput
  /** UI text keys (shared/i18n/ui). */
  placeholder?: string
  help?: string
  /** Offered only when this holds (or when a value or a finding is there): a consent record for consent. */
  shownWhen?: (owner: O) => boolean
  /**
   * Drawn by the registry (renderer/features/activities/editor/RegistryInputs.tsx) where its section places the
   * registry's inputs, from `input`, the label, `placeholder` and `help`: a new plain field needs no editor code.
   */
  auto?: boolean
}

export interface Field<O> {
  /** Unique among an activity's fields and its items' fields: export column, import field, label. */
  id: string
  /** The form path within its owner: 'dataLocation', 'dpia.status', 'legalBasis' (of a purpose). */
  path: string
  label: ActivityLabel
  /** The Art. 30 point asking for it, per kind of record. */
  point?: { controller?: Art30Key; processor?: Art30Key }
  /** The provision it answers besides Art. 30: its export heading cites it ("Lawful basis (Art. 6(1))"). */
  cites?: string
  schema: z.ZodType
  /** The value as lines of text; none when nothing is recorded. */
  text(owner: O, ctx: RenderContext): string[]
  /** How the history tells a change: one value changed, or items added and removed. */
  diff: 'value' | 'items'
  /** Part of what identifies an item (a recipient's party): a change is an item removed and another added. */
  identity?: boolean
  /** Where the store keeps it; null for what the store keeps in rows of its own (lists). */
  store: Store | null
  import?: readonly Import[]
  editor?: Editor<O>
  /** Not part of a processor record (a processor follows the controller's basis). */
  controllerOnly?: boolean
  /**
   * A column of its own in the xlsx and CSV tables and a row in the PDF fiche, right after the export column
   * `after` (a field id or an export column such as 'legalBasis'); left out of a record without that column.
   * `optional`: the fiche leaves the row out when empty (it applies to some purposes only). `tableAfter`: where
   * the tables put it when not after `after` (they keep Art. 30's points (a)–(g) together, extras after them).
   */
  export?: ExportSpec
}

export interface ExportSpec {
  after: string
  tableAfter?: string
  width: ExportWidth
  optional?: boolean
}

/** How wide an export column is: a code, a phrase, a sentence or a list of lines. */
export type ExportWidth = 'narrow' | 'medium' | 'wide' | 'widest'

/** A list of items with fields of their own: purposes, recipients, transfers… */
export interface ListField<O, I> extends Field<O> {
  items(owner: O): readonly I[]
  item: ItemSpec<I>
}

export interface ItemSpec<I> {
  /** What pairs an item across two versions of the activity. */
  key(item: I, ctx: RenderContext): string
  /** How sentences and export cells name the item: "Payroll: Contract (Art. 6(1)(b))". */
  title(item: I, ctx: RenderContext): string
  /** One line per item where the list is shown whole. */
  line(item: I, ctx: RenderContext): string
  /** How a history sentence names the item: its words in quotes, as it is (a name), or "the transfer to …". */
  mention: 'quoted' | 'plain' | 'transfer'
  /** A sub-field's export cell names the item always, or only when there are several. */
  prefix: 'always' | 'several'
  /** The child table the store keeps the items in. */
  table: string
  fields: readonly Field<I>[]
}

/** An object whose fields are shown as the activity's own (the DPIA screening). */
export interface GroupField<O, G> extends Field<O> {
  fields: readonly Field<G>[]
  value(owner: O): G
}

export const isList = <O>(field: Field<O>): field is ListField<O, any> => 'item' in field
export const isGroup = <O>(field: Field<O>): field is GroupField<O, any> =>
  'fields' in field && !('item' in field)

type ItemOf<T> = T extends readonly (infer I)[] ? I : never
type KeysOf<O, V> = { [K in keyof O]-?: O[K] extends V ? K : never }[keyof O] & string

type Extra<O> = Partial<Omit<Field<O>, 'path' | 'schema' | 'text' | 'diff' | 'store'>> & {
  store?: Store | null
  codec?: Codec
}

/**
 * What a builder is given besides the path, with the id and the export spec seen by the type system: a built
 * field's type says its id (the path unless `id` says otherwise) and whether it has an export column, so the
 * exports' column keys are a union of names a typo fails to typecheck against (electron/core/exports/fields.ts).
 */
type Given<O, I extends string, X extends ExportSpec | undefined> = Extra<O> & { id?: I; export?: X }

/** A built field: its id as a literal type, and `export` when it has one. */
export type Built<F, I extends string, X> = F & { readonly id: I } & (X extends ExportSpec
    ? { readonly export: ExportSpec }
    : unknown)

/** The ids of the fields among `F` that have an export column. */
export type ExportedIds<F> = F extends { readonly id: infer I extends string; readonly export: ExportSpec }
  ? I
  : never

const snake = (path: string) => path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * The builders for the fields of one object schema: each takes the form path (checked against the schema's
 * type), its label and what else it has; the zod type is the schema's own, and the column is the path in
 * snake_case unless given.
 */
export function fieldsOf<S extends z.ZodObject>(schema: S) {
  type O = z.output<S>
  const shape = schema.shape as Record<string, z.ZodType>
  const base = (
    path: string,
    label: ActivityLabel,
    extra: Extra<O>,
    codec: Codec,
    text: Field<O>['text'],
    diff: Field<O>['diff'] = 'value',
  ): Field<O> => {
    const { codec: ownCodec, store, ...rest } = extra
    return {
      id: path,
      ...rest,
      path,
      label,
      schema: shape[path],
      text,
      diff,
      store: store === undefined ? { column: snake(path), codec: ownCodec ?? codec } : store,
    }
  }
  const get = <V>(owner: O, path: string) => (owner as Record<string, V>)[path]
  return {
    /** Free text (null when not recorded). */
    text: <
      const P extends KeysOf<O, string | null>,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      extra: Given<O, I, X> = {},
    ) =>
      base(path, label, extra, 'shared', (o) => {
        const v = get<string | null>(o, path)
        return v === null || v.trim() === '' ? [] : [v]
      }) as Built<Field<O>, I, X>,
    /** A code shown by its label; `citeCode` adds the article of the code ("Contract (Art. 6(1)(b))"). */
    code: <
      const P extends KeysOf<O, string | null>,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      list: CodeList,
      extra: Given<O, I, X> & { citeCode?: (code: string) => string } = {},
    ) => {
      const { citeCode, ...rest } = extra
      return base(path, label, rest, 'shared', (o, ctx) => {
        const v = get<string | null>(o, path)
        if (v === null) return []
        const name = (ctx.labels.codes[list] as Record<string, string>)[v] ?? v
        return [citeCode ? `${name} (${ctx.cite(citeCode(v))})` : name]
      }) as Built<Field<O>, I, X>
    },
    yesNo: <
      const P extends KeysOf<O, boolean>,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      extra: Given<O, I, X> = {},
    ) =>
      base(path, label, extra, 'bool', (o, ctx) => [
        get<boolean>(o, path) ? ctx.labels.values.yes : ctx.labels.values.no,
      ]) as Built<Field<O>, I, X>,
    date: <
      const P extends KeysOf<O, string | null>,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      extra: Given<O, I, X> = {},
    ) =>
      base(path, label, extra, 'shared', (o, ctx) => {
        const v = get<string | null>(o, path)
        return v === null ? [] : [ctx.date(v)]
      }) as Built<Field<O>, I, X>,
    number: <
      const P extends KeysOf<O, number | null>,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      extra: Given<O, I, X> = {},
    ) =>
      base(path, label, extra, 'int', (o) => {
        const v = get<number | null>(o, path)
        return v === null ? [] : [String(v)]
      }) as Built<Field<O>, I, X>,
    /** A value shown by its own rule. */
    custom: <
      const P extends keyof O & string,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      codec: Codec,
      text: Field<O>['text'],
      extra: Given<O, I, X> = {},
    ) => base(path, label, extra, codec, text) as Built<Field<O>, I, X>,
    /** A list of plain values, a line each (names, codes, catalogue entries): the history tells items added and removed. */
    lines: <
      const P extends KeysOf<O, readonly string[]>,
      const I extends string = P,
      X extends ExportSpec | undefined = undefined,
    >(
      path: P,
      label: ActivityLabel,
      line: (value: string, ctx: RenderContext) => string | null,
      extra: Given<O, I, X> = {},
    ) =>
      base(
        path,
        label,
        extra,
        'json',
        (o, ctx) =>
          get<string[]>(o, path).flatMap((v) => {
            const l = line(v, ctx)
            return l === null || l.trim() === '' ? [] : [l]
          }),
        'items',
      ) as Built<Field<O>, I, X>,
    /** A list of items with fields of their own, kept in a child table. */
    list: <K extends KeysOf<O, readonly unknown[]>, I extends ItemOf<O[K]>>(
      path: K,
      label: ActivityLabel,
      item: ItemSpec<I>,
      extra: Extra<O> = {},
    ): ListField<O, I> => ({
      ...base(
        path,
        label,
        { ...extra, store: null },
        'json',
        (o, ctx) =>
          get<I[]>(o, path)
            .map((i) => item.line(i, ctx))
            .filter((l) => l.trim() !== ''),
        'items',
      ),
      items: (o) => get<I[]>(o, path),
      item,
    }),
    /** An object whose fields are shown as the owner's own. */
    group: <K extends keyof O & string>(
      path: K,
      label: ActivityLabel,
      fields: readonly Field<O[K]>[],
    ): GroupField<O, O[K]> => ({
      ...base(path, label, { store: null }, 'json', () => []),
      fields,
      value: (o) => o[path],
    }),
  }
}
