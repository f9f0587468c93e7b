/**
 * Every field of an activity as an export shows it: its heading in the export language and its value as
 * text (lines joined by "\n", null when nothing is recorded). The xlsx and CSV tables and the PDF fiches all
 * take their cells from here, so a value reads the same in every format.
 */
import { citeArticleShort, citeMechanism } from '../../../shared/i18n/labels'
import { fill } from '../../../shared/i18n/labels/fill'
import { adequacyForInternationalOrganisation, isAdequacyInForce, transferStatus } from '../../../shared/reference/adequacy'
import type { Art30Key } from '../../../shared/reference/art30'
import { countryName } from '../../../shared/reference/countries'
import { mechanismInfo } from '../../../shared/reference/mechanisms'
import type { Contact } from '../../../shared/schemas/contact'
import type { RegisterActivity, RegisterParty } from '../../../shared/schemas/register'
import type { Transfer } from '../../../shared/schemas/activity'
import type { ExportModel } from './model'

/** A one-argument function that remembers its answers. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>()
  return (key) => {
    if (known.has(key)) return known.get(key) as V
    const value = compute(key)
    known.set(key, value)
    return value
  }
}

/** Fills `{{name}}` placeholders of a label (one helper for exports and notices). */
export { fill }

const lines = (items: (string | null | undefined)[]): string | null => {
  const kept = items.filter((s): s is string => typeof s === 'string' && s.trim() !== '')
  return kept.length === 0 ? null : kept.join('\n')
}

const blank = (s: string | null | undefined): s is null | undefined => s === null || s === undefined || s.trim() === ''

/** A register code such as '6_1_b' or '9_2_h' as an article reference '6(1)(b)'. */
const codeToRef = (code: string) => {
  const [article, paragraph, point] = code.split('_')
  return `${article}(${paragraph})(${point})`
}

export type FieldKey =
  | 'reference' | 'name' | 'role' | 'status' | 'businessFunction' | 'owner' | 'description'
  | 'controller' | 'processor' | 'jointControllers' | 'controllers' | 'representative' | 'dpo'
  | 'purposes' | 'legalBasis' | 'legitimateInterest' | 'specialCategoryCondition' | 'criminalDataBasis'
  | 'dataSubjectCategories' | 'dataCategories' | 'recipients' | 'transfers' | 'safeguardDocumentation'
  | 'retention' | 'securityMeasures' | 'sources' | 'automatedDecisionMaking' | 'dpiaStatus' | 'dpiaCriteria'
  | 'dpiaReference' | 'systems' | 'dataLocation' | 'lastReviewedOn' | 'nextReviewDue' | 'notes'

export interface Formatter {
  /** The heading of a field; with `point`, followed by the Art. 30 point it answers, e.g. "(Art. 30(1)(b))". */
  label(key: FieldKey, point?: Art30Key): string
  value(key: FieldKey, activity: RegisterActivity): string | null
  /** "Art. 30(1)(b)" in the export language's short citation form. */
  cite(ref: string): string
  yesNo(value: boolean): string
  country(code: string | null): string | null
  contact(contact: Contact | null): string | null
  party(party: RegisterParty): string
  partyById(id: string | null): string | null
  transferDestination(transfer: Transfer): string
  transferStatus(transfer: Transfer): string | null
  mechanism(transfer: Transfer): string
  mechanismArticle(transfer: Transfer): string | null
  mechanismValid(transfer: Transfer): string
  sccModule(transfer: Transfer): string | null
  /** A mechanism with its article and SCC module ("Standard contractual clauses (2021/914), Art. 46(2)(c), Module 2"). */
  safeguard(mechanism: Transfer['mechanism'], sccModule: Transfer['sccModule']): string
}

