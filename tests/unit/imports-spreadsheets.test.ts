/**
 * Other people's spreadsheets imported field by field: the ICO template with its contact block, a CNIL-like
 * register in French (form sheets), a Swedish sheet with its own headings, and CSV files as Excel writes them.
 */
import { describe, expect, it } from 'vitest'
import { emptyPurpose } from '../../shared/schemas/activity'
import type { RegisterDocument } from '../../shared/schemas/register'
import { cnilSheets, icoSheet, swedishSheet, workbookBytes } from '../fixtures/spreadsheets'
import { openTestWorkspace, type TestWorkspace } from '../helpers/workspace'

async function importBytes(
  ws: TestWorkspace,
  fileName: string,
  bytes: Buffer,
  extra: { organisationName?: string; mapping?: Record<string, never> } = {},
) {
  const input = { fileName, content: bytes.toString('base64'), ...extra }
  const analysis = await ws.client.call('imports.analyse', input)
  const result = await ws.client.call('imports.confirm', input)
  const doc = await ws.client.call('register.export', { organisationId: result.organisationId })
  return { analysis, result, doc }
}

/** An activity with its catalogue ids replaced by names, as a reader checks it. */
function activity(doc: RegisterDocument, reference: string) {
  const a = doc.activities.find((x) => x.reference === reference)
  if (!a) throw new Error(`no activity ${reference}: ${doc.activities.map((x) => x.reference).join(', ')}`)
  const name = (list: { id: string; name: string }[], id: string) => list.find((e) => e.id === id)?.name
  return {
    ...a,
    subjects: a.dataSubjectCategoryIds.map((id) => name(doc.dataSubjectCategories, id)),
    categories: a.dataCategories.map((d) => name(doc.dataCategories, d.dataCategoryId)),
    measures: a.securityMeasureIds.map((id) => name(doc.securityMeasures, id)),
    jointControllers: a.jointControllerIds.map((id) => name(doc.parties, id)),
  }
}

