import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { HOSTILE_TEXTS } from '../fixtures/rich-register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { pdfInfo, pdfPages } from '../helpers/pdf-text'

const count = (text: string, part: string) => text.split(part).length - 1
/** Text with line breaks as spaces: table cells wrap where the layout needs. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

/** Golden: the record's official name on the cover, the contents heading, "page 1 of n", "not recorded". */
const GOLDEN: Record<Language, { record: string; contents: string; page1: string; notRecorded: string; point: string }> = {
  en: { record: 'Record of processing activities', contents: 'Contents', page1: 'Page 1 of', notRecorded: 'Not recorded', point: 'Art. 30(1)(b) — Purposes of the processing' },
  fi: { record: 'Seloste käsittelytoimista', contents: 'Sisällys', page1: 'Sivu 1/', notRecorded: 'Ei kirjattu', point: '30 artiklan 1 kohdan b alakohta — Käsittelyn tarkoitukset' },
  sv: { record: 'Register över behandling', contents: 'Innehåll', page1: 'Sida 1 av', notRecorded: 'Uppgift saknas', point: 'artikel 30.1 b — Ändamålen med behandlingen' },
  da: { record: 'Fortegnelse over behandlingsaktiviteter', contents: 'Indholdsfortegnelse', page1: 'Side 1 af', notRecorded: 'Ikke oplyst', point: 'artikel 30, stk. 1, litra b — Formålene med behandlingen' },
  de: { record: 'Verzeichnis von Verarbeitungstätigkeiten', contents: 'Inhaltsverzeichnis', page1: 'Seite 1 von', notRecorded: 'Nicht angegeben', point: 'Art. 30 Abs. 1 lit. b — Zwecke der Verarbeitung' },
  fr: { record: 'Registre des activités de traitement', contents: 'Table des matières', page1: 'Page 1 sur', notRecorded: 'Non renseigné', point: 'article 30, paragraphe 1, point b) — Finalités du traitement' },
}

describe('PDF export', { timeout: 60_000 }, () => {
  it('has a cover, contents, a fiche with every Art. 30 point for every activity, annexes, and page x of y on every page', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'en' })
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    const pages = await pdfPages(file)
    const text = pages.join('\n')

    expect(pages[0]).toContain('Record of processing activities\nNordic Bakery Oy')
    expect(pages[0]).toContain('Data protection officer Åsa Øberg, dpo@bakery.example')
    expect(pages[0]).toContain('Representative Not recorded')
    expect(pages[0]).toContain('Export date 2026-03-02')
    expect(pages[1]).toContain('Contents')
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
    pages.slice(1).forEach((page) => expect(page).toContain('Nordic Bakery Oy Export date: 2026-03-02'))

    for (const title of ['PA-01 — Payroll', 'PA-02 — Joint marketing with the Greek distributor', 'PA-10 — Payroll service for Retail Client AB']) {
      expect(count(text, title), title).toBe(2) // in the contents and as the fiche's heading
    }
    const controllerPoints = [
      'Art. 30(1)(a) — Name and contact details of the controller',
      'Art. 30(1)(b) — Purposes of the processing',
      'Art. 30(1)(c) — Categories of data subjects and of personal data',
      'Art. 30(1)(d) — Categories of recipients',
      'Art. 30(1)(e) — Transfers to third countries or international organisations',
      'Art. 30(1)(f) — Time limits for erasure',
      'Art. 30(1)(g) — Technical and organisational security measures',
    ]
    for (const point of controllerPoints) expect(count(text, point), point).toBe(2)
    const processorPoints = [
      'Art. 30(2)(a) — Name and contact details of the processor and of each controller',
      'Art. 30(2)(b) — Categories of processing carried out on behalf of each controller',
      'Art. 30(2)(c) — Transfers to third countries or international organisations',
      'Art. 30(2)(d) — Technical and organisational security measures',
    ]
    for (const point of processorPoints) expect(count(text, point), point).toBe(1)

    // Empty points and fields are shown, not skipped.
    const payroll = text.slice(text.lastIndexOf('PA-01 — Payroll'), text.lastIndexOf('PA-02 — Joint marketing'))
    expect(payroll).toMatch(/Transfers to third countries or\s+international organisations\s+Not recorded/)
    const service = flat(text.slice(text.lastIndexOf('PA-10 — Payroll service')))
    expect(service).toContain('Systems used Not recorded')
    expect(service).toContain('Controllers on whose behalf the processor acts Retail Client AB, Drottninggatan 5, Stockholm, Sweden')
    expect(service).toContain(`Description ${HOSTILE_TEXTS[7]}`)

    for (const annex of ['Parties', 'Transfers', 'Security measures', 'Findings']) expect(text).toContain(`${annex}\n`)
  })

  it('keeps accented, Greek and Cyrillic text intact, with the DejaVu fonts embedded', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'de' })
    const text = (await pdfPages(file)).join('\n')
    for (const words of ['Ελληνική Διανομή Α.Ε.', 'Αθήνα', 'ООО Логистика', 'Београд', 'Leipomo Äijälä', 'Jürgen Müller', 'Åsa Øberg', 'Henkilötunnus', 'Drittlandübermittlungen']) {
      expect(text, words).toContain(words)
    }
    const raw = fs.readFileSync(file).toString('latin1')
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/)
    expect(raw).toContain('/FontFile2')
    const info = await pdfInfo(file)
    expect(info).toMatchObject({ Title: 'Verzeichnis von Verarbeitungstätigkeiten – Nordic Bakery Oy', Author: 'Nordic Bakery Oy', Creator: 'ROPA 0.1.0' })
  })

  it.each(LANGUAGES)('speaks %s: record name, contents, page numbers, points and "not recorded"', async (lang) => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: lang })
    const pages = await pdfPages(file)
    const golden = GOLDEN[lang]
    expect(flat(pages[0]).startsWith(`${golden.record} Nordic Bakery Oy`)).toBe(true)
    expect(pages[1].startsWith(`${golden.contents}\n`)).toBe(true)
    expect(pages[0]).toContain(golden.page1)
    const text = pages.join('\n')
    expect(text).toContain(golden.notRecorded)
    expect(count(text, golden.point)).toBe(2)
  })

  it('leaves out the annexes the user did not choose', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'en', sections: ['processorRecord'] })
    const text = (await pdfPages(file)).join('\n')
    expect(text).toContain('PA-10 — Payroll service for Retail Client AB')
    expect(text).not.toContain('PA-01 — Payroll')
    expect(text).not.toContain('Annexes')
  })
})
