/**
 * 30(1)(a) / 30(2)(a): the record gives the name and contact details of each joint controller, and a
 * processor's record those of each controller it acts for. A party named there without an address or an
 * email address leaves the point unfilled (definitions in content.ts), reported once per place it is named.
 */
import { partiesWithoutContact } from '../content'
import type { ActivityRule } from '../rule'

export const partyContacts: ActivityRule = ({ activity, lookups }) =>
  partiesWithoutContact(lookups, activity).map(({ field, index, party }) => ({
    code: 'PARTY_CONTACT_MISSING',
    article: field === 'controllerIds' ? '30(2)(a)' : '30(1)(a)',
    entity: 'party',
    entityId: party.id,
    field: `${field}.${index}`,
    params: { party: party.name },
  }))
