/**
 * The PDF: a cover page, a table of contents, one fiche per activity laid out like the CNIL's "fiche de
 * registre" (every Art. 30 point, an empty one shown as "not recorded" rather than left out), and annexes for
 * parties, transfers, security measures and findings. Organisation and export date head every page, "page x
 * of y" is at its foot.
 *
 * Drawn with pdfkit and the small layout layer in pdf-layout/ in plain Node, so the CLI, the tests and the
 * desktop app produce the same file. The document is laid out once, activity by activity, and written to the
 * file as its pages are done: memory stays bounded, progress is reported and cancel is honoured between
 * activities and annex rows. The contents' page numbers and "page x of y" are filled in at the end (see
 * pdf-layout/frame.ts). The DejaVu fonts are embedded (subset): they cover Latin with every EU language's
 * diacritics, Greek and Cyrillic.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { capitalise } from '../../../shared/i18n/text'
import type { Art30Key } from '../../../shared/reference/art30'
import type { RegisterActivity } from '../../../shared/schemas/register'
import { fill, formatter, type ColumnKey, type FieldKey, type Formatter } from './fields'
import type { ExportModel, ExportSection } from './model'
import { Pacer, type WriteOptions } from './pacer'
import { withRegistryColumns } from './registry-columns'
import { drawAnnexTable } from './pdf-layout/annex'
import { Contents, type ContentsEntry } from './pdf-layout/contents'
import { drawFicheBlock, type FicheBlock } from './pdf-layout/fiche'
import { PageFrame } from './pdf-layout/frame'
import { SPACE, STYLES } from './pdf-layout/look'
import { paragraph, paragraphHeight } from './pdf-layout/paragraph'
import { createDocument } from './pdf-layout/pdfkit'
import { Typesetter } from './pdf-layout/text'
import {
  coverRows,
  findingsTable,
  partiesTable,
  securityMeasuresTable,
  transfersTable,
  type Table,
} from './tables'

interface FicheRow {
  key: ColumnKey
  /** Left out when empty: extras that apply only to some purposes or transfers. */
  optional?: boolean
}

interface FicheSpec {
  point: Art30Key | 'general' | 'further'
  rows: FicheRow[]
}

const row = (key: FieldKey, optional = false): FicheRow => ({ key, optional })

const GENERAL: FicheSpec = {
  point: 'general',
  rows: [
    'reference',
    'name',
    'role',
    'status',
    'businessFunction',
    'owner',
    'description',
    'lastReviewedOn',
    'nextReviewDue',
    'createdOn',
    'changedOn',
  ].map((k) => row(k as FieldKey)),
}

/** The fiche's blocks with the registry's rows put in after the rows they follow (registry-columns.ts). */
const withRegistryRows = (spec: FicheSpec[], processor: boolean): FicheSpec[] =>
  spec.map((block) => ({
    ...block,
    rows: withRegistryColumns(
      block.rows,
      (r) => r.key,
      (c) => ({ key: c.id, optional: c.optional }),
      { processor, table: false },
    ),
  }))

/** Art. 30(1)(a)–(g): what the record of a controller must say about each activity. */
const CONTROLLER_FICHE: FicheSpec[] = withRegistryRows(
  [
    GENERAL,
    {
      point: '30(1)(a)',
      rows: [row('controller'), row('jointControllers'), row('representative'), row('dpo')],
    },
    {
      point: '30(1)(b)',
      rows: [
        row('purposes'),
        row('legalBasis'),
        row('legitimateInterest', true),
        row('specialCategoryCondition', true),
        row('criminalDataBasis', true),
        row('rightsAvailable'),
      ],
    },
    {
      point: '30(1)(c)',
      rows: [
        row('dataSubjectCategories'),
        row('dataCategories'),
        row('specialCategories'),
        row('criminalData'),
        row('nationalIds'),
      ],
    },
    { point: '30(1)(d)', rows: [row('recipients')] },
    { point: '30(1)(e)', rows: [row('transfers'), row('safeguardDocumentation', true)] },
    { point: '30(1)(f)', rows: [row('retention')] },
    { point: '30(1)(g)', rows: [row('securityMeasures')] },
    {
      point: 'further',
      rows: [
        row('sources'),
        row('automatedDecisionMaking'),
        row('dpiaStatus'),
        row('dpiaCriteria'),
        row('dpiaReference'),
        row('systems'),
        row('dataLocation'),
        row('notes'),
      ],
    },
  ],
  false,
)

