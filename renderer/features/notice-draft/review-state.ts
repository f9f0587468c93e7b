/**
 * The DPO's decisions on a reading: which proposals and activities are kept, and their edits. The register
 * document is built from the kept ones by the same `draftRegister` as `ropa draft`.
 */
import { draftRegister, type DraftOrganisation } from '../../../shared/notice-reader/draft'
import type { NoticeReading, ProposalItem, ProposedActivity } from '../../../shared/notice-reader/schema'
import type { RegisterDocument } from '../../../shared/schemas/register'

export interface Review {
  activities: ProposedActivity[]
  items: ProposalItem[]
  /** Ids of rejected activities and items. */
  rejected: Set<string>
}

export const startReview = (reading: NoticeReading): Review => ({
  activities: reading.activities,
  items: reading.items,
  rejected: new Set(),
})

export function toggle(review: Review, id: string, keep: boolean): Review {
  const rejected = new Set(review.rejected)
  if (keep) rejected.delete(id)
  else rejected.add(id)
  return { ...review, rejected }
}

export function editItem<T extends ProposalItem>(review: Review, id: string, change: Partial<T>): Review {
  return {
    ...review,
    items: review.items.map((i) => (i.id === id ? ({ ...i, ...change } as ProposalItem) : i)),
  }
}

export function renameActivity(review: Review, id: string, name: string): Review {
  return { ...review, activities: review.activities.map((a) => (a.id === id ? { ...a, name } : a)) }
}

export const keptActivities = (review: Review) =>
  review.activities.filter((a) => !review.rejected.has(a.id) && a.name.trim() !== '')

/** The register document of the kept proposals; items proposed only for rejected activities fall away. */
export function reviewedDocument(
  reading: NoticeReading,
  review: Review,
  organisation: DraftOrganisation,
): RegisterDocument {
  const activities = keptActivities(review).map((a) => ({ ...a, name: a.name.trim() }))
  const kept = new Set(activities.map((a) => a.id))
  const items = review.items
    .filter((i) => !review.rejected.has(i.id))
    .map((i) => ({ ...i, activityIds: i.activityIds.filter((id) => kept.has(id)) }))
    .filter((i) => i.activityIds.length > 0)
  return draftRegister({ language: reading.language, activities, items }, organisation)
}
