/**
 * The tables of an export: the cover's label–value pairs, the controller record (Art. 30(1)), the processor
 * record (Art. 30(2)), both records in one table (the CSV), parties, transfers, security measures and
 * findings. Written once here; the xlsx writer turns each into a sheet, the CSV writer writes both records,
 * the PDF uses cover and annexes.
 */
import { capitalise } from '../../../shared/i18n/text'
import type { Art30Key } from '../../../shared/reference/art30'
import { authorityFor } from '../../../shared/reference/authorities'
import type { RegisterActivity } from '../../../shared/schemas/register'
import type { ExportWidth } from '../../../shared/fields/define'
import { formatter, type ColumnKey, type Formatter } from './fields'
import { withRegistryColumns } from './registry-columns'
import { LANGUAGE_NAMES } from '../../../shared/i18n/labels'
import type { ExportModel, ExportSection } from './model'

export interface Column {
  header: string
  /** Width in characters, as spreadsheets measure it. */
  width: number
}

export interface Table {
  section: ExportSection
  /** The sheet's name (at most 31 characters, as Excel allows). */
  title: string
  columns: Column[]
  /** How many first columns say what a row is about (reference and name): kept in view and on every printed page. */
  titleColumns: number
  rowCount: number
  /** Rows produced one at a time, so a writer can stream them and stop between rows. */
  rows(): Iterable<string[]>
}

const NARROW = 14
/** A date written out in the export language: "30. syyskuuta 2026" is the longest. */
const DATE = 19
const MEDIUM = 24
const WIDE = 40
const WIDEST = 60

interface FieldColumn {
  key: ColumnKey
  point?: Art30Key
  width: number
}

const WIDTHS: Record<ExportWidth, number> = { narrow: NARROW, medium: MEDIUM, wide: WIDE, widest: WIDEST }

/** A record's columns with the registry's own put in after the columns they follow. */
const columnsOf = (columns: FieldColumn[], processor: boolean): FieldColumn[] =>
  withRegistryColumns(
    columns,
    (c) => c.key,
    (r) => ({ key: r.id, width: WIDTHS[r.width] }),
    { processor, table: true },
  )

/** Art. 30(1) in the order of its points (a)–(g), then what the ICO template adds after them. */
const CONTROLLER_COLUMNS: FieldColumn[] = columnsOf(
  [
    { key: 'reference', width: NARROW },
    { key: 'name', width: MEDIUM },
    { key: 'role', width: NARROW },
    { key: 'status', width: NARROW },
    { key: 'businessFunction', width: NARROW },
    { key: 'jointControllers', point: '30(1)(a)', width: WIDE },
    { key: 'purposes', point: '30(1)(b)', width: WIDE },
    { key: 'dataSubjectCategories', point: '30(1)(c)', width: MEDIUM },
    { key: 'dataCategories', point: '30(1)(c)', width: WIDE },
    // Data the GDPR treats apart, each under its own article (9(1), 10, 87) rather than as one "special" list.
    { key: 'specialCategories', width: WIDE },
    { key: 'criminalData', width: MEDIUM },
    { key: 'nationalIds', width: MEDIUM },
    { key: 'recipients', point: '30(1)(d)', width: WIDE },
    { key: 'transfers', point: '30(1)(e)', width: WIDEST },
    { key: 'safeguardDocumentation', point: '30(1)(e)', width: WIDE },
    { key: 'retention', point: '30(1)(f)', width: WIDE },
    { key: 'securityMeasures', point: '30(1)(g)', width: WIDE },
    { key: 'legalBasis', width: WIDE },
    { key: 'specialCategoryCondition', width: WIDE },
    { key: 'criminalDataBasis', width: MEDIUM },
    { key: 'legitimateInterest', width: WIDE },
    { key: 'rightsAvailable', width: WIDE },
    { key: 'sources', width: MEDIUM },
    { key: 'automatedDecisionMaking', width: NARROW },
    { key: 'dpiaStatus', width: NARROW },
    { key: 'dpiaCriteria', width: WIDE },
    { key: 'dpiaReference', width: NARROW },
    { key: 'systems', width: MEDIUM },
    { key: 'dataLocation', width: MEDIUM },
    { key: 'lastReviewedOn', width: DATE },
    { key: 'nextReviewDue', width: DATE },
    { key: 'createdOn', width: DATE },
    { key: 'changedOn', width: DATE },
    { key: 'owner', width: MEDIUM },
    { key: 'description', width: WIDE },
    { key: 'notes', width: WIDE },
  ],
  false,
)

