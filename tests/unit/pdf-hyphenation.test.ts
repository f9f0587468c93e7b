/**
 * Words too long for a table column are hyphenated where their language allows, with a hyphen, and text breaks
 * at spaces first: "Verarbeitungs-" / "tätigkeit", not "Verarbeitungstäti" / "gkeit" (what the PDF's annexes
 * printed before).
 */
import { describe, expect, it } from 'vitest'
import { hyphenateWord, SOFT_HYPHEN } from '../../electron/core/exports/pdf-layout/hyphenate'
import { STYLES } from '../../electron/core/exports/pdf-layout/look'
import { createDocument } from '../../electron/core/exports/pdf-layout/pdfkit'
import { Typesetter } from '../../electron/core/exports/pdf-layout/text'
import type { Language } from '../../shared/schemas/codes'

const INFO = {
  Title: 't',
  Author: 'a',
  Subject: 's',
  Keywords: 'k',
  Creator: 'c',
  Producer: 'p',
  CreationDate: new Date(0),
}

function typesetter(language: Language) {
  const doc = createDocument(INFO, language)
  doc.addPage({ size: 'A4', layout: 'portrait', margins: { top: 40, left: 40, right: 40, bottom: 40 } })
  return { doc, text: new Typesetter(doc, language) }
}

/** Where the hyphenation patterns of `language` allow `word` to break: the lengths of its allowed first parts. */
const allowedBreaks = (word: string, language: Language) => {
  const parts = hyphenateWord(word, language).split(SOFT_HYPHEN)
  return new Set(parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length))
}

const CASES: [Language, string][] = [
  ['de', 'Status des Empfängerlandes: Drittland ohne Angemessenheitsbeschluss, Verarbeitungstätigkeit'],
  [
    'fi',
    'Kolmas maa ilman tietosuojan riittävyyspäätöstä, käsittelytoimi, henkilötietoryhmien käsittelyperuste',
  ],
  ['sv', 'Konsekvensbedömningens status, personuppgiftsansvariga, identifikationsnummer'],
  ['da', 'Sikkerhedsforanstaltninger og konsekvensanalyse, personoplysningerne'],
  ['fr', 'Responsables conjoints du traitement, Analyse d’impact des transferts, internationalisation'],
]

describe('PDF line breaking', () => {
  it.each(CASES)(
    '%s: breaks at spaces, hyphenates long words where the language allows, and every line fits',
    (language, text) => {
      const { doc, text: setter } = typesetter(language)
      const width = 60
      const lines = setter.lines(text, STYLES.tableHeader, width)
      doc.font(STYLES.tableHeader.font).fontSize(STYLES.tableHeader.size)
      for (const line of lines) expect(doc.widthOfString(line), line).toBeLessThanOrEqual(width + 0.01)
      expect(lines.join('')).not.toContain(SOFT_HYPHEN)
      // Read back as a reader does: a line ending in a hyphen continues its word on the next line (the texts
      // hold no hyphen of their own), any other line ends at a space.
      let rebuilt = ''
      const breaks: number[] = []
      for (const [i, line] of lines.entries()) {
        if (i === lines.length - 1) rebuilt += line
        else if (line.endsWith('-')) breaks.push((rebuilt += line.slice(0, -1)).length)
        else rebuilt += line + ' '
      }
      expect(rebuilt, JSON.stringify(lines)).toBe(text)
      expect(breaks.length).toBeGreaterThan(0)
      for (const at of breaks) {
        const start = text.lastIndexOf(' ', at) + 1
        const end = text.indexOf(' ', at)
        const word = text.slice(start, end < 0 ? undefined : end).replace(/[,:]$/, '')
        expect(allowedBreaks(word, language), `${word} broken after ${at - start} letters`).toContain(
          at - start,
        )
      }
    },
  )

  it('leaves a line that fits as it is: no hyphen where no break is needed', () => {
    const { text } = typesetter('de')
    expect(text.lines('Verarbeitungstätigkeit', STYLES.value, 400)).toEqual(['Verarbeitungstätigkeit'])
    expect(text.lines('Status des Empfängerlandes', STYLES.value, 120)).toEqual([
      'Status des',
      'Empfängerlandes',
    ])
  })
})
