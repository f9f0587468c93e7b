/** The catalogue of categories of personal data (Art. 30(1)(c)), each marked special (Art. 9/10) or not. */
import type { Selectable } from 'kysely'
import type { DataCategoryFields } from '../../../../shared/schemas/catalogue'
import type { SpecialKind } from '../../../../shared/schemas/codes'
import type { Database } from '../../db/schema'
import { TABLES, type CatalogueKind } from './kind'

export const DATA_CATEGORIES: CatalogueKind<'dataCategories'> = {
  table: TABLES.dataCategories,
  entity: 'dataCategory',
  noun: 'category of personal data',
  uses: [{ table: 'activity_data_categories', column: 'data_category_id' }],
  toEntry: (r: Selectable<Database['data_categories']>) => ({
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    description: r.description,
    special: r.special as SpecialKind,
    defaultRetention: r.default_retention,
    defaultRetentionMonths: r.default_retention_months,
  }),
  columns: (f: DataCategoryFields) => ({
    name: f.name,
    description: f.description,
    special: f.special,
    default_retention: f.defaultRetention ?? null,
    default_retention_months: f.defaultRetentionMonths ?? null,
  }),
  // An activity lists a category once (with its own source and retention): when it already lists the
  // replacement, the replaced category's line goes; otherwise that line now names the replacement.
  replace: (a, from, to) => ({
    ...a,
    dataCategories: a.dataCategories.some((d) => d.dataCategoryId === to)
      ? a.dataCategories.filter((d) => d.dataCategoryId !== from)
      : a.dataCategories.map((d) => (d.dataCategoryId === from ? { ...d, dataCategoryId: to } : d)),
  }),
}
