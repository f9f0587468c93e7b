/**
 * Activity templates: the built-in ones (shared/library) resolved for the organisation's language and country,
 * and the consultant's own, saved from an activity (table library_templates) in the language it was written in.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { TemplateSummary } from '../../../../shared/api/library'
import { templateContentSchema, type TemplateContent } from '../../../../shared/library/template-content'
import {
  activityTemplate,
  builtinTemplateSummaries,
  resolveTemplate,
  type Sector,
} from '../../../../shared/library/templates'
import type { Language } from '../../../../shared/schemas/codes'
import type { CoreContext } from '../../context'
import type { Database } from '../../db/schema'
import { conflict, invalid, notFound } from '../../errors'
import type { Handlers } from '../../handler'
import { mutate, type Tx } from '../../history/mutate'
import { loadActivity } from '../activities'
import { listEntries } from '../catalogues/read'
import { requireOrganisation, toProfile } from '../organisations'
import { applyContents } from './apply-templates'

type Db = CoreContext['db'] | Tx['db']
type Row = Database['library_templates']

function workspaceSummary(row: Row): TemplateSummary {
  const content = templateContentSchema.parse(JSON.parse(row.template_json))
  return {
    id: row.id,
    source: 'workspace',
    group: null,
    role: content.role,
    name: row.name,
    description: content.description,
    language: row.language as Language,
    suggested: false,
  }
}

export async function listTemplates(
  db: Db,
  language: Language,
  sector: Sector | null,
  employeeCount: number | null,
): Promise<TemplateSummary[]> {
  const builtin = builtinTemplateSummaries(language, { sector, employeeCount })
  const rows = await db
    .selectFrom('library_templates')
    .selectAll()
    .orderBy(sql`lower(name)`)
    .execute()
  return [...builtin, ...rows.map(workspaceSummary)]
}

/** A template's content for an organisation in `country` writing in `language` (a workspace template keeps its own language). */
export async function templateContent(
  db: Db,
  id: string,
  language: Language,
  country: string | null,
): Promise<TemplateContent> {
  const builtin = activityTemplate(id)
  if (builtin) return resolveTemplate(builtin, language, country)
  const row = await db.selectFrom('library_templates').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound(`The template “${id}”`)
  return templateContentSchema.parse(JSON.parse(row.template_json))
}

/** Resolve every chosen template for the organisation, refusing unknown ids all at once. */
export async function contentsFor(
  db: Db,
  ids: string[],
  language: Language,
  country: string | null,
): Promise<TemplateContent[]> {
  const unique = [...new Set(ids)]
  const known = new Set((await db.selectFrom('library_templates').select('id').execute()).map((r) => r.id))
  const unknown = unique.filter((id) => !activityTemplate(id) && !known.has(id))
  if (unknown.length > 0) {
    throw invalid(
      `There is no template called ${unknown.map((id) => `“${id}”`).join(', ')}. \`ropa templates\` lists them.`,
      unknown.map((id) => ({ path: 'templateIds', message: `“${id}” is not a template` })),
    )
  }
  const contents: TemplateContent[] = []
  for (const id of unique) contents.push(await templateContent(db, id, language, country))
  return contents
}

export async function applyTemplates(ctx: CoreContext, organisationId: string, ids: string[]) {
  return mutate(ctx, async (tx) => {
    const organisation = toProfile(await requireOrganisation(tx.db, organisationId))
    const contents = await contentsFor(tx.db, ids, organisation.language, organisation.country)
    return applyContents(tx, organisationId, contents)
  })
}

