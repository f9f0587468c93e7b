/**
 * How the fields of the organisation profile and of the catalogue entries read as text, for the history's
 * sentences and the comparison of two versions. The activity's fields are the registry's (./activity, ./items);
 * these flat records have no editor or import description of their own, only how a value reads: with the
 * same code labels, country names, dates and yes/no as the activity's fields (./render), so a change reads
 * "SCC module in its contract set to “Module 2: controller to processor”", never "“2”".
 */
import { LANGUAGE_NAMES, type Labels } from '../i18n/labels'
import { libraryVendor } from '../library/vendors'
import type { Language } from '../schemas/codes'
import { present, type RenderContext } from './render'

/** How one field's value reads: a code by its label, a country by its name, a day as the reader writes days… */
export type EntryValue =
  { readonly code: keyof Labels['codes'] } | 'country' | 'date' | 'language' | 'yesNo' | 'contact' | 'vendor'

export type EntryKind =
  'organisation' | 'parties' | 'dataSubjectCategories' | 'dataCategories' | 'securityMeasures'

/** The fields whose stored value is not the text a reader reads; every other field reads as it is stored. */
export const ENTRY_VALUES: Readonly<Record<EntryKind, Readonly<Record<string, EntryValue>>>> = {
  organisation: {
    country: 'country',
    supervisoryAuthority: 'country',
    language: 'language',
    representative: 'contact',
    dpo: 'contact',
    contactPerson: 'contact',
  },
  parties: {
    kind: { code: 'partyKind' },
    country: 'country',
    dpfCertified: 'yesNo',
    dpaSignedOn: 'date',
    transferMechanism: { code: 'mechanism' },
    sccModule: { code: 'sccModule' },
    transferImpactAssessment: 'yesNo',
    dpfCheckedOn: 'date',
    libraryVendorId: 'vendor',
  },
  dataSubjectCategories: { vulnerable: 'yesNo' },
  dataCategories: { special: { code: 'specialKind' } },
  securityMeasures: { kind: { code: 'securityMeasureKind' } },
}

/** A stored value as text (null when nothing is recorded), as `how` says it reads. */
export function entryValueText(
  how: EntryValue | undefined,
  value: unknown,
  ctx: RenderContext,
): string | null {
  if (value === null || value === undefined || value === '') return null
  if (how === 'contact' || (how === undefined && typeof value === 'object')) {
    const parts = present(...Object.values(value as Record<string, string | null>))
    return parts.length === 0 ? null : parts.join(', ')
  }
  if (how === 'yesNo' || typeof value === 'boolean')
    return value ? ctx.labels.values.yes : ctx.labels.values.no
  if (how === undefined) return String(value)
  const code = String(value)
  if (how === 'country') return ctx.country(code)
  if (how === 'date') return ctx.date(code)
  if (how === 'language') return LANGUAGE_NAMES[code as Language] ?? code
  if (how === 'vendor') return libraryVendor(code)?.name ?? code
  return (ctx.labels.codes[how.code] as Record<string, string>)[code] ?? code
}
