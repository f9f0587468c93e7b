/**
 * Standard contractual clauses (Art. 46(2)(c)): the module used and the transfer impact assessment. Both may be
 * recorded once on the recipient party (its contract's module, its assessment) instead of on each transfer.
 */
import { destinationOf } from '../destination'
import { onActivity, type ActivityRule } from '../rule'
import type { FindingDraft } from '../types'

export const scc: ActivityRule = ({ activity, lookups, today, language }) => {
  const found: FindingDraft[] = []
  activity.transfers.forEach((transfer, index) => {
    if (transfer.mechanism !== 'A46_2_c') return
    const destination = destinationOf(transfer, today, language)
    if (destination.status === 'eea') return
    const params = { destination: destination.name }
    const party = transfer.partyId === null ? undefined : lookups.parties.get(transfer.partyId)
    if (transfer.sccModule === null && (party?.sccModule ?? null) === null) {
      found.push(onActivity(activity, 'SCC_NO_MODULE', '46(2)(c)', `transfers.${index}.sccModule`, params))
    }
    // Schrems II: assess the destination's law and practice; moot where a full adequacy decision applies.
    if (
      !transfer.transferImpactAssessment &&
      !party?.transferImpactAssessment &&
      destination.status !== 'adequate'
    ) {
      const field = `transfers.${index}.transferImpactAssessment`
      found.push(onActivity(activity, 'SCC_NO_TIA', '46(2)(c)', field, params))
    }
  })
  return found
}
