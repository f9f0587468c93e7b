/**
 * What a new organisation's country decides: its lead supervisory authority (the country's own, within the
 * EU/EEA) and the export language (the first language of that authority the app writes, else English).
 */
import { authorityFor } from '../reference/authorities'
import { LANGUAGES, type Language } from '../schemas/codes'

export interface OrganisationDefaults {
  supervisoryAuthority: string | null
  language: Language
}

export function organisationDefaults(country: string): OrganisationDefaults {
  const authority = authorityFor(country)
  const language =
    authority?.languages.find((l): l is Language => (LANGUAGES as readonly string[]).includes(l)) ?? 'en'
  return { supervisoryAuthority: authority ? country : null, language }
}
