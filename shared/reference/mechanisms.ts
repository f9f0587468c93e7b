/**
 * Chapter V transfer mechanisms: every MECHANISMS code with its article, group and validity
 * (gdpr-facts.md section 2), and which of them fit a destination.
 */
import { MECHANISMS, SCC_MODULES, type Mechanism } from '../schemas/codes'
import {
  adequacyFor,
  adequacyForInternationalOrganisation,
  isAdequacyInForce,
  todayIso,
  type AdequacyDecision,
  type TransferStatus,
} from './adequacy'
import { isEea, type CountryCode } from './countries'
import { DEROGATIONS, type Derogation } from './derogations'
import { GDPR_URL, REFERENCE_AS_OF, type ReferenceList } from './source'

export type MechanismGroup = 'adequacy' | 'safeguard' | 'derogation' | 'invalid' | 'none'

/** Why a mechanism that registers still contain can no longer be relied on. */
export interface MechanismEnd {
  readonly acts: readonly string[]
  /** ISO date from which the mechanism could no longer be relied on. */
  readonly endedOn: string
  readonly reason: string
}

export interface MechanismInfo {
  readonly code: Mechanism
  /** How a register cites it: "Art. 46(2)(c)", "Decision (EU) 2016/1250"; null for NONE. */
  readonly article: string | null
  readonly label: string
  readonly group: MechanismGroup
  /** False for mechanisms that ended and for NONE: a transfer outside the EEA relying on one is flagged. */
  readonly valid: boolean
  /** Art. 46(3): needs an authorisation from the competent supervisory authority. */
  readonly requiresAuthorisation: boolean
  /** Art. 49(3): not available to public authorities in the exercise of their public powers. */
  readonly notForPublicAuthorities: boolean
  /** Art. 49(6): the assessment and safeguards must be documented in the Art. 30 record. */
  readonly mustDocumentInRecord: boolean
  readonly ended: MechanismEnd | null
  readonly notes: readonly string[]
}

const base = {
  valid: true,
  requiresAuthorisation: false,
  notForPublicAuthorities: false,
  mustDocumentInRecord: false,
  ended: null,
  notes: [],
} as const

const NEEDS_AUTHORISATION = 'Needs authorisation by the competent supervisory authority.'

const safeguard = (code: Mechanism, label: string, notes: readonly string[] = []): MechanismInfo => {
  const [, paragraph, point] = code.split('_')
  return {
    ...base,
    code,
    article: `Art. 46(${paragraph})(${point})`,
    label,
    group: 'safeguard',
    requiresAuthorisation: paragraph === '3',
    notes: paragraph === '3' ? [NEEDS_AUTHORISATION, ...notes] : notes,
  }
}

const actNumber = (act: string) => act.replace(/^Decision /, '')

const invalid = (code: Mechanism, label: string, ended: MechanismEnd): MechanismInfo => ({
  ...base,
  code,
  article: ended.acts.length === 1 ? ended.acts[0] : `Decisions ${ended.acts.map(actNumber).join(', ')}`,
  label,
  group: 'invalid',
  valid: false,
  ended,
})

const fromDerogation = (d: Derogation): MechanismInfo => ({
  ...base,
  code: d.code,
  article: d.article,
  label: d.label,
  group: 'derogation',
  notForPublicAuthorities: d.notForPublicAuthorities,
  mustDocumentInRecord: d.mustDocumentInRecord,
  notes: [
    ...(d.notForPublicAuthorities
      ? ['Art. 49(3): not available to public authorities in the exercise of their public powers.']
      : []),
    ...d.notes,
  ],
})

export const MECHANISM_LIST: ReferenceList<MechanismInfo> = {
  asOf: REFERENCE_AS_OF,
  source: GDPR_URL,
  seeAlso: ['https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj'],
  items: [
    {
      ...base,
      code: 'ADEQ',
      article: 'Art. 45',
      label: 'Adequacy decision',
      group: 'adequacy',
      notes: [
        'Only where the Commission has adopted an adequacy decision for the destination.',
        'United States: only recipients certified under the EU-US Data Privacy Framework. Canada: only ' +
          'recipients subject to PIPEDA.',
      ],
    },
    safeguard('A46_2_a', 'Legally binding and enforceable instrument between public authorities'),
    safeguard('A46_2_b', 'Binding corporate rules (Art. 47)', [
      'Approved by the competent supervisory authority.',
    ]),
    safeguard('A46_2_c', 'Standard contractual clauses (Implementing Decision (EU) 2021/914)', [
      'Commission Implementing Decision (EU) 2021/914 of 4 June 2021. Record the module used.',
      'Module 1: controller to controller. Module 2: controller to processor. Module 3: processor to ' +
        'processor. Module 4: processor to controller.',
      'Not to be confused with Implementing Decision (EU) 2021/915 (Art. 28(7) controller-processor ' +
        'clauses), which is not a transfer tool.',
    ]),
    safeguard(
      'A46_2_d',
      'Standard contractual clauses adopted by a supervisory authority and approved by the Commission',
      ['None known to be in force (not re-checked).'],
    ),
    safeguard('A46_2_e', 'Approved code of conduct (Art. 40) with binding commitments of the importer'),
    safeguard('A46_2_f', 'Approved certification (Art. 42) with binding commitments of the importer'),
    safeguard('A46_3_a', 'Ad hoc contractual clauses'),
    safeguard('A46_3_b', 'Provisions in administrative arrangements between public authorities'),
    ...DEROGATIONS.items.map(fromDerogation),
    invalid('PRIVACY_SHIELD', 'EU-US Privacy Shield', {
      acts: ['Decision (EU) 2016/1250'],
      endedOn: '2020-07-16',
      reason: 'Invalidated by the Court of Justice in C-311/18 (Schrems II) on 2020-07-16.',
    }),
    invalid('SAFE_HARBOUR', 'Safe Harbour', {
      acts: ['Decision 2000/520/EC'],
      endedOn: '2015-10-06',
      reason: 'Invalidated by the Court of Justice in C-362/14 (Schrems I) on 2015-10-06.',
    }),
    invalid('SCC_LEGACY', 'Old standard contractual clauses ("EU model clauses")', {
      acts: ['Decision 2001/497/EC', 'Decision 2004/915/EC', 'Decision 2010/87/EU'],
      endedOn: '2022-12-27',
      reason:
        'Repealed from 2021-09-27; contracts concluded before could be relied on only until 2022-12-27. ' +
        'Replace them with the clauses of Implementing Decision (EU) 2021/914.',
    }),
    {
      ...base,
      code: 'NONE',
      article: null,
      label: 'No transfer mechanism',
      group: 'none',
      valid: false,
      notes: ['Acceptable only where no mechanism is needed: the recipient is in the EU/EEA.'],
    },
  ],
}