/** An activity as a template: its catalogue entries by value, without what belongs to one organisation (transfers, systems, dates). */
async function contentOfActivity(
  db: Db,
  activityId: string,
): Promise<{ content: TemplateContent; language: Language }> {
  const activity = await loadActivity(db, activityId)
  const organisation = toProfile(await requireOrganisation(db, activity.organisationId))
  const [parties, subjects, categories, measures] = await Promise.all([
    listEntries(db, 'parties', activity.organisationId),
    listEntries(db, 'dataSubjectCategories', activity.organisationId),
    listEntries(db, 'dataCategories', activity.organisationId),
    listEntries(db, 'securityMeasures', activity.organisationId),
  ])
  const byId = <E extends { id: string }>(list: E[]) => new Map(list.map((e) => [e.id, e]))
  const partyOf = byId(parties)
  const subjectOf = byId(subjects)
  const categoryOf = byId(categories)
  const measureOf = byId(measures)
  const templateParty = (id: string, relation: 'recipient' | 'joint_controller' | 'controller') => {
    const p = partyOf.get(id)!
    return p.libraryVendorId
      ? { vendorId: p.libraryVendorId, name: null, kind: null, notes: null, relation, purpose: null }
      : { vendorId: null, name: p.name, kind: p.kind, notes: p.notes, relation, purpose: null }
  }
  const content = templateContentSchema.parse({
    name: activity.name,
    role: activity.role,
    businessFunction: activity.businessFunction,
    description: activity.description,
    purposes: activity.purposes,
    dataSubjectCategories: activity.dataSubjectCategoryIds.map((id) => {
      const { id: _i, organisationId: _o, ...fields } = subjectOf.get(id)!
      return fields
    }),
    dataCategories: activity.dataCategories.map((d) => {
      const { id: _i, organisationId: _o, ...fields } = categoryOf.get(d.dataCategoryId)!
      return { ...fields, retention: d.retention, retentionMonths: d.retentionMonths }
    }),
    sources: activity.sources,
    recipients: activity.recipients
      .filter((r) => r.partyId === null)
      .map((r) => ({ category: r.category, purpose: r.purpose })),
    parties: [
      ...activity.recipients
        .filter((r) => r.partyId !== null)
        .map((r) => templateParty(r.partyId!, 'recipient')),
      ...activity.jointControllerIds.map((id) => templateParty(id, 'joint_controller')),
      ...activity.controllerIds.map((id) => templateParty(id, 'controller')),
    ],
    securityMeasures: activity.securityMeasureIds.map((id) => {
      const { id: _i, organisationId: _o, ...fields } = measureOf.get(id)!
      return fields
    }),
    retention: activity.retention,
    dpia: { status: 'not_assessed', criteria: activity.dpia.criteria, reference: null },
    notes: activity.notes,
  })
  return { content, language: organisation.language }
}

export async function saveActivityAsTemplate(ctx: CoreContext, activityId: string, name: string | null) {
  return mutate(ctx, async (tx) => {
    const { content, language } = await contentOfActivity(tx.db, activityId)
    const templateName = (name ?? content.name).trim()
    const clash = await tx.db
      .selectFrom('library_templates')
      .select('name')
      .where(sql`lower(name)`, '=', templateName.toLowerCase())
      .executeTakeFirst()
    if (clash)
      throw conflict(
        `Your library already has a template called “${clash.name}”. Give this one another name.`,
        [{ path: 'name', message: 'is already used by another template' }],
      )
    const row: Row = {
      id: randomUUID(),
      name: templateName,
      language,
      template_json: JSON.stringify({ ...content, name: templateName }),
      created_at: tx.at,
      updated_at: tx.at,
    }
    await tx.db.insertInto('library_templates').values(row).execute()
    await tx.record({
      organisationId: null,
      entity: 'libraryTemplate',
      entityId: row.id,
      operation: 'create',
      before: null,
      after: { name: row.name, language, content: { ...content, name: templateName } },
    })
    return workspaceSummary(row)
  })
}

export async function deleteTemplate(ctx: CoreContext, id: string) {
  return mutate(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('library_templates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row)
      throw notFound(
        activityTemplate(id)
          ? `A template of your own called “${id}” (built-in templates cannot be deleted)`
          : 'The template',
      )
    await tx.db.deleteFrom('library_templates').where('id', '=', id).execute()
    await tx.record({
      organisationId: null,
      entity: 'libraryTemplate',
      entityId: id,
      operation: 'delete',
      before: { name: row.name, language: row.language, content: JSON.parse(row.template_json) },
      after: null,
    })
    return { id }
  })
}

export const templateHandlers: Handlers<
  | 'library.templates.list'
  | 'library.templates.get'
  | 'library.templates.apply'
  | 'library.templates.saveActivity'
  | 'library.templates.delete'
> = {
  'library.templates.list': (ctx, input) =>
    listTemplates(ctx.db, input.language, input.sector, input.employeeCount),
  'library.templates.get': (ctx, input) => templateContent(ctx.db, input.id, input.language, input.country),
  'library.templates.apply': (ctx, input) => applyTemplates(ctx, input.organisationId, input.templateIds),
  'library.templates.saveActivity': (ctx, input) => saveActivityAsTemplate(ctx, input.activityId, input.name),
  'library.templates.delete': (ctx, input) => deleteTemplate(ctx, input.id),
}
