/**
 * The vendor library of the workspace: the built-in entries (shared/library), overlaid by the consultant's edits
 * and additions (table library_vendors). Adding a vendor to an organisation makes a party from it; changing a
 * vendor lists the parties whose facts now differ, and only `push` changes them, for the parties chosen.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { vendorFacts, VENDOR_FACT_FIELDS, partyFromVendor } from '../../../../shared/library/vendor-party'
import {
  vendorFieldsSchema,
  type VendorFields,
  type VendorView,
} from '../../../../shared/library/vendor-schema'
import {
  builtinVendorView,
  libraryVendor,
  VENDOR_LIBRARY,
  VERIFY_NOTE,
} from '../../../../shared/library/vendors'
import type { LibraryUser } from '../../../../shared/api/library'
import type { CoreContext } from '../../context'
import type { Database } from '../../db/schema'
import { conflict, notFound } from '../../errors'
import type { Handlers } from '../../handler'
import { mutate, type Tx } from '../../history/mutate'
import { partyColumns, partyFromRow } from '../catalogues/parties'
import { requireOrganisation } from '../organisations'
import { entryResolver } from './entry-resolver'

type Db = CoreContext['db'] | Tx['db']
type Row = Database['library_vendors']

const builtinView = builtinVendorView

function rowView(row: Row): VendorView {
  const fields = vendorFieldsSchema.parse(JSON.parse(row.vendor_json))
  return {
    ...fields,
    id: row.id,
    source: libraryVendor(row.id) ? 'edited' : 'workspace',
    asOf: row.updated_at.slice(0, 10),
    confidence: 'C',
    verify: VERIFY_NOTE,
  }
}

/** Every vendor of the workspace's library, by name: an edited built-in entry replaces the shipped one. */
export async function listVendors(db: Db): Promise<VendorView[]> {
  const rows = await db.selectFrom('library_vendors').selectAll().execute()
  const own = new Map(rows.map((r) => [r.id, rowView(r)]))
  const builtins = VENDOR_LIBRARY.items.map((v) => own.get(v.id) ?? builtinView(v.id)!)
  const added = [...own.values()].filter((v) => v.source === 'workspace')
  return [...builtins, ...added].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
}

export async function findVendorView(db: Db, id: string): Promise<VendorView | undefined> {
  const row = await db.selectFrom('library_vendors').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? rowView(row) : builtinView(id)
}

export async function requireVendor(db: Db, id: string): Promise<VendorView> {
  const vendor = await findVendorView(db, id)
  if (!vendor) throw notFound(`The vendor “${id}” of the library`)
  return vendor
}

/** The parties made from a vendor, in every organisation, with the facts in which each differs from it. */
export async function vendorUsers(db: Db, vendor: VendorView): Promise<LibraryUser[]> {
  const rows = await db
    .selectFrom('parties')
    .innerJoin('organisations', 'organisations.id', 'parties.organisation_id')
    .selectAll('parties')
    .select('organisations.name as organisation_name')
    .where('parties.library_vendor_id', '=', vendor.id)
    .orderBy(sql`lower(organisations.name)`)
    .execute()
  return rows.map((row) => {
    const party = partyFromRow(row)
    const facts = vendorFacts(vendor, party.kind)
    return {
      organisationId: party.organisationId,
      organisationName: row.organisation_name,
      entryId: party.id,
      entryName: party.name,
      differs: VENDOR_FACT_FIELDS.filter((f) => party[f] !== facts[f]),
    }
  })
}

