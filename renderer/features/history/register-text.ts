/**
 * A register document (as it stood on a date) as headed rows of text for read-only display: the headings
 * and code labels are the register's own (`labels.*`), catalogue entries are named as they were then.
 */
import type { TFunction } from 'i18next'
import { isList } from '../../../shared/fields/define'
import { ACTIVITY_FIELDS, type ActivityListField } from '../../../shared/fields/registry'
import { present, renderContext, type RenderContext } from '../../../shared/fields/render'
import { labelsFor } from '../../../shared/i18n/labels'
import { authorityFor } from '../../../shared/reference/authorities'
import type { Language } from '../../../shared/schemas/codes'
import { countryName } from '../../../shared/reference/countries'
import type { Contact } from '../../../shared/schemas/contact'
import type { RegisterActivity, RegisterDocument } from '../../../shared/schemas/register'
import { formatDate } from '../../components/format'
import { uiLanguage } from '../../i18n'

export interface TextRow {
  label: string
  /** One entry per line; empty when nothing is recorded. */
  lines: string[]
}

// Keys built at run time: a plain string signature spares the compiler the whole catalogue's key union.
const plain = (t: TFunction) => t as unknown as (key: string) => string

/** Names of the document's catalogue entries by id. */
export function namesIn(doc: RegisterDocument): Map<string, string> {
  const names = new Map<string, string>()
  for (const list of [doc.parties, doc.dataSubjectCategories, doc.dataCategories, doc.securityMeasures])
    for (const e of list) names.set(e.id, e.name)
  return names
}

function contactText(contact: Contact | null): string[] {
  return contact
    ? [
        present(
          contact.name,
          'role' in contact ? (contact.role as string | null) : null,
          contact.address,
          contact.email,
          contact.phone,
        ).join(', '),
      ]
    : []
}

export function organisationRows(t: TFunction, doc: RegisterDocument): TextRow[] {
  const o = doc.organisation
  const f = (key: string) => plain(t)(`labels.fields.organisation.${key}`)
  const authority = o.supervisoryAuthority ? authorityFor(o.supervisoryAuthority) : null
  return [
    { label: f('name'), lines: present(o.name) },
    { label: f('tradeName'), lines: present(o.tradeName) },
    { label: f('registrationNumber'), lines: present(o.registrationNumber) },
    { label: f('country'), lines: present(o.country ? countryName(o.country, uiLanguage()) : null) },
    { label: f('address'), lines: present(o.address) },
    { label: f('email'), lines: present(o.email) },
    { label: f('phone'), lines: present(o.phone) },
    { label: f('website'), lines: present(o.website) },
    { label: f('employeeCount'), lines: o.employeeCount === null ? [] : [String(o.employeeCount)] },
    { label: f('representative'), lines: contactText(o.representative) },
    { label: f('dpo'), lines: contactText(o.dpo) },
    { label: f('contactPerson'), lines: contactText(o.contactPerson) },
    { label: f('supervisoryAuthority'), lines: present(authority?.name ?? o.supervisoryAuthority) },
    { label: f('language'), lines: present(t(`app.languages.${o.language}`)) },
  ]
}

/** How the register as of a date writes values: in the UI's language, dates as the user's locale does. */
export function registerTextContext(doc: RegisterDocument, language: Language = uiLanguage()): RenderContext {
  return renderContext({ labels: labelsFor(language), language, doc, date: formatDate })
}

/** An item in one line: what names it, then each of its own fields that says something ("Lawful basis: …"). */
function itemLine(list: ActivityListField, item: unknown, ctx: RenderContext): string {
  const details = list.item.fields.flatMap((field) => {
    if (field.identity) return []
    const text = field.text(item, ctx).join(', ')
    return text.trim() === '' ? [] : [`${ctx.labels.fields.activity[field.label]}: ${text}`]
  })
  return present(list.item.key(item, ctx), ...details).join(' — ')
}

/** Every field of the activity in the registry's order, each with its lines (one per item of a list). */
export function activityRows(ctx: RenderContext, activity: RegisterActivity): TextRow[] {
  return ACTIVITY_FIELDS.map((field) => ({
    label: ctx.labels.fields.activity[field.label],
    lines: isList(field)
      ? field.items(activity).map((item) => itemLine(field, item, ctx))
      : field.text(activity, ctx),
  }))
}
