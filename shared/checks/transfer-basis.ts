/**
 * What a transfer relies on, in the few kinds a DPO counts on the dashboard: adequacy, the EU-US Data Privacy
 * Framework (adequacy to the United States), standard contractual clauses, binding corporate rules, another
 * Art. 46 safeguard, a derogation, a mechanism that has ended, or none. A transfer inside the EU/EEA is no
 * Chapter V transfer, and adequacy claimed for a destination that has none in force is no basis at all.
 */
import { mechanismInfo } from '../reference/mechanisms'
import type { Mechanism } from '../schemas/codes'
import type { Destination } from './destination'

export const TRANSFER_BASES = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'safeguard',
  'derogation',
  'ended',
  'none',
  'eea',
] as const
export type TransferBasis = (typeof TRANSFER_BASES)[number]

export function transferBasis(
  mechanism: Mechanism,
  destination: Pick<Destination, 'country' | 'status'>,
): TransferBasis {
  if (destination.status === 'eea') return 'eea'
  if (mechanism === 'A46_2_c') return 'scc'
  if (mechanism === 'A46_2_b') return 'bcr'
  const { group } = mechanismInfo(mechanism)
  if (group === 'adequacy') {
    if (destination.status === 'third_country') return 'none'
    return destination.country === 'US' ? 'dpf' : 'adequacy'
  }
  if (group === 'safeguard') return 'safeguard'
  if (group === 'derogation') return 'derogation'
  if (group === 'invalid') return 'ended'
  return 'none'
}