/** Art. 30(2) in the order of its points (a)–(d), then what a processor usually also records. */
const PROCESSOR_COLUMNS: FieldColumn[] = columnsOf(
  [
    { key: 'reference', width: NARROW },
    { key: 'name', width: MEDIUM },
    { key: 'status', width: NARROW },
    { key: 'businessFunction', width: NARROW },
    { key: 'controllers', point: '30(2)(a)', width: WIDE },
    { key: 'purposes', point: '30(2)(b)', width: WIDE },
    { key: 'dataSubjectCategories', width: MEDIUM },
    { key: 'dataCategories', width: WIDE },
    { key: 'specialCategories', width: WIDE },
    { key: 'criminalData', width: MEDIUM },
    { key: 'nationalIds', width: MEDIUM },
    { key: 'transfers', point: '30(2)(c)', width: WIDEST },
    { key: 'safeguardDocumentation', point: '30(2)(c)', width: WIDE },
    { key: 'securityMeasures', point: '30(2)(d)', width: WIDE },
    { key: 'recipients', width: WIDE },
    { key: 'retention', width: WIDE },
    { key: 'sources', width: MEDIUM },
    { key: 'systems', width: MEDIUM },
    { key: 'dataLocation', width: MEDIUM },
    { key: 'lastReviewedOn', width: DATE },
    { key: 'nextReviewDue', width: DATE },
    { key: 'createdOn', width: DATE },
    { key: 'changedOn', width: DATE },
    { key: 'owner', width: MEDIUM },
    { key: 'description', width: WIDE },
    { key: 'notes', width: WIDE },
  ],
  true,
)

const activityTable = (
  model: ExportModel,
  f: Formatter,
  section: ExportSection,
  title: string,
  columns: FieldColumn[],
  activities: RegisterActivity[],
): Table => ({
  section,
  title,
  columns: columns.map((c) => ({ header: f.label(c.key, c.point), width: c.width })),
  titleColumns: 2,
  rowCount: activities.length,
  *rows() {
    for (const activity of activities) yield columns.map((c) => f.value(c.key, activity) ?? '')
  },
})

/** The controller record: one row per activity kept as controller or joint controller. */
export function controllerTable(model: ExportModel, f: Formatter = formatter(model)): Table {
  return activityTable(
    model,
    f,
    'controllerRecord',
    model.labels.sheets.controllerRecord,
    CONTROLLER_COLUMNS,
    model.controllerActivities,
  )
}

/** The processor record: one row per activity carried out on behalf of controllers. */
export function processorTable(model: ExportModel, f: Formatter = formatter(model)): Table {
  return activityTable(
    model,
    f,
    'processorRecord',
    model.labels.sheets.processorRecord,
    PROCESSOR_COLUMNS,
    model.processorActivities,
  )
}

/**
 * Both records in one table, for the CSV: a first column naming the record (Art. 30(1) or 30(2)), then the
 * controller record's columns with the processor's "controllers" after the joint controllers. A heading
 * cites the points of both records it answers; a cell of a column the activity's record does not have (the
 * lawful basis of a processor's activity, the controllers of a controller's) stays empty.
 */
export function bothRecordsTable(model: ExportModel, f: Formatter = formatter(model)): Table {
  const keys = CONTROLLER_COLUMNS.flatMap((c) =>
    c.key === 'jointControllers' ? [c.key, 'controllers' as const] : [c.key],
  )
  const controller = new Map(CONTROLLER_COLUMNS.map((c) => [c.key, c]))
  const processor = new Map(PROCESSOR_COLUMNS.map((c) => [c.key, c]))
  const points = (key: ColumnKey) =>
    [controller.get(key)?.point, processor.get(key)?.point].filter((p): p is Art30Key => p !== undefined)
  const width = (key: ColumnKey) => (controller.get(key) ?? processor.get(key))?.width ?? MEDIUM
  const activities = [...model.controllerActivities, ...model.processorActivities]
  return {
    section: 'controllerRecord',
    title: model.labels.fields.activity.record,
    columns: [
      { header: model.labels.fields.activity.record, width: MEDIUM },
      ...keys.map((key) => ({ header: f.label(key, points(key)), width: width(key) })),
    ],
    titleColumns: 3,
    rowCount: activities.length,
    *rows() {
      for (const activity of activities) {
        const own = activity.role === 'processor' ? processor : controller
        yield [f.record(activity), ...keys.map((key) => (own.has(key) ? (f.value(key, activity) ?? '') : ''))]
      }
    },
  }
}

