/**
 * The fields the registry adds to the exports (shared/fields, `export`): the references behind the record
 * (law relied on, LIA, consent record, national-law provision, retention policy), internal recipients and
 * the logic of automated decisions, each in its own column of the workbook and CSV, in every language.
 */
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ColumnKey } from '../../electron/core/exports/fields'
import { REGISTRY_COLUMNS } from '../../electron/core/exports/registry-columns'
import type { RegistryColumnId } from '../../shared/fields/registry'
import { exportFile, richWorkspace } from '../helpers/exports'

const text = (value: unknown): string =>
  value !== null && typeof value === 'object' && 'richText' in value
    ? (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
    : String(value ?? '')

async function sheetRows(file: string, name: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = workbook.getWorksheet(name)!
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map(text)
  const header = values(1)
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
    Object.fromEntries(header.map((h, k) => [h, values(i + 2)[k] ?? ''])),
  )
}

describe('the registry’s own export columns', () => {
  it('are named by keys the compiler knows: exactly the registry’s fields with an export spec', () => {
    // A record keyed by the type needs every id it holds and takes no other: the type is the registry's columns.
    const columns: Record<RegistryColumnId, true> = {
      legalBasisReference: true,
      legitimateInterestAssessment: true,
      consentRecord: true,
      conditionReference: true,
      internalRecipient: true,
      automatedDecisionMakingDescription: true,
      retentionReference: true,
    }
    expect(REGISTRY_COLUMNS.map((c) => c.id).sort()).toEqual(Object.keys(columns).sort())
    const keys: ColumnKey[] = ['reference', 'createdOn', ...REGISTRY_COLUMNS.map((c) => c.id)]
    expect(keys).toContain('retentionReference')
    // @ts-expect-error a misspelt column fails typecheck (it used to be any string, and failed only when exported)
    const typo: ColumnKey = 'retentionReferense'
    expect(keys).not.toContain(typo)
  })

  it('show the references behind the record in the workbook, each purpose named where there are several', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'xlsx', { language: 'en' })
    const [payroll, newsletter] = await sheetRows(file, 'Controller record')
    expect(payroll['Law or contract relied on']).toBe(
      'Reporting to the tax authority: Ennakkoperintälaki 1118/1996, 15 §',
    )
    expect(payroll['National law provision relied on (Art. 9(2))']).toBe(
      'Sick pay: Sairausvakuutuslaki 1224/2004, 8 luku',
    )
    expect(payroll['Internal recipient']).toContain('Finance department: Yes')
    expect(payroll['Internal recipient']).toContain('Pension insurers: No')
    expect(payroll['Retention policy or schedule']).toBe('HR retention schedule 2026')
    // Computed from the lawful bases: a contract and legal obligations give portability but no objection.
    expect(payroll['Rights available to data subjects']).toContain('Right to data portability (Art. 20)')
    expect(payroll['Rights available to data subjects']).not.toContain('Right to object')
    expect(newsletter['Rights available to data subjects']).toContain('Right to object (Art. 21)')
    expect(newsletter['Rights available to data subjects']).toContain(
      'Right not to be subject to a decision based solely on automated processing (Art. 22)',
    )
    // One purpose: its value alone.
    expect(newsletter['Record of the legitimate interests assessment']).toBe(
      'LIA-2025-04 (intranet/privacy/lia)',
    )
    expect(
      newsletter['Logic involved and envisaged consequences of automated decision-making (Art. 22)'],
    ).toMatch(/^Customers are scored/)
    // Next to what they explain.
    const header = Object.keys(payroll)
    expect(header.indexOf('Law or contract relied on')).toBe(header.indexOf('Lawful basis (Art. 6(1))') + 1)
    expect(
      header.indexOf('Logic involved and envisaged consequences of automated decision-making (Art. 22)'),
    ).toBe(header.indexOf('Automated decision-making, including profiling (Art. 22)') + 1)

    // A processor record has no lawful basis of its own, so none of its references; its recipients and retention policy it has.
    const [service] = await sheetRows(file, 'Processor record')
    expect(Object.keys(service)).not.toContain('Law or contract relied on')
    expect(Object.keys(service)).not.toContain('Record of the legitimate interests assessment')
    expect(Object.keys(service)).toContain('Internal recipient')
    expect(Object.keys(service)).toContain('Retention policy or schedule')
  })

  it('head them in the export language in the CSV', async () => {
    const ws = await richWorkspace()
    const { file } = await exportFile(ws, 'csv', { language: 'fi' })
    const rows: string[][] = parse(fs.readFileSync(file), { bom: true, delimiter: ';' })
    const cell = (row: number, heading: string) => {
      const at = rows[0].indexOf(heading)
      expect(at, heading).toBeGreaterThan(0)
      return rows[row][at]
    }
    expect(cell(1, 'Säädös tai sopimus, johon käsittely perustuu')).toContain(
      'Ennakkoperintälaki 1118/1996, 15 §',
    )
    expect(cell(2, 'Oikeutetun edun arvioinnin dokumentointi')).toBe('LIA-2025-04 (intranet/privacy/lia)')
    expect(cell(1, 'Sisäinen vastaanottaja')).toContain('Finance department: Kyllä')
    expect(cell(1, 'Säilytysaikoja koskeva ohje tai suunnitelma')).toBe('HR retention schedule 2026')
  })
})