describe('the ICO documentation template', () => {
  it('finds the header row below the contact block, reads the organisation from it and imports every row field by field', async () => {
    const ws = await openTestWorkspace()
    const { analysis, result, doc } = await importBytes(
      ws,
      'ico.xlsx',
      await workbookBytes({ 'Controller details and ROPA': icoSheet() }),
    )

    expect(analysis.layout).toBe('ico')
    expect(analysis.sheets[0]).toMatchObject({ selected: true, orientation: 'table', header: 9 })
    expect(analysis.columns.find((c) => c.heading.startsWith('Purpose of processing'))).toMatchObject({
      suggested: 'purposes',
      confidence: 1,
    })
    expect(analysis.columns.find((c) => c.heading.startsWith('Article 6'))).toMatchObject({
      suggested: 'legalBasis',
      confidence: 1,
    })
    expect(result).toMatchObject({ name: 'Acme Widgets Ltd', counts: { activities: 3 } })

    expect(doc.organisation).toMatchObject({
      name: 'Acme Widgets Ltd',
      address: '1 High Street, Leeds LS1 1AA',
      email: 'privacy@acme.example',
      phone: '+44 113 000 0000',
      dpo: { name: 'Pat Jones', address: null, email: 'dpo@acme.example', phone: null },
      representative: null,
    })

    const payroll = activity(doc, 'PA-01')
    expect(payroll).toMatchObject({
      name: 'Payroll',
      role: 'controller',
      status: 'active',
      businessFunction: 'HR',
      purposes: [
        {
          description: 'Payroll',
          legalBasis: '6_1_c',
          specialCategoryCondition: '9_2_b',
          legitimateInterest: null,
          criminalDataBasis: null,
        },
      ],
      subjects: ['Employees'],
      categories: ['Contact details', 'Bank details', 'Sick leave'],
      recipients: [
        { partyId: null, category: 'HMRC', purpose: null },
        { partyId: null, category: 'Pension provider', purpose: null },
      ],
      transfers: [
        {
          partyId: null,
          country: 'US',
          internationalOrganisation: null,
          mechanism: 'A46_2_c',
          sccModule: 2,
          safeguardDocumentation: null,
          transferImpactAssessment: false,
        },
      ],
      retention: '6 years after employment ends',
      measures: ['Encryption at rest', 'Role-based access control'],
      sources: [{ kind: 'data_subject', description: 'Employees themselves' }],
      automatedDecisionMaking: false,
      dataLocation: 'UK data centre',
      dpia: { status: 'not_required', criteria: [], reference: null },
      notes: 'Link to contract with processor: https://intranet.example/contracts/payroll',
    })
    expect(doc.dataCategories.find((d) => d.name === 'Sick leave')?.special).toBe('health')
    expect(doc.securityMeasures.map((m) => [m.name, m.kind])).toEqual([
      ['Encryption at rest', 'encryption'],
      ['Role-based access control', 'access_control'],
    ])

    const newsletter = activity(doc, 'PA-02')
    expect(newsletter.purposes).toEqual([{ ...emptyPurpose('Newsletter'), legalBasis: '6_1_a' }])
    expect(newsletter.transfers).toEqual([
      expect.objectContaining({ country: 'US', mechanism: 'PRIVACY_SHIELD' }),
    ])
    expect(newsletter.dpia.status).toBe('completed')
    // "Contact details" in two rows is one catalogue entry.
    expect(doc.dataCategories.filter((d) => d.name === 'Contact details')).toHaveLength(1)
    expect(newsletter.categories).toEqual(['Contact details'])

    const sales = activity(doc, 'PA-03')
    expect(sales.transfers).toEqual([])
    expect(sales.purposes[0]).toMatchObject({ legalBasis: '6_1_b', legitimateInterest: null })
    expect(sales.notes).toBe('Rights available to individuals: Access, rectification, erasure')

    // Every cell it could not read, where the user will find it; the empty row 11 is skipped silently.
    const errors = analysis.problems.filter((p) => p.severity === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        sheet: 'Controller details and ROPA',
        row: 12,
        column: 'H',
        message: expect.stringContaining('“Narnia” is not a country'),
      }),
      expect.objectContaining({
        sheet: 'Controller details and ROPA',
        row: 12,
        column: 'Q',
        message: expect.stringContaining('does not say yes or no'),
      }),
    ])
  })

  it('asks for the organisation’s name when there is no contact block, and the mapping can be changed', async () => {
    const ws = await openTestWorkspace()
    const bytes = await workbookBytes({ ROPA: icoSheet().slice(8) })
    const content = bytes.toString('base64')
    const analysis = await ws.client.call('imports.analyse', { fileName: 'ico.xlsx', content })
    expect(analysis.organisationName).toBeNull()
    expect(analysis.sheets[0].header).toBe(1)
    const refused = await ws.backend.dispatch('imports.confirm', { fileName: 'ico.xlsx', content })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'organisationName' }] },
    })
    expect(await ws.client.call('organisations.list', {})).toEqual([])

    // Business function as the activity's name instead of the purpose.
    const businessKey = analysis.columns.find((c) => c.heading === 'Business function')!.key
    const edited = await ws.client.call('imports.analyse', {
      fileName: 'ico.xlsx',
      content,
      mapping: { [businessKey]: 'name' },
      organisationName: 'Acme',
    })
    expect(edited.preview.map((p) => p.name)).toEqual(['HR', 'Marketing', 'Sales'])
    const result = await ws.client.call('imports.confirm', {
      fileName: 'ico.xlsx',
      content,
      mapping: { [businessKey]: 'name' },
      organisationName: 'Acme',
    })
    const doc = await ws.client.call('register.export', { organisationId: result.organisationId })
    expect(doc.activities.map((a) => [a.name, a.businessFunction, a.purposes[0].description])).toEqual([
      ['HR', null, 'Payroll'],
      ['Marketing', null, 'Newsletter'],
      ['Sales', null, 'Customer contracts'],
    ])
  })

  it('a saved mapping applies to the next client’s sheet with the same headings', async () => {
    const ws = await openTestWorkspace()
    const first = await ws.client.call('imports.analyse', {
      fileName: 'a.xlsx',
      content: (await workbookBytes({ ROPA: icoSheet() })).toString('base64'),
    })
    const mapping = {
      ...Object.fromEntries(first.columns.map((c) => [c.key, c.field])),
      'business function': 'name' as const,
      'purpose of processing': 'description' as const,
    }
    await ws.client.call('imports.mappings.save', { name: 'ICO, function as name', mapping })
    const [saved] = await ws.client.call('imports.mappings.list', {})

    // Another client's sheet: same headings, other rows, different column order.
    const other = icoSheet()
      .slice(8)
      .map((row) => [row[1], row[0], ...row.slice(2)])
    const second = await ws.client.call('imports.analyse', {
      fileName: 'b.xlsx',
      content: (await workbookBytes({ Sheet1: other })).toString('base64'),
      mapping: saved.mapping,
      organisationName: 'Next client',
    })
    expect(second.preview.map((p) => p.name)).toEqual(['HR', 'Marketing', 'Sales'])
    expect(second.columns.find((c) => c.key === 'purpose of processing')?.field).toBe('description')
  })

  it('refuses a name that is taken unless told to replace, like a JSON import', async () => {
    const ws = await openTestWorkspace()
    await ws.client.call('organisations.create', { name: 'Acme Widgets Ltd' })
    const input = {
      fileName: 'ico.xlsx',
      content: (await workbookBytes({ ROPA: icoSheet() })).toString('base64'),
    }
    expect(await ws.backend.dispatch('imports.confirm', input)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    const replaced = await ws.client.call('imports.confirm', { ...input, mode: 'replace' })
    expect(replaced).toMatchObject({ replaced: true, counts: { activities: 3 } })
    expect((await ws.client.call('organisations.list', {})).map((o) => [o.name, o.activityCount])).toEqual([
      ['Acme Widgets Ltd', 3],
    ])
  })
})

