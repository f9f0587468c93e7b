/**
 * A register document (as it stood on a date) as headed rows of text for read-only display: the headings
 * and code labels are the register's own (`labels.*`), catalogue entries are named as they were then.
 */
import type { TFunction } from 'i18next'
import { authorityFor } from '../../../shared/reference/authorities'
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
const present = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '')

/** Names of the document's catalogue entries by id. */
export function namesIn(doc: RegisterDocument): Map<string, string> {
  const names = new Map<string, string>()
  for (const list of [doc.parties, doc.dataSubjectCategories, doc.dataCategories, doc.securityMeasures]) for (const e of list) names.set(e.id, e.name)
  return names
}

function contactText(contact: Contact | null): string[] {
  return contact ? [present(contact.name, 'role' in contact ? (contact.role as string | null) : null, contact.address, contact.email, contact.phone).join(', ')] : []
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

export function activityRows(t: TFunction, activity: RegisterActivity, names: Map<string, string>): TextRow[] {
  const tr = plain(t)
  const f = (key: string) => tr(`labels.fields.activity.${key}`)
  const code = (list: string, value: string) => tr(`labels.codes.${list}.${value}`)
  const yesNo = (value: boolean) => tr(value ? 'labels.values.yes' : 'labels.values.no')
  const name = (id: string) => names.get(id) ?? id
  const a = activity
  return [
    { label: f('reference'), lines: [a.reference] },
    { label: f('name'), lines: [a.name] },
    { label: f('role'), lines: [code('role', a.role)] },
    { label: f('status'), lines: [code('status', a.status)] },
    { label: f('businessFunction'), lines: present(a.businessFunction) },
    { label: f('owner'), lines: present(a.owner) },
    { label: f('description'), lines: present(a.description) },
    {
      label: f('purposes'),
      lines: a.purposes.map((p) =>
        present(
          p.description,
          p.legalBasis && `${f('legalBasis')}: ${code('legalBasis', p.legalBasis)}`,
          p.legitimateInterest && `${f('legitimateInterest')}: ${p.legitimateInterest}`,
          p.specialCategoryCondition && `${f('specialCategoryCondition')}: ${code('specialCategoryCondition', p.specialCategoryCondition)}`,
          p.criminalDataBasis && `${f('criminalDataBasis')}: ${p.criminalDataBasis}`,
        ).join(' — '),
      ),
    },
    { label: f('dataSubjectCategories'), lines: a.dataSubjectCategoryIds.map(name) },
    { label: f('dataCategories'), lines: a.dataCategories.map((d) => present(name(d.dataCategoryId), d.retention && `${f('retention')}: ${d.retention}`).join(' — ')) },
    { label: f('sources'), lines: a.sources.map((s) => present(code('sourceKind', s.kind), s.description).join(': ')) },
    { label: f('recipients'), lines: a.recipients.map((r) => present(r.partyId ? name(r.partyId) : r.category, r.purpose).join(' — ')) },
    { label: f('jointControllers'), lines: a.jointControllerIds.map(name) },
    { label: f('controllers'), lines: a.controllerIds.map(name) },
    {
      label: f('transfers'),
      lines: a.transfers.map((x) =>
        present(
          present(x.partyId ? name(x.partyId) : null, x.country ? countryName(x.country, uiLanguage()) : x.internationalOrganisation).join(', '),
          `${f('mechanism')}: ${code('mechanism', x.mechanism)}${x.sccModule ? ` (${code('sccModule', String(x.sccModule))})` : ''}`,
          `${f('transferImpactAssessment')}: ${yesNo(x.transferImpactAssessment)}`,
        ).join(' — '),
      ),
    },
    { label: f('generalRetention'), lines: present(a.retention) },
    { label: f('securityMeasures'), lines: a.securityMeasureIds.map(name) },
    { label: f('automatedDecisionMaking'), lines: [yesNo(a.automatedDecisionMaking)] },
    { label: f('dpiaStatus'), lines: [code('dpiaStatus', a.dpia.status)] },
    { label: f('dpiaCriteria'), lines: a.dpia.criteria.map((c) => code('dpiaCriterion', c)) },
    { label: f('dpiaReference'), lines: present(a.dpia.reference) },
    { label: f('systems'), lines: a.systems },
    { label: f('dataLocation'), lines: present(a.dataLocation) },
    { label: f('lastReviewedOn'), lines: present(a.lastReviewedOn && formatDate(a.lastReviewedOn)) },
    { label: f('nextReviewDue'), lines: present(a.nextReviewDue && formatDate(a.nextReviewDue)) },
    { label: f('notes'), lines: present(a.notes) },
  ]
}
