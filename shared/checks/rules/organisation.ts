/**
 * The organisation's own entry of the record: contact details (30(1)(a) / 30(2)(a)) and, when it is
 * established outside the EU/EEA, an Art. 27 representative. Art. 27 binds processors too, so any live
 * activity, controller or processor, triggers it.
 */
import { countryName } from '../../reference/countries'
import { hasOrganisationContact, representativeMissing } from '../content'
import type { OrganisationRule } from '../rule'
import type { FindingDraft } from '../types'

export const organisation: OrganisationRule = ({ organisation: org, summary, language }) => {
  const found: FindingDraft[] = []
  const on = (code: FindingDraft['code'], article: string, field: string, params: FindingDraft['params']) =>
    found.push({ code, article, entity: 'organisation', entityId: null, field, params })
  if (!hasOrganisationContact(org)) {
    const processorOnly = summary.hasProcessorRecord && !summary.hasControllerRecord
    on('ART30_CONTACT_MISSING', processorOnly ? '30(2)(a)' : '30(1)(a)', 'address', {
      organisation: org.name,
    })
  }
  const active = summary.hasControllerRecord || summary.hasProcessorRecord
  if (active && representativeMissing(org) && org.country !== null) {
    on('REPRESENTATIVE_MISSING', '27', 'representative', { country: countryName(org.country, language) })
  }
  return found
}
