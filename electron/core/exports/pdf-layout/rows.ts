/**
 * Table rows: cells wrapped into their columns, drawn with a fill and thin rules, and flowed over pages. A row
 * that does not fit on what is left of a page moves to the next page whole; a row taller than a whole page (a
 * very long description) is split between lines, so every line of it is printed.
 */
import { fillRect, strokeBox } from './ink'
import { PAD_X, PAD_Y, RULE, RULE_WIDTH, type TextStyle } from './look'
import type { PageFrame } from './frame'

export interface Column {
  /** From the left margin. */
  x: number
  width: number
}

export interface Cell {
  text: string
  style: TextStyle
}

interface MeasuredCell {
  lines: string[]
  style: TextStyle
  lineHeight: number
}

export interface Row {
  cells: MeasuredCell[]
  height: number
  fill: string | null
}

const EPSILON = 0.01
/** A row taller than a page starts on the next page rather than in less room than this. */
const MIN_SPLIT_ROOM = 72

const rowHeight = (cells: MeasuredCell[]) =>
  Math.max(...cells.map((c) => c.lines.length * c.lineHeight)) + 2 * PAD_Y

/** Wrap each cell into its column. */
export function measureRow(
  frame: PageFrame,
  cells: Cell[],
  columns: Column[],
  fill: string | null = null,
): Row {
  const measured = cells.map((cell, i) => ({
    lines: frame.text.lines(cell.text, cell.style, columns[i].width - 2 * PAD_X),
    style: cell.style,
    lineHeight: frame.text.lineHeight(cell.style),
  }))
  return { cells: measured, height: rowHeight(measured), fill }
}

/** Draw a row at the frame's position and move below it. */
export function drawRow(frame: PageFrame, row: Row, columns: Column[]): void {
  const { doc } = frame
  const top = frame.y
  const left = frame.left + columns[0].x
  const last = columns[columns.length - 1]
  const width = last.x + last.width - columns[0].x
  if (row.fill !== null) fillRect(doc, left, top, width, row.height, row.fill)
  row.cells.forEach((cell, i) =>
    frame.text.draw(cell.lines, cell.style, frame.left + columns[i].x + PAD_X, top + PAD_Y),
  )
  strokeBox(
    doc,
    left,
    top,
    width,
    row.height,
    columns.slice(1).map((c) => frame.left + c.x),
    RULE,
    RULE_WIDTH,
  )
  frame.y = top + row.height
}

/** The part of a row that fits in `height` (whole lines) and the rest; null if not one line fits. */
function splitRow(row: Row, height: number): [Row, Row] | null {
  const counts = row.cells.map((c) => Math.max(0, Math.floor((height - 2 * PAD_Y + EPSILON) / c.lineHeight)))
  if (counts.every((n) => n === 0)) return null
  const head = row.cells.map((c, i) => ({ ...c, lines: c.lines.slice(0, counts[i]) }))
  const tail = row.cells.map((c, i) => ({ ...c, lines: c.lines.slice(counts[i]) }))
  return [
    { ...row, cells: head, height: rowHeight(head) },
    { ...row, cells: tail, height: rowHeight(tail) },
  ]
}

/**
 * Draw a row where it fits: here, else on a new page (after `onNewPage`, e.g. a repeated header row, whose
 * height is `reserved`), and split over pages when it is taller than a page.
 */
export function flowRow(
  frame: PageFrame,
  row: Row,
  columns: Column[],
  onNewPage: () => void = () => {},
  reserved = 0,
): void {
  const newPage = () => {
    frame.addPage()
    onNewPage()
  }
  let rest = row
  let fresh = false
  for (;;) {
    if (rest.height <= frame.room + EPSILON) return drawRow(frame, rest, columns)
    if (!fresh && rest.height <= frame.pageHeight - reserved) {
      newPage()
      fresh = true
      continue
    }
    // Taller than a page: split, but do not start it in the last few lines of a page.
    const split = fresh || frame.room >= MIN_SPLIT_ROOM ? splitRow(rest, frame.room) : null
    if (split === null) {
      // Not one line fits even on a fresh page: print it rather than loop.
      if (fresh) return drawRow(frame, rest, columns)
      newPage()
      fresh = true
      continue
    }
    drawRow(frame, split[0], columns)
    rest = split[1]
    newPage()
    fresh = true
  }
}
