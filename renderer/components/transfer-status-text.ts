/**
 * What a transfer to a destination needs, as the note in the transfers section says it: nothing within the
 * EU/EEA, an adequacy decision (and for a partial one, who it covers), or, for a third country, a safeguard or
 * derogation. Everything in the interface's language: a partial decision's scope is the labels' (the reference
 * data's own note is English).
 */
import { citeDecision, labelsFor, type PartialAdequacy } from '../../shared/i18n/labels'
import type { TransferStatus } from '../../shared/reference/adequacy'
import { countryName } from '../../shared/reference/countries'
import { mechanismsFor } from '../../shared/reference/mechanisms'
import type { Language } from '../../shared/schemas/codes'

export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface TransferNote {
  /** One note per destination: its country code, or the international organisation as written. */
  readonly key: string
  /** The destination as the note names it. */
  readonly name: string
  readonly status: TransferStatus
  readonly title: string
  readonly body: string
}

export function transferNote(
  t: Translate,
  language: Language,
  destination: { country: string | null; internationalOrganisation: string | null },
  today: string,
): TransferNote | null {
  const organisation = destination.internationalOrganisation?.trim() || null
  const country = organisation ? null : destination.country
  if (!country && !organisation) return null
  const found = mechanismsFor(country, { internationalOrganisation: organisation ?? undefined, on: today })
  const name = organisation ?? countryName(country!, language)
  const decision = found.adequacy ? citeDecision(found.adequacy.decision, language) : ''
  const scopes = labelsFor(language).codes.adequacyScope
  const scope =
    country !== null && Object.hasOwn(scopes, country)
      ? scopes[country as PartialAdequacy]
      : (found.caveat ?? '')
  const status = found.status
  return {
    key: country ?? `io:${organisation!.toLowerCase()}`,
    name,
    status,
    title: t(`components.transferStatus.title.${status}`, { name }),
    body: t(`components.transferStatus.body.${status}`, { name, decision, scope }),
  }
}
