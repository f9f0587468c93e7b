/**
 * Reading and writing activities with all their child rows. Loads go table by table for a whole set of
 * activities at once (never one query per activity), so one activity and 20,000 use the same code.
 */
import type { Activity, ActivityFields } from '../../../shared/schemas/activity'
import type {
  DpiaCriterion,
  DpiaStatus,
  LegalBasis,
  Mechanism,
  Role,
  SourceKind,
  SpecialCategoryCondition,
  Status,
} from '../../../shared/schemas/codes'
import type { CoreContext } from '../context'
import type { ActivitiesTable, Database } from '../db/schema'
import type { Tx } from '../history/mutate'
import { sql } from 'kysely'
import { compareReferences, referenceSortKey } from '../../../shared/order'

type Db = CoreContext['db'] | Tx['db']
export type ActivityFilter = { organisationId: string } | { activityIds: string[] }

const CHILD_TABLES = [
  'activity_purposes',
  'activity_data_subjects',
  'activity_data_categories',
  'activity_sources',
  'activity_recipients',
  'activity_parties',
  'activity_transfers',
  'activity_security_measures',
] as const

/** Group child rows by activity id, keeping their stored order. */
function byActivity<R extends { activity_id: string }>(rows: R[]): Map<string, R[]> {
  const map = new Map<string, R[]>()
  for (const row of rows) {
    let list = map.get(row.activity_id)
    if (!list) map.set(row.activity_id, (list = []))
    list.push(row)
  }
  return map
}

/** All rows of one child table for the filtered activities, in activity and position order. */
async function childRows<T extends (typeof CHILD_TABLES)[number]>(db: Db, table: T, filter: ActivityFilter): Promise<Database[T][]> {
  const where =
    'organisationId' in filter
      ? sql`c.activity_id IN (SELECT id FROM activities WHERE organisation_id = ${filter.organisationId})`
      : sql`c.activity_id IN (${sql.join(filter.activityIds)})`
  const { rows } = await sql<Database[T]>`SELECT c.* FROM ${sql.table(table)} c WHERE ${where} ORDER BY c.activity_id, c.position`.execute(db)
  return rows
}

export function rowToFields(
  row: ActivitiesTable,
  children: {
    purposes?: Database['activity_purposes'][]
    subjects?: Database['activity_data_subjects'][]
    categories?: Database['activity_data_categories'][]
    sources?: Database['activity_sources'][]
    recipients?: Database['activity_recipients'][]
    parties?: Database['activity_parties'][]
    transfers?: Database['activity_transfers'][]
    measures?: Database['activity_security_measures'][]
  },
): ActivityFields {
  return {
    reference: row.reference,
    name: row.name,
    role: row.role as Role,
    status: row.status as Status,
    businessFunction: row.business_function,
    owner: row.owner,
    description: row.description,
    purposes: (children.purposes ?? []).map((p) => ({
      description: p.description,
      legalBasis: p.legal_basis as LegalBasis | null,
      legitimateInterest: p.legitimate_interest,
      specialCategoryCondition: p.special_category_condition as SpecialCategoryCondition | null,
      criminalDataBasis: p.criminal_data_basis,
    })),
    dataSubjectCategoryIds: (children.subjects ?? []).map((s) => s.data_subject_category_id),
    dataCategories: (children.categories ?? []).map((c) => ({ dataCategoryId: c.data_category_id, retention: c.retention, retentionMonths: c.retention_months })),
    sources: (children.sources ?? []).map((s) => ({ kind: s.kind as SourceKind, description: s.description })),
    recipients: (children.recipients ?? []).map((r) => ({ partyId: r.party_id, category: r.category, purpose: r.purpose })),
    jointControllerIds: (children.parties ?? []).filter((p) => p.relation === 'joint_controller').map((p) => p.party_id),
    controllerIds: (children.parties ?? []).filter((p) => p.relation === 'controller').map((p) => p.party_id),
    transfers: (children.transfers ?? []).map((t) => ({
      partyId: t.party_id,
      country: t.country,
      internationalOrganisation: t.international_organisation,
      mechanism: t.mechanism as Mechanism,
      sccModule: t.scc_module as 1 | 2 | 3 | 4 | null,
      safeguardDocumentation: t.safeguard_documentation,
      transferImpactAssessment: t.transfer_impact_assessment === 1,
    })),
    retention: row.retention,
    securityMeasureIds: (children.measures ?? []).map((m) => m.security_measure_id),
    automatedDecisionMaking: row.automated_decision_making === 1,
    dpia: { status: row.dpia_status as DpiaStatus, criteria: JSON.parse(row.dpia_criteria) as DpiaCriterion[], reference: row.dpia_reference },
    systems: JSON.parse(row.systems) as string[],
    dataLocation: row.data_location,
    lastReviewedOn: row.last_reviewed_on,
    nextReviewDue: row.next_review_due,
    notes: row.notes,
  }
}

