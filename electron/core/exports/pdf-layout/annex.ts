/**
 * Annex tables (parties, transfers, security measures, findings): several columns, a shaded header row that is
 * repeated at the top of every page the table continues on, rows streamed from the export's tables.
 */
import type { PageFrame } from './frame'
import { BAR, PAD_X, STYLES, type TextStyle } from './look'
import { drawRow, flowRow, measureRow, type Column } from './rows'

/** Rows looked at to size the columns (a table streams its rows; the first ones show what the columns hold). */
const SAMPLE_ROWS = 200
/** The most of the width one word of a value may claim (a long URL rather breaks). */
const VALUE_WORD_SHARE = 0.12
/** A heading may wrap onto about this many lines before its column is widened for it. */
const HEADING_LINES = 3

const sum = (list: number[]) => list.reduce((s, w) => s + w, 0)

/** The widths capped at one level, chosen so they add up to `total`: the widest give way first. */
function capAt(widths: number[], total: number): number[] {
  const sorted = [...widths].sort((a, b) => a - b)
  let room = total
  for (let i = 0; i < sorted.length; i++) {
    const level = room / (sorted.length - i)
    if (sorted[i] > level) return widths.map((w) => Math.min(w, level))
    room -= sorted[i]
  }
  return widths
}

/**
 * Column widths from what the columns hold, as browsers size a table: every column gets its longest word (of
 * the heading or the values) so no word is broken, and the width left goes to the columns whose text would
 * otherwise wrap most. When the longest words do not all fit, the longest give way first and break.
 */
export function fitColumns(frame: PageFrame, headers: string[], sample: string[][]): Column[] {
  const total = frame.width
  const padding = 2 * PAD_X
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '')
  // The line breaker measures a word with the space after it.
  const wordWidth = (word: string, style: TextStyle) => frame.text.width(`${word} `, style)
  const longest = headers.map((header) =>
    Math.max(0, ...words(header).map((w) => wordWidth(w, STYLES.tableHeader))),
  )
  const natural = headers.map((header) => frame.text.width(header, STYLES.tableHeader) / HEADING_LINES)
  for (const cells of sample) {
    cells.forEach((cell, i) => {
      for (const line of cell.split('\n')) {
        natural[i] = Math.max(natural[i], frame.text.width(line, STYLES.small))
        for (const w of words(line))
          longest[i] = Math.max(longest[i], Math.min(wordWidth(w, STYLES.small), total * VALUE_WORD_SHARE))
      }
    })
  }
  const least = longest.map((w) => w + padding)
  const most = natural.map((w, i) => Math.max(least[i], Math.min(w, total) + padding))
  let widths: number[]
  if (sum(most) <= total) widths = most.map((w) => w + ((total - sum(most)) * w) / sum(most))
  else if (sum(least) <= total) {
    // From the least towards the most, in proportion to how far each has to go.
    const gap = sum(most) - sum(least)
    widths = least.map((w, i) => w + ((total - sum(least)) * (most[i] - w)) / gap)
  } else widths = capAt(least, total)
  const result: Column[] = []
  let x = 0
  for (const width of widths) {
    result.push({ x, width })
    x += width
  }
  return result
}

/** Draw a table at the frame's position; `step` is awaited after every row (progress, cancel). */
export async function drawAnnexTable(
  frame: PageFrame,
  headers: string[],
  rows: () => Iterable<string[]>,
  step: () => Promise<void>,
): Promise<void> {
  const sample: string[][] = []
  for (const cells of rows()) if (sample.push(cells) >= SAMPLE_ROWS) break
  const cols = fitColumns(frame, headers, sample)
  const header = measureRow(
    frame,
    headers.map((text) => ({ text, style: STYLES.tableHeader })),
    cols,
    BAR,
  )
  const drawHeader = () => drawRow(frame, header, cols)
  frame.ensure(header.height * 3)
  drawHeader()
  for (const cells of rows()) {
    const row = measureRow(
      frame,
      cells.map((text) => ({ text, style: STYLES.small })),
      cols,
    )
    flowRow(frame, row, cols, drawHeader, header.height)
    await step()
  }
}
