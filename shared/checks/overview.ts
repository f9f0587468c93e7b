/**
 * What an organisation's dashboard shows beside the findings: where its transfers go and which reviews fall
 * due. Pure functions over the register document, judged on the injected day like the rules.
 */
import type { TransferStatus } from '../reference/adequacy'
import type { Language } from '../schemas/codes'
import type { RegisterActivity, RegisterDocument } from '../schemas/register'
import { destinationOf } from './destination'
import { TRANSFER_BASES, transferBasis, type TransferBasis } from './transfer-basis'

export interface DestinationCount {
  /** ISO code, or null for an international organisation. */
  readonly country: string | null
  /** The country's name in the given language, or the international organisation as written. */
  readonly name: string
  readonly status: TransferStatus
  /** How many transfers go there, and from how many activities. */
  readonly transfers: number
  readonly activities: number
  /** What those transfers rely on, a count per basis, in TRANSFER_BASES order; only bases that occur. */
  readonly bases: { basis: TransferBasis; transfers: number }[]
}

export interface ReviewDue {
  readonly activityId: string
  readonly reference: string
  readonly name: string
  readonly due: string
  /** Days from today to the due date: negative when overdue, 0 when due today. */
  readonly daysLeft: number
}

const live = (activities: readonly RegisterActivity[]) => activities.filter((a) => a.status !== 'retired')

// Numeric, fixed-locale collation so the list reads the same on every machine.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/**
 * The transfers of the live activities per destination with its Chapter V status on `today` and what they
 * rely on (shared/checks/transfer-basis), most transfers first. Retired activities are left out: their transfers are history, not the current record.
 */
export function transfersByDestination(
  doc: RegisterDocument,
  today: string,
  language: Language,
): DestinationCount[] {
  const byKey = new Map<
    string,
    {
      country: string | null
      name: string
      status: TransferStatus
      transfers: number
      activities: Set<string>
      bases: Map<TransferBasis, number>
    }
  >()
  for (const activity of live(doc.activities)) {
    for (const transfer of activity.transfers) {
      const destination = destinationOf(transfer, today, language)
      // International organisations have no code: the same name written twice is the same destination.
      const key = destination.country ?? `io:${destination.name.toLowerCase()}`
      const entry = byKey.get(key) ?? {
        country: destination.country,
        name: destination.name,
        status: destination.status,
        transfers: 0,
        activities: new Set(),
        bases: new Map(),
      }
      const basis = transferBasis(transfer.mechanism, destination)
      entry.bases.set(basis, (entry.bases.get(basis) ?? 0) + 1)
      entry.transfers += 1
      entry.activities.add(activity.id)
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()]
    .map(({ activities, bases, ...rest }) => ({
      ...rest,
      activities: activities.size,
      bases: TRANSFER_BASES.flatMap((basis) => {
        const transfers = bases.get(basis)
        return transfers === undefined ? [] : [{ basis, transfers }]
      }),
    }))
    .sort((a, b) => b.transfers - a.transfers || collator.compare(a.name, b.name))
}

/** Whole days from one ISO date to another (UTC arithmetic, so daylight saving never shifts a day). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/**
 * The live activities whose next review is overdue or falls due within `withinDays` of `today`, soonest
 * first. Overdue here means what the REVIEW_OVERDUE rule means: the due date is before today.
 */
export function reviewsDue(
  activities: readonly RegisterActivity[],
  today: string,
  withinDays: number,
): ReviewDue[] {
  const due: ReviewDue[] = []
  for (const activity of live(activities)) {
    if (activity.nextReviewDue === null) continue
    const daysLeft = daysBetween(today, activity.nextReviewDue)
    if (daysLeft > withinDays) continue
    due.push({
      activityId: activity.id,
      reference: activity.reference,
      name: activity.name,
      due: activity.nextReviewDue,
      daysLeft,
    })
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || collator.compare(a.reference, b.reference))
}
