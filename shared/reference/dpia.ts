/**
 * DPIA screening: the Art. 35(3) mandatory cases and the nine WP248 rev.01 criteria
 * (gdpr-facts.md section 4).
 */
import type { DpiaCriterion } from '../schemas/codes'
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

export const WP248_URL = 'https://ec.europa.eu/newsroom/article29/items/611236'

export interface DpiaCriterionInfo {
  readonly code: DpiaCriterion
  readonly label: string
  /** A short paraphrase of WP248 for the screening form, not the guideline's wording. */
  readonly explanation: string
}

export const DPIA_CRITERION_LIST: ReferenceList<DpiaCriterionInfo> = {
  asOf: REFERENCE_AS_OF,
  source: WP248_URL,
  items: [
    {
      code: 'evaluation_scoring',
      label: 'Evaluation or scoring, including profiling',
      explanation:
        'Evaluating or predicting aspects of a person, such as performance at work, economic ' +
        'situation, health, preferences, reliability, behaviour, location or movements.',
    },
    {
      code: 'automated_decision',
      label: 'Automated decision-making with legal or similar effect',
      explanation:
        'Decisions taken by automated means that produce legal effects on people or similarly ' +
        'significantly affect them.',
    },
    {
      code: 'systematic_monitoring',
      label: 'Systematic monitoring',
      explanation:
        'Observing, monitoring or controlling people, including through networks or in a ' +
        'publicly accessible area.',
    },
    {
      code: 'sensitive_data',
      label: 'Sensitive or highly personal data',
      explanation:
        'Special categories (Art. 9), criminal-offence data (Art. 10) or other data of a highly ' +
        'personal nature.',
    },
    {
      code: 'large_scale',
      label: 'Large scale',
      explanation:
        'Judged by the number of people concerned, the volume and range of data, the duration ' +
        'and the geographical extent.',
    },
    {
      code: 'matching_combining',
      label: 'Matching or combining datasets',
      explanation:
        'Datasets from different operations, purposes or controllers combined in a way people ' +
        'would not reasonably expect.',
    },
    {
      code: 'vulnerable_subjects',
      label: 'Vulnerable data subjects',
      explanation: 'People in a weaker position towards the controller, such as employees and children.',
    },
    {
      code: 'innovative_tech',
      label: 'Innovative use of technology',
      explanation:
        'New technological or organisational solutions whose consequences for people are not ' +
        'yet well understood.',
    },
    {
      code: 'prevents_right',
      label: 'Prevents exercising a right or using a service or contract',
      explanation:
        'The processing itself can keep people from exercising a right or from using a service ' +
        'or a contract.',
    },
  ],
}

export interface DpiaMandatoryCase {
  /** '35(3)(a)' … '35(3)(c)'. */
  readonly key: string
  readonly label: string
  readonly text: string
}

export const DPIA_MANDATORY_CASES: ReferenceList<DpiaMandatoryCase> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: [
    {
      key: '35(3)(a)',
      label: 'Systematic and extensive automated evaluation with legal or similar effects',
      text:
        'a systematic and extensive evaluation of personal aspects relating to natural persons which ' +
        'is based on automated processing, including profiling, and on which decisions are based that ' +
        'produce legal effects concerning the natural person or similarly significantly affect the natural ' +
        'person',
    },
    {
      key: '35(3)(b)',
      label: 'Large-scale processing of special-category or criminal-offence data',
      text:
        'processing on a large scale of special categories of data referred to in Article 9(1), or of ' +
        'personal data relating to criminal convictions and offences referred to in Article 10',
    },
    {
      key: '35(3)(c)',
      label: 'Large-scale systematic monitoring of a publicly accessible area',
      text: 'a systematic monitoring of a publicly accessible area on a large scale',
    },
  ],
}

/** National authorities also publish Art. 35(4) lists of processing that always needs a DPIA. */
export const DPIA_NATIONAL_LISTS_NOTE =
  'Supervisory authorities also publish Art. 35(4) lists of processing for which a DPIA is required.'

/** WP248 rule of thumb: meeting this many criteria means a DPIA is in most cases required. */
export const DPIA_CRITERIA_THRESHOLD = 2

/** The WP248 rule of thumb, counting each criterion once (sometimes one is enough, so this is a floor). */
export function dpiaLikelyRequired(criteria: readonly DpiaCriterion[]): boolean {
  return new Set(criteria).size >= DPIA_CRITERIA_THRESHOLD
}

const byCode = new Map(DPIA_CRITERION_LIST.items.map((c) => [c.code, c]))

/** The reference entry for a WP248 criterion code; every code has one. */
export function dpiaCriterionInfo(code: DpiaCriterion): DpiaCriterionInfo {
  const info = byCode.get(code)
  if (info === undefined) throw new Error(`No reference entry for DPIA criterion ${code}`)
  return info
}