/** Which activities use an entry, by reference, so a reader can go from a party or measure to the rows. */
function usage(model: ExportModel, idsOf: (a: RegisterActivity) => string[]): Map<string, string[]> {
  const used = new Map<string, string[]>()
  for (const activity of model.doc.activities) {
    for (const id of new Set(idsOf(activity))) {
      const list = used.get(id) ?? []
      list.push(activity.reference)
      used.set(id, list)
    }
  }
  return used
}

const partyIdsOf = (a: RegisterActivity) =>
  [
    ...a.recipients.map((r) => r.partyId),
    ...a.transfers.map((t) => t.partyId),
    ...a.jointControllerIds,
    ...a.controllerIds,
  ].filter((id): id is string => id !== null)

export function partiesTable(model: ExportModel, f: Formatter = formatter(model)): Table {
  const P = model.labels.fields.party
  const used = usage(model, partyIdsOf)
  const headers: [string, number][] = [
    [P.name, MEDIUM],
    [P.kind, MEDIUM],
    [P.country, NARROW],
    [P.address, WIDE],
    [P.email, MEDIUM],
    [P.website, MEDIUM],
    [P.dpfCertified, NARROW],
    [P.dpfCheckedOn, DATE],
    [P.transferMechanism, WIDE],
    [P.transferImpactAssessment, NARROW],
    [P.dpaReference, MEDIUM],
    [P.dpaSignedOn, DATE],
    [P.notes, WIDE],
    [model.labels.document.usedIn, MEDIUM],
  ]
  return {
    section: 'parties',
    title: model.labels.sheets.parties,
    columns: headers.map(([header, width]) => ({ header, width })),
    titleColumns: 1,
    rowCount: model.doc.parties.length,
    *rows() {
      for (const p of model.doc.parties) {
        yield [
          p.name,
          model.labels.codes.partyKind[p.kind],
          f.country(p.country) ?? '',
          p.address ?? '',
          p.email ?? '',
          p.website ?? '',
          f.yesNo(p.dpfCertified),
          f.date(p.dpfCheckedOn) ?? '',
          p.transferMechanism === null ? '' : f.safeguard(p.transferMechanism, p.sccModule),
          f.yesNo(p.transferImpactAssessment),
          p.dpaReference ?? '',
          f.date(p.dpaSignedOn) ?? '',
          p.notes ?? '',
          (used.get(p.id) ?? []).join('\n'),
        ]
      }
    },
  }
}

export function transfersTable(model: ExportModel, f: Formatter = formatter(model)): Table {
  const A = model.labels.fields.activity
  const headers: [string, number][] = [
    [A.reference, NARROW],
    [A.name, MEDIUM],
    [A.transferRecipient, MEDIUM],
    [`${A.country} / ${A.internationalOrganisation}`, MEDIUM],
    [model.labels.document.destinationStatus, MEDIUM],
    [A.mechanism, WIDE],
    [A.mechanismArticle, MEDIUM],
    [A.mechanismCovers, WIDE],
    [A.sccModule, MEDIUM],
    [A.transferImpactAssessment, NARROW],
    [f.label('safeguardDocumentation'), WIDE],
  ]
  const count = model.doc.activities.reduce((n, a) => n + a.transfers.length, 0)
  return {
    section: 'transfers',
    title: model.labels.sheets.transfers,
    columns: headers.map(([header, width]) => ({ header, width })),
    titleColumns: 2,
    rowCount: count,
    *rows() {
      for (const a of model.doc.activities) {
        for (const t of a.transfers) {
          yield [
            a.reference,
            a.name,
            f.partyById(t.partyId) ?? '',
            f.transferDestination(t),
            f.transferStatus(t) ?? '',
            f.mechanism(t),
            // The provision stands alone in its cell: capitalised as a heading is ("Artikel 45", not "artikel 45").
            capitalise(f.mechanismArticle(t) ?? ''),
            f.mechanismCovers(t),
            f.sccModule(t) ?? '',
            f.yesNo(t.transferImpactAssessment),
            t.safeguardDocumentation ?? '',
          ]
        }
      }
    },
  }
}

