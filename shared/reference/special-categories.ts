/**
 * Data needing more than an Art. 6 basis: the Art. 9(1) special categories with the Art. 9(2) conditions,
 * criminal-offence data (Art. 10) and national identification numbers (Art. 87), gdpr-facts.md section 3.
 */
import type { SpecialCategoryCondition, SpecialKind } from '../schemas/codes'
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

/** What the law asks for besides the Art. 6 basis. */
export type SpecialRequirement = 'art9_condition' | 'art10_basis' | 'national_law'

export interface SpecialKindInfo {
  readonly code: Exclude<SpecialKind, 'none'>
  /** "Art. 9(1)", "Art. 10" or "Art. 87". */
  readonly article: string
  readonly label: string
  readonly requirement: SpecialRequirement
}

export const ART_9_1_TEXT =
  'Processing of personal data revealing racial or ethnic origin, political opinions, religious or ' +
  'philosophical beliefs, or trade union membership, and the processing of genetic data, biometric data ' +
  'for the purpose of uniquely identifying a natural person, data concerning health or data concerning a ' +
  "natural person's sex life or sexual orientation shall be prohibited."

export const ART_10_TEXT =
  'Processing of personal data relating to criminal convictions and offences or related security measures ' +
  'based on Article 6(1) shall be carried out only under the control of official authority or when the ' +
  'processing is authorised by Union or Member State law providing for appropriate safeguards for the ' +
  'rights and freedoms of data subjects. Any comprehensive register of criminal convictions shall be kept ' +
  'only under the control of official authority.'

export const ART_10_NOTE =
  'Criminal convictions and offences may be processed only under official authority or when authorised by ' +
  'Union or Member State law with safeguards.'

export const ART_87_TEXT =
  'Member States may further determine the specific conditions for the processing of a national ' +
  'identification number or any other identifier of general application. In that case the national ' +
  'identification number or any other identifier of general application shall be used only under ' +
  'appropriate safeguards for the rights and freedoms of the data subject pursuant to this Regulation.'

export const NATIONAL_ID_NOTE =
  'National identification numbers (e.g. the Danish CPR number) are often treated as needing extra care; ' +
  'national law sets the conditions (Art. 87).'

const art9 = (code: SpecialKindInfo['code'], label: string): SpecialKindInfo => ({
  code,
  article: 'Art. 9(1)',
  label,
  requirement: 'art9_condition',
})

export const SPECIAL_KIND_LIST: ReferenceList<SpecialKindInfo> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: [
    art9('racial_ethnic_origin', 'Racial or ethnic origin'),
    art9('political_opinions', 'Political opinions'),
    art9('religious_philosophical_beliefs', 'Religious or philosophical beliefs'),
    art9('trade_union_membership', 'Trade union membership'),
    art9('genetic', 'Genetic data'),
    art9('biometric', 'Biometric data for uniquely identifying a person'),
    art9('health', 'Health'),
    art9('sex_life_orientation', 'Sex life or sexual orientation'),
    {
      code: 'criminal',
      article: 'Art. 10',
      label: 'Criminal convictions and offences',
      requirement: 'art10_basis',
    },
    {
      code: 'national_id',
      article: 'Art. 87',
      label: 'National identification number',
      requirement: 'national_law',
    },
  ],
}

export interface SpecialConditionInfo {
  readonly code: SpecialCategoryCondition
  /** How a register cites it, e.g. "Art. 9(2)(a)". */
  readonly article: string
  readonly label: string
  /** The wording of the point in Art. 9(2). */
  readonly text: string
}

const condition = (code: SpecialCategoryCondition, label: string, text: string): SpecialConditionInfo => ({
  code,
  article: `Art. 9(2)(${code.slice(-1)})`,
  label,
  text,
})

