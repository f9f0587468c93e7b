/**
 * The few drawing operators of the PDF, written straight into the page's content stream: filled rectangles,
 * thin rules, and lines of text already shaped by the font. pdfkit's own drawing calls do the same with a
 * dozen operators, a colour parse and a buffer per call; a register of a thousand pages makes hundreds of
 * thousands of such calls, so one string per block is most of the speed of the export.
 *
 * Coordinates are pdfkit's: points from the top-left corner of the page (pdfkit starts every page with a
 * transformation that turns the PDF's y axis downwards).
 */
import type { PdfDocument } from './pdfkit'

/** A number as a PDF operand: at most three decimals (a thousandth of a point). */
export const num = (n: number): string => String(Math.round(n * 1000) / 1000)

const colours = new Map<string, string>()

/** '#1f2f57' as PDF RGB operands. */
export function rgb(hex: string): string {
  let operands = colours.get(hex)
  if (operands === undefined) {
    const value = Number.parseInt(hex.slice(1), 16)
    operands = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) => num(c / 255)).join(' ')
    colours.set(hex, operands)
  }
  return operands
}

export function fillRect(
  doc: PdfDocument,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: string,
): void {
  doc.addContent(`q ${rgb(colour)} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f Q`)
}

/** The outline of a rectangle and vertical rules inside it at `dividers` (x positions). */
export function strokeBox(
  doc: PdfDocument,
  x: number,
  y: number,
  width: number,
  height: number,
  dividers: number[],
  colour: string,
  lineWidth: number,
): void {
  const rules = dividers.map((d) => `${num(d)} ${num(y)} m ${num(d)} ${num(y + height)} l`).join(' ')
  doc.addContent(
    `q ${num(lineWidth)} w ${rgb(colour)} RG ${num(x)} ${num(y)} ${num(width)} ${num(height)} re ${rules} S Q`,
  )
}
