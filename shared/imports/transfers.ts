/**
 * An imported row's transfers: one per destination in the countries column ("United States — SCC" names
 * its own mechanism), the mechanism otherwise from the safeguards column, by country ("US: BCR") or for all;
 * what cannot be read is reported, and a mechanism's text that is not one is kept as the documentation.
 */
import type { ActivityFieldsInput } from '../schemas/activity'
import type { Mechanism } from '../schemas/codes'
import type { RowReader } from './row'
import { splitList } from './text'
import { parseCountry, parseMechanism, parseSccModule, saysNoTransfer } from './values'

/** A destination that names an international organisation rather than a country. */
const INTERNATIONAL_ORGANISATION =
  /organi[sz]ation|organisaatio|järjestö|united nations|nations unies|vereinte nationen|\b(?:UN|WHO|OECD|NATO|IMF)\b/i

type Transfers = NonNullable<ActivityFieldsInput['transfers']>

export function readTransfers(row: RowReader): Transfers {
  const transfers: Transfers = []
  const countryCell = row.cell('transferCountries')
  const mechanismCell = row.cell('transferMechanism')
  const documentation = row.text('safeguardDocumentation', 5000)
  if (!countryCell || saysNoTransfer(countryCell.value)) {
    if (mechanismCell && !saysNoTransfer(mechanismCell.value)) {
      row.report(
        mechanismCell.at,
        'Safeguards are given, but no country the data are transferred to, so no transfer was imported.',
        'warning',
      )
    }
    return transfers
  }
  const mechanismLines = mechanismCell ? splitList(mechanismCell.value) : []
  const byCountry = new Map<string, string>()
  const looseMechanisms: string[] = []
  for (const line of mechanismLines) {
    const colon = line.indexOf(':')
    const code = colon > 0 ? parseCountry(line.slice(0, colon)) : null
    if (code) byCountry.set(code, line.slice(colon + 1))
    else looseMechanisms.push(line)
  }
  const cellMechanism: Mechanism | null = mechanismCell
    ? parseMechanism(looseMechanisms.join('\n') || mechanismCell.value)
    : null
  const unreadable =
    mechanismCell && cellMechanism === null && !saysNoTransfer(mechanismCell.value)
      ? mechanismCell.value
      : null
  if (mechanismCell && unreadable !== null) {
    row.report(
      mechanismCell.at,
      `ROPA cannot tell which transfer mechanism “${mechanismCell.value.slice(0, 80)}” is (for example “standard contractual clauses”, “BCR” or “adequacy decision”); its text was kept as the documentation of safeguards.`,
      'warning',
    )
  }
  for (const line of splitList(countryCell.value)) {
    const [destination, ...rest] = line.split(/\s+[—–]\s+/u)
    const country = parseCountry(destination)
    const organisationName =
      country === null && INTERNATIONAL_ORGANISATION.test(destination)
        ? destination.trim().slice(0, 300)
        : null
    if (country === null && organisationName === null) {
      row.report(
        countryCell.at,
        `“${destination}” is not a country ROPA knows, so this transfer was not imported. Write the country’s name or its ISO code (for example “United States” or “US”).`,
      )
      continue
    }
    const own = rest.length > 0 ? rest.join(' ') : null
    const mechanismText = own ?? (country ? byCountry.get(country) : undefined) ?? null
    const mechanism = (mechanismText ? parseMechanism(mechanismText) : null) ?? cellMechanism
    if (mechanism === null)
      row.report(
        countryCell.at,
        `No transfer mechanism was found for the transfer to ${destination}, so it was recorded as “No safeguard”. Check it.`,
        'warning',
      )
    transfers.push({
      partyId: null,
      country,
      internationalOrganisation: organisationName,
      mechanism: mechanism ?? 'NONE',
      sccModule: mechanism === 'A46_2_c' ? parseSccModule(mechanismText ?? mechanismCell?.value ?? '') : null,
      safeguardDocumentation: documentation ?? (unreadable ? unreadable.slice(0, 5000) : null),
      transferImpactAssessment: false,
    })
  }
  return transfers
}