describe('a CNIL-like register in French', () => {
  it('reads one activity per form sheet and the organisation from the cover sheet', async () => {
    const ws = await openTestWorkspace()
    const { analysis, doc } = await importBytes(ws, 'registre.xlsx', await workbookBytes(cnilSheets()))
    expect(analysis.layout).toBe('cnil')
    expect(analysis.sheets.filter((s) => s.selected).map((s) => [s.name, s.orientation])).toEqual([
      ['Gestion RH', 'form'],
      ['Clients', 'form'],
    ])
    expect(doc.organisation).toMatchObject({
      name: 'Boulangerie Dupont SAS',
      address: '12 rue de la Paix, 75002 Paris',
      email: 'contact@dupont.example',
      language: 'fr',
      dpo: { name: 'Claire Martin', email: 'dpo@dupont.example' },
    })

    const rh = activity(doc, 'RH-01')
    expect(rh).toMatchObject({
      name: 'Gestion du personnel',
      purposes: [
        { description: 'Gestion administrative du personnel', legalBasis: '6_1_c' },
        { description: 'Paie', legalBasis: '6_1_c' },
      ],
      subjects: ['Salariés', 'Stagiaires'],
      categories: ['État civil, identité', 'Vie professionnelle', 'Numéro de sécurité sociale'],
      retention: '5 ans après le départ du salarié',
      recipients: [
        { partyId: null, category: 'Service RH', purpose: null },
        { partyId: null, category: 'Expert-comptable', purpose: null },
      ],
      transfers: [],
      measures: ['Contrôle d’accès des utilisateurs', 'Sauvegarde des données'],
      systems: ['PayFit'],
    })
    expect(doc.dataCategories.find((d) => d.name === 'Numéro de sécurité sociale')?.special).toBe(
      'national_id',
    )
    expect(doc.securityMeasures.map((m) => m.kind).sort()).toEqual(['access_control', 'backup', 'encryption'])

    const clients = activity(doc, 'CL-01')
    expect(clients.purposes).toEqual([
      expect.objectContaining({ description: 'Commandes et facturation', legalBasis: '6_1_b' }),
    ])
    expect(clients.transfers).toEqual([expect.objectContaining({ country: 'US', mechanism: 'A46_2_c' })])
    // "État civil, identité" on both sheets is one entry, and "Expert-comptable" one category text in each.
    expect(doc.dataCategories.filter((d) => d.name === 'État civil, identité')).toHaveLength(1)
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([])
  })
})

