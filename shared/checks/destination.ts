/** Where a transfer goes and what Chapter V makes of it, judged on the injected day. */
import {
  adequacyFor,
  adequacyForInternationalOrganisation,
  isAdequacyInForce,
  transferStatus,
  type AdequacyDecision,
  type TransferStatus,
} from '../reference/adequacy'
import { countryName, isEea } from '../reference/countries'
import type { Language } from '../schemas/codes'
import type { Transfer } from '../schemas/activity'

export interface Destination {
  /** The country's name in the message language, or the international organisation as written. */
  readonly name: string
  /** ISO code, or null for an international organisation. */
  readonly country: string | null
  readonly status: TransferStatus
  /** The adequacy decision in force for the destination, if any. */
  readonly decision: AdequacyDecision | null
}

/** Whether a listed transfer leaves the EU/EEA: an international organisation always does. */
export function leavesEea(transfer: Pick<Transfer, 'country'>): boolean {
  return transfer.country === null || !isEea(transfer.country)
}

/** The destination of a transfer with its adequacy status on `today`. */
export function destinationOf(transfer: Transfer, today: string, language: Language): Destination {
  if (transfer.country !== null) {
    const status = transferStatus(transfer.country, today)
    const adequate = status === 'adequate' || status === 'adequate_partial'
    return {
      name: countryName(transfer.country, language),
      country: transfer.country,
      status,
      decision: adequate ? adequacyFor(transfer.country) : null,
    }
  }
  const name = (transfer.internationalOrganisation ?? '').trim()
  const found = adequacyForInternationalOrganisation(name)
  const decision = found !== null && isAdequacyInForce(found, today) ? found : null
  const status: TransferStatus =
    decision === null ? 'third_country' : decision.scope === 'full' ? 'adequate' : 'adequate_partial'
  return { name, country: null, status, decision }
}
