/**
 * How the built-in activity templates are written: every text in the six languages, catalogue items by key (one
 * shared list, so ten templates give one "Employees" entry, not ten), and retention either one rule or a rule per
 * country where a statute sets it.
 */
import type { CountryCode } from '../reference/countries'
import type {
  DpiaCriterion,
  Language,
  LegalBasis,
  PartyKind,
  Role,
  SecurityMeasureKind,
  SourceKind,
  SpecialCategoryCondition,
  SpecialKind,
} from '../schemas/codes'
import type { VendorCategory } from './vendor-types'

/** A text in every language of the app. */
export type Text6 = Readonly<Record<Language, string>>

/** Writes a text in the order en, fi, sv, da, de, fr. */
export function t6(en: string, fi: string, sv: string, da: string, de: string, fr: string): Text6 {
  return { en, fi, sv, da, de, fr }
}

export interface SubjectItem {
  readonly name: Text6
  readonly vulnerable?: boolean
}

export interface DataCategoryItem {
  readonly name: Text6
  readonly special?: SpecialKind
}

export interface MeasureItem {
  readonly kind: SecurityMeasureKind
  readonly name: Text6
}

/** A retention rule: the words and, where it is a fixed period, its length in months. */
export interface RetentionRule {
  readonly text: Text6
  readonly months: number | null
}

/** One rule everywhere, or a rule per country where national law sets one (the default elsewhere). */
export type Retention =
  | RetentionRule
  | {
      readonly default: RetentionRule
      readonly byCountry: Readonly<Partial<Record<CountryCode, RetentionRule>>>
    }

export interface TemplatePurposeDef {
  readonly description: Text6
  readonly legalBasis: LegalBasis | null
  readonly legitimateInterest?: Text6
  readonly specialCategoryCondition?: SpecialCategoryCondition
  readonly criminalDataBasis?: Text6
  /** The statute relied on, per country (statute names are not translated). */
  readonly legalBasisReference?: Readonly<Partial<Record<CountryCode, string>>>
  /** The national-law provision an Art. 9(2)(b), (g)–(j) condition or the Art. 10 basis rests on, per country. */
  readonly conditionReference?: Readonly<Partial<Record<CountryCode, string>>>
}

export type TemplatePartyDef =
  | { readonly vendorId: string; readonly relation: 'recipient' | 'joint_controller' | 'controller' }
  | {
      readonly name: Text6
      readonly kind: PartyKind
      readonly notes: Text6
      readonly relation: 'recipient' | 'joint_controller' | 'controller'
    }

export const TEMPLATE_GROUPS = [
  'people',
  'customers',
  'finance',
  'premises',
  'it',
  'governance',
  'processor',
] as const
export type TemplateGroup = (typeof TEMPLATE_GROUPS)[number]

/** The sectors the wizard asks about, to suggest templates. */
export const SECTORS = [
  'professional_services',
  'software',
  'retail',
  'manufacturing',
  'construction',
  'hospitality',
  'health_social',
  'nonprofit',
  'other',
] as const
export type Sector = (typeof SECTORS)[number]

export interface ActivityTemplate {
  /** Stable id, kebab-case (`ropa init --templates payroll,accounting`). */
  readonly id: string
  readonly group: TemplateGroup
  readonly role: Role
  readonly name: Text6
  readonly description: Text6
  readonly businessFunction: Text6
  readonly purposes: readonly TemplatePurposeDef[]
  /** Keys of SUBJECTS. */
  readonly dataSubjects: readonly string[]
  /** Keys of DATA_CATEGORIES, each with its retention. */
  readonly dataCategories: readonly { readonly key: string; readonly retention: Retention }[]
  readonly sources: readonly SourceKind[]
  /** Keys of RECIPIENTS. */
  readonly recipients: readonly string[]
  /**
   * Parties the activity always involves: a library vendor (the platform of a social media page), or a party
   * named by the template (the customers a processor record acts for).
   */
  readonly parties?: readonly TemplatePartyDef[]
  /** Keys of MEASURES. */
  readonly measures: readonly string[]
  /** The WP248 criteria the activity typically meets, and what to weigh when screening it. */
  readonly dpia: { readonly criteria: readonly DpiaCriterion[]; readonly hint: Text6 }
  /** General retention rule of the activity, when the categories' own rules do not say it all. */
  readonly retention?: Text6
  /** When the wizard suggests it: every organisation, some sectors, or from a number of employees. */
  readonly suggest: {
    readonly always?: boolean
    readonly sectors?: readonly Sector[]
    readonly minEmployees?: number
  }
  /** The kinds of vendor such an activity usually uses, for "add vendors" after the wizard. */
  readonly vendorCategories: readonly VendorCategory[]
}
