/** The catalogue of categories of data subjects (Art. 30(1)(c)). */
import type { Selectable } from 'kysely'
import type { DataSubjectCategoryFields } from '../../../../shared/schemas/catalogue'
import type { Database } from '../../db/schema'
import { bool, replaceId, TABLES, type CatalogueKind } from './kind'

export const DATA_SUBJECT_CATEGORIES: CatalogueKind<'dataSubjectCategories'> = {
  table: TABLES.dataSubjectCategories,
  entity: 'dataSubjectCategory',
  noun: 'category of data subjects',
  uses: [{ table: 'activity_data_subjects', column: 'data_subject_category_id' }],
  toEntry: (r: Selectable<Database['data_subject_categories']>) => ({
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    description: r.description,
    vulnerable: bool(r.vulnerable),
  }),
  columns: (f: DataSubjectCategoryFields) => ({
    name: f.name,
    description: f.description,
    vulnerable: f.vulnerable ? 1 : 0,
  }),
  replace: (a, from, to) => ({
    ...a,
    dataSubjectCategoryIds: replaceId(a.dataSubjectCategoryIds, from, to),
  }),
}
