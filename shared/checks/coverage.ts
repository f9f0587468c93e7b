/**
 * Whether a transfer's mechanism covers it (Chapter V), judged on the injected day: the one verdict the
 * transfer checks report as findings and the exports print in their "mechanism covers this transfer" column,
 * so a workbook never calls a mechanism fine that its findings sheet calls an error.
 */
import { mechanismInfo } from '../reference/mechanisms'
import type { Language } from '../schemas/codes'
import type { Transfer } from '../schemas/activity'
import type { RegisterParty } from '../schemas/register'
import { destinationOf, type Destination } from './destination'

/** The only adequacy decision whose coverage the register can check: the party's DPF certification. */
const DPF_COUNTRY = 'US'

export type CoverageVerdict =
  /** Within the EU/EEA: Chapter V does not apply. */
  | 'not_needed'
  | 'covered'
  /** A partial adequacy decision: covered only if the recipient falls within its scope. */
  | 'within_scope_only'
  | 'not_covered'

/** Why a mechanism does not (or only partly) cover a transfer; each is a finding code of the checks. */
export type CoverageProblem =
  | 'MECHANISM_INVALID'
  | 'TRANSFER_NO_MECHANISM'
  | 'TRANSFER_NO_ADEQUACY'
  | 'TRANSFER_US_RECIPIENT_UNKNOWN'
  | 'TRANSFER_US_NOT_DPF'
  | 'TRANSFER_ADEQUACY_SCOPE'

export interface TransferCoverage {
  readonly verdict: CoverageVerdict
  readonly problem: CoverageProblem | null
  readonly destination: Destination
  /** The recipient a US adequacy verdict rests on: certified (covered) or not (TRANSFER_US_NOT_DPF). */
  readonly party: RegisterParty | null
}

export function transferCoverage(
  transfer: Transfer,
  parties: ReadonlyMap<string, RegisterParty>,
  today: string,
  language: Language,
): TransferCoverage {
  const destination = destinationOf(transfer, today, language)
  const verdict = (
    v: CoverageVerdict,
    problem: CoverageProblem | null = null,
    party: RegisterParty | null = null,
  ) => ({
    verdict: v,
    problem,
    destination,
    party,
  })
  if (destination.status === 'eea') return verdict('not_needed')
  const info = mechanismInfo(transfer.mechanism)
  if (info.group === 'invalid') return verdict('not_covered', 'MECHANISM_INVALID')
  if (info.group === 'none') {
    // A full adequacy decision carries the transfer by itself; anywhere else "no mechanism" is unlawful.
    return destination.status === 'adequate'
      ? verdict('covered')
      : verdict('not_covered', 'TRANSFER_NO_MECHANISM')
  }
  if (info.group !== 'adequacy') return verdict('covered')
  if (destination.decision === null) return verdict('not_covered', 'TRANSFER_NO_ADEQUACY')
  if (destination.country === DPF_COUNTRY) {
    const party = transfer.partyId === null ? undefined : parties.get(transfer.partyId)
    if (party === undefined) return verdict('not_covered', 'TRANSFER_US_RECIPIENT_UNKNOWN')
    return party.dpfCertified
      ? verdict('covered', null, party)
      : verdict('not_covered', 'TRANSFER_US_NOT_DPF', party)
  }
  if (destination.decision.scope === 'partial') return verdict('within_scope_only', 'TRANSFER_ADEQUACY_SCOPE')
  return verdict('covered')
}
