/** Accountability (Art. 5(2)): a record kept up to date is reviewed when it said it would be. */
import { isIsoDay } from '../../calendar'
import { onActivity, type ActivityRule } from '../rule'

export const review: ActivityRule = ({ activity, today }) => {
  const due = activity.nextReviewDue
  // A date being typed that is no day (30 February) is the field's own error, never read as the 2 March it rolls over to.
  if (due === null || !isIsoDay(due) || due >= today) return []
  return [onActivity(activity, 'REVIEW_OVERDUE', '5(2)', 'nextReviewDue', { due })]
}
