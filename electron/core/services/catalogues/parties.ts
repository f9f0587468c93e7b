/** The parties catalogue: controllers, processors, recipients and transfer destinations. */
import type { Selectable } from 'kysely'
import type { Mechanism, PartyKind } from '../../../../shared/schemas/codes'
import type { PartyEntry, PartyFields } from '../../../../shared/schemas/catalogue'
import type { Database } from '../../db/schema'
import { bool, replaceId, TABLES, type CatalogueKind } from './kind'

/** A stored party (also read by the vendor library, which works on the parties table itself). */
export const partyFromRow = (r: Selectable<Database['parties']>): PartyEntry => ({
  id: r.id,
  organisationId: r.organisation_id,
  name: r.name,
  kind: r.kind as PartyKind,
  country: r.country,
  address: r.address,
  email: r.email,
  website: r.website,
  dpfCertified: bool(r.dpf_certified),
  dpaReference: r.dpa_reference,
  dpaSignedOn: r.dpa_signed_on,
  notes: r.notes,
  transferMechanism: r.transfer_mechanism as Mechanism | null,
  sccModule: r.scc_module as 1 | 2 | 3 | 4 | null,
  transferImpactAssessment: bool(r.transfer_impact_assessment),
  dpfCheckedOn: r.dpf_checked_on,
  libraryVendorId: r.library_vendor_id,
})

export const partyColumns = (f: PartyFields) => ({
  name: f.name,
  kind: f.kind,
  country: f.country,
  address: f.address,
  email: f.email,
  website: f.website,
  dpf_certified: f.dpfCertified ? 1 : 0,
  dpa_reference: f.dpaReference,
  dpa_signed_on: f.dpaSignedOn,
  notes: f.notes,
  transfer_mechanism: f.transferMechanism ?? null,
  scc_module: f.sccModule ?? null,
  transfer_impact_assessment: f.transferImpactAssessment ? 1 : 0,
  dpf_checked_on: f.dpfCheckedOn ?? null,
  library_vendor_id: f.libraryVendorId ?? null,
})

export const PARTIES: CatalogueKind<'parties'> = {
  table: TABLES.parties,
  entity: 'party',
  noun: 'party',
  uses: [
    { table: 'activity_recipients', column: 'party_id' },
    { table: 'activity_parties', column: 'party_id' },
    { table: 'activity_transfers', column: 'party_id' },
  ],
  toEntry: (row) => partyFromRow(row),
  columns: (fields) => partyColumns(fields),
  replace: (a, from, to) => ({
    ...a,
    jointControllerIds: replaceId(a.jointControllerIds, from, to),
    controllerIds: replaceId(a.controllerIds, from, to),
    recipients: a.recipients.map((r) => (r.partyId === from ? { ...r, partyId: to } : r)),
    transfers: a.transfers.map((t) => (t.partyId === from ? { ...t, partyId: to } : t)),
  }),
}
