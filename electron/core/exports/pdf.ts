/**
 * The PDF: a cover page, a table of contents, one fiche per activity laid out like the CNIL's "fiche de
 * registre" (every Art. 30 point, an empty one shown as "not recorded" rather than left out), and annexes for
 * parties, transfers, security measures and findings. Organisation and export date head every page, "page x
 * of y" is at its foot.
 *
 * Made with pdfmake's Node printer in plain Node, so the CLI, the tests and the desktop app produce the same
 * file. The DejaVu fonts are embedded (subset): they cover Latin with every EU language's diacritics, Greek
 * and Cyrillic. pdfmake lays out the whole document in one synchronous call (it needs the page count for
 * "page x of y" and the contents): the document definition is built activity by activity with progress and
 * cancellation, the layout itself cannot be interrupted.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import { createRequire } from 'node:module'
import type { Art30Key } from '../../../shared/reference/art30'
import type { RegisterActivity } from '../../../shared/schemas/register'
import { fill, formatter, type FieldKey, type Formatter } from './fields'
import type { ExportModel, ExportSection } from './model'
import { Pacer, type WriteOptions } from './pacer'
import { coverRows, findingsTable, partiesTable, securityMeasuresTable, transfersTable, type Table } from './tables'

const require = createRequire(import.meta.url)

// pdfmake has no type declarations; these are the few shapes this file uses.
type Node = Record<string, unknown> | string
interface PdfKitDocument extends NodeJS.ReadableStream {
  end(): void
}
interface PrinterInstance {
  createPdfKitDocument(definition: Record<string, unknown>, options?: { progressCallback?: (fraction: number) => void }): Promise<PdfKitDocument>
}
type PrinterClass = new (fonts: unknown, virtualfs: unknown, urlResolver: unknown, localAccessPolicy?: (path: string) => boolean) => PrinterInstance

const FONT_FILES = {
  normal: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
  bolditalics: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf'),
}
const FONT_PATHS = new Set(Object.values(FONT_FILES))

/** No virtual files: fonts come from disk. */
const noVirtualFiles = { existsSync: () => false, readFileSync: () => { throw new Error('no virtual files') }, writeFileSync: () => {} }
/** The document has no images or links to fetch; a URL would be a bug, never a download. */
const noUrls = {
  resolve(url: string) {
    if (/^https?:/i.test(url)) throw new Error(`The PDF must not load ${url}`)
  },
  resolved: () => Promise.resolve(),
}

function printer(): PrinterInstance {
  const Printer = (require('pdfmake/js/Printer') as { default: PrinterClass }).default
  // The printer rewrites its font table while resolving it, so each document gets a fresh copy.
  return new Printer({ DejaVuSans: { ...FONT_FILES } }, noVirtualFiles, noUrls, (file) => FONT_PATHS.has(file))
}

const GREY = '#5f6b7a'
const BAR = '#e3e8f2'
const RULE = '#c9d1de'

const STYLES = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6], color: '#1f2f57' },
  subtitle: { fontSize: 15, margin: [0, 0, 0, 18] },
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10], color: '#1f2f57' },
  h2: { fontSize: 12.5, bold: true, margin: [0, 0, 0, 8], color: '#1f2f57' },
  point: { bold: true, fontSize: 9.5 },
  label: { bold: true, color: '#33404f' },
  empty: { italics: true, color: GREY },
  note: { italics: true, color: GREY, margin: [0, 0, 0, 14] },
  tableHeader: { bold: true, fontSize: 7.5 },
  small: { fontSize: 7.5 },
}

const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

interface FicheRow {
  key: FieldKey
  /** Left out when empty: extras that apply only to some purposes or transfers. */
  optional?: boolean
}

interface FicheBlock {
  point: Art30Key | 'general' | 'further'
  rows: FicheRow[]
}

const row = (key: FieldKey, optional = false): FicheRow => ({ key, optional })

const GENERAL: FicheBlock = {
  point: 'general',
  rows: ['reference', 'name', 'role', 'status', 'businessFunction', 'owner', 'description', 'lastReviewedOn', 'nextReviewDue'].map((k) => row(k as FieldKey)),
}

