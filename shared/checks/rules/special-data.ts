/**
 * Data needing more than an Art. 6 basis: special categories need an Art. 9(2) condition and criminal-offence
 * data an Art. 10 basis on some purpose of a controller record (a processor follows its controller's basis);
 * national identification numbers get a reminder that national law sets conditions (Art. 87).
 */
import { labelsFor } from '../../i18n/labels'
import { needsArt10Basis, needsArt9Condition } from '../../reference/special-categories'
import type { ActivityRule } from '../rule'
import { hasText } from '../text'
import type { RegisterDataCategory } from '../../schemas/register'
import type { FindingDraft } from '../types'

export const specialData: ActivityRule = ({ activity, lookups, language }) => {
  const kinds = labelsFor(language).codes.specialKind
  const found: FindingDraft[] = []
  const controller = activity.role !== 'processor'
  const hasCondition = activity.purposes.some((p) => p.specialCategoryCondition !== null)
  const hasArt10Basis = activity.purposes.some((p) => hasText(p.criminalDataBasis))
  const purposeField = (name: string) => (activity.purposes.length > 0 ? `purposes.0.${name}` : 'purposes')

  const on = (category: RegisterDataCategory, code: FindingDraft['code'], article: string, field: string) =>
    found.push({
      code,
      article,
      entity: 'dataCategory',
      entityId: category.id,
      field,
      params: { category: category.name, kind: kinds[category.special] },
    })

  activity.dataCategories.forEach((entry, index) => {
    const category = lookups.dataCategories.get(entry.dataCategoryId)
    if (category === undefined) return
    if (controller && needsArt9Condition(category.special) && !hasCondition) {
      on(category, 'SPECIAL_NO_CONDITION', '9(2)', purposeField('specialCategoryCondition'))
    }
    if (controller && needsArt10Basis(category.special) && !hasArt10Basis) {
      on(category, 'CRIMINAL_NO_BASIS', '10', purposeField('criminalDataBasis'))
    }
    if (category.special === 'national_id')
      on(category, 'NATIONAL_ID', '87', `dataCategories.${index}.dataCategoryId`)
  })
  return found
}
