/**
 * Every reference list says how current it is and where it comes from, so a user can judge it
 * (gdpr-facts.md: "Reference data in the app must carry an `asOf` date and a source URL").
 */

/** How far a fact was checked: verified against a primary source, secondary only, or common knowledge. */
export type Confidence = 'V' | 'S' | 'C'

export interface ReferenceList<T> {
  /** ISO date (YYYY-MM-DD) on which the list was last checked against its source. */
  readonly asOf: string
  /** The primary source, a URL. */
  readonly source: string
  /** Further sources, URLs. */
  readonly seeAlso?: readonly string[]
  readonly items: readonly T[]
}

/** The date the reference facts were last reviewed, used unless a list has a more specific date. */
export const REFERENCE_AS_OF = '2026-11-01'

export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj'
export const ADEQUACY_URL =
  'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/' +
  'adequacy-decisions_en'
