import { describe, expect, it } from 'vitest'
import * as reference from '../../../shared/reference'

const lists = Object.entries(reference).filter(
  ([, value]) => typeof value === 'object' && value !== null && 'items' in value,
)

describe('every reference list says how current it is and where it comes from', () => {
  it('finds the lists', () => {
    expect(lists.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'COUNTRIES',
        'EU_MEMBERS',
        'EEA_MEMBERS',
        'ADEQUACY_DECISIONS',
        'MECHANISM_LIST',
        'DEROGATIONS',
        'LEGAL_BASIS_LIST',
        'SPECIAL_KIND_LIST',
        'SPECIAL_CONDITION_LIST',
        'DPIA_CRITERION_LIST',
        'DPIA_MANDATORY_CASES',
        'SUPERVISORY_AUTHORITIES',
        'ART_30_POINTS',
        'RECORD_NAMES',
      ]),
    )
  })

  it.each(lists.map(([name, list]) => [name, list] as const))('%s has asOf and source', (_name, list) => {
    const { asOf, source } = list as { asOf: unknown; source: unknown }
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(source).toMatch(/^https:\/\//)
  })

  it('gives the Art. 30(5) facts a date and a source too', () => {
    expect(reference.ART_30_5.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(reference.ART_30_5.source).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj')
  })
})
