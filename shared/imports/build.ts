/**
 * Building a register document from the records of someone else's spreadsheet and a column → field
 * mapping: list cells split into catalogue entries (an entry of the same name is reused), lawful bases,
 * conditions, countries and mechanisms read into codes, and every cell that cannot be read reported by its
 * sheet, row and column. The document is validated with the same schema as a JSON import.
 */
import { LABELS } from '../i18n/labels'
import type { ActivityFieldsInput, Purpose } from '../schemas/activity'
import { LANGUAGES, type LegalBasis, type Mechanism, type PartyKind, type Role, type SpecialCategoryCondition } from '../schemas/codes'
import type { OrganisationProfile } from '../schemas/organisation'
import { REGISTER_FORMAT, REGISTER_VERSION, registerDocumentSchema, type RegisterDocument, type RegisterDocumentInput } from '../schemas/register'
import { MULTI_COLUMN_FIELDS, type ImportField } from './fields'
import type { CellRef, TableColumn, TableRecord } from './table'
import { fold, splitList } from './text'
import type { ImportProblem } from './types'
import {
  parseConditions,
  parseCountry,
  parseDataCategory,
  parseDate,
  parseDpiaStatus,
  parseLegalBases,
  parseMeasure,
  parseMechanism,
  parseRole,
  parseSccModule,
  parseSource,
  parseStatus,
  parseYesNo,
  saysNoTransfer,
} from './values'

export type ImportMapping = Record<string, ImportField | null>

export interface BuildOptions {
  organisation: OrganisationProfile
  /** The role of activities whose row does not say, by sheet (a processor's sheet gives processor records). */
  defaultRole: (sheet: string) => Role
}

export interface BuiltRegister {
  document: RegisterDocument
  /** Where each activity came from, in the order of document.activities. */
  sources: { sheet: string; row: number }[]
  problems: ImportProblem[]
}

type Cell = { value: string; at: CellRef }

/** A destination that names an international organisation rather than a country. */
const INTERNATIONAL_ORGANISATION = /organi[sz]ation|organisaatio|järjestö|united nations|nations unies|vereinte nationen|\b(?:UN|WHO|OECD|NATO|IMF)\b/i

const GENERAL_RETENTION = new Set(LANGUAGES.map((l) => fold(LABELS[l].fields.activity.generalRetention)))
const NOT_RECORDED = new Set(LANGUAGES.map((l) => fold(LABELS[l].values.notRecorded)))

/** Catalogue entries found by folded name across all rows, so "Employees" in two rows is one entry. */
class Catalogue<E extends { id: string; name: string }> {
  readonly entries: E[] = []
  private readonly byName = new Map<string, E>()
  constructor(private readonly prefix: string) {}
  get(name: string, make: (id: string) => E): E {
    const key = fold(name)
    const known = this.byName.get(key)
    if (known) return known
    const entry = make(`${this.prefix}${this.entries.length + 1}`)
    this.entries.push(entry)
    this.byName.set(key, entry)
    return entry
  }
}

/** "Description: value" lines paired to a purpose by its description; the rest stay unpaired. */
function pairLines(lines: string[], purposes: string[]): { paired: Map<number, string>; rest: string[] } {
  const paired = new Map<number, string>()
  const rest: string[] = []
  const folded = purposes.map(fold)
  for (const line of lines) {
    const colon = line.indexOf(':')
    const index = colon > 0 ? folded.indexOf(fold(line.slice(0, colon))) : -1
    if (index >= 0 && !paired.has(index)) paired.set(index, line.slice(colon + 1).trim())
    else rest.push(line)
  }
  return { paired, rest }
}

