import { execFileSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { HOSTILE_TEXTS, richRegister } from '../fixtures/rich-register'
import { exportFile, richWorkspace } from '../helpers/exports'

async function readWorkbook(file: string) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  return workbook
}

/** A cell's text: a plain string, or the runs of an inline string (how text with line breaks is written). */
const text = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'richText' in value
    ? (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
    : value
const rowValues = (sheet: ExcelJS.Worksheet, n: number) =>
  (sheet.getRow(n).values as unknown[]).slice(1).map(text)

/** Golden headings: what an authority reads, per language (sheet names; controller columns 1, 7 and 16; processor column 5). */
const GOLDEN: Record<
  Language,
  { sheets: string[]; controller: [string, string, string]; processor: string }
> = {
  en: {
    sheets: [
      'Cover',
      'Controller record',
      'Processor record',
      'Parties',
      'Transfers',
      'Security measures',
      'Findings',
    ],
    controller: [
      'Reference',
      'Purposes of the processing (Art. 30(1)(b))',
      'Time limit for erasure (Art. 30(1)(f))',
    ],
    processor: 'Controllers on whose behalf the processor acts (Art. 30(2)(a))',
  },
  fi: {
    sheets: [
      'Kansilehti',
      'Rekisterinpitäjän seloste',
      'Käsittelijän seloste',
      'Osapuolet',
      'Siirrot',
      'Turvatoimet',
      'Havainnot',
    ],
    controller: [
      'Tunniste',
      'Käsittelyn tarkoitukset (30 artiklan 1 kohdan b alakohta)',
      'Poistamisen määräaika (30 artiklan 1 kohdan f alakohta)',
    ],
    processor: 'Rekisterinpitäjät, joiden lukuun käsittelijä toimii (30 artiklan 2 kohdan a alakohta)',
  },
  sv: {
    sheets: [
      'Försättsblad',
      'Personuppgiftsansvarig',
      'Personuppgiftsbiträde',
      'Parter',
      'Överföringar',
      'Säkerhetsåtgärder',
      'Iakttagelser',
    ],
    controller: [
      'Referens',
      'Ändamålen med behandlingen (artikel 30.1 b)',
      'Tidsfrist för radering (artikel 30.1 f)',
    ],
    processor: 'Personuppgiftsansvariga för vars räkning biträdet agerar (artikel 30.2 a)',
  },
  da: {
    sheets: [
      'Forside',
      'Dataansvarlig',
      'Databehandler',
      'Parter',
      'Overførsler',
      'Sikkerhedsforanstaltninger',
      'Bemærkninger',
    ],
    controller: [
      'Reference',
      'Formålene med behandlingen (artikel 30, stk. 1, litra b)',
      'Tidsfrist for sletning (artikel 30, stk. 1, litra f)',
    ],
    processor: 'Dataansvarlige, på hvis vegne databehandleren handler (artikel 30, stk. 2, litra a)',
  },
  de: {
    sheets: [
      'Deckblatt',
      'Verantwortlicher',
      'Auftragsverarbeiter',
      'Beteiligte Stellen',
      'Drittlandübermittlungen',
      'Sicherheitsmaßnahmen (TOM)',
      'Prüfergebnisse',
    ],
    controller: [
      'Kennung',
      'Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b)',
      'Löschfrist (Art. 30 Abs. 1 lit. f)',
    ],
    processor: 'Verantwortliche, in deren Auftrag der Auftragsverarbeiter tätig ist (Art. 30 Abs. 2 lit. a)',
  },
  fr: {
    sheets: [
      'Page de garde',
      'Responsable du traitement',
      'Sous-traitant',
      'Organismes',
      'Transferts',
      'Mesures de sécurité',
      'Constats',
    ],
    controller: [
      'Référence',
      'Finalités du traitement (article 30, paragraphe 1, point b))',
      'Délai d’effacement (article 30, paragraphe 1, point f))',
    ],
    processor:
      'Responsables du traitement pour le compte desquels le sous-traitant agit (article 30, paragraphe 2, point a))',
  },
}

describe('xlsx export', { timeout: 60_000 }, () => {
  it.each(LANGUAGES)('writes the sheets and headings in %s', async (lang) => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: lang })
    const workbook = await readWorkbook(file)
    const golden = GOLDEN[lang]
    // The visible sheets; the hidden one carries the register for `ropa import` (tests/unit/imports-app-workbook.slow.test.ts).
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(golden.sheets)
    expect(workbook.worksheets.filter((s) => s.state !== 'visible').map((s) => [s.name, s.state])).toEqual([
      ['ROPA data', 'hidden'],
    ])
    const controller = rowValues(workbook.worksheets[1], 1)
    expect([controller[0], controller[6], controller[15]]).toEqual(golden.controller)
    expect(rowValues(workbook.worksheets[2], 1)[4]).toBe(golden.processor)
    for (const name of golden.sheets) expect(name.length).toBeLessThanOrEqual(31)
  })

  it('puts one row per activity in Art. 30 order, each point filled from the register', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: 'en' })
    const workbook = await readWorkbook(file)
    const controller = workbook.getWorksheet('Controller record')!
    const header = rowValues(controller, 1) as string[]
    expect(header.slice(5, 17)).toEqual([
      'Joint controllers (Art. 30(1)(a))',
      'Purposes of the processing (Art. 30(1)(b))',
      'Categories of data subjects (Art. 30(1)(c))',
      'Categories of personal data (Art. 30(1)(c))',
      // Listed apart, each under its own article: Art. 9 special categories, Art. 10 and Art. 87 data.
      'Special categories of personal data (Art. 9(1))',
      'Personal data relating to criminal convictions and offences (Art. 10)',
      'National identification numbers (Art. 87)',
      'Recipients (Art. 30(1)(d))',
      'Transfers to third countries or international organisations (Art. 30(1)(e))',
      'Documentation of suitable safeguards (Art. 30(1)(e))',
      'Time limit for erasure (Art. 30(1)(f))',
      'Technical and organisational security measures (Art. 30(1)(g))',
    ])
    expect(header).toContain('Lawful basis (Art. 6(1))')
    expect(controller.rowCount).toBe(3)
    const payroll = Object.fromEntries(header.map((h, i) => [h, rowValues(controller, 2)[i]]))
    expect(payroll.Reference).toBe('PA-01')
    expect(payroll['Purposes of the processing (Art. 30(1)(b))']).toBe(
      'Paying salaries\nReporting to the tax authority\nSick pay',
    )
    expect(payroll['Lawful basis (Art. 6(1))']).toContain('Paying salaries: Contract (Art. 6(1)(b))')
    expect(payroll['Categories of personal data (Art. 30(1)(c))']).toBe(
      'Contact details\nBank account\nSick leave\nHenkilötunnus',
    )
    expect(payroll['Special categories of personal data (Art. 9(1))']).toBe(
      'Sick leave (Data concerning health)',
    )
    expect(payroll['Personal data relating to criminal convictions and offences (Art. 10)']).toBe('None')
    expect(payroll['National identification numbers (Art. 87)']).toBe(
      'Henkilötunnus (National identification number)',
    )
    // A controller's own activity: no joint controllers is the truth, not a gap.
    expect(payroll['Joint controllers (Art. 30(1)(a))']).toBe('None')
    expect(payroll['Transfers to third countries or international organisations (Art. 30(1)(e))']).toBe(
      'None',
    )
    expect(payroll['Last reviewed on']).toBe('15 January 2026')
    expect(payroll['Time limit for erasure (Art. 30(1)(f))']).toContain(
      'Bank account: 10 years (Kirjanpitolaki 2:10)',
    )
    expect(payroll['Recipients (Art. 30(1)(d))']).toContain('Pension insurers')

    const processor = workbook.getWorksheet('Processor record')!
    expect(processor.rowCount).toBe(2)
    expect(rowValues(processor, 2)[0]).toBe('PA-10')
    expect(rowValues(processor, 2)[4]).toContain('Retail Client AB')

    const transfers = workbook.getWorksheet('Transfers')!
    expect(transfers.rowCount).toBe(1 + 11 + 12)
    const privacyShield = transfers
      .getSheetValues()
      .find((r) => Array.isArray(r) && r.includes('EU-US Privacy Shield (invalid)')) as unknown[]
    expect(privacyShield).toContain('No: not valid since 16 July 2020')
    expect(privacyShield).toContain('Decision (EU) 2016/1250')

    const parties = workbook.getWorksheet('Parties')!
    expect(parties.getColumn(1).values).toContain('Ελληνική Διανομή Α.Ε.')
    expect(parties.getColumn(1).values).toContain('ООО Логистика')
  })

  it('says on the Transfers sheet whether the mechanism covers the transfer, as the Findings sheet judges it', async () => {
    const doc = richRegister()
    doc.parties!.push({
      id: 'p-us',
      name: 'Uncertified LLC',
      kind: 'processor',
      country: 'US',
      address: null,
      email: null,
      website: null,
      dpfCertified: false,
      dpaReference: null,
      dpaSignedOn: null,
      notes: null,
    })
    const payroll = doc.activities![0]
    payroll.transfers = [
      {
        partyId: 'p-us',
        country: 'US',
        internationalOrganisation: null,
        mechanism: 'ADEQ',
        sccModule: null,
        safeguardDocumentation: null,
        transferImpactAssessment: false,
      },
      {
        partyId: 'p3',
        country: 'US',
        internationalOrganisation: null,
        mechanism: 'ADEQ',
        sccModule: null,
        safeguardDocumentation: null,
        transferImpactAssessment: false,
      },
      {
        partyId: null,
        country: 'JP',
        internationalOrganisation: null,
        mechanism: 'ADEQ',
        sccModule: null,
        safeguardDocumentation: null,
        transferImpactAssessment: false,
      },
      {
        partyId: null,
        country: 'SE',
        internationalOrganisation: null,
        mechanism: 'NONE',
        sccModule: null,
        safeguardDocumentation: null,
        transferImpactAssessment: false,
      },
    ]
    const ws = await richWorkspace(doc)
    const { file } = await exportFile(ws, 'xlsx', { language: 'en' })
    const workbook = await readWorkbook(file)
    const transfers = workbook.getWorksheet('Transfers')!
    const header = rowValues(transfers, 1) as string[]
    const covers = header.indexOf('Mechanism covers this transfer')
    const rows = (transfers.getSheetValues().slice(2) as unknown[][])
      .map((r) => r.slice(1) as string[])
      .filter((r) => r[0] === 'PA-01')
    expect(rows.map((r) => [r[2] ?? '', r[3], r[covers]])).toEqual([
      [
        'Uncertified LLC',
        'United States of America',
        'No: the recipient is not certified under the EU-US Data Privacy Framework',
      ],
      ['CloudCo Inc.', 'United States of America', 'Yes'],
      ['', 'Japan', 'Only for recipients within the scope of the decision'],
      ['', 'Sweden', 'Not needed: within the EU/EEA'],
    ])
    const findings = workbook.getWorksheet('Findings')!
    const notDpf = (findings.getSheetValues().slice(2) as unknown[][])
      .map((r) => r.slice(1) as string[])
      .filter((r) => r[2] === 'PA-01' && r[3].includes('Uncertified LLC'))
    expect(notDpf.map((r) => r[0])).toEqual(['Error'])
  })

  it('names a category once when its name says what its special kind does', async () => {
    const doc = richRegister()
    doc.dataCategories!.find((d) => d.id === 'd3')!.name = 'Helbredsoplysninger'
    const ws = await richWorkspace(doc)
    const { file } = await exportFile(ws, 'xlsx', { language: 'da' })
    const sheet = (await readWorkbook(file)).getWorksheet('Dataansvarlig')!
    const header = rowValues(sheet, 1) as string[]
    const payroll = rowValues(sheet, 2) as string[]
    expect(payroll[header.indexOf('Særlige kategorier af personoplysninger (artikel 9, stk. 1)')]).toBe(
      'Helbredsoplysninger',
    )
    expect(payroll[header.indexOf('Nationale identifikationsnumre (artikel 87)')]).toBe(
      'Henkilötunnus (Nationalt identifikationsnummer)',
    )
  })

  it('has a cover with the organisation, its DPO, authority, export date, version and language', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: 'de' })
    const cover = (await readWorkbook(file)).getWorksheet('Deckblatt')!
    expect(cover.getCell('A1').value).toBe('Verzeichnis von Verarbeitungstätigkeiten – Nordic Bakery Oy')
    expect(String(cover.getCell('A2').value)).toContain('Artikel 30')
    const pairs = Object.fromEntries(
      cover
        .getSheetValues()
        .filter(Array.isArray)
        .map((r) => [r[1], r[2]]),
    )
    expect(pairs).toMatchObject({
      Name: 'Nordic Bakery Oy',
      Geschäftsbezeichnung: 'Leipomo Äijälä',
      Registernummer: '1234567-8',
      Anschrift: 'Mannerheimintie 1, 00100 Helsinki',
      Datenschutzbeauftragter: 'Åsa Øberg, dpo@bakery.example',
      // Established in the EU (Finland): no representative is needed, and none is the truth.
      Vertreter: 'Keine',
      Aufsichtsbehörde: 'Tietosuojavaltuutetun toimisto / Dataombudsmannens byrå, Finnland',
      Exportdatum: '2. März 2026',
      Programmversion: '0.1.0',
      'Sprache des Exports': 'Deutsch',
    })
  })

  it('is styled for reading and printing: one font, bold frozen header and first columns, autofilter, wrapped text, row heights, pages set up', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: 'en' })
    const workbook = await readWorkbook(file)
    expect(workbook.title).toBe('Record of processing activities of Nordic Bakery Oy')
    expect(workbook.creator).toBe('ROPA 0.1.0')
    expect(workbook.subject).toBe('Record of processing activities')
    for (const sheet of workbook.worksheets.filter((s) => s.state === 'visible')) {
      sheet.eachRow((row) => {
        // A height for every row: no reader sizes a row to its wrapped text when it opens the file.
        expect(row.height, `${sheet.name} row ${row.number}`).toBeGreaterThanOrEqual(12.75)
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Merge)
            expect(cell.font, `${sheet.name}!${cell.address}`).toMatchObject({ name: 'Arial', size: 10 })
        })
      })
      if (sheet.name === 'Cover') continue
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
      expect(sheet.getRow(1).getCell(1).alignment?.wrapText).toBe(true)
      expect(sheet.autoFilter).toBeTruthy()
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' })
      expect(sheet.headerFooter.oddFooter).toContain('&P')
      for (const column of sheet.columns) expect(column.width).toBeGreaterThanOrEqual(10)
    }
    const controller = workbook.getWorksheet('Controller record')!
    expect(controller.getRow(2).getCell(7).alignment?.wrapText).toBe(true)
    // Five lines of recipients: five lines high.
    expect(controller.getRow(2).height).toBeGreaterThanOrEqual(5 * 12.75)
    expect(controller.views[0]).toMatchObject({ xSplit: 2 })
    // The records are too wide for one page: A3 landscape at full size, reference and name on every page.
    expect(controller.pageSetup).toMatchObject({
      paperSize: 8,
      scale: 100,
      fitToPage: false,
      pageOrder: 'overThenDown',
      printTitlesColumn: 'A:B',
    })
    // Parties too, with the name on every page; a narrower table is fitted to one A4 landscape width.
    expect(workbook.getWorksheet('Parties')!.pageSetup).toMatchObject({
      paperSize: 8,
      scale: 100,
      printTitlesColumn: 'A:A',
    })
    expect(workbook.getWorksheet('Findings')!.pageSetup).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    })
    // The default (Normal) font is the same Arial 10, so column widths count its digits in every reader.
    expect(styles(file)).toMatch(
      /^.*?<fonts count="\d+"[^>]*><font><sz val="10"\/><name val="Arial"\/><\/font>/s,
    )
  })

  it('writes every cell as a string, and text that looks like a formula exactly as the user wrote it', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: 'en' })
    const workbook = await readWorkbook(file)
    const texts: string[] = []
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // The cover's title and note span two cells: the second is part of the merge.
          if (cell.type === ExcelJS.ValueType.Merge) return
          // Text with a line break is an inline string, which LibreOffice prints with its line breaks.
          const type = /[\r\n]/.test(String(text(cell.value)))
            ? ExcelJS.ValueType.RichText
            : ExcelJS.ValueType.String
          expect(cell.type, `${sheet.name}!${cell.address}`).toBe(type)
          expect(cell.formula).toBeUndefined()
          texts.push(String(text(cell.value)))
        }),
      ),
    )
    const all = texts.join('\u0000')
    expect(texts).toContain(HOSTILE_TEXTS[0]) // =HYPERLINK(…) as a party's notes
    expect(texts).toContain(HOSTILE_TEXTS[2]) // -2+3 as notes
    expect(texts).toContain(HOSTILE_TEXTS[3]) // @cmd as notes
    expect(texts).toContain(HOSTILE_TEXTS[7]) // markup as a description
    expect(all).toContain('Confidentiality agreements (Organisational measures): +SUM(1,2)')
    expect(texts).toContain(HOSTILE_TEXTS[4]) // a tab first, as safeguard documentation
    // XML reads a carriage return as a line break (end-of-line normalisation); the cell still starts with it.
    expect(texts).toContain('\nCarriage')
  })

  it('leaves out the parts the user did not choose', async () => {
    const ws = await richWorkspace()
    const { file, job } = await exportFile(ws, 'xlsx', {
      language: 'en',
      sections: ['controllerRecord', 'transfers'],
    })
    expect((await readWorkbook(file)).worksheets.map((s) => s.name)).toEqual([
      'Cover',
      'Controller record',
      'Transfers',
    ])
    expect(job.record?.sections).toEqual(['controllerRecord', 'transfers'])
  })
})

/** The workbook's styles part as written. */
function styles(file: string): string {
  return execFileSync('unzip', ['-p', file, 'xl/styles.xml'], { encoding: 'utf8' })
}
