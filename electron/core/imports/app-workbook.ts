/**
 * The app's own workbook coming back: the register from its hidden sheet, and a comparison of the visible
 * sheets with what the export wrote, so a workbook edited in Excel after the export is reported cell by
 * cell instead of silently losing the edits.
 */
import { previewOf, countsOf, type Analysis } from '../../../shared/imports/analyse'
import { columnLetter } from '../../../shared/imports/text'
import { ImportFailure, type ImportProblem, type SourceSheet } from '../../../shared/imports/types'
import { languageSchema } from '../../../shared/schemas/codes'
import { registerDocumentSchema, type RegisterDocument } from '../../../shared/schemas/register'
import { modelFromDocument } from '../exports/model'
import { exportTables } from '../exports/tables'
import type { AppWorkbookData, ReadWorkbook } from './xlsx'

const MAX_REPORTED = 20
const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim()

/** Every visible cell of the record sheets that differs from what the export wrote, as warnings. */
function edits(doc: RegisterDocument, data: AppWorkbookData, sheets: SourceSheet[]): ImportProblem[] {
  const lang = languageSchema.parse(data.meta.lang)
  const model = modelFromDocument(doc, {
    lang,
    now: new Date(data.meta.exportedAt),
    appVersion: data.meta.appVersion,
  })
  // The created and last-changed dates come from the history of the workspace exported from, which the
  // register document does not carry: those cells are not compared.
  const A = model.labels.fields.activity
  const fromHistory = new Set([A.createdOn, A.changedOn])
  const problems: ImportProblem[] = []
  let changed = 0
  for (const table of exportTables(model)) {
    // Findings depend on settings at the time of the export; they are not part of the register.
    if (table.section === 'findings') continue
    const sheet = sheets.find((s) => s.name === table.title)
    if (!sheet) continue
    const expected = [table.columns.map((c) => c.header), ...table.rows()]
    const height = Math.max(expected.length, sheet.rows.length)
    for (let r = 0; r < height; r++) {
      const width = Math.max(expected[r]?.length ?? 0, sheet.rows[r]?.length ?? 0)
      for (let c = 0; c < width; c++) {
        if (fromHistory.has(expected[0][c] ?? '')) continue
        if (same(expected[r]?.[c], sheet.rows[r]?.[c])) continue
        changed++
        if (changed <= MAX_REPORTED) {
          problems.push({
            sheet: sheet.name,
            row: r + 1,
            column: columnLetter(c + 1),
            heading: expected[0][c] ?? null,
            severity: 'warning',
            message:
              'This cell was changed after ROPA exported the workbook. The import rebuilds the register as it was exported, without this change: make the change in ROPA after importing, or choose to read the visible sheets instead.',
          })
        }
      }
    }
  }
  if (changed > MAX_REPORTED) {
    problems.push({
      sheet: null,
      row: null,
      column: null,
      heading: null,
      severity: 'warning',
      message: `${changed - MAX_REPORTED} more cells were changed after the export; they are not imported either.`,
    })
  }
  return problems
}

/** The analysis of the app's own workbook: the exported register, exactly, whatever the language. */
export function analyseAppWorkbook(
  file: ReadWorkbook & { app: AppWorkbookData },
  organisationName: string | null,
): { analysis: Analysis; document: RegisterDocument } {
  let doc: RegisterDocument
  try {
    const parsed = registerDocumentSchema.safeParse(JSON.parse(file.app.json))
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message)
    doc = parsed.data
  } catch {
    throw new ImportFailure(
      'This is a workbook exported by ROPA, but the register in its hidden “ROPA data” sheet is damaged, so it cannot be imported. Export the workbook again, or import the register document (.json).',
    )
  }
  const lang = languageSchema.safeParse(file.app.meta.lang).success
    ? languageSchema.parse(file.app.meta.lang)
    : 'en'
  const controllerSheet = file.sheets[1]?.name ?? ''
  const processorSheet = file.sheets[2]?.name ?? ''
  let controllerRow = 1
  let processorRow = 1
  const sources = doc.activities.map((a) =>
    a.role === 'processor'
      ? { sheet: processorSheet, row: ++processorRow }
      : { sheet: controllerSheet, row: ++controllerRow },
  )
  let problems: ImportProblem[] = []
  try {
    problems = edits(doc, file.app, file.sheets)
  } catch {
    // The comparison is a courtesy; a workbook it cannot redo is still imported from its hidden sheet.
  }
  const analysis: Analysis = {
    fileKind: 'xlsx',
    layout: 'ropa',
    sheets: file.sheets.map((s) => ({
      name: s.name,
      rowCount: s.rows.length,
      orientation: null,
      header: null,
      matched: 0,
      selected: false,
    })),
    columns: [],
    contact: null,
    organisationName: organisationName ?? doc.organisation.name,
    language: lang,
    preview: previewOf(doc, sources, 20),
    counts: countsOf(doc),
    problems: [...file.problems, ...problems],
  }
  return { analysis, document: doc }
}
