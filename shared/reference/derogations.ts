/**
 * Art. 49 derogations for specific situations, with the wording of Art. 49(1) (gdpr-facts.md section 2).
 */
import type { Mechanism } from '../schemas/codes'
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

export type DerogationCode = Extract<Mechanism, `A49_${string}`>

export interface Derogation {
  readonly code: DerogationCode
  /** How a register cites it, e.g. "Art. 49(1)(a)". */
  readonly article: string
  readonly label: string
  /** The wording of the point in Art. 49(1). */
  readonly text: string
  /** Art. 49(3): not available to public authorities in the exercise of their public powers. */
  readonly notForPublicAuthorities: boolean
  /** Art. 49(6): the assessment and the suitable safeguards must be documented in the Art. 30 record. */
  readonly mustDocumentInRecord: boolean
  readonly notes: readonly string[]
}

export const ART_49_1_INTRO =
  'In the absence of an adequacy decision pursuant to Article 45(3), or of appropriate safeguards pursuant ' +
  'to Article 46, including binding corporate rules, a transfer or a set of transfers of personal data to ' +
  'a third country or an international organisation shall take place only on one of the following ' +
  'conditions:'

const point = (
  letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g',
  label: string,
  text: string,
  notes: readonly string[] = [],
): Derogation => ({
  code: `A49_1_${letter}`,
  article: `Art. 49(1)(${letter})`,
  label,
  text,
  notForPublicAuthorities: letter === 'a' || letter === 'b' || letter === 'c',
  mustDocumentInRecord: false,
  notes,
})

export const DEROGATIONS: ReferenceList<Derogation> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: [
    point(
      'a',
      'Explicit consent after being informed of the risks',
      'the data subject has explicitly consented to the proposed transfer, after having been informed of ' +
        'the possible risks of such transfers for the data subject due to the absence of an adequacy ' +
        'decision and appropriate safeguards',
    ),
    point(
      'b',
      'Necessary for a contract with the data subject or pre-contractual steps',
      'the transfer is necessary for the performance of a contract between the data subject and the ' +
        "controller or the implementation of pre-contractual measures taken at the data subject's request",
    ),
    point(
      'c',
      "Necessary for a contract concluded in the data subject's interest",
      'the transfer is necessary for the conclusion or performance of a contract concluded in the interest ' +
        'of the data subject between the controller and another natural or legal person',
    ),
    point(
      'd',
      'Important reasons of public interest',
      'the transfer is necessary for important reasons of public interest',
      [
        'Art. 49(4): the public interest must be recognised in Union law or in the law of the Member State ' +
          'to which the controller is subject.',
      ],
    ),
    point(
      'e',
      'Establishment, exercise or defence of legal claims',
      'the transfer is necessary for the establishment, exercise or defence of legal claims',
    ),
    point(
      'f',
      'Vital interests, data subject incapable of consent',
      'the transfer is necessary in order to protect the vital interests of the data subject or of other ' +
        'persons, where the data subject is physically or legally incapable of giving consent',
    ),
    point(
      'g',
      'Transfer from a public register',
      'the transfer is made from a register which according to Union or Member State law is intended to ' +
        'provide information to the public and which is open to consultation either by the public in ' +
        'general or by any person who can demonstrate a legitimate interest, but only to the extent that ' +
        'the conditions laid down by Union or Member State law for consultation are fulfilled in the ' +
        'particular case',
      ['Art. 49(2): not the entirety of the personal data or entire categories of the data in the register.'],
    ),
    {
      code: 'A49_1_2',
      article: 'Art. 49(1) second subparagraph',
      label: 'Compelling legitimate interests',
      text:
        'Where a transfer could not be based on a provision in Article 45 or 46, including the provisions ' +
        'on binding corporate rules, and none of the derogations for a specific situation referred to in ' +
        'the first subparagraph of this paragraph is applicable, a transfer to a third country or an ' +
        'international organisation may take place only if the transfer is not repetitive, concerns only a ' +
        'limited number of data subjects, is necessary for the purposes of compelling legitimate interests ' +
        'pursued by the controller which are not overridden by the interests or rights and freedoms of the ' +
        'data subject, and the controller has assessed all the circumstances surrounding the data transfer ' +
        'and has on the basis of that assessment provided suitable safeguards with regard to the ' +
        'protection of personal data. The controller shall inform the supervisory authority of the ' +
        'transfer. The controller shall, in addition to providing the information referred to in Articles ' +
        '13 and 14, inform the data subject of the transfer and on the compelling legitimate interests ' +
        'pursued.',
      notForPublicAuthorities: true,
      mustDocumentInRecord: true,
      notes: [
        'Only if no other mechanism or derogation applies: not repetitive, limited number of data ' +
          'subjects, assessment done, suitable safeguards provided.',
        'Inform the supervisory authority and the data subject.',
        'Art. 49(6): document the assessment and the suitable safeguards in the Art. 30 record.',
      ],
    },
  ],
}

const byCode = new Map(DEROGATIONS.items.map((d) => [d.code, d]))

/** The derogation for a mechanism code, or null when the code is not an Art. 49 derogation. */
export function derogationFor(code: Mechanism): Derogation | null {
  return byCode.get(code as DerogationCode) ?? null
}
