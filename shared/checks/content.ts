/**
 * What "filled" means for each Art. 30 point, written once and used by both the completeness view and the
 * rules that report an empty point.
 *
 * - 30(1)(a) / 30(2)(a): the organisation has a name and at least one contact detail (address, email or
 *   phone), and a representative when it is established outside the EU/EEA (Art. 27); a joint-controller
 *   record names its joint controllers; a processor record names the controllers it acts for; and each
 *   party so named has a contact detail (an address or an email address: a website is not one), as the
 *   point asks for their "name and contact details". (Whether a DPO is required cannot be told from the
 *   register, so the DPO is not demanded.)
 * - 30(1)(b): at least one purpose. 30(2)(b): at least one purpose, read as a category of processing.
 * - 30(1)(c): at least one category of data subjects and at least one category of personal data.
 * - 30(1)(d): at least one recipient (a party or a category). "None" may be true, so the rule only warns.
 * - 30(1)(e) / 30(2)(c) "where applicable": applicable when transfers are listed or a recipient is located
 *   outside the EU/EEA; filled when every such recipient has a transfer and every Art. 49(1) second
 *   subparagraph transfer documents its safeguards (Art. 49(6)).
 * - 30(1)(f): a general retention rule for the activity, or a retention (text or months) for every data
 *   category it lists, the category's default retention standing in where the activity records none.
 * - 30(1)(g) / 30(2)(d): at least one security measure.
 */
import { mechanismInfo } from '../reference/mechanisms'
import type { OrganisationProfile } from '../schemas/organisation'
import type { RegisterActivity, RegisterParty } from '../schemas/register'
import { isEea } from '../reference/countries'
import { leavesEea } from './destination'
import type { RegisterLookups } from './lookups'
import { hasText } from './text'
import { effectiveRetention } from '../retention'

type Activity = Pick<
  RegisterActivity,
  | 'role'
  | 'purposes'
  | 'dataSubjectCategoryIds'
  | 'dataCategories'
  | 'recipients'
  | 'jointControllerIds'
  | 'controllerIds'
  | 'transfers'
  | 'retention'
  | 'securityMeasureIds'
>

export function hasOrganisationContact(org: OrganisationProfile): boolean {
  return hasText(org.name) && (hasText(org.address) || hasText(org.email) || hasText(org.phone))
}

/** Art. 27: an organisation established outside the EU/EEA needs a representative in the Union. */
export function representativeRequired(org: OrganisationProfile): boolean {
  return org.country !== null && !isEea(org.country)
}

export function representativeMissing(org: OrganisationProfile): boolean {
  return representativeRequired(org) && org.representative === null
}

export function jointControllersMissing(activity: Activity): boolean {
  return activity.role === 'joint_controller' && activity.jointControllerIds.length === 0
}

/** A party's contact details as Art. 30(1)(a) means them: an address or an email address. */
export function partyHasContact(party: Pick<RegisterParty, 'address' | 'email'>): boolean {
  return hasText(party.address) || hasText(party.email)
}

export interface PartyWithoutContact {
  /** `jointControllerIds` of a controller or joint-controller record, `controllerIds` of a processor record. */
  readonly field: 'jointControllerIds' | 'controllerIds'
  /** Index in that list. */
  readonly index: number
  readonly party: RegisterParty
}

/**
 * The parties point (a) of the record names (joint controllers; the controllers a processor acts for) that
 * have no contact detail. A dangling id is the schema's concern, not this one's.
 */
export function partiesWithoutContact(lookups: RegisterLookups, activity: Activity): PartyWithoutContact[] {
  const field = activity.role === 'processor' ? 'controllerIds' : 'jointControllerIds'
  const found: PartyWithoutContact[] = []
  activity[field].forEach((id, index) => {
    const party = lookups.parties.get(id)
    if (party !== undefined && !partyHasContact(party)) found.push({ field, index, party })
  })
  return found
}

export function controllersMissing(activity: Activity): boolean {
  return activity.role === 'processor' && activity.controllerIds.length === 0
}

export function purposesMissing(activity: Activity): boolean {
  return activity.purposes.length === 0
}

export function dataSubjectsMissing(activity: Activity): boolean {
  return activity.dataSubjectCategoryIds.length === 0
}

export function dataCategoriesMissing(activity: Activity): boolean {
  return activity.dataCategories.length === 0
}

export function recipientsMissing(activity: Activity): boolean {
  return activity.recipients.length === 0
}

export function securityMissing(activity: Activity): boolean {
  return activity.securityMeasureIds.length === 0
}

/**
 * Indices of the data categories with no retention, their own or the category's default; none when the
 * activity has a general retention rule.
 */
export function categoriesWithoutRetention(lookups: RegisterLookups, activity: Activity): number[] {
  if (hasText(activity.retention)) return []
  const missing: number[] = []
  activity.dataCategories.forEach((d, index) => {
    const { retention, retentionMonths } = effectiveRetention(d, lookups.dataCategories.get(d.dataCategoryId))
    if (retention === null && retentionMonths === null) missing.push(index)
  })
  return missing
}

export function retentionFilled(lookups: RegisterLookups, activity: Activity): boolean {
  if (hasText(activity.retention)) return true
  return activity.dataCategories.length > 0 && categoriesWithoutRetention(lookups, activity).length === 0
}

/** Indices of transfers under Art. 49(1) second subparagraph whose safeguards are not documented (49(6)). */
export function undocumentedCompellingTransfers(activity: Activity): number[] {
  const missing: number[] = []
  activity.transfers.forEach((t, index) => {
    if (
      leavesEea(t) &&
      mechanismInfo(t.mechanism).mustDocumentInRecord &&
      !hasText(t.safeguardDocumentation)
    ) {
      missing.push(index)
    }
  })
  return missing
}

export interface UnrecordedRecipient {
  /** Index in the activity's recipients. */
  readonly index: number
  readonly party: RegisterParty
}

/**
 * Recipients located outside the EU/EEA with no transfer recorded to them: a transfer to the party, or an
 * unnamed transfer to the party's country. Each party once.
 */
export function unrecordedThirdCountryRecipients(
  lookups: RegisterLookups,
  activity: Activity,
): UnrecordedRecipient[] {
  const found: UnrecordedRecipient[] = []
  const seen = new Set<string>()
  activity.recipients.forEach((r, index) => {
    if (r.partyId === null || seen.has(r.partyId)) return
    const party = lookups.parties.get(r.partyId)
    if (party === undefined || party.country === null || isEea(party.country)) return
    seen.add(party.id)
    const recorded = activity.transfers.some(
      (t) => t.partyId === party.id || (t.partyId === null && t.country === party.country),
    )
    if (!recorded) found.push({ index, party })
  })
  return found
}

export interface PointState {
  readonly applicable: boolean
  readonly filled: boolean
}

/** 30(1)(e) / 30(2)(c). */
export function transfersPoint(lookups: RegisterLookups, activity: Activity): PointState {
  const unrecorded = unrecordedThirdCountryRecipients(lookups, activity).length
  const applicable = activity.transfers.length > 0 || unrecorded > 0
  const filled = applicable && unrecorded === 0 && undocumentedCompellingTransfers(activity).length === 0
  return { applicable, filled }
}
