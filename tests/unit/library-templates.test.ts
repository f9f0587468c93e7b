import { describe, expect, it } from 'vitest'
import { DATA_CATEGORIES, MEASURES, RECIPIENTS, SUBJECTS } from '../../shared/library/template-items'
import {
  ACTIVITY_TEMPLATES,
  activityTemplate,
  resolveTemplate,
  suggestedTemplates,
} from '../../shared/library/templates'
import type { Retention, Text6 } from '../../shared/library/template-types'
import { libraryVendor } from '../../shared/library/vendors'
import { LANGUAGES } from '../../shared/schemas/codes'
import { openTestWorkspace } from '../helpers/workspace'

const texts = (t: Text6) => LANGUAGES.map((l) => t[l])
const retentionTexts = (r: Retention): Text6[] =>
  'text' in r ? [r.text] : [r.default.text, ...Object.values(r.byCountry).map((c) => c!.text)]

describe('the activity templates', () => {
  it('cover the issue’s list with at least 25 templates, one of them a processor record', () => {
    expect(ACTIVITY_TEMPLATES.length).toBeGreaterThanOrEqual(25)
    const ids = ACTIVITY_TEMPLATES.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of [
      'hr-administration',
      'payroll',
      'recruitment',
      'occupational-health',
      'time-attendance',
      'staff-training',
      'whistleblowing',
      'cctv',
      'visitor-log',
      'crm',
      'sales-invoicing',
      'accounting',
      'debt-collection',
      'customer-support',
      'newsletter',
      'web-analytics',
      'cookies-consent',
      'social-media',
      'events',
      'supplier-management',
      'it-accounts',
      'email-collaboration',
      'security-logging',
      'backups',
      'data-subject-requests',
      'contract-management',
      'contact-form',
      'saas-processor',
    ]) {
      expect(activityTemplate(id), id).toBeDefined()
    }
    expect(activityTemplate('saas-processor')?.role).toBe('processor')
  })

  it('name each template differently in each of the six languages', () => {
    for (const t of ACTIVITY_TEMPLATES) {
      const names = texts(t.name)
      expect(new Set(names).size, `${t.id}: ${names.join(' | ')}`).toBe(6)
      for (const name of names) expect(name.trim(), t.id).not.toBe('')
    }
  })

  it('write every text in every language, and name only catalogue items and vendors that exist', () => {
    for (const t of ACTIVITY_TEMPLATES) {
      const all = [
        t.description,
        t.businessFunction,
        t.dpia.hint,
        ...t.purposes.flatMap((p) => [
          p.description,
          ...(p.legitimateInterest ? [p.legitimateInterest] : []),
          ...(p.criminalDataBasis ? [p.criminalDataBasis] : []),
        ]),
        ...t.dataCategories.flatMap((d) => retentionTexts(d.retention)),
      ]
      for (const text of all) for (const value of texts(text)) expect(value.trim(), t.id).not.toBe('')
      for (const key of t.dataSubjects) expect(SUBJECTS, `${t.id}: ${key}`).toHaveProperty(key)
      for (const { key } of t.dataCategories) expect(DATA_CATEGORIES, `${t.id}: ${key}`).toHaveProperty(key)
      for (const key of t.measures) expect(MEASURES, `${t.id}: ${key}`).toHaveProperty(key)
      for (const key of t.recipients) expect(RECIPIENTS, `${t.id}: ${key}`).toHaveProperty(key)
      for (const p of t.parties ?? [])
        if ('vendorId' in p) expect(libraryVendor(p.vendorId), `${t.id}: ${p.vendorId}`).toBeDefined()
      // A purpose with a legitimate interest states it; a processor record leaves the lawful basis to the controller.
      for (const p of t.purposes) {
        if (p.legalBasis === '6_1_f') expect(p.legitimateInterest, t.id).toBeDefined()
        if (t.role === 'processor') expect(p.legalBasis, t.id).toBeNull()
      }
      // Special categories come with an Art. 9(2) condition, criminal-offence data with its Art. 10 basis.
      const kinds = t.dataCategories.map(
        ({ key }) =>
          (DATA_CATEGORIES[key as keyof typeof DATA_CATEGORIES] as { special?: string }).special ?? 'none',
      )
      if (kinds.some((k) => !['none', 'criminal', 'national_id'].includes(k)))
        expect(
          t.purposes.some((p) => p.specialCategoryCondition),
          t.id,
        ).toBe(true)
      if (kinds.includes('criminal'))
        expect(
          t.purposes.some((p) => p.criminalDataBasis),
          t.id,
        ).toBe(true)
    }
  })

  it('give the statutory accounting retention of Finland, Sweden, Denmark and Germany (gdpr-facts §7)', () => {
    const accounting = activityTemplate('accounting')!
    const rule = (country: string, lang: 'en' | 'fi' | 'sv' | 'da' | 'de', category: string) =>
      resolveTemplate(accounting, lang, country).dataCategories.find(
        (d) =>
          d.name ===
          resolveTemplate(accounting, lang, country).dataCategories[category === 'vouchers' ? 1 : 2].name,
      )!
    expect(rule('FI', 'fi', 'vouchers')).toMatchObject({
      retentionMonths: 72,
      retention: expect.stringContaining('kirjanpitolaki 1336/1997, 2 luku 10 §'),
    })
    expect(rule('FI', 'fi', 'ledgers')).toMatchObject({ retentionMonths: 120 })
    expect(rule('SE', 'sv', 'vouchers')).toMatchObject({
      retentionMonths: 84,
      retention: expect.stringContaining('bokföringslagen 1999:1078, 7 kap. 2 §'),
    })
    expect(rule('DK', 'da', 'vouchers')).toMatchObject({
      retentionMonths: 60,
      retention: expect.stringContaining('bogføringsloven § 10'),
    })
    expect(rule('DE', 'de', 'vouchers')).toMatchObject({
      retentionMonths: 96,
      retention: expect.stringContaining('§ 257 HGB, § 147 AO'),
    })
    expect(rule('DE', 'de', 'ledgers')).toMatchObject({ retentionMonths: 120 })
    // Elsewhere the rule says what to find out instead of inventing a period.
    expect(rule('NL', 'en', 'vouchers')).toMatchObject({
      retentionMonths: null,
      retention: expect.stringContaining('accounting law of the organisation’s country'),
    })
    // The statute relied on for the 6(1)(c) purpose is named per country, in the purpose's own field.
    expect(resolveTemplate(accounting, 'sv', 'SE').purposes[0].legalBasisReference).toBe(
      'Bokföringslagen (1999:1078)',
    )
    expect(resolveTemplate(accounting, 'de', 'DE').purposes[0].legalBasisReference).toContain(
      '§§ 238, 257 HGB; § 147 AO',
    )
    expect(resolveTemplate(accounting, 'de', 'DE').notes).not.toContain('§§ 238, 257 HGB')
  })

  it('name the national-law provision of an Art. 9(2)(b), (g)–(j) condition where the country’s is known', () => {
    const sickLeave = (country: string) =>
      resolveTemplate(activityTemplate('hr-administration')!, 'en', country).purposes.find(
        (p) => p.specialCategoryCondition === '9_2_b',
      )!
    expect(sickLeave('FI').conditionReference).toBe('Laki yksityisyyden suojasta työelämässä 759/2004, 5 §')
    expect(sickLeave('SE').conditionReference).toContain('Lag (2018:218)')
    expect(sickLeave('DE').conditionReference).toContain('§ 26 Abs. 3')
    // Elsewhere the DPO names it: the check warns rather than the template guessing.
    expect(sickLeave('NL').conditionReference).toBeNull()
    const channel = resolveTemplate(activityTemplate('whistleblowing')!, 'de', 'DE').purposes[0]
    expect(channel.conditionReference).toBe('Hinweisgeberschutzgesetz (HinSchG), § 10')
  })

  it('suggest the templates a company of that sector and size needs', () => {
    const ids = (sector: Parameters<typeof suggestedTemplates>[0]['sector'], employeeCount: number) =>
      suggestedTemplates({ sector, employeeCount }).map((t) => t.id)
    const saas = ids('software', 60)
    expect(saas).toEqual(
      expect.arrayContaining([
        'hr-administration',
        'payroll',
        'accounting',
        'saas-processor',
        'whistleblowing',
        'customer-support',
      ]),
    )
    const shop = ids('retail', 5)
    expect(shop).toEqual(expect.arrayContaining(['cctv', 'newsletter', 'payroll']))
    // Internal reporting channels are required from 50 workers (Directive (EU) 2019/1937, Art. 8(3)).
    expect(shop).not.toContain('whistleblowing')
    expect(shop).not.toContain('saas-processor')
  })
})

