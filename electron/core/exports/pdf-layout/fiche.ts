/**
 * The fiche: a two-column table of labels and values in blocks, each block under a bar naming what it answers
 * (an Art. 30 point, "general information", "further information"). The cover's table is a fiche block
 * without a bar. A value that is not recorded says so in grey italics.
 */
import type { PageFrame } from './frame'
import { fillRect } from './ink'
import { BAR, PAD_X, PAD_Y, SPACE, STYLES } from './look'
import { flowRow, measureRow, type Column, type Row } from './rows'

export interface FicheBlock {
  /** The bar's text; null for a table without a bar. */
  title: string | null
  rows: { label: string; value: string | null }[]
}

export interface FicheOptions {
  /** Share of the width the labels take. */
  labelShare: number
  notRecorded: string
}

/** Blocks of up to this many rows are kept on one page with their bar, as a reader expects a point whole. */
const KEEP_TOGETHER_ROWS = 6

function columns(frame: PageFrame, labelShare: number): Column[] {
  const label = Math.round(frame.width * labelShare * 100) / 100
  return [
    { x: 0, width: label },
    { x: label, width: frame.width - label },
  ]
}

/** Draw one block at the frame's position, over as many pages as its rows need. */
export function drawFicheBlock(frame: PageFrame, block: FicheBlock, options: FicheOptions): void {
  const cols = columns(frame, options.labelShare)
  const rows: Row[] = block.rows.map(({ label, value }) =>
    measureRow(
      frame,
      [
        { text: label, style: STYLES.label },
        value === null
          ? { text: options.notRecorded, style: STYLES.empty }
          : { text: value, style: STYLES.value },
      ],
      cols,
    ),
  )
  const barLines =
    block.title === null ? [] : frame.text.lines(block.title, STYLES.point, frame.width - 2 * PAD_X)
  const barHeight =
    block.title === null ? 0 : barLines.length * frame.text.lineHeight(STYLES.point) + 2 * PAD_Y
  const space = () => (frame.atTop || block.title === null ? 0 : SPACE.beforeBar)

  const whole = barHeight + rows.reduce((sum, r) => sum + r.height, 0)
  const keep =
    rows.length <= KEEP_TOGETHER_ROWS && whole <= frame.pageHeight
      ? whole
      : barHeight + Math.min(rows[0]?.height ?? 0, frame.pageHeight / 4)
  frame.ensure(space() + keep)
  frame.y += space()

  if (block.title !== null) {
    fillRect(frame.doc, frame.left, frame.y, frame.width, barHeight, BAR)
    frame.text.draw(barLines, STYLES.point, frame.left + PAD_X, frame.y + PAD_Y)
    frame.y += barHeight
  }
  for (const row of rows) flowRow(frame, row, cols)
}