export const SPECIAL_CONDITION_LIST: ReferenceList<SpecialConditionInfo> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: [
    condition(
      '9_2_a',
      'Explicit consent',
      'the data subject has given explicit consent to the processing of those personal data for one or ' +
        'more specified purposes, except where Union or Member State law provide that the prohibition ' +
        'referred to in paragraph 1 may not be lifted by the data subject',
    ),
    condition(
      '9_2_b',
      'Employment, social security and social protection law',
      'processing is necessary for the purposes of carrying out the obligations and exercising specific ' +
        'rights of the controller or of the data subject in the field of employment and social security ' +
        'and social protection law in so far as it is authorised by Union or Member State law or a ' +
        'collective agreement pursuant to Member State law providing for appropriate safeguards for the ' +
        'fundamental rights and the interests of the data subject',
    ),
    condition(
      '9_2_c',
      'Vital interests, data subject incapable of consent',
      'processing is necessary to protect the vital interests of the data subject or of another natural ' +
        'person where the data subject is physically or legally incapable of giving consent',
    ),
    condition(
      '9_2_d',
      'Not-for-profit body with a political, philosophical, religious or trade-union aim',
      'processing is carried out in the course of its legitimate activities with appropriate safeguards by ' +
        'a foundation, association or any other not-for-profit body with a political, philosophical, ' +
        'religious or trade union aim and on condition that the processing relates solely to the members ' +
        'or to former members of the body or to persons who have regular contact with it in connection ' +
        'with its purposes and that the personal data are not disclosed outside that body without the ' +
        'consent of the data subjects',
    ),
    condition(
      '9_2_e',
      'Manifestly made public by the data subject',
      'processing relates to personal data which are manifestly made public by the data subject',
    ),
    condition(
      '9_2_f',
      'Legal claims or courts',
      'processing is necessary for the establishment, exercise or defence of legal claims or whenever ' +
        'courts are acting in their judicial capacity',
    ),
    condition(
      '9_2_g',
      'Substantial public interest',
      'processing is necessary for reasons of substantial public interest, on the basis of Union or Member ' +
        'State law which shall be proportionate to the aim pursued, respect the essence of the right to ' +
        'data protection and provide for suitable and specific measures to safeguard the fundamental ' +
        'rights and the interests of the data subject',
    ),
    condition(
      '9_2_h',
      'Preventive or occupational medicine, health or social care',
      'processing is necessary for the purposes of preventive or occupational medicine, for the assessment ' +
        'of the working capacity of the employee, medical diagnosis, the provision of health or social ' +
        'care or treatment or the management of health or social care systems and services on the basis of ' +
        'Union or Member State law or pursuant to contract with a health professional and subject to the ' +
        'conditions and safeguards referred to in paragraph 3',
    ),
    condition(
      '9_2_i',
      'Public health',
      'processing is necessary for reasons of public interest in the area of public health, such as ' +
        'protecting against serious cross-border threats to health or ensuring high standards of quality ' +
        'and safety of health care and of medicinal products or medical devices, on the basis of Union or ' +
        'Member State law which provides for suitable and specific measures to safeguard the rights and ' +
        'freedoms of the data subject, in particular professional secrecy',
    ),
    condition(
      '9_2_j',
      'Archiving, research or statistics (Art. 89(1))',
      'processing is necessary for archiving purposes in the public interest, scientific or historical ' +
        'research purposes or statistical purposes in accordance with Article 89(1) based on Union or ' +
        'Member State law which shall be proportionate to the aim pursued, respect the essence of the ' +
        'right to data protection and provide for suitable and specific measures to safeguard the ' +
        'fundamental rights and the interests of the data subject',
    ),
  ],
}

const kindByCode = new Map(SPECIAL_KIND_LIST.items.map((k) => [k.code, k]))
const conditionByCode = new Map(SPECIAL_CONDITION_LIST.items.map((c) => [c.code, c]))

/** The reference entry for a data category's kind; null for 'none' (ordinary data). */
export function specialKindInfo(kind: SpecialKind): SpecialKindInfo | null {
  return kind === 'none' ? null : (kindByCode.get(kind) ?? null)
}

/** Whether data of this kind needs an Art. 9(2) condition, which the checks ask for. */
export function needsArt9Condition(kind: SpecialKind): boolean {
  return specialKindInfo(kind)?.requirement === 'art9_condition'
}

/** Whether data of this kind is criminal-offence data needing an Art. 10 basis. */
export function needsArt10Basis(kind: SpecialKind): boolean {
  return specialKindInfo(kind)?.requirement === 'art10_basis'
}

/** The reference entry for an Art. 9(2) code; every code has one. */
export function specialConditionInfo(code: SpecialCategoryCondition): SpecialConditionInfo {
  const info = conditionByCode.get(code)
  if (info === undefined) throw new Error(`No reference entry for Art. 9(2) condition ${code}`)
  return info
}
