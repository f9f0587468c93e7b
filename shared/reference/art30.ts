/**
 * What Art. 30 requires a record to contain, and when the Art. 30(5) exemption can apply
 * (gdpr-facts.md section 1).
 */
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

export type Art30Key =
  | '30(1)(a)'
  | '30(1)(b)'
  | '30(1)(c)'
  | '30(1)(d)'
  | '30(1)(e)'
  | '30(1)(f)'
  | '30(1)(g)'
  | '30(2)(a)'
  | '30(2)(b)'
  | '30(2)(c)'
  | '30(2)(d)'

export interface Art30Point {
  readonly key: Art30Key
  /** 'controller' for Art. 30(1), 'processor' for Art. 30(2). */
  readonly record: 'controller' | 'processor'
  readonly text: string
  /** The point starts "where applicable" or "where possible": it may legitimately stay empty. */
  readonly qualifier: 'where_applicable' | 'where_possible' | null
}

export const ART_30_1_INTRO =
  "Each controller and, where applicable, the controller's representative, shall maintain a record of " +
  'processing activities under its responsibility. That record shall contain all of the following ' +
  'information:'

export const ART_30_2_INTRO =
  "Each processor and, where applicable, the processor's representative shall maintain a record of all " +
  'categories of processing activities carried out on behalf of a controller, containing:'

const TRANSFERS_TEXT =
  'where applicable, transfers of personal data to a third country or an international organisation, ' +
  'including the identification of that third country or international organisation and, in the case of ' +
  'transfers referred to in the second subparagraph of Article 49(1), the documentation of suitable ' +
  'safeguards'

const SECURITY_TEXT =
  'where possible, a general description of the technical and organisational security measures referred to ' +
  'in Article 32(1)'

const qualifierOf = (text: string): Art30Point['qualifier'] => {
  if (text.startsWith('where applicable')) return 'where_applicable'
  if (text.startsWith('where possible')) return 'where_possible'
  return null
}

const controllerPoint = (key: Art30Key, text: string): Art30Point => ({
  key,
  record: 'controller',
  text,
  qualifier: qualifierOf(text),
})

const processorPoint = (key: Art30Key, text: string): Art30Point => ({
  key,
  record: 'processor',
  text,
  qualifier: qualifierOf(text),
})

export const ART_30_POINTS: ReferenceList<Art30Point> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: [
    controllerPoint(
      '30(1)(a)',
      'the name and contact details of the controller and, where applicable, the joint controller, the ' +
        "controller's representative and the data protection officer",
    ),
    controllerPoint('30(1)(b)', 'the purposes of the processing'),
    controllerPoint(
      '30(1)(c)',
      'a description of the categories of data subjects and of the categories of personal data',
    ),
    controllerPoint(
      '30(1)(d)',
      'the categories of recipients to whom the personal data have been or will be disclosed including ' +
        'recipients in third countries or international organisations',
    ),
    controllerPoint('30(1)(e)', TRANSFERS_TEXT),
    controllerPoint(
      '30(1)(f)',
      'where possible, the envisaged time limits for erasure of the different categories of data',
    ),
    controllerPoint('30(1)(g)', SECURITY_TEXT),
    processorPoint(
      '30(2)(a)',
      'the name and contact details of the processor or processors and of each controller on behalf of ' +
        "which the processor is acting, and, where applicable, of the controller's or the processor's " +
        'representative, and the data protection officer',
    ),
    processorPoint('30(2)(b)', 'the categories of processing carried out on behalf of each controller'),
    processorPoint('30(2)(c)', TRANSFERS_TEXT),
    processorPoint('30(2)(d)', SECURITY_TEXT),
  ],
}

const byKey = new Map(ART_30_POINTS.items.map((p) => [p.key, p]))

/** The legal text of an Art. 30 point, for checks and exports that cite it. */
export function art30Point(key: Art30Key): Art30Point {
  const point = byKey.get(key)
  if (point === undefined) throw new Error(`No Art. 30 point ${key}`)
  return point
}

/** The points a record of the given kind must cover, in the order of the article. */
export function art30PointsFor(record: Art30Point['record']): readonly Art30Point[] {
  return ART_30_POINTS.items.filter((p) => p.record === record)
}

export type Art30ExemptionException = 'risk' | 'not_occasional' | 'special_or_criminal'

export interface Art30Exemption {
  readonly asOf: string
  readonly source: string
  readonly seeAlso: readonly string[]
  /** Organisations employing fewer persons may be exempt; keep it configurable (see `pending`). */
  readonly employeeThreshold: number
  readonly text: string
  /** Any one of these makes the record mandatory again (they are alternatives). */
  readonly exceptions: readonly { readonly code: Art30ExemptionException; readonly text: string }[]
  /** How the WP29 position paper (endorsed by the EDPB) reads the exceptions. */
  readonly interpretation: readonly string[]
  /** A proposal not adopted as far as known; shown so users know the threshold may change. */
  readonly pending: string
}

export const ART_30_5: Art30Exemption = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  seeAlso: ['https://ec.europa.eu/newsroom/article29/items/624045'],
  employeeThreshold: 250,
  text:
    'The obligations referred to in paragraphs 1 and 2 shall not apply to an enterprise or an ' +
    'organisation employing fewer than 250 persons unless the processing it carries out is likely to ' +
    'result in a risk to the rights and freedoms of data subjects, the processing is not occasional, or ' +
    'the processing includes special categories of data as referred to in Article 9(1) or personal data ' +
    'relating to criminal convictions and offences referred to in Article 10.',
  exceptions: [
    {
      code: 'risk',
      text: 'The processing is likely to result in a risk to the rights and freedoms of data subjects.',
    },
    { code: 'not_occasional', text: 'The processing is not occasional.' },
    {
      code: 'special_or_criminal',
      text: 'The processing includes Art. 9(1) special categories or Art. 10 criminal-offence data.',
    },
  ],
  interpretation: [
    'The three exceptions are alternatives: any one of them triggers the duty to keep a record.',
    '"Risk" means any risk, not only a high risk.',
    'Processing done regularly (e.g. employee data) is not occasional. "Occasional" means not carried out ' +
      'regularly and outside the regular course of business.',
  ],
  pending:
    'The Commission\'s "Omnibus IV" proposal of 21 May 2025 would raise the threshold to 750 ' +
    'employees and require records only for processing likely to result in a high risk. Not adopted as far ' +
    'as known.',
}
