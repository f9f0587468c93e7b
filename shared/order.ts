/**
 * The one order for names and references, used by the register document, the UI, the history and the
 * activity search in SQL, so that documents built in different ways list their entries identically.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Catalogue names, ignoring letter case and accents' weight: "bank account" next to "Bank card". */
export const compareNames = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)

/**
 * A text whose plain (binary) order is the order a person reads references in: letter case and accents
 * ignored, numbers by value (PA-2 before PA-10, PA-007 beside PA-7). Stored beside each activity's
 * reference (`reference_key`), so SQL can sort, index and page activities in this order.
 * Each run of digits becomes its length (two digits) followed by the digits without leading zeros.
 * migrations/0007_search_indexes.ts repeats this recipe: keep the two identical.
 */
export function referenceSortKey(reference: string): string {
  return reference
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+(?=\d)/, '')
      return String(value.length).padStart(2, '0') + value
    })
}

/** References the way a person reads them: PA-2 before PA-10; the same order as SQL's `reference_key`. */
export function compareReferences(a: string, b: string): number {
  const ka = referenceSortKey(a)
  const kb = referenceSortKey(b)
  if (ka !== kb) return ka < kb ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

export const byName = <T extends { name: string }>(a: T, b: T) => compareNames(a.name, b.name)
export const byReference = <T extends { reference: string }>(a: T, b: T) =>
  compareReferences(a.reference, b.reference)
