/**
 * DPIA screening: two or more WP248 criteria, or an Art. 35(3) case the register can see, call for a DPIA.
 * Satisfied by a completed DPIA, or by a "not required" conclusion with a reference to its reasoning.
 */
import { citeArticleShort, labelsFor, type Labels } from '../../i18n/labels'
import { dpiaLikelyRequired } from '../../reference/dpia'
import { needsArt10Basis, needsArt9Condition } from '../../reference/special-categories'
import type { Language } from '../../schemas/codes'
import { onActivity, type ActivityCheck, type ActivityRule } from '../rule'
import { hasText } from '../text'

type MandatoryCase = keyof Labels['codes']['dpiaMandatoryCase']

/** A case named and cited in the message's language: "Large-scale processing of … (Art. 35(3)(b))". */
const caseLabel = (key: MandatoryCase, language: Language) =>
  `${labelsFor(language).codes.dpiaMandatoryCase[key]} (${citeArticleShort(key, language)})`

/** Art. 35(3)(a) and (b) as far as the register records them; (c) needs facts it does not hold. */
function mandatoryCases({ activity, lookups }: ActivityCheck): MandatoryCase[] {
  const criteria = new Set(activity.dpia.criteria)
  const cases: MandatoryCase[] = []
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
  const { language } = check
  const criterionLabels = labelsFor(language).codes.dpiaCriterion
  const reasons = [
    ...cases.map((c) => caseLabel(c, language)),
    ...[...new Set(criteria)].map((c) => criterionLabels[c]),
  ]
  return [onActivity(activity, 'DPIA_NOT_COMPLETED', '35', 'dpia.status', { reasons: reasons.join('; ') })]
}
