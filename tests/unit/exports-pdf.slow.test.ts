import fs from 'node:fs'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { HOSTILE_TEXTS, richRegister } from '../fixtures/rich-register'
import { bigRegister } from '../helpers/big-register'
import { exportFile, richWorkspace } from '../helpers/exports'
import { pdfInfo, pdfOutline, pdfPageLinks, pdfPages, type OutlineItem } from '../helpers/pdf-text'
import { tempDir } from '../helpers/workspace'
import { exportJobs } from '../../electron/core/exports/jobs'
import { runExport } from '../../electron/core/exports/run'

const count = (text: string, part: string) => text.split(part).length - 1
/** Text with line breaks as spaces: table cells wrap where the layout needs. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

/** The contents as a reader sees them: each entry's title and page number (below the heading, above the page frame). */
const contentsEntries = (page: string, first = true): [string, number][] =>
  page
    .split('\n')
    .slice(first ? 1 : 0, -2)
    .map((line) => /^(.+) (\d+)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => [m[1], Number(m[2])])

/** Golden: the record's official name on the cover, the contents heading, "page 1 of n", "not recorded". */
const GOLDEN: Record<
  Language,
  { record: string; contents: string; page1: string; notRecorded: string; point: string }
> = {
  en: {
    record: 'Record of processing activities',
    contents: 'Contents',
    page1: 'Page 1 of',
    notRecorded: 'Not recorded',
    point: 'Art. 30(1)(b) — Purposes of the processing',
  },
  fi: {
    record: 'Seloste käsittelytoimista',
    contents: 'Sisällys',
    page1: 'Sivu 1/',
    notRecorded: 'Ei kirjattu',
    point: '30 artiklan 1 kohdan b alakohta — Käsittelyn tarkoitukset',
  },
  sv: {
    record: 'Register över behandling',
    contents: 'Innehåll',
    page1: 'Sida 1 av',
    notRecorded: 'Uppgift saknas',
    point: 'Artikel 30.1 b — Ändamålen med behandlingen',
  },
  da: {
    record: 'Fortegnelse over behandlingsaktiviteter',
    contents: 'Indholdsfortegnelse',
    page1: 'Side 1 af',
    notRecorded: 'Ikke oplyst',
    point: 'Artikel 30, stk. 1, litra b — Formålene med behandlingen',
  },
  de: {
    record: 'Verzeichnis von Verarbeitungstätigkeiten',
    contents: 'Inhaltsverzeichnis',
    page1: 'Seite 1 von',
    notRecorded: 'Nicht angegeben',
    point: 'Art. 30 Abs. 1 lit. b — Zwecke der Verarbeitung',
  },
  fr: {
    record: 'Registre des activités de traitement',
    contents: 'Table des matières',
    page1: 'Page 1 sur',
    notRecorded: 'Non renseigné',
    point: 'Article 30, paragraphe 1, point b) — Finalités du traitement',
  },
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
    // Established in the EU: no representative (Art. 27) is the truth.
    expect(pages[0]).toContain('Representative None')
    expect(pages[0]).toContain('Export date 2 March 2026')
    expect(pages[1]).toContain('Contents')
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
    pages.slice(1).forEach((page) => expect(page).toContain('Nordic Bakery Oy Export date: 2 March 2026'))

    for (const title of [
      'PA-01 — Payroll',
      'PA-02 — Joint marketing with the Greek distributor',
      'PA-10 — Payroll service for Retail Client AB',
    ]) {
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

    // Empty points and fields are shown, not skipped; "none" where the register shows there is nothing.
    const payroll = text.slice(
      text.lastIndexOf('PA-01 — Payroll'),
      text.lastIndexOf('PA-02 — Joint marketing'),
    )
    expect(payroll).toMatch(/Transfers to third countries or\s+international organisations\s+None/)
    expect(flat(payroll)).toContain('Joint controllers None')
    const service = flat(text.slice(text.lastIndexOf('PA-10 — Payroll service')))
    expect(service).toContain('Systems used Not recorded')
    expect(service).toContain(
      'Controllers on whose behalf the processor acts Retail Client AB, Drottninggatan 5, Stockholm, Sweden',
    )
    expect(service).toContain(`Description ${HOSTILE_TEXTS[7]}`)

    for (const annex of ['Parties', 'Transfers', 'Security measures', 'Findings'])
      expect(text).toContain(`${annex}\n`)
  })

  it('keeps accented, Greek and Cyrillic text intact, with the DejaVu fonts embedded', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'de' })
    const text = (await pdfPages(file)).join('\n')
    for (const words of [
      'Ελληνική Διανομή Α.Ε.',
      'Αθήνα',
      'ООО Логистика',
      'Београд',
      'Leipomo Äijälä',
      'Jürgen Müller',
      'Åsa Øberg',
      'Henkilötunnus',
      'Drittlandübermittlungen',
    ]) {
      expect(text, words).toContain(words)
    }
    const raw = fs.readFileSync(file).toString('latin1')
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/)
    expect(raw).toContain('/FontFile2')
    const info = await pdfInfo(file)
    expect(info).toMatchObject({
      Title: 'Verzeichnis von Verarbeitungstätigkeiten – Nordic Bakery Oy',
      Author: 'Nordic Bakery Oy',
      Creator: 'ROPA 0.1.0',
    })
  })

  it.each(LANGUAGES)(
    'speaks %s: record name, contents, page numbers, points and "not recorded"',
    async (lang) => {
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
    },
  )

  it('leaves out the annexes the user did not choose', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'en', sections: ['processorRecord'] })
    const text = (await pdfPages(file)).join('\n')
    expect(text).toContain('PA-10 — Payroll service for Retail Client AB')
    expect(text).not.toContain('PA-01 — Payroll')
    expect(text).not.toContain('Annexes')
  })

  it('points the contents, their links and the bookmarks at the page where each part, activity and annex starts', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'pdf', { language: 'en' })
    const pages = await pdfPages(file)
    const entries = contentsEntries(pages[1])
    expect(entries.map(([title]) => title)).toEqual([
      'Controller record',
      'PA-01 — Payroll',
      'PA-02 — Joint marketing with the Greek distributor',
      'Processor record',
      'PA-10 — Payroll service for Retail Client AB',
      'Annexes',
      'Parties',
      'Transfers',
      'Security measures',
      'Findings',
    ])
    for (const [title, page] of entries) {
      // The first page after the contents with the title as a heading of its own.
      const first = pages.findIndex((text, i) => i > 1 && text.includes(`${title}\n`)) + 1
      expect(first, title).toBe(page)
    }
    expect(await pdfPageLinks(file, 2)).toEqual(entries.map(([, page]) => page))

    const outline = await pdfOutline(file)
    const at = (title: string) => entries.find(([t]) => t === title)![1]
    const item = (title: string, items: string[] = []): OutlineItem => ({
      title,
      page: at(title),
      items: items.map((t) => item(t)),
    })
    expect(outline).toEqual([
      item('Controller record', ['PA-01 — Payroll', 'PA-02 — Joint marketing with the Greek distributor']),
      item('Processor record', ['PA-10 — Payroll service for Retail Client AB']),
      item('Annexes', ['Parties', 'Transfers', 'Security measures', 'Findings']),
    ])
  })

  it('prints a text longer than a page whole, continued on the next pages under the same header and footer', async () => {
    const doc = richRegister()
    const lines = Array.from({ length: 300 }, (_, i) => `Line ${i + 1} of the description.`)
    const words = Array.from({ length: 3000 }, (_, i) => `w${i + 1}`)
    doc.activities![0] = { ...doc.activities![0], description: lines.join('\n'), notes: words.join(' ') }
    const ws = await richWorkspace(doc)
    const { file } = await exportFile(ws, 'pdf', { language: 'en', sections: ['controllerRecord'] })
    const pages = await pdfPages(file)
    const text = flat(pages.join('\n'))
    let at = -1
    for (const line of lines) {
      const next = text.indexOf(line, at + 1)
      expect(next, line).toBeGreaterThan(at)
      at = next
    }
    expect(text.split(' ').filter((token) => /^w\d+$/.test(token))).toEqual(words)
    const first = pages.findIndex((page) => page.includes('Line 1 of the description.'))
    const last = pages.findIndex((page) => page.includes('w3000'))
    expect(last - first).toBeGreaterThanOrEqual(4)
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
    pages.slice(1).forEach((page) => expect(page).toContain('Nordic Bakery Oy Export date: 2 March 2026'))
    // The contents still point at the fiche after it.
    expect(contentsEntries(pages[1]).find(([title]) => title.startsWith('PA-02'))![1]).toBe(
      pages.findIndex((page, i) => i > 1 && page.includes('PA-02 — Joint marketing')) + 1,
    )
  })

  it('prints accents typed as separate combining marks (as some systems paste them) like any other text', async () => {
    const doc = richRegister()
    doc.activities![0] = { ...doc.activities![0], name: 'Cafe\u0301 cre\u0300me bru\u0302le\u0301e A\u030A' }
    const ws = await richWorkspace(doc)
    const { file } = await exportFile(ws, 'pdf', { language: 'fr', sections: ['controllerRecord'] })
    const text = flat((await pdfPages(file)).join('\n')).normalize('NFC')
    expect(count(text, 'PA-01 — Café crème brûlée Å')).toBe(2)
  })

  it('prints hostile text as text: exactly as written, no link, no script', async () => {
    const doc = richRegister()
    doc.activities![0] = { ...doc.activities![0], notes: HOSTILE_TEXTS.join('\n') }
    const ws = await richWorkspace(doc)
    const { file } = await exportFile(ws, 'pdf', { language: 'en', sections: ['controllerRecord'] })
    const pages = await pdfPages(file)
    // A carriage return ends a line and a tab is a gap, as in any printed text; everything else is as written.
    expect(flat(pages.join('\n'))).toContain(`Notes ${flat(HOSTILE_TEXTS.join('\n'))}`)
    const raw = fs.readFileSync(file).toString('latin1')
    for (const action of ['/URI', '/JavaScript', '/JS', '/Launch', '/SubmitForm'])
      expect(raw).not.toContain(action)
  })

  it('numbers contents that take several pages right, and every fiche starts on the page they say', async () => {
    const ws = await richWorkspace(bigRegister(150))
    const { file } = await exportFile(ws, 'pdf', { language: 'en', sections: ['controllerRecord'] })
    const pages = await pdfPages(file)
    const [record, firstPage] = contentsEntries(pages[1])[0]
    expect(record).toBe('Controller record')
    // Pages 2 up to the record's first page are the contents.
    expect(firstPage).toBeGreaterThan(3)
    const entries = pages.slice(1, firstPage - 1).flatMap((page, i) => contentsEntries(page, i === 0))
    expect(entries).toHaveLength(151)
    for (const [title, page] of entries.slice(1)) expect(pages[page - 1], title).toContain(`${title}\n`)
    const starts = entries.slice(1).map(([, page]) => page)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(starts).size).toBe(150)
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
  })

  it('answers other requests all through a long PDF export, whose progress they see rising', async () => {
    const ws = await richWorkspace(bigRegister(200))
    const jobs = exportJobs(ws.backend.ctx)
    const file = path.join(tempDir(), 'register.pdf')
    const { jobId } = await ws.client.call('exports.start', {
      organisationId: ws.organisationId,
      format: 'pdf',
      language: 'en',
      saveTicket: jobs.registerSaveTarget(file),
    })
    const seen: number[] = []
    for (;;) {
      const job = await ws.client.call('exports.status', { jobId })
      if (job.state !== 'running') break
      seen.push(job.progress)
      await nextTurn()
    }
    expect((await jobs.wait(jobId)).state).toBe('done')
    // Writing is 5–95 % of a job: requests were answered in its first, middle and last part.
    const writing = [...new Set(seen.filter((p) => p > 0.05 && p < 0.95))]
    for (const [from, to] of [
      [0.05, 0.35],
      [0.35, 0.65],
      [0.65, 0.95],
    ])
      expect(writing.filter((p) => p > from && p < to).length, `${from}–${to}`).toBeGreaterThan(2)
  })

  it('writes pages to the file while it lays out the rest, and a cancelled export leaves no file', async () => {
    const ws = await richWorkspace(bigRegister(200))
    const folder = tempDir()
    const controller = new AbortController()
    let written = 0
    const run = runExport(
      ws.backend.ctx,
      {
        organisationId: ws.organisationId,
        format: 'pdf',
        language: 'en',
        sections: ['controllerRecord', 'parties', 'transfers'],
      },
      path.join(folder, 'out.pdf'),
      {
        signal: controller.signal,
        onProgress: (phase, fraction) => {
          if (phase !== 'writing' || fraction < 0.6 || controller.signal.aborted) return
          written = fs
            .readdirSync(folder)
            .reduce((n, name) => n + fs.statSync(path.join(folder, name)).size, 0)
          controller.abort()
        },
      },
    )
    await expect(run).rejects.toThrow()
    // Over half of 200 fiches: well over a hundred pages were already on disk.
    expect(written).toBeGreaterThan(200_000)
    expect(fs.readdirSync(folder)).toEqual([])
  })
})
