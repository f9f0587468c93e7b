/**
 * Transfers centred on the vendor: the party holds its country, DPF certification, mechanism, SCC module and
 * transfer impact assessment once, and a transfer to it is proposed from those facts instead of asking again.
 * The mechanism proposed is one the destination allows (shared/reference/mechanisms): the party's own if it
 * fits, otherwise adequacy where a decision covers the recipient (a DPF-certified party in the United States,
 * or a country with a full decision) and the 2021 standard contractual clauses elsewhere.
 */
import { isEea } from '../../../../shared/reference/countries'
import { mechanismsFor } from '../../../../shared/reference/mechanisms'
import type { Mechanism } from '../../../../shared/schemas/codes'
import type { Transfer } from '../../../../shared/schemas/activity'
import type { RegisterParty } from '../../../../shared/schemas/register'
import { emptyTransfer } from './form-values'

type Party = Pick<
  RegisterParty,
  'id' | 'country' | 'dpfCertified' | 'transferMechanism' | 'sccModule' | 'transferImpactAssessment'
>

/** The likely mechanism for a transfer to `country` (to `party`, when known); null when none fits. */
export function likelyMechanism(
  country: string | null,
  party: Party | null,
  today: string,
): Mechanism | null {
  const destination = mechanismsFor(country, { on: today })
  if (!destination.needed) return 'NONE'
  const offered = destination.mechanisms
  if (party?.transferMechanism && offered.includes(party.transferMechanism)) return party.transferMechanism
  const adequacyCovers =
    destination.status === 'adequate' || (country === 'US' && party?.dpfCertified === true)
  if (adequacyCovers && offered.includes('ADEQ')) return 'ADEQ'
  return offered.includes('A46_2_c') ? 'A46_2_c' : (offered[0] ?? null)
}

/** A party outside the EU/EEA receives data across a border: a transfer to it must be recorded (Chapter V). */
export function needsTransfer(
  party: Pick<Party, 'country'> | undefined,
): party is Party & { country: string } {
  return party !== undefined && party.country !== null && !isEea(party.country)
}

/** The transfer to `party`, filled from its facts. */
export function transferFromParty(party: Party & { country: string }, today: string): Transfer {
  const mechanism = likelyMechanism(party.country, party, today)
  return {
    ...emptyTransfer(),
    partyId: party.id,
    country: party.country,
    mechanism: mechanism as Transfer['mechanism'],
    sccModule: mechanism === 'A46_2_c' ? party.sccModule : null,
    transferImpactAssessment: party.transferImpactAssessment,
  }
}

/** Whether the activity already records a transfer to the party (or an unnamed one to its country). */
export function hasTransferTo(transfers: readonly Transfer[], party: Pick<Party, 'id' | 'country'>): boolean {
  return transfers.some((t) => t.partyId === party.id || (t.partyId === null && t.country === party.country))
}

/**
 * The transfers that were proposed for `party` and left as proposed, to drop with the last recipient naming
 * it: a transfer the user has changed in any way (or one to a party other recipients still name) stays.
 * Indices, highest first, so they can be removed one by one.
 */
export function untouchedProposals(
  transfers: readonly Transfer[],
  party: Party | undefined,
  otherRecipients: readonly { partyId: string | null }[],
  today: string,
): number[] {
  if (!needsTransfer(party) || otherRecipients.some((r) => r.partyId === party.id)) return []
  const proposal = JSON.stringify(transferFromParty(party, today))
  return transfers
    .map((t, index) => (JSON.stringify({ ...emptyTransfer(), ...t }) === proposal ? index : -1))
    .filter((index) => index >= 0)
    .reverse()
}