/** Art. 30(2)(a)–(d): what the record of a processor must say about each category of processing. */
const PROCESSOR_FICHE: FicheSpec[] = withRegistryRows(
  [
    GENERAL,
    { point: '30(2)(a)', rows: [row('processor'), row('controllers'), row('representative'), row('dpo')] },
    {
      point: '30(2)(b)',
      rows: [
        row('purposes'),
        row('dataSubjectCategories'),
        row('dataCategories'),
        row('specialCategories'),
        row('criminalData'),
        row('nationalIds'),
      ],
    },
    { point: '30(2)(c)', rows: [row('transfers'), row('safeguardDocumentation', true)] },
    { point: '30(2)(d)', rows: [row('securityMeasures')] },
    {
      point: 'further',
      rows: [
        row('recipients'),
        row('retention'),
        row('sources'),
        row('dpiaStatus'),
        row('dpiaCriteria'),
        row('dpiaReference'),
        row('systems'),
        row('dataLocation'),
        row('notes'),
      ],
    },
  ],
  true,
)

/** Work units for progress and pacing: a fiche is worth about ten annex rows. */
const FICHE_WORK = 10
/** Let the event loop run about every second fiche or twentieth annex row. */
const YIELD_EVERY = 20
/** Share of the work before the page numbers are written into the contents and every page's footer. */
const LAYOUT_SHARE = 0.95
/** Pages to write the contents, header and footer of between turns of the event loop. */
const FINISH_EVERY = 100

interface RecordPart {
  title: string
  activities: RegisterActivity[]
  spec: FicheSpec[]
}

function ficheBlocks(
  model: ExportModel,
  f: Formatter,
  activity: RegisterActivity,
  spec: FicheSpec[],
): FicheBlock[] {
  const L = model.labels
  return spec.map((block) => ({
    title:
      block.point === 'general'
        ? L.document.generalInformation
        : block.point === 'further'
          ? L.document.furtherInformation
          : capitalise(`${f.cite(block.point)} — ${L.art30[block.point]}`),
    rows: block.rows.flatMap((r) => {
      const value = f.value(r.key, activity)
      return value === null && r.optional ? [] : [{ label: f.label(r.key), value }]
    }),
  }))
}

function drawCover(frame: PageFrame, model: ExportModel): void {
  const L = model.labels
  frame.addPage('portrait')
  frame.y += SPACE.coverTop
  paragraph(frame, L.document.recordName, STYLES.title, SPACE.afterTitle)
  paragraph(frame, model.doc.organisation.name, STYLES.subtitle, SPACE.afterSubtitle)
  paragraph(frame, L.document.note, STYLES.note, SPACE.afterNote)
  const rows = coverRows(model).map(([label, value]) => ({
    label,
    value: value === L.values.notRecorded ? null : value,
  }))
  drawFicheBlock(frame, { title: null, rows }, { labelShare: 0.35, notRecorded: L.values.notRecorded })
}

const activityTitle = (activity: RegisterActivity) => `${activity.reference} — ${activity.name}`

