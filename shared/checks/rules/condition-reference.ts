/**
 * The Art. 9(2) conditions (b), (g), (h), (i) and (j) and the Art. 10 basis hold only where Union or Member
 * State law provides for the processing, so a purpose of a controller record relying on one names that
 * provision (`conditionReference`). The editor offers the field for exactly these purposes. A processor
 * follows its controller's condition.
 */
import { NATIONAL_LAW_CONDITIONS } from '../../fields/items'
import type { Purpose } from '../../schemas/activity'
import { codeToRef } from '../../fields/render'
import { onActivity, type ActivityRule } from '../rule'
import { excerpt, hasText } from '../text'
import type { FindingDraft } from '../types'

/** The article the purpose relies on that needs a national-law provision, or null when none does. */
function articleNeedingLaw(purpose: Purpose): string | null {
  const condition = purpose.specialCategoryCondition
  if (condition !== null && NATIONAL_LAW_CONDITIONS.includes(condition)) return codeToRef(condition)
  return hasText(purpose.criminalDataBasis) ? '10' : null
}

export const conditionReference: ActivityRule = ({ activity }) => {
  if (activity.role === 'processor') return []
  const found: FindingDraft[] = []
  activity.purposes.forEach((purpose, index) => {
    const article = articleNeedingLaw(purpose)
    if (article === null || hasText(purpose.conditionReference)) return
    const params = { purpose: excerpt(purpose.description) }
    const field = `purposes.${index}.conditionReference`
    found.push(onActivity(activity, 'CONDITION_REFERENCE_MISSING', article, field, params))
  })
  return found
}
