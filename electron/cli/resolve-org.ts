import type { Client } from '../../shared/api/client'
import type { OrganisationSummary } from '../../shared/schemas/organisation'
import { CliError } from './fail'

/** `--org` takes an organisation's id or its name (any letter case). */
export async function resolveOrganisation(client: Client, wanted: string): Promise<OrganisationSummary> {
  const organisations = await client.call('organisations.list', {})
  const found =
    organisations.find((o) => o.id === wanted) ??
    organisations.find((o) => o.name.toLowerCase() === wanted.trim().toLowerCase())
  if (!found) {
    const known = organisations.map((o) => `“${o.name}”`).join(', ') || 'none yet'
    throw new CliError(
      `No organisation called or with the id “${wanted}”. Organisations in this workspace: ${known}.`,
    )
  }
  return found
}
