/** Table types for Kysely, as the migrations create them (snake_case columns, ISO text timestamps). */
import type { Generated } from 'kysely'

export interface OrganisationsTable {
  id: string
  name: string
  created_at: string
  updated_at: string
}

export interface ActivitiesTable {
  id: string
  organisation_id: string
  reference: string
  name: string
  role: string
  status: string
  created_at: string
  updated_at: string
}

export interface ActivityPurposesTable {
  activity_id: string
  position: number
  description: string
  legal_basis: string | null
}

export interface ChangesTable {
  id: Generated<number>
  at: string
  actor: string
  organisation_id: string | null
  entity: string
  entity_id: string
  operation: string
  before_json: string | null
  after_json: string | null
}

export interface Database {
  organisations: OrganisationsTable
  activities: ActivitiesTable
  activity_purposes: ActivityPurposesTable
  changes: ChangesTable
}
