/**
 * Annex tables (parties, transfers, security measures, findings): several columns, a shaded header row that is
 * repeated at the top of every page the table continues on, rows streamed from the export's tables.
 */
import type { PageFrame } from './frame'
import { BAR, PAD_X, STYLES } from './look'
import { drawRow, flowRow, measureRow, type Column } from './rows'

export interface AnnexColumn {
  header: string
  /** Share of the width, relative to the other columns. */
  weight: number
}

/**
 * Column widths from their weights, widened where a word of the heading would not fit (a heading is never
 * broken inside a word, in any language) and narrowed elsewhere to make up for it.
 */
export function fitColumns(frame: PageFrame, columns: AnnexColumn[]): Column[] {
  const total = frame.width
  // The line breaker measures a word with the space after it.
  const minimum = columns.map((c) => Math.max(...c.header.split(/\s+/).map((word) => frame.text.width(`${word} `, STYLES.tableHeader))) + 2 * PAD_X)
  const sum = columns.reduce((s, c) => s + c.weight, 0)
  let widths = columns.map((c) => (c.weight / sum) * total)
  // Each round fixes the columns that are too narrow and shrinks the others in proportion; a few rounds settle it.
  for (let round = 0; round < columns.length; round++) {
    const fixed = widths.map((w, i) => w < minimum[i] - 0.01)
    if (!fixed.some(Boolean)) break
    const needed = widths.reduce((s, w, i) => s + (fixed[i] ? minimum[i] - w : 0), 0)
    const flexible = widths.reduce((s, w, i) => s + (fixed[i] ? 0 : w - minimum[i]), 0)
    if (flexible <= needed) break // Too many long words to fit: keep the weights, words will wrap.
    widths = widths.map((w, i) => (fixed[i] ? minimum[i] : w - ((w - minimum[i]) / flexible) * needed))
  }
  const result: Column[] = []
  let x = 0
  for (const width of widths) {
    result.push({ x, width })
    x += width
  }
  return result
}

/** Draw a table at the frame's position; `step` is awaited after every row (progress, cancel). */
export async function drawAnnexTable(frame: PageFrame, columns: AnnexColumn[], rows: Iterable<string[]>, step: () => Promise<void>): Promise<void> {
  const cols = fitColumns(frame, columns)
  const header = measureRow(frame, columns.map((c) => ({ text: c.header, style: STYLES.tableHeader })), cols, BAR)
  const drawHeader = () => drawRow(frame, header, cols)
  frame.ensure(header.height * 3)
  drawHeader()
  for (const cells of rows) {
    const row = measureRow(frame, cells.map((text) => ({ text, style: STYLES.small })), cols)
    flowRow(frame, row, cols, drawHeader, header.height)
    await step()
  }
}
