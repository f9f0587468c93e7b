/**
 * The register document (docs/architecture.md; the format: docs/register-format.md): export one organisation's register, and import one, all or
 * nothing. Export gives entries short local ids (p1, s1, d1, m1, a1) in a stable order, so the same register
 * always exports to the same document.
 */
import type { ZodError } from 'zod'
import { summariseIssues, toFieldIssues } from '../../../shared/api/issues'
import { byName } from '../../../shared/order'
import type { CatalogueFields, CatalogueName } from '../../../shared/schemas/catalogue'
import {
  REGISTER_FORMAT,
  REGISTER_VERSION,
  registerDocumentSchema,
  type RegisterDocument,
} from '../../../shared/schemas/register'
import type { CoreContext } from '../context'
import { conflict, invalid } from '../errors'
import type { Handlers } from '../handler'
import { mutate, type Tx } from '../history/mutate'
import { loadActivities } from './activity-store'
import { insertActivities } from './activities'
import { listEntries } from './catalogues/read'
import { insertEntry } from './catalogues/write'
import { remap } from './copy-activities'
import {
  findOrganisationByName,
  insertOrganisation,
  removeOrganisation,
  requireOrganisation,
  toProfile,
} from './organisations'

type Db = CoreContext['db'] | Tx['db']

const PREFIX: Record<CatalogueName, string> = {
  parties: 'p',
  dataSubjectCategories: 's',
  dataCategories: 'd',
  securityMeasures: 'm',
}

export interface ExportOptions {
  /** Keep the workspace's own ids instead of local ones (checks and history use this). */
  keepIds?: boolean
}

/** One organisation's register as a register document (with local ids unless `keepIds`). */
export async function buildRegister(
  db: Db,
  organisationId: string,
  options: ExportOptions = {},
): Promise<RegisterDocument> {
  const organisation = toProfile(await requireOrganisation(db, organisationId))
  const [parties, dataSubjectCategories, dataCategories, securityMeasures, activities] = await Promise.all([
    listEntries(db, 'parties', organisationId),
    listEntries(db, 'dataSubjectCategories', organisationId),
    listEntries(db, 'dataCategories', organisationId),
    listEntries(db, 'securityMeasures', organisationId),
    loadActivities(db, { organisationId }),
  ])
  const strip = <E extends { organisationId: string; name: string }>(entries: E[]) =>
    entries.map(({ organisationId: _org, ...e }) => e).sort(byName)
  const doc = {
    format: REGISTER_FORMAT,
    version: REGISTER_VERSION,
    organisation,
    parties: strip(parties),
    dataSubjectCategories: strip(dataSubjectCategories),
    dataCategories: strip(dataCategories),
    securityMeasures: strip(securityMeasures),
    activities: activities.map(
      ({ organisationId: _org, createdAt: _c, updatedAt: _u, ...activity }) => activity,
    ),
  } as RegisterDocument
  return options.keepIds ? doc : localiseIds(doc)
}

/**
 * The same register with short local ids (p1, s1, d1, m1, a1) in list order, as the register document is
 * exchanged: the same register always gives the same document, whatever the workspace's own ids are.
 */
export function localiseIds(doc: RegisterDocument): RegisterDocument {
  const map = {
    parties: new Map(),
    dataSubjectCategories: new Map(),
    dataCategories: new Map(),
    securityMeasures: new Map(),
  } as Record<CatalogueName, Map<string, string>>
  const local = <E extends { id: string }>(catalogue: CatalogueName, entries: E[]) =>
    entries.map((entry, i) => {
      const id = `${PREFIX[catalogue]}${i + 1}`
      map[catalogue].set(entry.id, id)
      return { ...entry, id }
    })
  return {
    ...doc,
    parties: local('parties', doc.parties),
    dataSubjectCategories: local('dataSubjectCategories', doc.dataSubjectCategories),
    dataCategories: local('dataCategories', doc.dataCategories),
    securityMeasures: local('securityMeasures', doc.securityMeasures),
    activities: doc.activities.map(({ id: _id, ...fields }, i) => ({
      id: `a${i + 1}`,
      ...remap(fields, map),
    })),
  }
}

/** Parse a register document, or explain every problem by its JSON path. */
export function parseRegister(raw: unknown): RegisterDocument {
  const parsed = registerDocumentSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const issues = toFieldIssues(parsed.error as ZodError)
  throw invalid(
    `The register document is not valid, so nothing was imported. ${summariseIssues(issues)}`,
    issues,
  )
}

export interface ImportOptions {
  mode?: 'new' | 'replace'
  /** Import under this name instead of the document's own. */
  name?: string | null
}

/** Insert a parsed register as a new organisation inside an open transaction. */
export async function insertRegister(tx: Tx, doc: RegisterDocument, name: string) {
  const organisation = await insertOrganisation(tx, { ...doc.organisation, name })
  const map = {
    parties: new Map(),
    dataSubjectCategories: new Map(),
    dataCategories: new Map(),
    securityMeasures: new Map(),
  } as Record<CatalogueName, Map<string, string>>
  for (const catalogue of [
    'parties',
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
  ] as const) {
    for (const { id, ...fields } of doc[catalogue]) {
      const created = await insertEntry(
        tx,
        catalogue,
        organisation.id,
        fields as CatalogueFields[typeof catalogue],
      )
      map[catalogue].set(id, created.id)
    }
  }
  // The document's schema has checked every activity and its ids; each now names the entries just created.
  await insertActivities(
    tx,
    organisation.id,
    doc.activities.map(({ id: _id, ...fields }) => ({ fields: remap(fields, map) })),
    { checkEntries: false },
  )
  return organisation
}

export async function importRegister(ctx: CoreContext, raw: unknown, options: ImportOptions = {}) {
  const doc = parseRegister(raw)
  const name = (options.name ?? doc.organisation.name).trim()
  return mutate(ctx, async (tx) => {
    const existing = await findOrganisationByName(tx.db, name)
    if (existing && options.mode !== 'replace') {
      throw conflict(
        `An organisation called “${existing.name}” already exists. Replace it, or import under another name.`,
        [{ path: 'organisation.name', message: 'is already used by another organisation' }],
      )
    }
    if (existing) await removeOrganisation(tx, existing.id)
    const organisation = await insertRegister(tx, doc, name)
    return {
      organisationId: organisation.id,
      name,
      replaced: Boolean(existing),
      counts: {
        parties: doc.parties.length,
        dataSubjectCategories: doc.dataSubjectCategories.length,
        dataCategories: doc.dataCategories.length,
        securityMeasures: doc.securityMeasures.length,
        activities: doc.activities.length,
      },
    }
  })
}

export const registerHandlers: Handlers<'register.export' | 'register.import'> = {
  'register.export': (ctx, input) => buildRegister(ctx.db, input.organisationId),
  'register.import': (ctx, input) =>
    importRegister(ctx, input.document, { mode: input.mode, name: input.name }),
}
