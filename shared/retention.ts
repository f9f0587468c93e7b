/**
 * The time limit for erasure an activity applies to one category of personal data (Art. 30(1)(f)): its own,
 * or, when it records none (neither words nor months), the default kept on the category. An activity that
 * records either one overrides the whole default. The checks, the completeness, the exports, the register as
 * of a date and the editor all read the effective value from here.
 */
import type { ActivityDataCategory } from './fields/items'
import type { DataCategoryFields } from './schemas/catalogue'

export interface EffectiveRetention {
  readonly retention: string | null
  readonly retentionMonths: number | null
  /** Taken from the category's default, not recorded on the activity. */
  readonly inherited: boolean
}

type Own = Pick<ActivityDataCategory, 'retention' | 'retentionMonths'>
type Default = Partial<Pick<DataCategoryFields, 'defaultRetention' | 'defaultRetentionMonths'>>

const said = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== ''

/** Whether the words or the months say something. */
export function recordsRetention(own: Own): boolean {
  return said(own.retention) || (own.retentionMonths !== null && own.retentionMonths !== undefined)
}

/** The category's default as an activity would record it, or null when it has none. */
export function categoryDefault(category: Default | undefined): Own | null {
  if (!category) return null
  const own = {
    retention: said(category.defaultRetention) ? category.defaultRetention : null,
    retentionMonths: category.defaultRetentionMonths ?? null,
  }
  return recordsRetention(own) ? own : null
}

export function effectiveRetention(own: Own, category: Default | undefined): EffectiveRetention {
  if (recordsRetention(own))
    return {
      retention: said(own.retention) ? own.retention : null,
      retentionMonths: own.retentionMonths,
      inherited: false,
    }
  const fallback = categoryDefault(category)
  return fallback
    ? { ...fallback, inherited: true }
    : { retention: null, retentionMonths: null, inherited: false }
}

/**
 * The effective time limit as a reader shows it, in the reader's labels: the words, or the months when only
 * they are recorded, marked when they are the category's default ("6 years (the category’s default)"); null
 * when nothing applies.
 */
export function retentionText(effective: EffectiveRetention, values: RetentionLabels): string | null {
  const said =
    effective.retention ??
    (effective.retentionMonths === null
      ? null
      : values.retentionMonths.replace('{{months}}', String(effective.retentionMonths)))
  if (said === null) return null
  return effective.inherited ? `${said} (${values.retentionFromCategory})` : said
}

/** The labels `retentionText` writes with (`labels.values` of any language). */
export interface RetentionLabels {
  readonly retentionMonths: string
  readonly retentionFromCategory: string
}
