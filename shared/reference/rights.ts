/**
 * The rights of the data subject that apply to a processing, derived from its lawful bases (GDPR Art. 7(3),
 * 15–22; the ICO's "lawful basis and rights" table). Used by the exports' "rights available" column and by
 * the privacy notice, so both say the same. Processor records have no lawful basis of their own: no rights.
 */
import type { LegalBasis, SpecialCategoryCondition } from '../schemas/codes'
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdrawConsent',
  'automatedDecision',
  'complaint',
] as const
export type Right = (typeof RIGHTS)[number]

export interface RightInfo {
  readonly code: Right
  /** The article granting it, e.g. "Art. 17". */
  readonly article: string
  /** The lawful bases under which it applies; null: under every basis (or, for Art. 22, when decisions are automated). */
  readonly bases: readonly LegalBasis[] | null
}

const ALL_BUT = (...excluded: LegalBasis[]): LegalBasis[] =>
  (['6_1_a', '6_1_b', '6_1_c', '6_1_d', '6_1_e', '6_1_f'] as const).filter((b) => !excluded.includes(b))

export const RIGHT_LIST: ReferenceList<RightInfo> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  seeAlso: [
    'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/a-guide-to-lawful-basis/',
  ],
  items: [
    { code: 'access', article: 'Art. 15', bases: null },
    { code: 'rectification', article: 'Art. 16', bases: null },
    // Art. 17(3)(b): not where the processing is needed for a legal obligation or a public task.
    { code: 'erasure', article: 'Art. 17', bases: ALL_BUT('6_1_c', '6_1_e') },
    { code: 'restriction', article: 'Art. 18', bases: null },
    // Art. 20(1)(a): only for processing based on consent or on a contract (and carried out by automated means).
    { code: 'portability', article: 'Art. 20', bases: ['6_1_a', '6_1_b'] },
    // Art. 21(1): processing based on point (e) or (f); Art. 21(2) direct marketing always (a purpose under (f) or consent).
    { code: 'objection', article: 'Art. 21', bases: ['6_1_e', '6_1_f'] },
    { code: 'withdrawConsent', article: 'Art. 7(3)', bases: ['6_1_a'] },
    { code: 'automatedDecision', article: 'Art. 22', bases: null },
    { code: 'complaint', article: 'Art. 77', bases: null },
  ],
}

const byCode = new Map(RIGHT_LIST.items.map((r) => [r.code, r]))

export function rightInfo(code: Right): RightInfo {
  const info = byCode.get(code)
  if (info === undefined) throw new Error(`No reference entry for right ${code}`)
  return info
}

export interface RightsInput {
  /** The Art. 6(1) basis of each purpose (null entries, as in a processor record, are ignored). */
  legalBases: readonly (LegalBasis | null)[]
  /** The Art. 9(2) conditions relied on: explicit consent (9_2_a) can be withdrawn and gives portability. */
  specialCategoryConditions?: readonly (SpecialCategoryCondition | null)[]
  automatedDecisionMaking?: boolean
}

/**
 * The rights that apply to an activity, in the order of the GDPR: a right applies when any purpose's basis
 * grants it. Art. 77 (complaint) is always included when anything applies; nothing applies without a basis.
 */
export function rightsFor(input: RightsInput): Right[] {
  const bases = new Set(input.legalBases.filter((b): b is LegalBasis => b !== null))
  if (bases.size === 0) return []
  // Explicit consent under Art. 9(2)(a) is a consent too: it can be withdrawn and the data taken along.
  if (input.specialCategoryConditions?.includes('9_2_a')) bases.add('6_1_a')
  return RIGHTS.filter((code) => {
    if (code === 'automatedDecision') return input.automatedDecisionMaking === true
    const info = rightInfo(code)
    return info.bases === null || info.bases.some((b) => bases.has(b))
  })
}