export async function saveVendor(ctx: CoreContext, id: string | null, fields: VendorFields) {
  return mutate(ctx, async (tx) => {
    const vendorId = id ?? randomUUID()
    const existing = await tx.db
      .selectFrom('library_vendors')
      .selectAll()
      .where('id', '=', vendorId)
      .executeTakeFirst()
    if (id !== null && !existing && !libraryVendor(id)) throw notFound(`The vendor “${id}” of the library`)
    const clash = await tx.db
      .selectFrom('library_vendors')
      .select(['id', 'name'])
      .where(sql`lower(name)`, '=', fields.name.trim().toLowerCase())
      .where('id', '!=', vendorId)
      .executeTakeFirst()
    if (clash)
      throw conflict(`Your library already has a vendor called “${clash.name}”.`, [
        { path: 'vendor.name', message: 'is already used by another vendor' },
      ])
    const before = existing ? rowView(existing) : (builtinView(vendorId) ?? null)
    const row = { name: fields.name, vendor_json: JSON.stringify(fields), updated_at: tx.at }
    if (existing) await tx.db.updateTable('library_vendors').set(row).where('id', '=', vendorId).execute()
    else
      await tx.db
        .insertInto('library_vendors')
        .values({ id: vendorId, ...row, created_at: tx.at })
        .execute()
    const vendor = rowView({ id: vendorId, created_at: existing?.created_at ?? tx.at, ...row })
    await tx.record({
      organisationId: null,
      entity: 'libraryVendor',
      entityId: vendorId,
      operation: existing || before ? 'update' : 'create',
      before,
      after: vendor,
    })
    return { vendor, users: (await vendorUsers(tx.db, vendor)).filter((u) => u.differs.length > 0) }
  })
}

export async function deleteVendor(ctx: CoreContext, id: string) {
  return mutate(ctx, async (tx) => {
    const existing = await tx.db
      .selectFrom('library_vendors')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!existing)
      throw notFound(
        libraryVendor(id) ? `An edit of the vendor “${id}”` : `The vendor “${id}” of the library`,
      )
    await tx.db.deleteFrom('library_vendors').where('id', '=', id).execute()
    const restored = builtinView(id)
    await tx.record({
      organisationId: null,
      entity: 'libraryVendor',
      entityId: id,
      operation: restored ? 'update' : 'delete',
      before: rowView(existing),
      after: restored ?? null,
    })
    return { id, restored: restored !== undefined }
  })
}

export async function addVendorToOrganisation(
  ctx: CoreContext,
  organisationId: string,
  vendorId: string,
  kind: VendorView['kind'] | null,
) {
  return mutate(ctx, async (tx) => {
    await requireOrganisation(tx.db, organisationId)
    const vendor = await requireVendor(tx.db, vendorId)
    const resolver = await entryResolver(tx, organisationId)
    const { id, created } = await resolver.resolveVendorParty(
      vendor.id,
      partyFromVendor(vendor, { kind: kind ?? undefined }),
    )
    const row = await tx.db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    return { party: partyFromRow(row), created }
  })
}

/** Bring the vendor's facts into the chosen parties made from it, each with its change record. */
export async function pushVendor(ctx: CoreContext, id: string, partyIds: string[]) {
  return mutate(ctx, async (tx) => {
    const vendor = await requireVendor(tx.db, id)
    const rows = await tx.db
      .selectFrom('parties')
      .selectAll()
      .where('id', 'in', [...new Set(partyIds)])
      .where('library_vendor_id', '=', id)
      .execute()
    if (rows.length !== new Set(partyIds).size)
      throw notFound('Some of the chosen parties made from this vendor')
    for (const row of rows) {
      const before = partyFromRow(row)
      const { id: partyId, organisationId, ...fields } = before
      const next = { ...fields, ...vendorFacts(vendor, before.kind) }
      await tx.db
        .updateTable('parties')
        .set({ ...partyColumns(next), updated_at: tx.at })
        .where('id', '=', partyId)
        .execute()
      await tx.record({
        organisationId,
        entity: 'party',
        entityId: partyId,
        operation: 'update',
        before,
        after: { ...next, id: partyId, organisationId },
      })
    }
    return { updated: rows.length }
  })
}

export const vendorHandlers: Handlers<
  | 'library.vendors.list'
  | 'library.vendors.save'
  | 'library.vendors.delete'
  | 'library.vendors.addToOrganisation'
  | 'library.vendors.users'
  | 'library.vendors.push'
> = {
  'library.vendors.list': (ctx) => listVendors(ctx.db),
  'library.vendors.save': (ctx, input) => saveVendor(ctx, input.id, input.vendor),
  'library.vendors.delete': (ctx, input) => deleteVendor(ctx, input.id),
  'library.vendors.addToOrganisation': (ctx, input) =>
    addVendorToOrganisation(ctx, input.organisationId, input.vendorId, input.kind),
  'library.vendors.users': async (ctx, input) => vendorUsers(ctx.db, await requireVendor(ctx.db, input.id)),
  'library.vendors.push': (ctx, input) => pushVendor(ctx, input.id, input.partyIds),
}
