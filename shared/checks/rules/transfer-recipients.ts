/** 30(1)(e) / 30(2)(c): a recipient located outside the EU/EEA implies a transfer the record should list. */
import { countryName } from '../../reference/countries'
import { unrecordedThirdCountryRecipients } from '../content'
import type { ActivityRule } from '../rule'

export const transferRecipients: ActivityRule = ({ activity, lookups, language }) =>
  unrecordedThirdCountryRecipients(lookups, activity).map(({ index, party }) => ({
    code: 'TRANSFER_NOT_RECORDED',
    article: activity.role === 'processor' ? '30(2)(c)' : '30(1)(e)',
    entity: 'party',
    entityId: party.id,
    field: `recipients.${index}.partyId`,
    params: { party: party.name, country: countryName(party.country ?? '', language) },
  }))