/** Art. 30(1)(a)–(g): what the record of a controller must say about each activity. */
const CONTROLLER_FICHE: FicheBlock[] = [
  GENERAL,
  { point: '30(1)(a)', rows: [row('controller'), row('jointControllers'), row('representative'), row('dpo')] },
  {
    point: '30(1)(b)',
    rows: [row('purposes'), row('legalBasis'), row('legitimateInterest', true), row('specialCategoryCondition', true), row('criminalDataBasis', true)],
  },
  { point: '30(1)(c)', rows: [row('dataSubjectCategories'), row('dataCategories')] },
  { point: '30(1)(d)', rows: [row('recipients')] },
  { point: '30(1)(e)', rows: [row('transfers'), row('safeguardDocumentation', true)] },
  { point: '30(1)(f)', rows: [row('retention')] },
  { point: '30(1)(g)', rows: [row('securityMeasures')] },
  {
    point: 'further',
    rows: [row('sources'), row('automatedDecisionMaking'), row('dpiaStatus'), row('dpiaCriteria'), row('dpiaReference'), row('systems'), row('dataLocation'), row('notes')],
  },
]

/** Art. 30(2)(a)–(d): what the record of a processor must say about each category of processing. */
const PROCESSOR_FICHE: FicheBlock[] = [
  GENERAL,
  { point: '30(2)(a)', rows: [row('processor'), row('controllers'), row('representative'), row('dpo')] },
  { point: '30(2)(b)', rows: [row('purposes'), row('dataSubjectCategories'), row('dataCategories')] },
  { point: '30(2)(c)', rows: [row('transfers'), row('safeguardDocumentation', true)] },
  { point: '30(2)(d)', rows: [row('securityMeasures')] },
  {
    point: 'further',
    rows: [row('recipients'), row('retention'), row('sources'), row('dpiaStatus'), row('dpiaCriteria'), row('dpiaReference'), row('systems'), row('dataLocation'), row('notes')],
  },
]

/** A heading bar across the page. */
const bar = (text: string): Node => ({
  table: { widths: ['*'], body: [[{ text, style: 'point', fillColor: BAR }]] },
  layout: { ...tableLayout, hLineWidth: () => 0, vLineWidth: () => 0 },
  margin: [0, 8, 0, 0],
})

const valueCell = (value: string | null, notRecorded: string): Node => (value === null ? { text: notRecorded, style: 'empty' } : { text: value })

function fiche(model: ExportModel, f: Formatter, activity: RegisterActivity, blocks: FicheBlock[], breakBefore: boolean): Node[] {
  const L = model.labels
  const nodes: Node[] = [
    {
      text: `${activity.reference} — ${activity.name}`,
      style: 'h2',
      tocItem: true,
      tocStyle: { fontSize: 9 },
      tocMargin: [12, 0, 0, 2],
      ...(breakBefore ? { pageBreak: 'before' } : {}),
    },
  ]
  for (const block of blocks) {
    const title =
      block.point === 'general'
        ? L.document.generalInformation
        : block.point === 'further'
          ? L.document.furtherInformation
          : `${f.cite(block.point)} — ${L.art30[block.point]}`
    const body = block.rows.flatMap((r) => {
      const value = f.value(r.key, activity)
      if (value === null && r.optional) return []
      return [[{ text: f.label(r.key), style: 'label' }, valueCell(value, L.values.notRecorded)]]
    })
    nodes.push({ stack: [bar(title), { table: { widths: ['32%', '*'], body, dontBreakRows: true }, layout: tableLayout }], unbreakable: body.length <= 6 })
  }
  return nodes
}

function coverPage(model: ExportModel): Node[] {
  const L = model.labels
  return [
    { text: L.document.recordName, style: 'title', margin: [0, 120, 0, 6] },
    { text: model.doc.organisation.name, style: 'subtitle' },
    { text: L.document.note, style: 'note' },
    {
      table: {
        widths: ['35%', '*'],
        body: coverRows(model).map(([label, value]) => [
          { text: label, style: 'label' },
          value === L.values.notRecorded ? { text: value, style: 'empty' } : { text: value },
        ]),
      },
      layout: tableLayout,
    },
  ]
}

function annexTable(table: Table, widths: (number | string)[]): Node[] {
  const header = table.columns.map((c) => ({ text: c.header, style: 'tableHeader', fillColor: BAR }))
  const body: Node[][] = [header]
  for (const cells of table.rows()) body.push(cells.map((text) => ({ text, style: 'small' })))
  return [
    { text: table.title, style: 'h2', tocItem: true, tocStyle: { fontSize: 9 }, tocMargin: [12, 0, 0, 2], pageBreak: 'before', pageOrientation: 'landscape' },
    { table: { headerRows: 1, widths, body, dontBreakRows: true }, layout: tableLayout },
  ]
}

