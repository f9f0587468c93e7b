/**
 * Chapter V: whether each transfer outside the EU/EEA relies on a mechanism that can carry it: not NONE,
 * not an ended one, and adequacy only where a decision is in force and covers the recipient. The verdict is
 * transferCoverage's, which the exports print too.
 */
import { labelsFor, type PartialAdequacy } from '../../i18n/labels'
import { mechanismInfo } from '../../reference/mechanisms'
import { transferCoverage } from '../coverage'
import type { ActivityRule } from '../rule'
import { withoutNote } from '../text'
import type { FindingDraft } from '../types'

const ARTICLE = {
  MECHANISM_INVALID: '44',
  TRANSFER_NO_MECHANISM: '44',
  TRANSFER_NO_ADEQUACY: '45',
  TRANSFER_US_RECIPIENT_UNKNOWN: '45',
  TRANSFER_US_NOT_DPF: '45',
  TRANSFER_ADEQUACY_SCOPE: '45',
} as const

/**
 * A DPF certification is renewed every year (a lapsed organisation leaves the list), so a check older than a
 * year no longer shows the party is covered. ISO dates compare as text.
 */
function checkedOverAYearAgo(checkedOn: string, today: string): boolean {
  const nextYear = `${Number(checkedOn.slice(0, 4)) + 1}${checkedOn.slice(4)}`
  return nextYear < today
}

export const transfers: ActivityRule = ({ activity, lookups, today, language }) => {
  const L = labelsFor(language)
  const found: FindingDraft[] = []
  activity.transfers.forEach((transfer, index) => {
    const { problem, destination, party } = transferCoverage(transfer, lookups.parties, today, language)
    if (problem === null) {
      // Covered by the DPF, but on a check that is old, or on the library's word alone: worth a look, not an error.
      if (
        party !== null &&
        (party.dpfCheckedOn !== null
          ? checkedOverAYearAgo(party.dpfCheckedOn, today)
          : party.libraryVendorId !== null)
      ) {
        found.push({
          code: party.dpfCheckedOn !== null ? 'DPF_CHECK_OLD' : 'DPF_NOT_CHECKED',
          article: '45',
          entity: 'party',
          entityId: party.id,
          field: `transfers.${index}.partyId`,
          params: { party: party.name, checkedOn: party.dpfCheckedOn ?? '' },
        })
      }
      return
    }
    const params: FindingDraft['params'] = { destination: destination.name }
    let field = `transfers.${index}.mechanism`
    if (problem === 'MECHANISM_INVALID') {
      // The day stays ISO here: the runner writes days as its caller asks (CheckOptions.formatDay).
      Object.assign(params, {
        mechanism: withoutNote(L.codes.mechanism[transfer.mechanism]),
        endedOn: mechanismInfo(transfer.mechanism).ended?.endedOn ?? '',
      })
    } else if (problem === 'TRANSFER_US_RECIPIENT_UNKNOWN') {
      field = `transfers.${index}.partyId`
    } else if (problem === 'TRANSFER_ADEQUACY_SCOPE') {
      const country = destination.country as PartialAdequacy | null
      params.scope =
        country !== null && Object.hasOwn(L.codes.adequacyScope, country)
          ? L.codes.adequacyScope[country]
          : (destination.decision?.scopeNote ?? '')
    }
    if (problem === 'TRANSFER_US_NOT_DPF' && party !== null) {
      // About the party: marking it certified (or choosing another mechanism) resolves it.
      found.push({
        code: problem,
        article: ARTICLE[problem],
        entity: 'party',
        entityId: party.id,
        field,
        params: { ...params, party: party.name },
      })
      return
    }
    found.push({
      code: problem,
      article: ARTICLE[problem],
      entity: 'activity',
      entityId: activity.id,
      field,
      params,
    })
  })
  return found
}
