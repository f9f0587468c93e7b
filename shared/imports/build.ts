/**
 * Building a register document from the records of someone else's spreadsheet and a column → field
 * mapping. Each record becomes one activity: who and what it is (here), its purposes and bases
 * (./purposes), its catalogue entries (./row-catalogues, an entry of the same name reused), its transfers
 * (./transfers), its DPIA screening, and every plain field the registry imports as it is (./plain). Every
 * cell that cannot be read is reported by its sheet, row and column; the document is validated with the
 * same schema as a JSON import (./validate).
 */
import type { ActivityFieldsInput } from '../schemas/activity'
import type { DpiaStatus, Role, Status } from '../schemas/codes'
import type { OrganisationProfile } from '../schemas/organisation'
import { REGISTER_FORMAT, REGISTER_VERSION, type RegisterDocumentInput } from '../schemas/register'
import { cataloguePools } from './catalogue-pool'
import type { ImportField } from './fields'
import { assignPaths, readPlainFields } from './plain'
import { readPurposes } from './purposes'
import { rowReader, type RowReader } from './row'
import { readCatalogueFields } from './row-catalogues'
import type { TableColumn, TableRecord } from './table'
import { fold } from './text'
import { readTransfers } from './transfers'
import type { ImportProblem } from './types'
import { validateBuilt, type Validated } from './validate'
import { parseDpiaStatus, parseRole, parseStatus, parseYesNo } from './values'

export type ImportMapping = Record<string, ImportField | null>

export interface BuildOptions {
  organisation: OrganisationProfile
  /** The role of activities whose row does not say, by sheet (a processor's sheet gives processor records). */
  defaultRole: (sheet: string) => Role
}

export type BuiltRegister = Validated

/** The activity's name: its own column, else its first purpose or business function; null when the row has none. */
function readName(row: RowReader, purposes: string[]): string | null {
  const nameCell = row.cell('name')
  if (nameCell) return row.fit(nameCell, 300)
  const fallback = purposes[0] ?? row.text('businessFunction', 300)
  if (fallback === null || fallback === undefined) return null
  return fallback.length > 300 ? `${fallback.slice(0, 299)}…` : fallback
}

function readRole(row: RowReader, fallback: Role): Role {
  const roleCell = row.cell('role')
  if (!roleCell) return fallback
  const parsed = parseRole(roleCell.value)
  if (!parsed)
    row.report(
      roleCell.at,
      `“${roleCell.value}” is not a role ROPA knows (controller, joint controller, processor); the row was imported as ${fallback === 'processor' ? 'a processor' : 'a controller'} record.`,
    )
  return parsed ?? fallback
}

function readStatus(row: RowReader): Status {
  const statusCell = row.cell('status')
  if (!statusCell) return 'active'
  const parsed = parseStatus(statusCell.value)
  if (!parsed)
    row.report(
      statusCell.at,
      `“${statusCell.value}” is not a status ROPA knows (draft, active, retired); the activity was imported as active.`,
    )
  return parsed ?? 'active'
}

/** "Required?" (yes or no) and the DPIA's progress, the progress winning when both are given. */
function readDpiaStatus(row: RowReader): DpiaStatus {
  let status: DpiaStatus = 'not_assessed'
  const required = row.cell('dpiaRequired')
  if (required) {
    const parsed = parseYesNo(required.value)
    if (parsed === null)
      row.report(
        required.at,
        `“${required.value.slice(0, 80)}” does not say whether a DPIA is required (yes or no).`,
      )
    else status = parsed ? 'required' : 'not_required'
  }
  const progress = row.cell('dpiaStatus')
  if (progress) {
    const yesNo = parseYesNo(progress.value)
    const parsed =
      parseDpiaStatus(progress.value) ?? (yesNo === null ? null : yesNo ? 'completed' : 'not_required')
    if (parsed === null)
      row.report(
        progress.at,
        `“${progress.value.slice(0, 80)}” is not a DPIA status ROPA knows (not required, required, in progress, completed).`,
      )
    else status = parsed
  }
  return status
}

/** References unique in the document: a repeated one gets "-2", "-3"… with a warning. */
function uniqueReference(row: RowReader, references: Set<string>, index: number): string {
  let reference = row.text('reference', 50) ?? `PA-${String(index + 1).padStart(2, '0')}`
  if (references.has(fold(reference))) {
    const original = reference
    let n = 2
    while (references.has(fold(`${original}-${n}`))) n++
    reference = `${original}-${n}`.slice(0, 50)
    const refCell = row.cell('reference')
    if (refCell)
      row.report(
        refCell.at,
        `The reference “${original}” is used by an earlier row, so this activity was imported as “${reference}”.`,
        'warning',
      )
  }
  references.add(fold(reference))
  return reference
}

export function buildDocument(
  records: TableRecord[],
  columns: TableColumn[],
  mapping: ImportMapping,
  options: BuildOptions,
): BuiltRegister {
  const problems: ImportProblem[] = []
  const report: RowReader['report'] = (at, message, severity = 'error') =>
    problems.push({ sheet: at.sheet, row: at.row, column: at.column, heading: at.heading, message, severity })

  const keysOf = new Map<ImportField, string[]>()
  for (const c of columns) {
    const field = mapping[c.key]
    if (!field) continue
    keysOf.set(field, [...(keysOf.get(field) ?? []), c.key])
  }

  const pools = cataloguePools()
  const activities: (ActivityFieldsInput & { id: string })[] = []
  const sources: BuiltRegister['sources'] = []
  const references = new Set<string>()

  for (const record of records) {
    const row = rowReader(record, keysOf, report)
    const purposeTexts = row.items('purposes', 2000)
    const name = readName(row, purposeTexts)
    if (name === null) {
      const first = [...record.values.values()][0]
      report(first.at, 'This row names neither a processing activity nor a purpose, so it was not imported.')
      continue
    }
    const role = readRole(row, options.defaultRole(record.sheet))
    const status = readStatus(row)
    const reference = uniqueReference(row, references, activities.length)
    const purposes = readPurposes(row, purposeTexts, name, role)
    const catalogueFields = readCatalogueFields(row, pools, role)
    const transfers = readTransfers(row)
    const activity: ActivityFieldsInput & { id: string } = {
      id: `a${activities.length + 1}`,
      reference,
      name,
      role,
      status,
      purposes,
      ...catalogueFields,
      transfers,
      dpia: { status: readDpiaStatus(row), criteria: [], reference: null },
    }
    assignPaths(activity, readPlainFields(row))
    activities.push(activity)
    sources.push({ sheet: record.sheet, row: record.row })
  }

  const raw: RegisterDocumentInput = {
    format: REGISTER_FORMAT,
    version: REGISTER_VERSION,
    organisation: options.organisation,
    parties: pools.parties.entries,
    dataSubjectCategories: pools.subjects.entries,
    dataCategories: pools.categories.entries,
    securityMeasures: pools.measures.entries,
    activities,
  }
  return validateBuilt(raw, sources, problems)
}