export function buildDocument(records: TableRecord[], columns: TableColumn[], mapping: ImportMapping, options: BuildOptions): BuiltRegister {
  const problems: ImportProblem[] = []
  const report = (at: CellRef, message: string, severity: ImportProblem['severity'] = 'error') =>
    problems.push({ sheet: at.sheet, row: at.row, column: at.column, heading: at.heading, message, severity })

  const keysOf = new Map<ImportField, string[]>()
  for (const c of columns) {
    const field = mapping[c.key]
    if (!field) continue
    keysOf.set(field, [...(keysOf.get(field) ?? []), c.key])
  }

  const parties = new Catalogue<NonNullable<RegisterDocumentInput['parties']>[number] & { id: string; name: string }>('p')
  const subjects = new Catalogue<{ id: string; name: string; description: null; vulnerable: boolean }>('s')
  const categories = new Catalogue<{ id: string; name: string; description: null; special: ReturnType<typeof parseDataCategory>['special'] }>('d')
  const measures = new Catalogue<{ id: string; name: string; kind: ReturnType<typeof parseMeasure>['kind']; description: string | null }>('m')

  const activities: (ActivityFieldsInput & { id: string })[] = []
  const sources: BuiltRegister['sources'] = []
  const references = new Set<string>()

  for (const record of records) {
    const cells = (field: ImportField): Cell[] => (keysOf.get(field) ?? []).flatMap((k) => record.values.get(k) ?? [])
    const cell = (field: ImportField): Cell | null => cells(field)[0] ?? null
    /** Text that must fit the schema's limit: cut, with a warning, rather than refused. */
    const fit = (c: Cell, max: number): string => {
      if (c.value.length <= max) return c.value
      report(c.at, `This text is ${c.value.length} characters long; the register keeps ${max}, so it was cut.`, 'warning')
      return c.value.slice(0, max)
    }
    const text = (field: ImportField, max: number): string | null => {
      const c = cell(field)
      return c ? fit(c, max) : null
    }
    const itemsOf = (field: ImportField, max: number) =>
      cells(field).flatMap((c) => splitList(c.value).map((item) => {
        if (item.length <= max) return item
        report(c.at, `An entry of this list is longer than ${max} characters, so it was cut.`, 'warning')
        return item.slice(0, max)
      }))
    const multiText = (field: ImportField, max: number): string | null => {
      const all = cells(field)
      if (all.length === 0) return null
      const joined = (keysOf.get(field) ?? []).length === 1 || !MULTI_COLUMN_FIELDS.has(field) ? all[0].value : all.map((c) => `${c.at.heading}: ${c.value}`).join('\n')
      return fit({ value: joined, at: all[0].at }, max)
    }

    // ---- who and what
    const purposeTexts = itemsOf('purposes', 2000)
    const nameCell = cell('name')
    let name = nameCell ? fit(nameCell, 300) : null
    if (name === null) {
      const fallback = purposeTexts[0] ?? text('businessFunction', 300)
      if (fallback === null || fallback === undefined) {
        const first = [...record.values.values()][0]
        report(first.at, 'This row names neither a processing activity nor a purpose, so it was not imported.')
        continue
      }
      name = fallback.length > 300 ? `${fallback.slice(0, 299)}…` : fallback
    }
    const roleCell = cell('role')
    let role = options.defaultRole(record.sheet)
    if (roleCell) {
      const parsed = parseRole(roleCell.value)
      if (parsed) role = parsed
      else report(roleCell.at, `“${roleCell.value}” is not a role ROPA knows (controller, joint controller, processor); the row was imported as ${role === 'processor' ? 'a processor' : 'a controller'} record.`)
    }
    const statusCell = cell('status')
    let status: 'draft' | 'active' | 'retired' = 'active'
    if (statusCell) {
      const parsed = parseStatus(statusCell.value)
      if (parsed) status = parsed
      else report(statusCell.at, `“${statusCell.value}” is not a status ROPA knows (draft, active, retired); the activity was imported as active.`)
    }

    let reference = text('reference', 50) ?? `PA-${String(activities.length + 1).padStart(2, '0')}`
    if (references.has(fold(reference))) {
      const original = reference
      let n = 2
      while (references.has(fold(`${original}-${n}`))) n++
      reference = `${original}-${n}`.slice(0, 50)
      const refCell = cell('reference')
      if (refCell) report(refCell.at, `The reference “${original}” is used by an earlier row, so this activity was imported as “${reference}”.`, 'warning')
    }
    references.add(fold(reference))

    // ---- purposes and their bases
    const purposes: Purpose[] = (purposeTexts.length > 0 ? purposeTexts : []).map((description) => ({
      description, legalBasis: null, legitimateInterest: null, specialCategoryCondition: null, criminalDataBasis: null,
    }))
    const ensurePurpose = () => {
      if (purposes.length === 0) purposes.push({ description: name as string, legalBasis: null, legitimateInterest: null, specialCategoryCondition: null, criminalDataBasis: null })
    }

    const basisCell = cell('legalBasis')
    if (basisCell && role !== 'processor' && !saysNoTransfer(basisCell.value)) {
      ensurePurpose()
      const { paired, rest } = pairLines(splitList(basisCell.value), purposes.map((p) => p.description))
      for (const [index, line] of paired) {
        const code = parseLegalBases(line)[0]
        if (code) purposes[index].legalBasis = code
        else report(basisCell.at, `“${line}” is not an Art. 6(1) lawful basis ROPA can read (consent, contract, legal obligation, vital interests, public task, legitimate interests).`)
      }
      const loose: LegalBasis[] = []
      for (const line of rest) {
        const codes = parseLegalBases(line)
        if (codes.length === 0) report(basisCell.at, `“${line}” is not an Art. 6(1) lawful basis ROPA can read (consent, contract, legal obligation, vital interests, public task, legitimate interests).`)
        for (const code of codes) if (!loose.includes(code)) loose.push(code)
      }
      const open = purposes.map((p, i) => i).filter((i) => purposes[i].legalBasis === null)
      if (loose.length > 0 && open.length > 0) {
        if (loose.length === open.length) open.forEach((i, k) => (purposes[i].legalBasis = loose[k]))
        else if (loose.length === 1) for (const i of open) purposes[i].legalBasis = loose[0]
        else if (open.length === 1) {
          // One purpose on several bases: one purpose line per basis, as the register keeps one basis each.
          const [i] = open
          purposes[i].legalBasis = loose[0]
          for (const code of loose.slice(1)) purposes.push({ ...purposes[i], legalBasis: code })
        } else {
          for (const i of open) purposes[i].legalBasis = loose[0]
          report(basisCell.at, `The row has ${open.length} purposes and ${loose.length} lawful bases, so ROPA cannot tell which goes with which; every purpose was given the first one. Check the purposes of this activity.`, 'warning')
        }
      }
    }

    const interestCell = cell('legitimateInterest')
    if (interestCell && !saysNoTransfer(interestCell.value)) {
      ensurePurpose()
      const targets = purposes.filter((p) => p.legalBasis === '6_1_f')
      for (const p of targets.length > 0 ? targets : [purposes[0]]) p.legitimateInterest = fit(interestCell, 2000)
    }

    const conditionCell = cell('specialCategoryCondition')
    if (conditionCell && !saysNoTransfer(conditionCell.value) && parseYesNo(conditionCell.value) !== false) {
      ensurePurpose()
      const { paired, rest } = pairLines(splitList(conditionCell.value), purposes.map((p) => p.description))
      for (const [index, line] of paired) {
        const code = parseConditions(line)[0]
        if (code) purposes[index].specialCategoryCondition = code
        else report(conditionCell.at, `“${line}” is not an Art. 9(2) condition ROPA can read.`)
      }
      const loose: SpecialCategoryCondition[] = []
      for (const line of rest) {
        const codes = parseConditions(line)
        if (codes.length === 0) report(conditionCell.at, `“${line}” is not an Art. 9(2) condition ROPA can read (for example “explicit consent” or “9(2)(b)”).`)
        loose.push(...codes.filter((c) => !loose.includes(c)))
      }
      if (loose.length > 0) purposes.forEach((p, i) => (p.specialCategoryCondition ??= loose[Math.min(i, loose.length - 1)]))
    }

    const criminal = text('criminalDataBasis', 1000)
    if (criminal !== null && !saysNoTransfer(criminal)) {
      ensurePurpose()
      for (const p of purposes) p.criminalDataBasis = criminal
    }

    // ---- catalogues
    const subjectIds = [...new Set(itemsOf('dataSubjectCategories', 300).map((n) => subjects.get(n, (id) => ({ id, name: n, description: null, vulnerable: false })).id))]
    const categoryEntries = itemsOf('dataCategories', 300).map((line) => {
      const parsed = parseDataCategory(line)
      return categories.get(parsed.name, (id) => ({ id, name: parsed.name, description: null, special: parsed.special }))
    })
    const dataCategories = [...new Map(categoryEntries.map((e) => [e.id, { dataCategoryId: e.id, retention: null as string | null, retentionMonths: null }])).values()]

    let retention: string | null = null
    const retentionCell = cell('retention')
    if (retentionCell) {
      const general: string[] = []
      const byName = new Map(dataCategories.map((d) => [fold(categoryEntries.find((e) => e.id === d.dataCategoryId)?.name ?? ''), d]))
      for (const line of splitList(retentionCell.value)) {
        const colon = line.indexOf(':')
        const head = colon > 0 ? fold(line.slice(0, colon)) : ''
        const rule = colon > 0 ? line.slice(colon + 1).trim() : line
        const target = head ? byName.get(head) : undefined
        if (target) target.retention = NOT_RECORDED.has(fold(rule)) ? null : rule.slice(0, 1000)
        else if (head && GENERAL_RETENTION.has(head)) general.push(rule)
        else general.push(line)
      }
      retention = general.length > 0 ? fit({ value: general.join('\n'), at: retentionCell.at }, 2000) : null
    }

    const recipients = itemsOf('recipients', 300).map((category) => ({ partyId: null, category, purpose: null }))
    const partyIds = (field: ImportField, kind: PartyKind) =>
      [...new Set(itemsOf(field, 300).map((n) => parties.get(n, (id) => ({ id, name: n, kind, country: null, address: null, email: null, website: null, dpfCertified: false, dpaReference: null, dpaSignedOn: null, notes: null })).id))]
    const jointControllerIds = partyIds('jointControllers', 'joint_controller')
    const controllerIds = role === 'processor' ? partyIds('controllers', 'client_controller') : []
    if (role !== 'processor' && cell('controllers')) report((cell('controllers') as Cell).at, 'Controllers on whose behalf the processing is done belong to processor records only; this row is a controller record, so they were not imported.', 'warning')

    const securityMeasureIds = [...new Set(itemsOf('securityMeasures', 300).map((line) => {
      const parsed = parseMeasure(line)
      return measures.get(parsed.name, (id) => ({ id, name: parsed.name, kind: parsed.kind, description: parsed.description })).id
    }))]

    const sourcesList = itemsOf('sources', 1000).map(parseSource)

    // ---- transfers
    const transfers: NonNullable<ActivityFieldsInput['transfers']> = []
    const countryCell = cell('transferCountries')
    const mechanismCell = cell('transferMechanism')
    const documentation = text('safeguardDocumentation', 5000)
    if (countryCell && !saysNoTransfer(countryCell.value)) {
      const mechanismLines = mechanismCell ? splitList(mechanismCell.value) : []
      const byCountry = new Map<string, string>()
      const looseMechanisms: string[] = []
      for (const line of mechanismLines) {
        const colon = line.indexOf(':')
        const code = colon > 0 ? parseCountry(line.slice(0, colon)) : null
        if (code) byCountry.set(code, line.slice(colon + 1))
        else looseMechanisms.push(line)
      }
      const cellMechanism: Mechanism | null = mechanismCell ? parseMechanism(looseMechanisms.join('\n') || mechanismCell.value) : null
      if (mechanismCell && cellMechanism === null && !saysNoTransfer(mechanismCell.value)) {
        report(mechanismCell.at, `ROPA cannot tell which transfer mechanism “${mechanismCell.value.slice(0, 80)}” is (for example “standard contractual clauses”, “BCR” or “adequacy decision”); its text was kept as the documentation of safeguards.`, 'warning')
      }
      for (const line of splitList(countryCell.value)) {
        const [destination, ...rest] = line.split(/\s+[—–]\s+/u)
        const country = parseCountry(destination)
        const organisationName = country === null && INTERNATIONAL_ORGANISATION.test(destination) ? destination.trim().slice(0, 300) : null
        if (country === null && organisationName === null) {
          report(countryCell.at, `“${destination}” is not a country ROPA knows, so this transfer was not imported. Write the country’s name or its ISO code (for example “United States” or “US”).`)
          continue
        }
        const own = rest.length > 0 ? rest.join(' ') : null
        const mechanismText = own ?? (country ? byCountry.get(country) : undefined) ?? null
        const mechanism = (mechanismText ? parseMechanism(mechanismText) : null) ?? cellMechanism
        if (mechanism === null) report(countryCell.at, `No transfer mechanism was found for the transfer to ${destination}, so it was recorded as “No safeguard”. Check it.`, 'warning')
        const unreadable = mechanismCell && cellMechanism === null && !saysNoTransfer(mechanismCell.value) ? mechanismCell.value : null
        transfers.push({
          partyId: null,
          country,
          internationalOrganisation: organisationName,
          mechanism: mechanism ?? 'NONE',
          sccModule: mechanism === 'A46_2_c' ? parseSccModule(mechanismText ?? mechanismCell?.value ?? '') : null,
          safeguardDocumentation: documentation ?? (unreadable ? unreadable.slice(0, 5000) : null),
          transferImpactAssessment: false,
        })
      }
    } else if (mechanismCell && !saysNoTransfer(mechanismCell.value)) {
      report(mechanismCell.at, 'Safeguards are given, but no country the data are transferred to, so no transfer was imported.', 'warning')
    }

    // ---- the rest
    let automatedDecisionMaking = false
    const adm = cell('automatedDecisionMaking')
    if (adm) {
      const parsed = parseYesNo(adm.value)
      if (parsed === null) report(adm.at, `“${adm.value.slice(0, 80)}” does not say yes or no, so automated decision-making was recorded as no.`)
      else automatedDecisionMaking = parsed
    }
    let dpiaStatus: NonNullable<ActivityFieldsInput['dpia']>['status'] = 'not_assessed'
    const required = cell('dpiaRequired')
    if (required) {
      const parsed = parseYesNo(required.value)
      if (parsed === null) report(required.at, `“${required.value.slice(0, 80)}” does not say whether a DPIA is required (yes or no).`)
      else dpiaStatus = parsed ? 'required' : 'not_required'
    }
    const progress = cell('dpiaStatus')
    if (progress) {
      const parsed = parseDpiaStatus(progress.value) ?? (parseYesNo(progress.value) === null ? null : parseYesNo(progress.value) ? 'completed' : 'not_required')
      if (parsed === null) report(progress.at, `“${progress.value.slice(0, 80)}” is not a DPIA status ROPA knows (not required, required, in progress, completed).`)
      else dpiaStatus = parsed
    }
    const date = (field: ImportField) => {
      const c = cell(field)
      if (!c) return null
      const parsed = parseDate(c.value)
      if (parsed === null) report(c.at, `“${c.value.slice(0, 40)}” is not a date ROPA can read (write it as 2026-03-31 or 31.3.2026).`)
      return parsed
    }

    activities.push({
      id: `a${activities.length + 1}`,
      reference,
      name,
      role,
      status,
      businessFunction: text('businessFunction', 200),
      owner: text('owner', 200),
      description: multiText('description', 10_000),
      purposes,
      dataSubjectCategoryIds: subjectIds,
      dataCategories,
      sources: sourcesList,
      recipients,
      jointControllerIds,
      controllerIds,
      transfers,
      retention,
      securityMeasureIds,
      automatedDecisionMaking,
      dpia: { status: dpiaStatus, criteria: [], reference: text('dpiaReference', 500) },
      systems: [...new Set(itemsOf('systems', 200))],
      dataLocation: text('dataLocation', 500),
      lastReviewedOn: date('lastReviewedOn'),
      nextReviewDue: date('nextReviewDue'),
      notes: multiText('notes', 20_000),
    })
    sources.push({ sheet: record.sheet, row: record.row })
  }

  const raw: RegisterDocumentInput = {
    format: REGISTER_FORMAT,
    version: REGISTER_VERSION,
    organisation: options.organisation,
    parties: parties.entries,
    dataSubjectCategories: subjects.entries,
    dataCategories: categories.entries,
    securityMeasures: measures.entries,
    activities,
  }
  return validate(raw, sources, problems)
}

/**
 * The document through the register schema. An activity the schema still refuses (which the mapping above
 * should prevent) is left out with its row named, so one odd row never sinks the rest.
 */
function validate(raw: RegisterDocumentInput, sources: BuiltRegister['sources'], problems: ImportProblem[]): BuiltRegister {
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = registerDocumentSchema.safeParse(raw)
    if (parsed.success) return { document: parsed.data, sources, problems }
    const bad = new Map<number, string>()
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'activities' && typeof issue.path[1] === 'number') {
        if (!bad.has(issue.path[1])) bad.set(issue.path[1], `${issue.path.slice(2).join('.')} ${issue.message}`)
      } else {
        throw new Error(`imported register refused at ${issue.path.join('.')}: ${issue.message}`)
      }
    }
    const activities = raw.activities ?? []
    raw = { ...raw, activities: activities.filter((_, i) => !bad.has(i)) }
    for (const [i, message] of bad) {
      problems.push({ sheet: sources[i].sheet, row: sources[i].row, column: null, heading: null, severity: 'error', message: `This row could not be imported: ${message}.` })
    }
    sources = sources.filter((_, i) => !bad.has(i))
  }
  throw new Error('imported register could not be validated')
}
