/**
 * Inside one transaction, the catalogue entries of one organisation by name: an entry a template or the library
 * names is reused when the organisation has one of that name (letter case ignored), created otherwise. Counts
 * what it created and reused, for the message the user sees.
 */
import type { CatalogueFields, CatalogueName, PartyFields } from '../../../../shared/schemas/catalogue'
import type { Tx } from '../../history/mutate'
import { listEntries } from '../catalogues/read'
import { insertEntry } from '../catalogues/write'

const fold = (name: string) => name.trim().toLowerCase()

export interface EntryResolver {
  /** The id of the organisation's entry of this name, creating it from `fields` when there is none. */
  resolve<C extends CatalogueName>(catalogue: C, fields: CatalogueFields[C]): Promise<string>
  /** The party made from a library vendor, else one of the same name, else a new one from `fields`. */
  resolveVendorParty(vendorId: string, fields: PartyFields): Promise<{ id: string; created: boolean }>
  readonly created: number
  readonly reused: number
  /** Ids of the entries created, per catalogue (to link them to library entries). */
  readonly createdIds: Map<string, string>
}

export async function entryResolver(tx: Tx, organisationId: string): Promise<EntryResolver> {
  const byName = new Map<CatalogueName, Map<string, string>>()
  const byVendor = new Map<string, string>()
  const createdIds = new Map<string, string>()
  let created = 0
  let reused = 0
  const names = async (catalogue: CatalogueName) => {
    let map = byName.get(catalogue)
    if (!map) {
      const entries = await listEntries(tx.db, catalogue, organisationId)
      map = new Map(entries.map((e) => [fold(e.name), e.id]))
      if (catalogue === 'parties') {
        for (const p of entries as (PartyFields & { id: string })[])
          if (p.libraryVendorId) byVendor.set(p.libraryVendorId, p.id)
      }
      byName.set(catalogue, map)
    }
    return map
  }
  const resolve = async <C extends CatalogueName>(catalogue: C, fields: CatalogueFields[C]) => {
    const map = await names(catalogue)
    const existing = map.get(fold(fields.name))
    if (existing) {
      reused++
      return existing
    }
    const entry = await insertEntry(tx, catalogue, organisationId, fields)
    map.set(fold(fields.name), entry.id)
    createdIds.set(`${catalogue}:${fold(fields.name)}`, entry.id)
    created++
    return entry.id
  }
  return {
    resolve,
    async resolveVendorParty(vendorId, fields) {
      await names('parties')
      const existing = byVendor.get(vendorId) ?? byName.get('parties')?.get(fold(fields.name))
      if (existing) {
        reused++
        return { id: existing, created: false }
      }
      const id = await resolve('parties', fields)
      byVendor.set(vendorId, id)
      return { id, created: true }
    },
    get created() {
      return created
    },
    get reused() {
      return reused
    },
    createdIds,
  }
}