/** Write the PDF to `file`; on cancel or failure the caller deletes the partial file. */
export async function writePdf(model: ExportModel, file: string, options: WriteOptions = {}): Promise<void> {
  const L = model.labels
  const f = formatter(model)
  const organisation = model.doc.organisation.name

  const records: RecordPart[] = (
    [
      [
        'controllerRecord',
        {
          title: L.document.controllerRecord,
          activities: model.controllerActivities,
          spec: CONTROLLER_FICHE,
        },
      ],
      [
        'processorRecord',
        { title: L.document.processorRecord, activities: model.processorActivities, spec: PROCESSOR_FICHE },
      ],
    ] as [ExportSection, RecordPart][]
  )
    .filter(([section, part]) => model.sections.has(section) && part.activities.length > 0)
    .map(([, part]) => part)
  const annexes: Table[] = [
    model.sections.has('parties') && model.doc.parties.length > 0 && partiesTable(model, f),
    model.sections.has('transfers') &&
      model.doc.activities.some((a) => a.transfers.length > 0) &&
      transfersTable(model, f),
    model.sections.has('securityMeasures') &&
      model.doc.securityMeasures.length > 0 &&
      securityMeasuresTable(model),
    model.sections.has('findings') && model.findings.length > 0 && findingsTable(model, f),
  ].filter((table): table is Table => table !== false)

  // The contents in the order the parts follow; `mark` is called in the same order as they are drawn.
  const entries: ContentsEntry[] = []
  for (const part of records)
    entries.push(
      { title: part.title, level: 0 },
      ...part.activities.map((a) => ({ title: activityTitle(a), level: 1 as const })),
    )
  if (annexes.length > 0)
    entries.push(
      { title: L.document.annexes, level: 0 },
      ...annexes.map((table) => ({ title: table.title, level: 1 as const })),
    )

  const work =
    records.reduce((n, p) => n + p.activities.length * FICHE_WORK, 0) +
    annexes.reduce((n, table) => n + table.rowCount, 0)
  const report = options.onProgress
  const pacer = new Pacer(
    work,
    { signal: options.signal, onProgress: report && ((x) => report(x * LAYOUT_SHARE)) },
    YIELD_EVERY,
  )

  const doc = createDocument(
    {
      Title: fill(L.document.recordOf, { organisation }),
      Author: organisation,
      Subject: L.document.recordName,
      Keywords: 'GDPR Art. 30',
      Creator: `ROPA ${model.appVersion}`,
      Producer: `ROPA ${model.appVersion}`,
      CreationDate: new Date(model.exportedAt),
    },
    model.lang,
  )
  // A large buffer: fewer waits for the disk than the default 16 kB.
  const out = fs.createWriteStream(file, { highWaterMark: 1 << 20 })
  const closed = once(out, 'close')
  closed.catch(() => {})
  let writeError: unknown = null
  out.on('error', (error) => (writeError ??= error))
  doc.pipe(out)

  /** After each unit of work: pace (progress, cancel, other requests), and wait when the disk is behind. */
  const stepping =
    (pacer: Pacer) =>
    async (units = 1) => {
      if (writeError !== null) throw writeError
      await pacer.step(units)
      if (out.writableNeedDrain) await once(out, 'drain')
    }
  const step = stepping(pacer)

  try {
    const frame = new PageFrame(doc, new Typesetter(doc, model.lang))
    drawCover(frame, model)
    const contents = Contents.reserve(frame, L.document.tableOfContents, entries)
    let entry = 0

    for (const part of records) {
      frame.addPage('portrait')
      contents.mark(entry++)
      paragraph(frame, part.title, STYLES.h1, SPACE.afterH1)
      paragraph(frame, fill(L.document.recordOf, { organisation }), STYLES.note, SPACE.afterNote)
      // Each fiche starts a page, the first one right under its record's heading.
      for (let i = 0; i < part.activities.length; i++) {
        const activity = part.activities[i]
        const title = activityTitle(activity)
        if (i > 0) frame.addPage()
        contents.mark(entry++)
        paragraph(frame, title, STYLES.h2, SPACE.afterH2)
        for (const block of ficheBlocks(model, f, activity, part.spec))
          drawFicheBlock(frame, block, { labelShare: 0.32, notRecorded: L.values.notRecorded })
        await step(FICHE_WORK)
      }
    }

    for (let i = 0; i < annexes.length; i++) {
      const table = annexes[i]
      frame.addPage('landscape')
      if (i === 0) {
        contents.mark(entry++)
        paragraph(frame, L.document.annexes, STYLES.h1, SPACE.afterH1)
      }
      frame.ensure(paragraphHeight(frame, table.title, STYLES.h2) + SPACE.afterH2 + 60)
      contents.mark(entry++)
      paragraph(frame, table.title, STYLES.h2, SPACE.afterH2)
      await drawAnnexTable(
        frame,
        table.columns.map((c) => c.header),
        () => table.rows(),
        step,
      )
    }

    pacer.check()
    const finishing = new Pacer(
      contents.pages + frame.pageNumber,
      {
        signal: options.signal,
        onProgress: report && ((x) => report(LAYOUT_SHARE + x * (1 - LAYOUT_SHARE))),
      },
      FINISH_EVERY,
    )
    const finishStep = stepping(finishing)
    await contents.finish(finishStep)
    await frame.finish(
      (page, pages) => ({
        headerLeft: page === 1 ? null : organisation,
        headerRight: page === 1 ? null : `${L.document.exportDate}: ${f.date(model.exportDate)}`,
        footerLeft: L.document.recordName,
        footerRight: fill(L.document.page, { page, pages }),
      }),
      finishStep,
    )
    doc.end()
    await closed
    if (writeError !== null) throw writeError
    report?.(1)
  } catch (error) {
    doc.unpipe(out)
    out.destroy()
    await closed.catch(() => {})
    throw error
  }
}
