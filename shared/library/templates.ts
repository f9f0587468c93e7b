/**
 * The built-in activity templates: the list, lookups, which ones to suggest for a new organisation, and each one
 * resolved for an organisation's language and country into template content (template-content.ts).
 */
import type { CountryCode } from '../reference/countries'
import { emptyPurpose } from '../schemas/activity'
import type { Language } from '../schemas/codes'
import { DATA_CATEGORIES, MEASURES, RECIPIENTS, SUBJECTS } from './template-items'
import type { TemplateContent } from './template-content'
import type { TemplateSummary } from '../api/library'
import {
  t6,
  TEMPLATE_GROUPS,
  type ActivityTemplate,
  type Retention,
  type RetentionRule,
  type Sector,
  type TemplatePartyDef,
} from './template-types'
import { CUSTOMER_TEMPLATES } from './templates-customers'
import { MARKETING_TEMPLATES } from './templates-marketing'
import { OPERATIONS_TEMPLATES } from './templates-operations'
import { PEOPLE_TEMPLATES } from './templates-people'
import { PROCESSOR_TEMPLATES } from './templates-processor'

export type { ActivityTemplate, Sector, TemplateGroup, Text6 } from './template-types'
export { SECTORS, TEMPLATE_GROUPS } from './template-types'

/** The date the templates' legal references were written down; shown with them, like every reference list. */
export const TEMPLATES_AS_OF = '2026-12-03'

const GROUP_ORDER = new Map(TEMPLATE_GROUPS.map((g, i) => [g, i]))

export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  ...PEOPLE_TEMPLATES,
  ...CUSTOMER_TEMPLATES,
  ...MARKETING_TEMPLATES,
  ...OPERATIONS_TEMPLATES,
  ...PROCESSOR_TEMPLATES,
].sort((a, b) => (GROUP_ORDER.get(a.group) ?? 0) - (GROUP_ORDER.get(b.group) ?? 0))

const BY_ID = new Map(ACTIVITY_TEMPLATES.map((t) => [t.id, t]))

export function activityTemplate(id: string): ActivityTemplate | undefined {
  return BY_ID.get(id)
}

export interface SuggestionInput {
  sector?: Sector | null
  employeeCount?: number | null
}

/** The templates a new organisation most likely needs, in list order: the ones every organisation has, then by sector and size. */
export function suggestedTemplates({
  sector = null,
  employeeCount = null,
}: SuggestionInput): ActivityTemplate[] {
  return ACTIVITY_TEMPLATES.filter(({ suggest }) => {
    if (suggest.always) return true
    if (sector !== null && suggest.sectors?.includes(sector)) return true
    return (
      suggest.minEmployees !== undefined && employeeCount !== null && employeeCount >= suggest.minEmployees
    )
  })
}

/** The built-in templates as the API lists them, named in `language`, with the ones suggested for the sector and size marked. */
export function builtinTemplateSummaries(language: Language, input: SuggestionInput = {}): TemplateSummary[] {
  const suggested = new Set(suggestedTemplates(input).map((t) => t.id))
  return ACTIVITY_TEMPLATES.map((t) => ({
    id: t.id,
    source: 'builtin',
    group: t.group,
    role: t.role,
    name: t.name[language],
    description: t.description[language],
    language,
    suggested: suggested.has(t.id),
  }))
}

function ruleFor(retention: Retention, country: CountryCode | null): RetentionRule {
  if ('text' in retention) return retention
  return (country !== null ? retention.byCountry[country] : undefined) ?? retention.default
}

const NOTE_HEADINGS = {
  dpia: t6(
    'DPIA screening',
    'Vaikutustenarvioinnin tarve',
    'Bedömning av behovet av konsekvensbedömning',
    'Vurdering af behovet for konsekvensanalyse',
    'Schwellwertanalyse (DSFA)',
    'Analyse préalable (AIPD)',
  ),
  source: t6(
    'From the ROPA template library',
    'ROPA-mallikirjastosta',
    'Från ROPA:s mallbibliotek',
    'Fra ROPA’s skabelonbibliotek',
    'Aus der ROPA-Vorlagenbibliothek',
    'Issu de la bibliothèque de modèles ROPA',
  ),
}

function party(def: TemplatePartyDef, lang: Language): TemplateContent['parties'][number] {
  if ('vendorId' in def)
    return {
      vendorId: def.vendorId,
      name: null,
      kind: null,
      notes: null,
      relation: def.relation,
      purpose: null,
    }
  return {
    vendorId: null,
    name: def.name[lang],
    kind: def.kind,
    notes: def.notes[lang],
    relation: def.relation,
    purpose: null,
  }
}

/**
 * One template in one language, for an organisation in `country`: the per-country retention rule and statute
 * where one exists. The DPIA hint and the statutes go into the notes, which the DPO reads and rewrites.
 */
export function resolveTemplate(
  template: ActivityTemplate,
  lang: Language,
  country: CountryCode | null,
): TemplateContent {
  const purposes = template.purposes.map((p) => ({
    ...emptyPurpose(p.description[lang]),
    legalBasis: p.legalBasis,
    legitimateInterest: p.legitimateInterest?.[lang] ?? null,
    specialCategoryCondition: p.specialCategoryCondition ?? null,
    criminalDataBasis: p.criminalDataBasis?.[lang] ?? null,
    legalBasisReference: (country !== null ? p.legalBasisReference?.[country] : undefined) ?? null,
    conditionReference: (country !== null ? p.conditionReference?.[country] : undefined) ?? null,
  }))
  const notes = [
    `${NOTE_HEADINGS.dpia[lang]}: ${template.dpia.hint[lang]}`,
    `${NOTE_HEADINGS.source[lang]} (${template.id}, ${TEMPLATES_AS_OF}).`,
  ].join('\n')
  return {
    name: template.name[lang],
    role: template.role,
    businessFunction: template.businessFunction[lang],
    description: template.description[lang],
    purposes,
    dataSubjectCategories: template.dataSubjects.map((key) => {
      const item = SUBJECTS[key as keyof typeof SUBJECTS]
      return {
        name: item.name[lang],
        description: null,
        vulnerable: 'vulnerable' in item && item.vulnerable === true,
      }
    }),
    dataCategories: template.dataCategories.map(({ key, retention }) => {
      const item = DATA_CATEGORIES[key as keyof typeof DATA_CATEGORIES]
      const rule = ruleFor(retention, country)
      return {
        name: item.name[lang],
        description: null,
        special: 'special' in item ? item.special : 'none',
        // The rule is the template's, for this activity: it is not made every activity's default.
        defaultRetention: null,
        defaultRetentionMonths: null,
        retention: rule.text[lang],
        retentionMonths: rule.months,
      }
    }),
    sources: template.sources.map((kind) => ({ kind, description: null })),
    recipients: template.recipients.map((key) => ({
      category: RECIPIENTS[key as keyof typeof RECIPIENTS][lang],
      purpose: null,
    })),
    parties: (template.parties ?? []).map((p) => party(p, lang)),
    securityMeasures: template.measures.map((key) => {
      const item = MEASURES[key as keyof typeof MEASURES]
      return { kind: item.kind, name: item.name[lang], description: null }
    }),
    retention: template.retention?.[lang] ?? null,
    dpia: { status: 'not_assessed', criteria: [...template.dpia.criteria], reference: null },
    notes,
  }
}