describe('a register made from templates', () => {
  it('has no error findings on its activities, whatever the templates, country and language', async () => {
    const { client } = await openTestWorkspace()
    const all = ACTIVITY_TEMPLATES.map((t) => t.id)
    const cases: [string, string, string[]][] = [
      ['FI', 'fi', all],
      ['SE', 'sv', all],
      ['DK', 'da', all],
      ['DE', 'de', all],
      ['FR', 'fr', all],
      ['IE', 'en', all],
      // Ten at a time, in a rotation through the list: every template with different neighbours.
      ...[0, 7, 14, 21].map((start): [string, string, string[]] => [
        'FI',
        'en',
        Array.from({ length: 10 }, (_, i) => all[(start + i) % all.length]),
      ]),
    ]
    for (const [country, language, templateIds] of cases) {
      const created = await client.call('library.createOrganisation', {
        name: `Org ${country} ${language} ${templateIds[0]}`,
        country,
        language: language as 'en',
        templateIds,
      })
      expect(created.activities).toHaveLength(templateIds.length)
      const { findings } = await client.call('checks.organisation', {
        organisationId: created.organisationId,
      })
      const errors = findings.filter((f) => f.severity === 'error' && f.activityReference !== null)
      expect(errors, `${country}/${language}: ${JSON.stringify(errors, null, 2)}`).toEqual([])
    }
  })

  it('uses the country’s authority and language, reuses catalogue entries, and numbers references after the existing ones', async () => {
    const { client } = await openTestWorkspace()
    const created = await client.call('library.createOrganisation', {
      name: 'Leipomo Oy',
      country: 'FI',
      employeeCount: 12,
      sector: 'retail',
      templateIds: ['payroll', 'hr-administration', 'saas-processor'],
    })
    expect(created.language).toBe('fi')
    const organisation = await client.call('organisations.get', { id: created.organisationId })
    expect(organisation).toMatchObject({
      country: 'FI',
      supervisoryAuthority: 'FI',
      language: 'fi',
      employeeCount: 12,
    })
    expect(created.activities.map((a) => [a.reference, a.name])).toEqual([
      ['PA-01', 'Palkanlaskenta'],
      ['PA-02', 'Henkilöstöhallinto'],
      ['PR-01', 'Asiakkaiden tiedot SaaS-palvelussamme (käsittelijä)'],
    ])
    // "Työntekijät" and "Henkilötunnus" are shared by payroll and HR administration: one entry each.
    const subjects = await client.call('dataSubjectCategories.list', {
      organisationId: created.organisationId,
    })
    expect(subjects.filter((s) => s.name === 'Työntekijät')).toHaveLength(1)
    const categories = await client.call('dataCategories.list', { organisationId: created.organisationId })
    expect(categories.find((c) => c.name === 'Henkilötunnus')).toMatchObject({
      special: 'national_id',
      activityCount: 2,
    })

    const again = await client.call('library.templates.apply', {
      organisationId: created.organisationId,
      templateIds: ['accounting', 'payroll'],
    })
    expect(again.activities.map((a) => a.reference)).toEqual(['PA-03', 'PA-04'])
    expect(again.reusedEntries).toBeGreaterThan(0)
    const payroll = await client.call('activities.get', { id: created.activities[0].id })
    expect(payroll).toMatchObject({ status: 'draft', role: 'controller' })
    expect(payroll.dataCategories.find((d) => d.retentionMonths === 120)?.retention).toContain(
      'kirjanpitolaki 1336/1997',
    )
  })

  it('refuses an unknown template or vendor and creates nothing', async () => {
    const { client } = await openTestWorkspace()
    const refused = await client.invoke('library.createOrganisation', {
      name: 'Nothing Oy',
      country: 'FI',
      templateIds: ['payroll', 'no-such-template'],
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toContain('“no-such-template”')
    const vendor = await client.invoke('library.createOrganisation', {
      name: 'Nothing Oy',
      country: 'FI',
      vendorIds: ['no-such-vendor'],
    })
    expect(vendor.ok).toBe(false)
    expect(await client.call('organisations.list', {})).toEqual([])
  })
})
