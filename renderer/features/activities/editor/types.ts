import type { UseFormReturnType } from '@mantine/form'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import type { Organisation } from '../../../../shared/schemas/organisation'
import type { FieldBinder } from '../../../components/field-binder'
import type { CatalogueListEntry } from '../../catalogues/catalogue-api'

export type ActivityForm = UseFormReturnType<ActivityFields>

/** What every section of the editor works with. */
export interface SectionProps {
  form: ActivityForm
  fields: FieldBinder
  organisationId: string
  organisation: Organisation
  /** `YYYY-MM-DD`: adequacy and review dates are judged on this day. */
  today: string
  parties: readonly CatalogueListEntry<'parties'>[]
  dataCategories: readonly CatalogueListEntry<'dataCategories'>[]
}