const byCode = new Map(MECHANISM_LIST.items.map((m) => [m.code, m]))

/** Every code is listed (a test enforces it), so the lookup cannot miss for a valid code. */
export function mechanismInfo(code: Mechanism): MechanismInfo {
  const info = byCode.get(code)
  if (info === undefined) throw new Error(`No reference entry for transfer mechanism ${code}`)
  return info
}

/** The article label a register prints for a mechanism, e.g. "Art. 46(2)(c)"; empty for NONE. */
export function mechanismArticle(code: Mechanism): string {
  return mechanismInfo(code).article ?? ''
}

const SCC_MODULE_LABELS: Readonly<Record<(typeof SCC_MODULES)[number], string>> = {
  1: 'Module 1: controller to controller',
  2: 'Module 2: controller to processor',
  3: 'Module 3: processor to processor',
  4: 'Module 4: processor to controller',
}

/** English label of a 2021 SCC module; null for a number that is not a module. */
export function sccModuleLabel(n: number): string | null {
  const modules: readonly number[] = SCC_MODULES
  return modules.includes(n) ? SCC_MODULE_LABELS[n as (typeof SCC_MODULES)[number]] : null
}

export interface MechanismsForOptions {
  /** The destination is an international organisation: true, or its name to look up an adequacy decision. */
  readonly internationalOrganisation?: boolean | string
  /** The exporter is a public authority exercising public powers (Art. 49(3) removes some derogations). */
  readonly publicAuthority?: boolean
  /** ISO date on which adequacy must be in force; today by default. */
  readonly on?: string
}

export interface MechanismsForDestination {
  readonly status: TransferStatus
  /** False within the EEA: no Chapter V mechanism is needed and `mechanisms` is empty. */
  readonly needed: boolean
  /** The mechanisms to offer for a new transfer, best first. Never the invalid ones or NONE. */
  readonly mechanisms: readonly Mechanism[]
  /** The decision behind ADEQ, if offered. */
  readonly adequacy: AdequacyDecision | null
  /** For a partial decision, who is covered: the user must check the recipient is. */
  readonly caveat: string | null
}

const offerable = MECHANISMS.filter((code) => {
  const group = mechanismInfo(code).group
  return group === 'safeguard' || group === 'derogation'
})

/**
 * Which mechanisms fit a destination, so the editor offers only sensible choices: none within the EEA,
 * adequacy first where a decision applies (with its scope as a caveat when partial), otherwise safeguards and
 * derogations.
 * Invalid mechanisms and NONE stay importable but are never offered.
 */
export function mechanismsFor(
  countryCode: CountryCode | null,
  options: MechanismsForOptions = {},
): MechanismsForDestination {
  const { internationalOrganisation, publicAuthority = false, on = todayIso() } = options
  if (!internationalOrganisation && countryCode !== null && isEea(countryCode)) {
    return { status: 'eea', needed: false, mechanisms: [], adequacy: null, caveat: null }
  }
  const found = internationalOrganisation
    ? typeof internationalOrganisation === 'string'
      ? adequacyForInternationalOrganisation(internationalOrganisation)
      : null
    : countryCode === null
      ? null
      : adequacyFor(countryCode)
  const adequacy = found !== null && isAdequacyInForce(found, on) ? found : null
  const others = offerable.filter((code) => !(publicAuthority && mechanismInfo(code).notForPublicAuthorities))
  if (adequacy === null) {
    return { status: 'third_country', needed: true, mechanisms: others, adequacy: null, caveat: null }
  }
  const partial = adequacy.scope === 'partial'
  return {
    status: partial ? 'adequate_partial' : 'adequate',
    needed: true,
    mechanisms: ['ADEQ', ...others],
    adequacy,
    caveat: partial ? adequacy.scopeNote : null,
  }
}
