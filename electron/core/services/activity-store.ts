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
import { insertRows } from '../db/insert-rows'
import type { Kysely } from 'kysely'
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

/** How many activities' child rows are read per query: enough for few queries, few enough to let go quickly. */
const CHUNK = 500

/** The rows of one child table for these activities, in activity and position order. */
async function childRows(db: Db, table: (typeof CHILD_TABLES)[number], activityIds: string[]): Promise<(Record<string, unknown> & { activity_id: string })[]> {
  // One query for eight tables of different shapes: typed per table where the rows are used.
  const k = db as unknown as Kysely<Record<string, { activity_id: string; position: number }>>
  return k.selectFrom(`${table} as c`).selectAll().where('c.activity_id', 'in', activityIds).orderBy('c.activity_id').orderBy('c.position').execute()
}

/** Keeps one copy of each text it is given: codes, ids and phrases repeated across thousands of rows. */
type Shared = <T extends string | null>(value: T) => T

function sharedTexts(): Shared {
  const texts = new Map<string, string>()
  return (<T extends string | null>(value: T): T => {
    if (value === null) return value
    const known = texts.get(value)
    if (known !== undefined) return known as T
    texts.set(value, value)
    return value
  }) as Shared
}

const unshared: Shared = (value) => value

/** An activity's own fields from its row, with empty lists for what its child rows hold. */
export function rowToFields(row: ActivitiesTable, text: Shared = unshared): ActivityFields {
  return {
    reference: row.reference,
    name: row.name,
    role: text(row.role) as Role,
    status: text(row.status) as Status,
    businessFunction: text(row.business_function),
    owner: text(row.owner),
    description: row.description,
    purposes: [],
    dataSubjectCategoryIds: [],
    dataCategories: [],
    sources: [],
    recipients: [],
    jointControllerIds: [],
    controllerIds: [],
    transfers: [],
    retention: text(row.retention),
    securityMeasureIds: [],
    automatedDecisionMaking: row.automated_decision_making === 1,
    dpia: { status: text(row.dpia_status) as DpiaStatus, criteria: (JSON.parse(row.dpia_criteria) as DpiaCriterion[]).map(text), reference: row.dpia_reference },
    systems: (JSON.parse(row.systems) as string[]).map(text),
    dataLocation: text(row.data_location),
    lastReviewedOn: text(row.last_reviewed_on),
    nextReviewDue: text(row.next_review_due),
    notes: row.notes,
  }
}

/** Append one child row, in its stored order, to the lists of the activity it belongs to. */
function appendChild(a: ActivityFields, table: (typeof CHILD_TABLES)[number], row: Record<string, unknown>, text: Shared): void {
  switch (table) {
    case 'activity_purposes': {
      const p = row as unknown as Database['activity_purposes']
      a.purposes.push({
        description: p.description,
        legalBasis: text(p.legal_basis) as LegalBasis | null,
        legitimateInterest: text(p.legitimate_interest),
        specialCategoryCondition: text(p.special_category_condition) as SpecialCategoryCondition | null,
        criminalDataBasis: text(p.criminal_data_basis),
      })
      break
    }
    case 'activity_data_subjects':
      a.dataSubjectCategoryIds.push(text((row as unknown as Database['activity_data_subjects']).data_subject_category_id))
      break
    case 'activity_data_categories': {
      const c = row as unknown as Database['activity_data_categories']
      a.dataCategories.push({ dataCategoryId: text(c.data_category_id), retention: text(c.retention), retentionMonths: c.retention_months })
      break
    }
    case 'activity_sources': {
      const s = row as unknown as Database['activity_sources']
      a.sources.push({ kind: text(s.kind) as SourceKind, description: text(s.description) })
      break
    }
    case 'activity_recipients': {
      const r = row as unknown as Database['activity_recipients']
      a.recipients.push({ partyId: text(r.party_id), category: text(r.category), purpose: text(r.purpose) })
      break
    }
    case 'activity_parties': {
      const p = row as unknown as Database['activity_parties']
      ;(p.relation === 'joint_controller' ? a.jointControllerIds : a.controllerIds).push(text(p.party_id))
      break
    }
    case 'activity_transfers': {
      const t = row as unknown as Database['activity_transfers']
      a.transfers.push({
        partyId: text(t.party_id),
        country: text(t.country),
        internationalOrganisation: text(t.international_organisation),
        mechanism: text(t.mechanism) as Mechanism,
        sccModule: t.scc_module as 1 | 2 | 3 | 4 | null,
        safeguardDocumentation: text(t.safeguard_documentation),
        transferImpactAssessment: t.transfer_impact_assessment === 1,
      })
      break
    }
    case 'activity_security_measures':
      a.securityMeasureIds.push(text((row as unknown as Database['activity_security_measures']).security_measure_id))
      break
  }
}

/**
 * Every activity matching the filter, complete, ordered by reference. Child rows are read for 500 activities
 * at a time and go straight into their activities' lists, so a register of 20,000 activities never holds all
 * its raw rows at once (they would age into V8's old generation: 100 MB more for the largest registers); codes,
 * catalogue ids and phrases repeated in thousands of rows (retention periods, recipients' purposes) are kept
 * as one string each.
 */
export async function loadActivities(db: Db, filter: ActivityFilter): Promise<Activity[]> {
  if ('activityIds' in filter && filter.activityIds.length === 0) return []
  // reference_key orders as compareReferences does, so SQL sorts (with an index) instead of JavaScript.
  let query = db.selectFrom('activities').selectAll().orderBy('reference_key').orderBy('reference')
  query = 'organisationId' in filter ? query.where('organisation_id', '=', filter.organisationId) : query.where('id', 'in', filter.activityIds)
  const text = sharedTexts()
  const activities: Activity[] = []
  // Streamed: each row is let go once its fields are taken.
  for await (const row of query.stream()) {
    activities.push({ id: row.id, organisationId: row.organisation_id, ...rowToFields(row, text), createdAt: row.created_at, updatedAt: row.updated_at })
  }
  const byId = new Map(activities.map((a) => [a.id, a]))
  for (let start = 0; start < activities.length; start += CHUNK) {
    const ids = activities.slice(start, start + CHUNK).map((a) => a.id)
    for (const table of CHILD_TABLES) {
      for (const row of await childRows(db, table, ids)) appendChild(byId.get(row.activity_id)!, table, row, text)
    }
  }
  return activities
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

/** The child rows of activities just inserted, table by table, in multi-row INSERTs. */
export async function insertChildren(tx: Tx, activities: (ActivityFields & { id: string })[]): Promise<void> {
  const rows = activities.map((a) => childRowsOf(a.id, a))
  for (const table of CHILD_TABLES) await insertRows(tx.db, table, rows.flatMap((r) => r[table] as never[]))
}

/** Replace all child rows of one activity (`fresh`: the activity was just inserted and has none). */
export async function writeChildren(tx: Tx, id: string, fields: ActivityFields, options: { fresh?: boolean } = {}): Promise<void> {
  const rows = childRowsOf(id, fields)
  for (const table of CHILD_TABLES) {
    if (!options.fresh) await tx.db.deleteFrom(table).where('activity_id', '=', id).execute()
    await insertRows(tx.db, table, rows[table] as never[])
  }
}