/** The formatter of one export: labels, citations and country names in the export language. */
export function formatter(model: ExportModel): Formatter {
  const { labels: L, lang } = model
  const A = L.fields.activity
  // Citations and country names repeat on every row: each is worked out once per export.
  const cite = memo((ref: string) => citeArticleShort(ref, lang))
  const yesNo = (value: boolean) => (value ? L.values.yes : L.values.no)
  const name = memo((code: string) => countryName(code, lang))
  const country = (code: string | null) => (code === null ? null : name(code))
  const contact = (c: Contact | null) => (c === null ? null : [c.name, c.address, c.email, c.phone].filter((s) => !blank(s)).join(', '))
  const party = (p: RegisterParty) => {
    const details = [p.address, country(p.country), p.email, p.website].filter((s) => !blank(s)).join(', ')
    return details === '' ? p.name : `${p.name}, ${details}`
  }
  const partyById = (id: string | null) => {
    if (id === null) return null
    const p = model.parties.get(id)
    return p ? p.name : null
  }
  const org = model.doc.organisation
  const organisationContact = [org.name, org.address, country(org.country), org.email, org.phone, org.website]
    .filter((s) => !blank(s))
    .join(', ')

  const transferDestination = (t: Transfer) => (t.country !== null ? name(t.country) : (t.internationalOrganisation ?? ''))
  const transferStatusText = (t: Transfer) => {
    if (t.country !== null) return L.codes.transferStatus[transferStatus(t.country, model.exportDate)]
    const decision = t.internationalOrganisation ? adequacyForInternationalOrganisation(t.internationalOrganisation) : null
    return decision && isAdequacyInForce(decision, model.exportDate) ? L.codes.transferStatus.adequate : null
  }
  const mechanismCitation = memo((mechanism: Transfer['mechanism']) => citeMechanism(mechanism, lang) || null)
  const mechanismArticle = (t: Transfer) => mechanismCitation(t.mechanism)
  const mechanismValid = (t: Transfer) => {
    const info = mechanismInfo(t.mechanism)
    if (info.valid) return L.values.yes
    return info.ended ? fill(L.document.mechanismEnded, { date: info.ended.endedOn }) : L.values.no
  }
  const sccModule = (t: Transfer) => (t.sccModule === null ? null : L.codes.sccModule[t.sccModule])
  const mechanism = (t: Transfer) => L.codes.mechanism[t.mechanism]
  const safeguard = (code: Transfer['mechanism'], module: Transfer['sccModule']) =>
    [L.codes.mechanism[code], mechanismCitation(code), module === null ? null : L.codes.sccModule[module]].filter((s) => s !== null).join(', ')
  const transferLine = (t: Transfer) => {
    const recipient = partyById(t.partyId)
    return [transferDestination(t), recipient, safeguard(t.mechanism, t.sccModule)].filter((s) => !blank(s)).join(' — ')
  }

  const purposeLines = (a: RegisterActivity, pick: (p: RegisterActivity['purposes'][number]) => string | null) =>
    lines(a.purposes.map((p) => {
      const value = pick(p)
      return value === null ? null : a.purposes.length === 1 ? value : `${p.description}: ${value}`
    }))

  const values: Record<FieldKey, (a: RegisterActivity) => string | null> = {
    reference: (a) => a.reference,
    name: (a) => a.name,
    role: (a) => L.codes.role[a.role],
    status: (a) => L.codes.status[a.status],
    businessFunction: (a) => a.businessFunction,
    owner: (a) => a.owner,
    description: (a) => a.description,
    controller: () => organisationContact,
    processor: () => organisationContact,
    jointControllers: (a) => lines(a.jointControllerIds.map((id) => model.parties.get(id)).map((p) => (p ? party(p) : null))),
    controllers: (a) => lines(a.controllerIds.map((id) => model.parties.get(id)).map((p) => (p ? party(p) : null))),
    representative: () => contact(org.representative),
    dpo: () => contact(org.dpo),
    purposes: (a) => lines(a.purposes.map((p) => p.description)),
    legalBasis: (a) =>
      purposeLines(a, (p) => (p.legalBasis === null ? null : `${L.codes.legalBasis[p.legalBasis]} (${cite(codeToRef(p.legalBasis))})`)),
    legitimateInterest: (a) => purposeLines(a, (p) => (blank(p.legitimateInterest) ? null : p.legitimateInterest)),
    specialCategoryCondition: (a) =>
      purposeLines(a, (p) =>
        p.specialCategoryCondition === null
          ? null
          : `${L.codes.specialCategoryCondition[p.specialCategoryCondition]} (${cite(codeToRef(p.specialCategoryCondition))})`,
      ),
    criminalDataBasis: (a) => purposeLines(a, (p) => (blank(p.criminalDataBasis) ? null : p.criminalDataBasis)),
    dataSubjectCategories: (a) => lines(a.dataSubjectCategoryIds.map((id) => model.subjects.get(id)?.name)),
    dataCategories: (a) =>
      lines(a.dataCategories.map((d) => {
        const category = model.dataCategories.get(d.dataCategoryId)
        if (!category) return null
        return category.special === 'none' ? category.name : `${category.name} (${L.codes.specialKind[category.special]})`
      })),
    recipients: (a) =>
      lines(a.recipients.map((r) => {
        const p = r.partyId === null ? undefined : model.parties.get(r.partyId)
        const who = p
          ? `${p.name} (${[L.codes.partyKind[p.kind], country(p.country)].filter((s) => s !== null).join(', ')})`
          : (r.category ?? '')
        return blank(r.purpose) ? who : `${who}: ${r.purpose}`
      })),
    transfers: (a) => lines(a.transfers.map(transferLine)),
    safeguardDocumentation: (a) =>
      lines(a.transfers.map((t) => (blank(t.safeguardDocumentation) ? null : `${transferDestination(t)}: ${t.safeguardDocumentation}`))),
    retention: (a) =>
      lines([
        ...a.dataCategories.map((d) => {
          const category = model.dataCategories.get(d.dataCategoryId)
          return category ? `${category.name}: ${blank(d.retention) ? L.values.notRecorded : d.retention}` : null
        }),
        blank(a.retention) ? null : `${A.generalRetention}: ${a.retention}`,
      ]),
    securityMeasures: (a) =>
      lines(a.securityMeasureIds.map((id) => {
        const m = model.measures.get(id)
        if (!m) return null
        const head = `${m.name} (${L.codes.securityMeasureKind[m.kind]})`
        return blank(m.description) ? head : `${head}: ${m.description}`
      })),
    sources: (a) => lines(a.sources.map((s) => (blank(s.description) ? L.codes.sourceKind[s.kind] : `${L.codes.sourceKind[s.kind]}: ${s.description}`))),
    automatedDecisionMaking: (a) => yesNo(a.automatedDecisionMaking),
    dpiaStatus: (a) => L.codes.dpiaStatus[a.dpia.status],
    dpiaCriteria: (a) => lines(a.dpia.criteria.map((c) => L.codes.dpiaCriterion[c])),
    dpiaReference: (a) => a.dpia.reference,
    systems: (a) => lines(a.systems),
    dataLocation: (a) => a.dataLocation,
    lastReviewedOn: (a) => a.lastReviewedOn,
    nextReviewDue: (a) => a.nextReviewDue,
    notes: (a) => a.notes,
  }

  const O = L.fields.organisation
  /** Headings without citations; `ownCitations` adds the provision a field answers where no Art. 30 point is given. */
  const names: Record<FieldKey, string> = {
    reference: A.reference,
    name: A.name,
    role: A.role,
    status: A.status,
    businessFunction: A.businessFunction,
    owner: A.owner,
    description: A.description,
    controller: L.codes.role.controller,
    processor: L.codes.role.processor,
    jointControllers: A.jointControllers,
    controllers: A.controllers,
    representative: O.representative,
    dpo: O.dpo,
    purposes: A.purposes,
    legalBasis: A.legalBasis,
    legitimateInterest: A.legitimateInterest,
    specialCategoryCondition: A.specialCategoryCondition,
    criminalDataBasis: A.criminalDataBasis,
    dataSubjectCategories: A.dataSubjectCategories,
    dataCategories: A.dataCategories,
    recipients: A.recipients,
    transfers: A.transfers,
    safeguardDocumentation: A.safeguardDocumentation,
    retention: A.retention,
    securityMeasures: A.securityMeasures,
    sources: A.sources,
    automatedDecisionMaking: A.automatedDecisionMaking,
    dpiaStatus: A.dpiaStatus,
    dpiaCriteria: A.dpiaCriteria,
    dpiaReference: A.dpiaReference,
    systems: A.systems,
    dataLocation: A.dataLocation,
    lastReviewedOn: A.lastReviewedOn,
    nextReviewDue: A.nextReviewDue,
    notes: A.notes,
  }

  const ownCitations: Partial<Record<FieldKey, string>> = {
    legalBasis: '6(1)',
    legitimateInterest: '6(1)(f)',
    specialCategoryCondition: '9(2)',
    criminalDataBasis: '10',
    safeguardDocumentation: '49(1) second subparagraph',
    automatedDecisionMaking: '22',
    dpiaStatus: '35',
  }

  return {
    label: (key, point) => {
      const ref = point ?? ownCitations[key]
      return ref === undefined ? names[key] : `${names[key]} (${cite(ref)})`
    },
    value: (key, activity) => {
      const value = values[key](activity)
      return blank(value) ? null : value
    },
    cite,
    yesNo,
    country,
    contact,
    party,
    partyById,
    transferDestination,
    transferStatus: transferStatusText,
    mechanism,
    mechanismArticle,
    mechanismValid,
    sccModule,
    safeguard,
  }
}
