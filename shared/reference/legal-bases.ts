/**
 * The lawful bases of Art. 6(1) with their wording (gdpr-facts.md section 3). English only: other languages
 * come from shared/i18n.
 */
import type { LegalBasis } from '../schemas/codes'
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

export interface LegalBasisInfo {
  readonly code: LegalBasis
  /** How a register cites it, e.g. "Art. 6(1)(a)". */
  readonly article: string
  readonly label: string
  /** The wording of the point in Art. 6(1). */
  readonly text: string
  /** Art. 6(1) second subparagraph: point (f) does not apply to public authorities performing their tasks. */
  readonly notForPublicAuthorities: boolean
}

export const ART_6_1_INTRO =
  'Processing shall be lawful only if and to the extent that at least one of the following applies:'

const basis = (code: LegalBasis, label: string, text: string): LegalBasisInfo => ({
  code,
  article: `Art. 6(1)(${code.slice(-1)})`,
  label,
  text,
  notForPublicAuthorities: code === '6_1_f',
})

export const LEGAL_BASIS_LIST: ReferenceList<LegalBasisInfo> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  items: [
    basis(
      '6_1_a',
      'Consent',
      'the data subject has given consent to the processing of his or her personal data for one or more ' +
        'specific purposes',
    ),
    basis(
      '6_1_b',
      'Contract with the data subject or pre-contractual steps',
      'processing is necessary for the performance of a contract to which the data subject is party or in ' +
        'order to take steps at the request of the data subject prior to entering into a contract',
    ),
    basis(
      '6_1_c',
      'Legal obligation',
      'processing is necessary for compliance with a legal obligation to which the controller is subject',
    ),
    basis(
      '6_1_d',
      'Vital interests',
      'processing is necessary in order to protect the vital interests of the data subject or of another ' +
        'natural person',
    ),
    basis(
      '6_1_e',
      'Public task or official authority',
      'processing is necessary for the performance of a task carried out in the public interest or in the ' +
        'exercise of official authority vested in the controller',
    ),
    basis(
      '6_1_f',
      'Legitimate interests',
      'processing is necessary for the purposes of the legitimate interests pursued by the controller or ' +
        'by a third party, except where such interests are overridden by the interests or fundamental ' +
        'rights and freedoms of the data subject which require protection of personal data, in particular ' +
        'where the data subject is a child',
    ),
  ],
}

const byCode = new Map(LEGAL_BASIS_LIST.items.map((b) => [b.code, b]))

/** The reference entry for an Art. 6(1) code; every code has one. */
export function legalBasisInfo(code: LegalBasis): LegalBasisInfo {
  const info = byCode.get(code)
  if (info === undefined) throw new Error(`No reference entry for legal basis ${code}`)
  return info
}