describe('a Swedish sheet with the DPO’s own headings', () => {
  it('maps Swedish headings and values (lawful bases, countries, mechanisms, dates)', async () => {
    const ws = await openTestWorkspace()
    const { analysis, doc } = await importBytes(
      ws,
      'register.xlsx',
      await workbookBytes({ Register: swedishSheet() }),
      { organisationName: 'Svensk AB' },
    )
    expect(Object.fromEntries(analysis.columns.map((c) => [c.heading, c.suggested]))).toEqual({
      Nr: 'reference',
      Behandling: 'name',
      Ändamål: 'purposes',
      'Rättslig grund': 'legalBasis',
      'Kategorier av registrerade': 'dataSubjectCategories',
      'Kategorier av personuppgifter': 'dataCategories',
      Mottagare: 'recipients',
      'Tredje land': 'transferCountries',
      Skyddsåtgärder: 'transferMechanism',
      Lagringstid: 'retention',
      Säkerhetsåtgärder: 'securityMeasures',
      'Senast granskad': 'lastReviewedOn',
    })
    expect(doc.organisation.name).toBe('Svensk AB')
    expect(activity(doc, 'SE-1')).toMatchObject({
      name: 'Löneadministration',
      purposes: [{ description: 'Löneutbetalning', legalBasis: '6_1_c' }],
      subjects: ['Anställda'],
      categories: ['Namn', 'Personnummer', 'Bankkonto'],
      transfers: [expect.objectContaining({ country: 'IN', mechanism: 'A46_2_c' })],
      retention: '7 år enligt bokföringslagen',
      measures: ['Kryptering', 'Behörighetsstyrning'],
      lastReviewedOn: '2026-01-15',
    })
    expect(doc.dataCategories.find((d) => d.name === 'Personnummer')?.special).toBe('national_id')
    expect(activity(doc, 'SE-2')).toMatchObject({
      purposes: [
        { description: 'Kundtjänst', legalBasis: '6_1_b' },
        { description: 'Fakturering', legalBasis: '6_1_b' },
      ],
      transfers: [],
      lastReviewedOn: '2026-01-15',
    })
    expect(analysis.problems).toEqual([])
  })
})

describe('CSV files', () => {
  it('reads a semicolon-separated file in Windows-1252 as European Excel writes it', async () => {
    const ws = await openTestWorkspace()
    const text =
      'Verarbeitungstätigkeit;Zwecke der Verarbeitung;Rechtsgrundlage;Kategorien betroffener Personen;Drittland;Garantien\r\nBewerbermanagement;Auswahl von Bewerbern;Art. 6 Abs. 1 lit. b DSGVO;Bewerber;Schweiz;Angemessenheitsbeschluss\r\n'
    const bytes = Buffer.from(new Uint8Array([...text].map((ch) => ch.charCodeAt(0))))
    const { doc } = await importBytes(ws, 'verzeichnis.csv', bytes, { organisationName: 'Muster GmbH' })
    expect(activity(doc, 'PA-01')).toMatchObject({
      name: 'Bewerbermanagement',
      purposes: [{ description: 'Auswahl von Bewerbern', legalBasis: '6_1_b' }],
      subjects: ['Bewerber'],
      transfers: [expect.objectContaining({ country: 'CH', mechanism: 'ADEQ' })],
    })
  })

  it('reads the app’s own CSV export (UTF-8 with BOM, commas, headings with citations)', async () => {
    const ws = await openTestWorkspace()
    const csv =
      '\uFEFFReference,Processing activity,Purposes of the processing (Art. 30(1)(b)),Lawful basis (Art. 6(1)),Categories of personal data (Art. 30(1)(c)),Transfers to third countries or international organisations (Art. 30(1)(e))\r\n' +
      'PA-07,Payroll,"Pay salaries\nReport taxes","Pay salaries: Contract (Art. 6(1)(b))\nReport taxes: Legal obligation (Art. 6(1)(c))","Bank details\nSick leave (Data concerning health)","United States — CloudCo Inc. — Standard contractual clauses (2021/914), Art. 46(2)(c), Module 2: controller to processor"\r\n'
    const { doc, analysis } = await importBytes(ws, 'export.csv', Buffer.from(csv, 'utf8'), {
      organisationName: 'Own CSV Oy',
    })
    expect(analysis.fileKind).toBe('csv')
    expect(activity(doc, 'PA-07')).toMatchObject({
      name: 'Payroll',
      purposes: [
        { description: 'Pay salaries', legalBasis: '6_1_b' },
        { description: 'Report taxes', legalBasis: '6_1_c' },
      ],
      categories: ['Bank details', 'Sick leave'],
      transfers: [expect.objectContaining({ country: 'US', mechanism: 'A46_2_c', sccModule: 2 })],
    })
    expect(doc.dataCategories.find((d) => d.name === 'Sick leave')?.special).toBe('health')
  })
})
