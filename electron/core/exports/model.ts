/**
 * The export model: one organisation's register, its findings and the labels of the export language, built
 * once per export so every format (xlsx, PDF, CSV) reads the same rows and texts instead of re-deriving them.
 */
import { runChecks, type Finding } from '../../../shared/checks'
import { plainTranslator } from '../../../shared/i18n'
import { formatDayLong } from '../../../shared/i18n/dates'
import { labelsFor, type Labels } from '../../../shared/i18n/labels'
import type { Language } from '../../../shared/schemas/codes'
import { EXPORT_SECTIONS, type ExportCounts, type ExportSection } from '../../../shared/schemas/export'
import type {
  RegisterActivity,
  RegisterDataCategory,
  RegisterDataSubjectCategory,
  RegisterDocument,
  RegisterParty,
  RegisterSecurityMeasure,
} from '../../../shared/schemas/register'
import type { ActivityDates } from '../../../shared/fields/render'
import type { CoreContext } from '../context'
import { activityDates } from '../history/activity-dates'
import { momentOf, registerAsOf } from '../history/replay'
import { buildRegister } from '../services/register'
import { RegisterCache } from '../services/register-cache'
import { localIsoDate } from '../services/checks'
import { getSettings } from '../services/settings'

export interface ExportModel {
  lang: Language
  labels: Labels
  /** The register with the workspace's own ids (the snapshot an export record keeps). */
  doc: RegisterDocument
  findings: Finding[]
  /** The moment the register is shown at, when it is not the current register. */
  asOf: string | null
  /** The moment of the export (ISO timestamp) and its calendar day in local time. */
  exportedAt: string
  exportDate: string
  appVersion: string
  sections: ReadonlySet<ExportSection>
  parties: ReadonlyMap<string, RegisterParty>
  subjects: ReadonlyMap<string, RegisterDataSubjectCategory>
  dataCategories: ReadonlyMap<string, RegisterDataCategory>
  measures: ReadonlyMap<string, RegisterSecurityMeasure>
  /** Activities kept under Art. 30(1) (controller and joint controller) and under Art. 30(2) (processor). */
  controllerActivities: RegisterActivity[]
  processorActivities: RegisterActivity[]
  /** Each activity's created and last-changed moments from the history (as of `asOf`), by activity id. */
  dates: ReadonlyMap<string, ActivityDates>
}

export interface ModelOptions {
  lang: Language
  sections?: readonly ExportSection[]
  /** Export the register as it stood at this moment (rebuilt from the history) instead of as it is now. */
  asOf?: string | null
}

interface FindingOptions {
  lang: Language
  asOf?: string | null
  now: Date
  employeeThreshold?: number
}

/** The findings as the export shows them: in its language, with days written as the rest of the export writes them. */
function exportFindings(doc: RegisterDocument, options: FindingOptions): Finding[] {
  // A past register is judged on its own day (a review due then was not yet overdue).
  return runChecks(doc, {
    today: options.asOf ? options.asOf.slice(0, 10) : localIsoDate(options.now),
    employeeThreshold: options.employeeThreshold,
    language: options.lang,
    t: plainTranslator(options.lang),
    formatDay: (iso) => formatDayLong(iso, options.lang),
  })
}

/** Assemble the model from an already built register (tests and the CLI can pass any document). */
export function modelFromDocument(
  doc: RegisterDocument,
  options: ModelOptions & { now: Date; appVersion: string; employeeThreshold?: number },
  findings: Finding[] = exportFindings(doc, options),
  dates: ReadonlyMap<string, ActivityDates> = new Map(),
): ExportModel {
  return {
    lang: options.lang,
    labels: labelsFor(options.lang),
    doc,
    findings,
    asOf: options.asOf ?? null,
    exportedAt: options.now.toISOString(),
    exportDate: localIsoDate(options.now),
    appVersion: options.appVersion,
    sections: new Set(options.sections ?? EXPORT_SECTIONS),
    parties: new Map(doc.parties.map((p) => [p.id, p])),
    subjects: new Map(doc.dataSubjectCategories.map((s) => [s.id, s])),
    dataCategories: new Map(doc.dataCategories.map((d) => [d.id, d])),
    measures: new Map(doc.securityMeasures.map((m) => [m.id, m])),
    controllerActivities: doc.activities.filter((a) => a.role !== 'processor'),
    processorActivities: doc.activities.filter((a) => a.role === 'processor'),
    dates,
  }
}

/** Registers up to this size are kept between exports; a larger one is read again (it would hold too much memory). */
const KEEP_UP_TO_ACTIVITIES = 2000

/**
 * The register and findings of the last few organisations exported, kept until their history moves
 * (services/register-cache.ts): a consultant exports one register as xlsx, then PDF, then again after a fix.
 * Nothing may change these documents after they are built (the writers and the snapshot only read them).
 */
const current = new RegisterCache<{
  doc: RegisterDocument
  findings: Finding[]
  dates: ReadonlyMap<string, ActivityDates>
}>({
  limit: 2,
  keepIf: (v) => v.doc.activities.length <= KEEP_UP_TO_ACTIVITIES,
})

/** The model of one organisation as it is in the workspace now. */
export async function buildExportModel(
  ctx: CoreContext,
  organisationId: string,
  options: ModelOptions,
): Promise<ExportModel> {
  const { employeeThreshold } = await getSettings(ctx.db)
  const context = { ...options, now: ctx.now(), appVersion: ctx.version, employeeThreshold }
  if (options.asOf) {
    const doc = await registerAsOf(ctx.db, organisationId, options.asOf)
    const dates = await activityDates(ctx.db, organisationId, momentOf(options.asOf))
    return modelFromDocument(doc, context, undefined, dates)
  }
  const variant = `${options.lang} ${localIsoDate(context.now)} ${employeeThreshold}`
  const kept = await current.get(ctx, variant, [organisationId], async (id) => {
    const doc = await buildRegister(ctx.db, id, { keepIds: true })
    return { doc, findings: exportFindings(doc, context), dates: await activityDates(ctx.db, id) }
  })
  const { doc, findings, dates } = kept.get(organisationId)!
  return modelFromDocument(doc, context, findings, dates)
}

/** What an export contains, for its record ("what did we send"). */
export function modelCounts(model: ExportModel): ExportCounts {
  return {
    activities: model.doc.activities.length,
    controllerActivities: model.controllerActivities.length,
    processorActivities: model.processorActivities.length,
    parties: model.doc.parties.length,
    transfers: model.doc.activities.reduce((n, a) => n + a.transfers.length, 0),
    securityMeasures: model.doc.securityMeasures.length,
    findings: model.findings.length,
  }
}
export type { ExportSection }
