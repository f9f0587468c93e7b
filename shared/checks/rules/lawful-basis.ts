/** Each purpose of a controller record names its Art. 6(1) basis, and legitimate interests name the interest. */
import { onActivity, type ActivityRule } from '../rule'
import { excerpt, hasText } from '../text'
import type { FindingDraft } from '../types'

export const lawfulBasis: ActivityRule = ({ activity }) => {
  if (activity.role === 'processor') return []
  const found: FindingDraft[] = []
  activity.purposes.forEach((purpose, index) => {
    const params = { purpose: excerpt(purpose.description) }
    if (purpose.legalBasis === null) {
      found.push(onActivity(activity, 'LEGAL_BASIS_MISSING', '6(1)', `purposes.${index}.legalBasis`, params))
    } else if (purpose.legalBasis === '6_1_f' && !hasText(purpose.legitimateInterest)) {
      const field = `purposes.${index}.legitimateInterest`
      found.push(onActivity(activity, 'LEGITIMATE_INTEREST_MISSING', '6(1)(f)', field, params))
    }
  })
  return found
}
