/**
 * The look of the PDF in one place: page margins, colours, text styles, rules and paddings (the reviewed look
 * of the first version, made with pdfmake, point for point).
 */
import type { FontName } from './pdfkit'

export interface TextStyle {
  font: FontName
  /** Font size in points. */
  size: number
  color: string
}

/** Page margins in points; header and footer sit in the top and bottom margins. */
export const MARGINS = { top: 56, left: 42, right: 42, bottom: 48 }
export const HEADER_Y = 24
/** From the bottom edge of the page to the top of the footer line. */
export const FOOTER_FROM_BOTTOM = 32

/** Lines are 1.15 times the font's own line height. */
export const LINE_SPACING = 1.15

export const INK = '#000000'
export const NAVY = '#1f2f57'
export const LABEL_INK = '#33404f'
export const GREY = '#5f6b7a'
/** Fill of section bars and table header rows. */
export const BAR = '#e3e8f2'
export const RULE = '#c9d1de'
export const RULE_WIDTH = 0.5

/** Cell padding: left and right, top and bottom. */
export const PAD_X = 4
export const PAD_Y = 3

const style = (font: FontName, size: number, color = INK): TextStyle => ({ font, size, color })

export const STYLES = {
  title: style('bold', 22, NAVY),
  subtitle: style('regular', 15),
  h1: style('bold', 16, NAVY),
  h2: style('bold', 12.5, NAVY),
  note: style('italic', 8.5, GREY),
  /** The text of a section bar (an Art. 30 point). */
  point: style('bold', 9.5),
  label: style('bold', 8.5, LABEL_INK),
  value: style('regular', 8.5),
  /** "Not recorded". */
  empty: style('italic', 8.5, GREY),
  tableHeader: style('bold', 7.5),
  small: style('regular', 7.5),
  frame: style('regular', 7.5, GREY),
  tocSection: style('bold', 8.5),
  tocEntry: style('regular', 9),
} satisfies Record<string, TextStyle>

/** Space after a block, in points. */
export const SPACE = {
  afterTitle: 6,
  afterSubtitle: 18,
  afterNote: 14,
  afterH1: 10,
  afterH2: 8,
  beforeBar: 8,
  coverTop: 120,
}