export function securityMeasuresTable(model: ExportModel): Table {
  const M = model.labels.fields.securityMeasure
  const used = usage(model, (a) => a.securityMeasureIds)
  const headers: [string, number][] = [
    [M.kind, MEDIUM],
    [M.name, WIDE],
    [M.description, WIDEST],
    [model.labels.document.usedIn, MEDIUM],
  ]
  return {
    section: 'securityMeasures',
    title: model.labels.sheets.securityMeasures,
    columns: headers.map(([header, width]) => ({ header, width })),
    titleColumns: 0,
    rowCount: model.doc.securityMeasures.length,
    *rows() {
      for (const m of model.doc.securityMeasures) {
        yield [
          model.labels.codes.securityMeasureKind[m.kind],
          m.name,
          m.description ?? '',
          (used.get(m.id) ?? []).join('\n'),
        ]
      }
    },
  }
}

export function findingsTable(model: ExportModel, f: Formatter = formatter(model)): Table {
  const F = model.labels.fields.finding
  // The message takes the rest of an A4 landscape page.
  const headers: [string, number][] = [
    [F.severity, NARROW],
    [F.article, MEDIUM],
    [F.activity, NARROW],
    [F.message, 90],
  ]
  return {
    section: 'findings',
    title: model.labels.sheets.findings,
    columns: headers.map(([header, width]) => ({ header, width })),
    titleColumns: 0,
    rowCount: model.findings.length,
    *rows() {
      for (const finding of model.findings) {
        let article = finding.article
        try {
          // "artikel 30, stk. 1" starts the cell: written as the start of a sentence.
          article = capitalise(f.cite(finding.article))
        } catch {
          // A finding may cite something other than one GDPR article (e.g. "30(5)" ranges): keep it as written.
        }
        yield [
          model.labels.codes.severity[finding.severity],
          article,
          finding.activityReference ?? '',
          finding.message,
        ]
      }
    },
  }
}

/** Every table an export includes, in the order of the workbook. */
export function exportTables(model: ExportModel): Table[] {
  const f = formatter(model)
  const all = [
    controllerTable(model, f),
    processorTable(model, f),
    partiesTable(model, f),
    transfersTable(model, f),
    securityMeasuresTable(model),
    findingsTable(model, f),
  ]
  return all.filter((t) => model.sections.has(t.section))
}

/** The cover: who keeps the record and what this document is, as label–value pairs. */
export function coverRows(model: ExportModel, f: Formatter = formatter(model)): [string, string][] {
  const L = model.labels
  const O = L.fields.organisation
  const org = model.doc.organisation
  const authority = org.supervisoryAuthority === null ? null : authorityFor(org.supervisoryAuthority)
  const authorityText =
    org.supervisoryAuthority === null
      ? null
      : authority
        ? `${authority.name}${authority.abbreviation && authority.abbreviation !== authority.name ? ` (${authority.abbreviation})` : ''}, ${f.country(org.supervisoryAuthority)}`
        : f.country(org.supervisoryAuthority)
  const contactPerson =
    org.contactPerson === null
      ? null
      : [f.contact(org.contactPerson), org.contactPerson.role].filter(Boolean).join(', ')
  const rows: [string, string | null][] = [
    [O.name, org.name],
    [O.tradeName, org.tradeName],
    [O.registrationNumber, org.registrationNumber],
    [O.address, org.address],
    [O.country, f.country(org.country)],
    [O.email, org.email],
    [O.phone, org.phone],
    [O.website, org.website],
    [O.contactPerson, contactPerson],
    [O.representative, f.representative()],
    [O.dpo, f.contact(org.dpo)],
    [O.supervisoryAuthority, authorityText],
    [L.document.activityCount, String(model.doc.activities.length)],
    ...(model.asOf ? [[L.document.asOf, f.date(model.asOf.slice(0, 10))] as [string, string]] : []),
    [L.document.exportDate, f.date(model.exportDate)],
    [L.document.appVersion, model.appVersion],
    [L.document.exportLanguage, LANGUAGE_NAMES[model.lang]],
  ]
  return rows.map(([label, value]) => [
    label,
    value === null || value.trim() === '' ? L.values.notRecorded : value,
  ])
}