const section = (text: string): Node => ({ text, style: 'h1', tocItem: true, tocStyle: { bold: true }, tocMargin: [0, 6, 0, 2], pageBreak: 'before', pageOrientation: 'portrait' })

async function definition(model: ExportModel, pacer: Pacer): Promise<Record<string, unknown>> {
  const L = model.labels
  const f = formatter(model)
  const content: Node[] = [...coverPage(model)]
  content.push({ toc: { title: { text: L.document.tableOfContents, style: 'h1' }, outlines: true }, pageBreak: 'before' })

  const records: [ExportSection, string, RegisterActivity[], FicheBlock[]][] = [
    ['controllerRecord', L.document.controllerRecord, model.controllerActivities, CONTROLLER_FICHE],
    ['processorRecord', L.document.processorRecord, model.processorActivities, PROCESSOR_FICHE],
  ]
  for (const [key, title, activities, blocks] of records) {
    if (!model.sections.has(key) || activities.length === 0) continue
    content.push(section(title))
    content.push({ text: fill(L.document.recordOf, { organisation: model.doc.organisation.name }), style: 'note' })
    // Each fiche starts a page, the first one right under its record's heading.
    for (let i = 0; i < activities.length; i++) {
      content.push(...fiche(model, f, activities[i], blocks, i > 0))
      await pacer.step()
    }
  }

  const annexes: Node[] = []
  if (model.sections.has('parties') && model.doc.parties.length > 0) annexes.push(...annexTable(partiesTable(model, f), ['12%', '9%', '7%', '12%', '10%', '9%', '6%', '9%', '7%', '11%', '8%']))
  if (model.sections.has('transfers') && model.doc.activities.some((a) => a.transfers.length > 0)) annexes.push(...annexTable(transfersTable(model, f), ['6%', '10%', '10%', '9%', '9%', '13%', '9%', '9%', '9%', '5%', '11%']))
  if (model.sections.has('securityMeasures') && model.doc.securityMeasures.length > 0) annexes.push(...annexTable(securityMeasuresTable(model), ['18%', '25%', '42%', '15%']))
  if (model.sections.has('findings') && model.findings.length > 0) annexes.push(...annexTable(findingsTable(model, f), ['10%', '16%', '10%', '64%']))
  if (annexes.length > 0) content.push(section(L.document.annexes), ...annexes)

  const organisation = model.doc.organisation.name
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [42, 56, 42, 48],
    language: model.lang,
    info: {
      title: fill(L.document.recordOf, { organisation }),
      author: organisation,
      subject: L.document.recordName,
      keywords: 'GDPR Art. 30',
      creator: `ROPA ${model.appVersion}`,
      producer: `ROPA ${model.appVersion}`,
      creationDate: new Date(model.exportedAt),
    },
    defaultStyle: { font: 'DejaVuSans', fontSize: 8.5, lineHeight: 1.15 },
    styles: STYLES,
    content,
    header: (page: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: organisation, style: 'small', color: GREY },
              { text: `${L.document.exportDate}: ${model.exportDate}`, style: 'small', color: GREY, alignment: 'right' },
            ],
            margin: [42, 24, 42, 0],
          },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: L.document.recordName, style: 'small', color: GREY },
        { text: fill(L.document.page, { page, pages }), style: 'small', color: GREY, alignment: 'right' },
      ],
      margin: [42, 16, 42, 0],
    }),
  }
}

/** Write the PDF to `file`; on cancel or failure the caller deletes the partial file. */
export async function writePdf(model: ExportModel, file: string, options: WriteOptions = {}): Promise<void> {
  const activities =
    (model.sections.has('controllerRecord') ? model.controllerActivities.length : 0) +
    (model.sections.has('processorRecord') ? model.processorActivities.length : 0)
  // Building the definition is the first half of the work; layout and rendering the second.
  const report = options.onProgress
  const pacer = new Pacer(activities, { signal: options.signal, onProgress: report && ((x) => report(x * 0.5)) }, 25)
  const docDefinition = await definition(model, pacer)
  await pacer.pause()
  const pdf = await printer().createPdfKitDocument(docDefinition, { progressCallback: report && ((x) => report(0.5 + x * 0.45)) })
  pacer.check()
  const out = fs.createWriteStream(file)
  const closed = once(out, 'close')
  closed.catch(() => {})
  try {
    pdf.pipe(out)
    pdf.end()
    await closed
  } catch (error) {
    out.destroy()
    await closed.catch(() => {})
    throw error
  }
}