/** Every activity matching the filter, complete, ordered by reference. */
export async function loadActivities(db: Db, filter: ActivityFilter): Promise<Activity[]> {
  if ('activityIds' in filter && filter.activityIds.length === 0) return []
  // reference_key orders as compareReferences does, so SQL sorts (with an index) instead of JavaScript.
  let query = db.selectFrom('activities').selectAll().orderBy('reference_key').orderBy('reference')
  query = 'organisationId' in filter ? query.where('organisation_id', '=', filter.organisationId) : query.where('id', 'in', filter.activityIds)
  const [rows, purposes, subjects, categories, sources, recipients, parties, transfers, measures] = await Promise.all([
    query.execute(),
    childRows(db, 'activity_purposes', filter),
    childRows(db, 'activity_data_subjects', filter),
    childRows(db, 'activity_data_categories', filter),
    childRows(db, 'activity_sources', filter),
    childRows(db, 'activity_recipients', filter),
    childRows(db, 'activity_parties', filter),
    childRows(db, 'activity_transfers', filter),
    childRows(db, 'activity_security_measures', filter),
  ])
  const groups = {
    purposes: byActivity(purposes),
    subjects: byActivity(subjects),
    categories: byActivity(categories),
    sources: byActivity(sources),
    recipients: byActivity(recipients),
    parties: byActivity(parties),
    transfers: byActivity(transfers),
    measures: byActivity(measures),
  }
  return rows
    .map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      ...rowToFields(row, {
        purposes: groups.purposes.get(row.id),
        subjects: groups.subjects.get(row.id),
        categories: groups.categories.get(row.id),
        sources: groups.sources.get(row.id),
        recipients: groups.recipients.get(row.id),
        parties: groups.parties.get(row.id),
        transfers: groups.transfers.get(row.id),
        measures: groups.measures.get(row.id),
      }),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }))
}

export { compareReferences }

/** The activity's own columns (not its children). */
export function activityColumns(fields: ActivityFields): Omit<ActivitiesTable, 'id' | 'organisation_id' | 'created_at' | 'updated_at'> {
  return {
    reference: fields.reference,
    reference_key: referenceSortKey(fields.reference),
    name: fields.name,
    role: fields.role,
    status: fields.status,
    business_function: fields.businessFunction,
    owner: fields.owner,
    description: fields.description,
    retention: fields.retention,
    automated_decision_making: fields.automatedDecisionMaking ? 1 : 0,
    dpia_status: fields.dpia.status,
    dpia_criteria: JSON.stringify(fields.dpia.criteria),
    dpia_reference: fields.dpia.reference,
    systems: JSON.stringify(fields.systems),
    data_location: fields.dataLocation,
    last_reviewed_on: fields.lastReviewedOn,
    next_review_due: fields.nextReviewDue,
    notes: fields.notes,
  }
}

/** The child rows of one activity, ready to insert. */
export function childRowsOf(id: string, f: ActivityFields) {
  return {
    activity_purposes: f.purposes.map((p, position) => ({
      activity_id: id,
      position,
      description: p.description,
      legal_basis: p.legalBasis,
      legitimate_interest: p.legitimateInterest,
      special_category_condition: p.specialCategoryCondition,
      criminal_data_basis: p.criminalDataBasis,
    })),
    activity_data_subjects: f.dataSubjectCategoryIds.map((data_subject_category_id, position) => ({ activity_id: id, position, data_subject_category_id })),
    activity_data_categories: f.dataCategories.map((d, position) => ({
      activity_id: id,
      position,
      data_category_id: d.dataCategoryId,
      retention: d.retention,
      retention_months: d.retentionMonths,
    })),
    activity_sources: f.sources.map((s, position) => ({ activity_id: id, position, kind: s.kind, description: s.description })),
    activity_recipients: f.recipients.map((r, position) => ({ activity_id: id, position, party_id: r.partyId, category: r.category, purpose: r.purpose })),
    activity_parties: [
      ...f.jointControllerIds.map((party_id, position) => ({ activity_id: id, relation: 'joint_controller' as const, position, party_id })),
      ...f.controllerIds.map((party_id, position) => ({ activity_id: id, relation: 'controller' as const, position, party_id })),
    ],
    activity_transfers: f.transfers.map((t, position) => ({
      activity_id: id,
      position,
      party_id: t.partyId,
      country: t.country,
      international_organisation: t.internationalOrganisation,
      mechanism: t.mechanism,
      scc_module: t.sccModule,
      safeguard_documentation: t.safeguardDocumentation,
      transfer_impact_assessment: t.transferImpactAssessment ? 1 : 0,
    })),
    activity_security_measures: f.securityMeasureIds.map((security_measure_id, position) => ({ activity_id: id, position, security_measure_id })),
  }
}

/** Replace all child rows of one activity (`fresh`: the activity was just inserted and has none). */
export async function writeChildren(tx: Tx, id: string, fields: ActivityFields, options: { fresh?: boolean } = {}): Promise<void> {
  const rows = childRowsOf(id, fields)
  for (const table of CHILD_TABLES) {
    if (!options.fresh) await tx.db.deleteFrom(table).where('activity_id', '=', id).execute()
    const list = rows[table] as Record<string, unknown>[]
    if (list.length > 0) await tx.db.insertInto(table).values(list as never).execute()
  }
}
