/** Accountability (Art. 5(2)): a record kept up to date is reviewed when it said it would be. */
import { onActivity, type ActivityRule } from '../rule'

export const review: ActivityRule = ({ activity, today }) => {
  const due = activity.nextReviewDue
  if (due === null || due >= today) return []
  return [onActivity(activity, 'REVIEW_OVERDUE', '5(2)', 'nextReviewDue', { due })]
}
