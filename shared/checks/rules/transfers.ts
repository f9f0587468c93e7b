/**
 * Chapter V: whether each transfer outside the EU/EEA relies on a mechanism that can carry it: not NONE,
 * not an ended one, and adequacy only where a decision is in force and covers the recipient.
 */
import { mechanismInfo } from '../../reference/mechanisms'
import { destinationOf } from '../destination'
import type { ActivityRule } from '../rule'
import type { FindingDraft } from '../types'

/** The only adequacy decision whose coverage the register can check: the party's DPF certification. */
const DPF_COUNTRY = 'US'

/**
 * A DPF certification is renewed every year (a lapsed organisation leaves the list), so a check older than a
 * year no longer shows the party is covered. ISO dates compare as text.
 */
function checkedOverAYearAgo(checkedOn: string, today: string): boolean {
  const nextYear = `${Number(checkedOn.slice(0, 4)) + 1}${checkedOn.slice(4)}`
  return nextYear < today
}

export const transfers: ActivityRule = ({ activity, lookups, today, language }) => {
  const found: FindingDraft[] = []
  activity.transfers.forEach((transfer, index) => {
    const destination = destinationOf(transfer, today, language)
    if (destination.status === 'eea') return
    const info = mechanismInfo(transfer.mechanism)
    const on = (code: FindingDraft['code'], article: string, field: string, params: FindingDraft['params']) =>
      found.push({
        code,
        article,
        entity: 'activity',
        entityId: activity.id,
        field: `transfers.${index}.${field}`,
        params,
      })
    const params = { destination: destination.name }

    if (info.group === 'invalid') {
      on('MECHANISM_INVALID', '44', 'mechanism', {
        ...params,
        mechanism: info.label,
        endedOn: info.ended?.endedOn ?? '',
      })
    } else if (info.group === 'none') {
      // A full adequacy decision carries the transfer by itself; anywhere else "no mechanism" is unlawful.
      if (destination.status !== 'adequate') on('TRANSFER_NO_MECHANISM', '44', 'mechanism', params)
    } else if (info.group === 'adequacy') {
      if (destination.decision === null) {
        on('TRANSFER_NO_ADEQUACY', '45', 'mechanism', params)
      } else if (destination.country === DPF_COUNTRY) {
        const party = transfer.partyId === null ? undefined : lookups.parties.get(transfer.partyId)
        if (party === undefined) {
          on('TRANSFER_US_RECIPIENT_UNKNOWN', '45', 'partyId', params)
        } else if (!party.dpfCertified) {
          found.push({
            code: 'TRANSFER_US_NOT_DPF',
            article: '45',
            entity: 'party',
            entityId: party.id,
            field: `transfers.${index}.mechanism`,
            params: { ...params, party: party.name },
          })
        } else if (party.dpfCheckedOn !== null ? checkedOverAYearAgo(party.dpfCheckedOn, today) : party.libraryVendorId !== null) {
          // Certified, but on a check that is old, or on the library's word alone: worth a look, not an error.
          found.push({
            code: party.dpfCheckedOn !== null ? 'DPF_CHECK_OLD' : 'DPF_NOT_CHECKED',
            article: '45',
            entity: 'party',
            entityId: party.id,
            field: `transfers.${index}.partyId`,
            params: { party: party.name, checkedOn: party.dpfCheckedOn ?? '' },
          })
        }
      } else if (destination.decision.scope === 'partial') {
        on('TRANSFER_ADEQUACY_SCOPE', '45', 'mechanism', { ...params, scope: destination.decision.scopeNote })
      }
    }
  })
  return found
}
