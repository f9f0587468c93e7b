/**
 * The one order for names and references, used by the register document, the UI and the history,
 * so that documents built in different ways list their entries identically.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Catalogue names, ignoring letter case and accents' weight: "bank account" next to "Bank card". */
export const compareNames = (a: string, b: string) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)

/** References the way a person reads them: PA-2 before PA-10. */
export const compareReferences = compareNames

export const byName = <T extends { name: string }>(a: T, b: T) => compareNames(a.name, b.name)
export const byReference = <T extends { reference: string }>(a: T, b: T) => compareReferences(a.reference, b.reference)
