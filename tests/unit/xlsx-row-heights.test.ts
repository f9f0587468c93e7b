/**
 * Row heights of the workbook: the lines a cell's text wraps into at its column's width, measured with Arial's
 * widths (xlsx-print.ts). The LibreOffice tests check the printed result; these pin the measure itself, whose
 * figures are those it gave before it was made faster, and the workbook's measurer that remembers texts.
 */
import { describe, expect, it } from 'vitest'
import { MAX_ROW_PT, rowHeight, rowHeights, wrappedLines } from '../../electron/core/exports/xlsx-print'

const SENTENCE = 'Salary payments to employees and the reporting to the tax authority that the law requires'

describe('the lines a text wraps into', () => {
  it.each([
    ['Payroll', 14, false, 1],
    [SENTENCE, 24, false, 5],
    [SENTENCE, 40, true, 3],
    // A word longer than its column fills as many lines as it needs.
    ['a'.repeat(300), 14, false, 24],
    // Every line break starts a line ("\r\n" is one).
    ['Lohnabrechnung\nMeldung an das Finanzamt\r\nAufbewahrung nach HGB', 24, false, 3],
    ['\n\n', 40, false, 3],
    // Accented letters as wide as their base, East Asian characters a full em, emoji, combining marks.
    ['Käsittely – 処理の目的と法的根拠 — обработка персональных данных 🙂🙂🙂 e\u0301te\u0301', 19, false, 5],
    ['two  spaces   between    words and a trailing one ', 14, false, 4],
  ])('%j in a column %i wide (bold %s): %i', (text, width, bold, lines) => {
    expect(wrappedLines(text, width, bold)).toBe(lines)
  })

  it('gives a row the height of its tallest cell, up to the tallest row Excel has', () => {
    expect(rowHeight(['Payroll', SENTENCE, ''], [14, 24, 40])).toBe(66)
    expect(rowHeight(['x'.repeat(20000)], [14])).toBe(MAX_ROW_PT)
  })

  it('measures the same with the workbook’s measurer, which remembers texts it has seen', () => {
    const measure = rowHeights()
    const rows = [
      ['Payroll', SENTENCE, ''],
      ['Payroll', SENTENCE, 'Käsittely – 処理の目的と法的根拠'],
      [SENTENCE, 'Payroll', SENTENCE],
    ]
    for (const widths of [
      [14, 24, 40],
      [40, 14, 19],
    ]) {
      for (const row of [...rows, ...rows]) {
        expect(measure(row, widths)).toBe(rowHeight(row, widths))
        expect(measure(row, widths, true)).toBe(rowHeight(row, widths, true))
      }
    }
  })
})
