/**
 * A purpose of a controller record relying on legitimate interests says where its balancing test is recorded:
 * Art. 6(1)(f) asks for the interest to be weighed against the people's rights (Recital 47), and the controller
 * must be able to show that it was (accountability, Art. 5(2)). A processor follows its controller's basis.
 */
import { onActivity, type ActivityRule } from '../rule'
import { excerpt, hasText } from '../text'
import type { FindingDraft } from '../types'

export const legitimateInterestAssessment: ActivityRule = ({ activity }) => {
  if (activity.role === 'processor') return []
  const found: FindingDraft[] = []
  activity.purposes.forEach((purpose, index) => {
    if (purpose.legalBasis !== '6_1_f' || hasText(purpose.legitimateInterestAssessment)) return
    const field = `purposes.${index}.legitimateInterestAssessment`
    const params = { purpose: excerpt(purpose.description) }
    found.push(onActivity(activity, 'LEGITIMATE_INTEREST_ASSESSMENT_MISSING', '6(1)(f)', field, params))
  })
  return found
}
