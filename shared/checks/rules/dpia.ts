/**
 * DPIA screening: two or more WP248 criteria, or an Art. 35(3) case the register can see, call for a DPIA.
 * Satisfied by a completed DPIA, or by a "not required" conclusion with a reference to its reasoning.
 */
import { DPIA_MANDATORY_CASES, dpiaCriterionInfo, dpiaLikelyRequired } from '../../reference/dpia'
import { needsArt10Basis, needsArt9Condition } from '../../reference/special-categories'
import { onActivity, type ActivityCheck, type ActivityRule } from '../rule'
import { hasText } from '../text'

const caseLabel = (key: string) => {
  const found = DPIA_MANDATORY_CASES.items.find((c) => c.key === key)
  return found === undefined ? key : `${found.label} (Art. ${key})`
}

/** Art. 35(3)(a) and (b) as far as the register records them; (c) needs facts it does not hold. */
function mandatoryCases({ activity, lookups }: ActivityCheck): string[] {
  const criteria = new Set(activity.dpia.criteria)
  const cases: string[] = []
  if (activity.automatedDecisionMaking && criteria.has('evaluation_scoring')) cases.push('35(3)(a)')
  const sensitive = activity.dataCategories.some((entry) => {
    const kind = lookups.dataCategories.get(entry.dataCategoryId)?.special ?? 'none'
    return needsArt9Condition(kind) || needsArt10Basis(kind)
  })
  if (criteria.has('large_scale') && sensitive) cases.push('35(3)(b)')
  return cases
}

export const dpia: ActivityRule = (check) => {
  const { activity } = check
  const { status, criteria, reference } = activity.dpia
  if (status === 'completed' || (status === 'not_required' && hasText(reference))) return []
  const cases = mandatoryCases(check)
  if (cases.length === 0 && !dpiaLikelyRequired(criteria)) return []
  const reasons = [...cases.map(caseLabel), ...[...new Set(criteria)].map((c) => dpiaCriterionInfo(c).label)]
  return [onActivity(activity, 'DPIA_NOT_COMPLETED', '35', 'dpia.status', { reasons: reasons.join('; ') })]
}
