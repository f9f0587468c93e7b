/**
 * Activity references numbered the way a register grows: PA-05 after PA-04, PR-03 after PR-02 for processor
 * records. Used by the backend (new activities from templates, duplicates, merged notices) and by the editor
 * (the reference a new activity starts with), so both hand out the same next number.
 */

/** `PA-04` → `PA`; null for a reference that is not letters, a hyphen and a number. */
export function referencePrefix(reference: string): string | null {
  const match = /^([A-Za-z]+)-(\d+)$/.exec(reference.trim())
  return match ? match[1].toUpperCase() : null
}

/**
 * Hands out the next free reference per prefix: after the highest number the organisation already uses under
 * that prefix, skipping any taken in another spelling; each one handed out counts as taken.
 */
export function referenceNumbering(references: readonly string[]): (prefix: string) => string {
  const taken = new Set(references.map((r) => r.trim().toLowerCase()))
  const highest = new Map<string, number>()
  for (const reference of references) {
    const match = /^([A-Za-z]+)-(\d+)$/.exec(reference.trim())
    if (!match) continue
    const prefix = match[1].toUpperCase()
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(match[2])))
  }
  return (prefix) => {
    let n = highest.get(prefix) ?? 0
    let candidate: string
    do candidate = `${prefix}-${String(++n).padStart(2, '0')}`
    while (taken.has(candidate.toLowerCase()))
    highest.set(prefix, n)
    taken.add(candidate.toLowerCase())
    return candidate
  }
}

/** The prefix a new activity of this kind is numbered under when nothing else says: PR for processor records. */
export const defaultReferencePrefix = (role: 'controller' | 'processor' | string) =>
  role === 'processor' ? 'PR' : 'PA'
