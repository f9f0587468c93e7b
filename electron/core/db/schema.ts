/** Table types for Kysely, as the migrations create them (snake_case columns, ISO text timestamps). */
import type { Generated } from 'kysely'

export interface OrganisationsTable {
  id: string
  name: string
  trade_name: string | null
  registration_number: string | null
  country: string | null
  address: string | null
  email: string | null
  phone: string | null
  website: string | null
  employee_count: number | null
  representative_json: string | null
  dpo_json: string | null
  contact_person_json: string | null
  supervisory_authority: string | null
  language: string
  created_at: string
  updated_at: string
}

interface CatalogueColumns {
  id: string
  organisation_id: string
  name: string
  created_at: string
  updated_at: string
}

export interface PartiesTable extends CatalogueColumns {
  kind: string
  country: string | null
  address: string | null
  email: string | null
  website: string | null
  dpf_certified: number
  dpa_reference: string | null
  dpa_signed_on: string | null
  notes: string | null
  /** 0009: the transfer facts of the party's contract, and the vendor library entry it came from. */
  transfer_mechanism: string | null
  scc_module: number | null
  transfer_impact_assessment: number
  dpf_checked_on: string | null
  library_vendor_id: string | null
}

/** 0009: the workspace library entry a catalogue entry was copied from (null when typed in or unlinked). */
interface LibraryLinkColumn {
  library_entry_id: string | null
}

export interface DataSubjectCategoriesTable extends CatalogueColumns, LibraryLinkColumn {
  description: string | null
  vulnerable: number
}

export interface DataCategoriesTable extends CatalogueColumns, LibraryLinkColumn {
  description: string | null
  special: string
  default_retention: string | null
  default_retention_months: number | null
}

export interface SecurityMeasuresTable extends CatalogueColumns, LibraryLinkColumn {
  kind: string
  description: string | null
}

export interface ActivitiesTable {
  id: string
  organisation_id: string
  reference: string
  /** The reference as a person orders it (shared/order.ts referenceSortKey), for SQL sorting and paging. */
  reference_key: string
  name: string
  role: string
  status: string
  business_function: string | null
  owner: string | null
  description: string | null
  retention: string | null
  retention_reference: string | null
  automated_decision_making: number
  automated_decision_making_description: string | null
  dpia_status: string
  dpia_criteria: string
  dpia_reference: string | null
  systems: string
  data_location: string | null
  last_reviewed_on: string | null
  next_review_due: string | null
  notes: string | null
  created_at: string
  updated_at: string
}

interface ChildColumns {
  activity_id: string
  position: number
}

export interface ActivityPurposesTable extends ChildColumns {
  description: string
  legal_basis: string | null
  legal_basis_reference: string | null
  legitimate_interest: string | null
  legitimate_interest_assessment: string | null
  consent_record: string | null
  special_category_condition: string | null
  criminal_data_basis: string | null
  condition_reference: string | null
}

export interface ActivityDataSubjectsTable extends ChildColumns {
  data_subject_category_id: string
}

export interface ActivityDataCategoriesTable extends ChildColumns {
  data_category_id: string
  retention: string | null
  retention_months: number | null
}

export interface ActivitySourcesTable extends ChildColumns {
  kind: string
  description: string | null
}

export interface ActivityRecipientsTable extends ChildColumns {
  party_id: string | null
  category: string | null
  purpose: string | null
  internal: number
}

export interface ActivityPartiesTable extends ChildColumns {
  relation: 'joint_controller' | 'controller'
  party_id: string
}

export interface ActivityTransfersTable extends ChildColumns {
  party_id: string | null
  country: string | null
  international_organisation: string | null
  mechanism: string
  scc_module: number | null
  safeguard_documentation: string | null
  transfer_impact_assessment: number
}

export interface ActivitySecurityMeasuresTable extends ChildColumns {
  security_measure_id: string
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
  prev_hash: string | null
  hash: string | null
}

/** One row (id 1): the last record of the change history and its hash, moved by every append (migration 0012). */
export interface ChangeChainHeadTable {
  id: number
  last_id: number | null
  last_hash: string | null
}

export interface SettingsTable {
  key: string
  value_json: string
  updated_at: string
}

export interface ExportRecordsTable {
  id: string
  organisation_id: string
  organisation_name: string
  created_at: string
  actor: string
  format: string
  language: string
  sections_json: string
  file_name: string
  sha256: string
  byte_size: number
  counts_json: string
  as_of: string | null
  /** 'register' or 'notice' (0011); records made before are 'register'. */
  document: Generated<string>
  /** A notice's choices and gap count (JSON), null for a register export. */
  notice_json: string | null
  /** gzip-compressed JSON (exports/snapshot.ts); plain JSON text in records made before. */
  snapshot_json: string | Buffer
}

export interface ImportMappingsTable {
  id: string
  name: string
  mapping_json: string
  created_at: string
  updated_at: string
}

/** 0009: the consultant's own vendors (additions and edits of the built-in list), one JSON document each. */
export interface LibraryVendorsTable {
  id: string
  name: string
  vendor_json: string
  created_at: string
  updated_at: string
}

/** 0009: workspace catalogue entries (dataSubjectCategories, dataCategories, securityMeasures). */
export interface LibraryEntriesTable {
  id: string
  catalogue: string
  name: string
  fields_json: string
  created_at: string
  updated_at: string
}

/** 0009: the consultant's own activity templates, in the language they were written in. */
export interface LibraryTemplatesTable {
  id: string
  name: string
  language: string
  template_json: string
  created_at: string
  updated_at: string
}

export interface Database {
  organisations: OrganisationsTable
  parties: PartiesTable
  data_subject_categories: DataSubjectCategoriesTable
  data_categories: DataCategoriesTable
  security_measures: SecurityMeasuresTable
  activities: ActivitiesTable
  activity_purposes: ActivityPurposesTable
  activity_data_subjects: ActivityDataSubjectsTable
  activity_data_categories: ActivityDataCategoriesTable
  activity_sources: ActivitySourcesTable
  activity_recipients: ActivityRecipientsTable
  activity_parties: ActivityPartiesTable
  activity_transfers: ActivityTransfersTable
  activity_security_measures: ActivitySecurityMeasuresTable
  changes: ChangesTable
  change_chain_head: ChangeChainHeadTable
  settings: SettingsTable
  export_records: ExportRecordsTable
  import_mappings: ImportMappingsTable
  library_vendors: LibraryVendorsTable
  library_entries: LibraryEntriesTable
  library_templates: LibraryTemplatesTable
}
