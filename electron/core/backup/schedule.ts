/**
 * When the automatic backup is made: after changes, never of a workspace nobody changed. The first changes of a
 * day are copied as soon as the user pauses (or, typing on and on, a quarter of an hour after they began); later
 * changes keep that day's copy at most an hour behind; closing the app copies whatever is not in a copy yet. One
 * copy a day is kept (the newest of the day), for the last few days that had changes. Pure and clock-free, so the
 * rule is tested with made-up times (tests/unit/backup-schedule.test.ts).
 */

/** The user has paused this long after a change: a good moment to copy. */
export const QUIET_MS = 2 * 60 * 1000
/** Changes waiting this long are copied even if the user has not paused. */
export const LONGEST_WAIT_MS = 15 * 60 * 1000
/** Once the day has a copy, it is renewed at most this often while the app is open. */
export const REFRESH_MS = 60 * 60 * 1000

export interface BackupMoment {
  now: Date
  /** The newest change recorded in the workspace, or null if it has none. */
  lastChangeAt: Date | null
  /** The oldest change known not to be in a copy yet (the newest change if not known better). */
  firstUncopiedAt: Date | null
  /** The newest automatic copy, or null. */
  latestAutomaticAt: Date | null
  /** The app is closing: the last chance to copy today's changes. */
  closing?: boolean
}

/** The local calendar day, as the user's day goes (a copy at 00:30 belongs to the new day). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function automaticBackupDue(moment: BackupMoment): boolean {
  const { now, lastChangeAt, latestAutomaticAt } = moment
  if (!lastChangeAt) return false
  // Everything is in a copy already (or the clock went back: then the copy is newer than any change).
  if (latestAutomaticAt && lastChangeAt.getTime() <= latestAutomaticAt.getTime()) return false
  if (moment.closing) return true
  const waiting = now.getTime() - (moment.firstUncopiedAt ?? lastChangeAt).getTime()
  const paused = now.getTime() - lastChangeAt.getTime() >= QUIET_MS
  if (!paused && waiting < LONGEST_WAIT_MS) return false
  if (!latestAutomaticAt || localDay(latestAutomaticAt) !== localDay(now)) return true
  return now.getTime() - latestAutomaticAt.getTime() >= REFRESH_MS
}

/**
 * Which automatic copies to remove once a new one is made: all but the newest of each day, then all but the
 * newest `keepDays` days. Given newest first (as listBackupFiles lists them).
 */
export function automaticCopiesToRemove<T extends { createdAt: string }>(
  newestFirst: T[],
  keepDays: number,
): T[] {
  const seen = new Set<string>()
  const remove: T[] = []
  for (const copy of newestFirst) {
    const day = localDay(new Date(copy.createdAt))
    if (seen.has(day) || seen.size >= keepDays) remove.push(copy)
    else seen.add(day)
  }
  return remove
}
