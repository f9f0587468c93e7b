/**
 * Every field of an activity as an export shows it: its heading in the export language and its value as
 * text (lines joined by "\n", null when nothing is recorded). The xlsx and CSV tables and the PDF fiches all
 * take their cells from here, so a value reads the same in every format.
 *
 * "Not recorded" and "none" are different answers: a value is null (printed "not recorded") when the register
 * does not say, and the language's "none" when the register shows there is nothing (a controller activity
 * without joint controllers, an activity without transfers, categories of data none of which is special).
 */
import { transferCoverage } from '../../../shared/checks/coverage'
import { formatDayLong } from '../../../shared/i18n/dates'
import { citeArticleShort, citeMechanism } from '../../../shared/i18n/labels'
import { fill } from '../../../shared/i18n/labels/fill'
import { plainLetters } from '../../../shared/letters'
import {
  adequacyForInternationalOrganisation,
  isAdequacyInForce,
  transferStatus,
} from '../../../shared/reference/adequacy'
import type { Art30Key } from '../../../shared/reference/art30'
import { countryName, isEea } from '../../../shared/reference/countries'
import { mechanismInfo } from '../../../shared/reference/mechanisms'
import { rightInfo, rightsFor } from '../../../shared/reference/rights'
import { needsArt10Basis, needsArt9Condition } from '../../../shared/reference/special-categories'
import type { SpecialKind } from '../../../shared/schemas/codes'
import type { Contact } from '../../../shared/schemas/contact'
import type { RegisterActivity, RegisterParty } from '../../../shared/schemas/register'
import type { Transfer } from '../../../shared/schemas/activity'
import type { RegistryColumnId } from '../../../shared/fields/registry'
import { renderContext } from '../../../shared/fields/render'
import { effectiveRetention, retentionText } from '../../../shared/retention'
import { localIsoDate } from '../services/checks'
import type { ExportModel } from './model'
import { registryCell, registryColumn } from './registry-columns'

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

const blank = (s: string | null | undefined): s is null | undefined =>
  s === null || s === undefined || s.trim() === ''

/**
 * A name with a note in brackets, "Sick leave (Data concerning health)", but the name alone when the note
 * would only repeat it ("Helbredsoplysninger", not "Helbredsoplysninger (Helbredsoplysninger)").
 */
export function named(name: string, note: string | null): string {
  if (note === null || note.trim() === '') return name
  const plainName = plainLetters(name)
  return plainName.includes(plainLetters(note)) ? name : `${name} (${note})`
}

/** A register code such as '6_1_b' or '9_2_h' as an article reference '6(1)(b)'. */
const codeToRef = (code: string) => {
  const [article, paragraph, point] = code.split('_')
  return `${article}(${paragraph})(${point})`
}

export type FieldKey =
  | 'reference'
  | 'name'
  | 'role'
  | 'status'
  | 'businessFunction'
  | 'owner'
  | 'description'
  | 'controller'
  | 'processor'
  | 'jointControllers'
  | 'controllers'
  | 'representative'
  | 'dpo'
  | 'purposes'
  | 'legalBasis'
  | 'legitimateInterest'
  | 'specialCategoryCondition'
  | 'criminalDataBasis'
  | 'dataSubjectCategories'
  | 'dataCategories'
  | 'specialCategories'
  | 'criminalData'
  | 'nationalIds'
  | 'recipients'
  | 'transfers'
  | 'safeguardDocumentation'
  | 'retention'
  | 'securityMeasures'
  | 'sources'
  | 'automatedDecisionMaking'
  | 'dpiaStatus'
  | 'dpiaCriteria'
  | 'dpiaReference'
  | 'systems'
  | 'dataLocation'
  | 'lastReviewedOn'
  | 'nextReviewDue'
  | 'notes'
  | 'rightsAvailable'
  | 'createdOn'
  | 'changedOn'

/**
 * A column of an activity table: one of the fields above, or the id of a registry field with an export spec
 * (registry-columns.ts); a name that is neither fails to typecheck.
 */
export type ColumnKey = FieldKey | RegistryColumnId

export interface Formatter {
  /**
   * The heading of a field; with `point`, followed by the Art. 30 point(s) it answers, e.g. "(Art. 30(1)(b))"
   * or, for a table of both records, "(Art. 30(1)(b), Art. 30(2)(b))".
   */
  label(key: ColumnKey, point?: Art30Key | readonly Art30Key[]): string
  value(key: ColumnKey, activity: RegisterActivity): string | null
  /** "Art. 30(1)(b)" in the export language's short citation form. */
  cite(ref: string): string
  /** An ISO day as the export language writes it ("5. tammikuuta 2026"); null stays null. */
  date(iso: string | null): string | null
  yesNo(value: boolean): string
  country(code: string | null): string | null
  contact(contact: Contact | null): string | null
  /** The organisation's representative (Art. 27); "none" for an organisation established in the EU/EEA. */
  representative(): string | null
  party(party: RegisterParty): string
  partyById(id: string | null): string | null
  transferDestination(transfer: Transfer): string
  transferStatus(transfer: Transfer): string | null
  mechanism(transfer: Transfer): string
  mechanismArticle(transfer: Transfer): string | null
  /** Whether the mechanism covers this transfer, with the checks' verdict (shared/checks/coverage.ts). */
  mechanismCovers(transfer: Transfer): string
  sccModule(transfer: Transfer): string | null
  /** A mechanism with its article and SCC module ("Standard contractual clauses (2021/914), Art. 46(2)(c), Module 2"). */
  safeguard(mechanism: Transfer['mechanism'], sccModule: Transfer['sccModule']): string
  /** Which record an activity belongs to, "Controller record (Art. 30(1))", for a table of both. */
  record(activity: RegisterActivity): string
}

/** The formatter of one export: labels, citations and country names in the export language. */
export function formatter(model: ExportModel): Formatter {
  const { labels: L, lang } = model
  const A = L.fields.activity
  // Citations and country names repeat on every row: each is worked out once per export.
  const cite = memo((ref: string) => citeArticleShort(ref, lang))
  const date = (iso: string | null) => (iso === null ? null : formatDayLong(iso, lang))
  const historyDay = (at: string | undefined) => (at === undefined ? null : date(localIsoDate(new Date(at))))
  const yesNo = (value: boolean) => (value ? L.values.yes : L.values.no)
  const name = memo((code: string) => countryName(code, lang))
  const country = (code: string | null) => (code === null ? null : name(code))
  const contact = (c: Contact | null) =>
    c === null ? null : [c.name, c.address, c.email, c.phone].filter((s) => !blank(s)).join(', ')
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

  const transferDestination = (t: Transfer) =>
    t.country !== null ? name(t.country) : (t.internationalOrganisation ?? '')
  const transferStatusText = (t: Transfer) => {
    if (t.country !== null) return L.codes.transferStatus[transferStatus(t.country, model.exportDate)]
    const decision = t.internationalOrganisation
      ? adequacyForInternationalOrganisation(t.internationalOrganisation)
      : null
    return decision && isAdequacyInForce(decision, model.exportDate) ? L.codes.transferStatus.adequate : null
  }
  const mechanismCitation = memo((mechanism: Transfer['mechanism']) => citeMechanism(mechanism, lang) || null)
  const mechanismArticle = (t: Transfer) => mechanismCitation(t.mechanism)
  const mechanismCovers = (t: Transfer) => {
    const { verdict, problem } = transferCoverage(t, model.parties, model.exportDate, lang)
    // Without a problem (or with a partial decision's scope to confirm) the verdict says it all; "not covered"
    // always comes with its problem.
    if (problem === null || problem === 'TRANSFER_ADEQUACY_SCOPE')
      return L.codes.coverage[verdict as Exclude<typeof verdict, 'not_covered'>]
    const ended = mechanismInfo(t.mechanism).ended
    return fill(L.codes.coverage[problem], { date: ended ? formatDayLong(ended.endedOn, lang) : '' })
  }
  const sccModule = (t: Transfer) => (t.sccModule === null ? null : L.codes.sccModule[t.sccModule])
  const mechanism = (t: Transfer) => L.codes.mechanism[t.mechanism]
  const safeguard = (code: Transfer['mechanism'], module: Transfer['sccModule']) =>
    [L.codes.mechanism[code], mechanismCitation(code), module === null ? null : L.codes.sccModule[module]]
      .filter((s) => s !== null)
      .join(', ')
  const transferLine = (t: Transfer) => {
    const recipient = partyById(t.partyId)
    return [transferDestination(t), recipient, safeguard(t.mechanism, t.sccModule)]
      .filter((s) => !blank(s))
      .join(' — ')
  }

  const none = L.values.none
  /** The activity's data categories of kinds that `is` picks; null when it records no categories at all. */
  const categoriesOf = (a: RegisterActivity, is: (kind: SpecialKind) => boolean): string | null => {
    const categories = a.dataCategories
      .map((d) => model.dataCategories.get(d.dataCategoryId))
      .filter((c) => c !== undefined)
    if (categories.length === 0) return null
    const picked = categories.filter((c) => is(c.special))
    return picked.length === 0
      ? none
      : lines(picked.map((c) => named(c.name, L.codes.specialKind[c.special])))
  }
  const processes = (a: RegisterActivity, is: (kind: SpecialKind) => boolean) =>
    a.dataCategories.some((d) => is(model.dataCategories.get(d.dataCategoryId)?.special ?? 'none'))
  const isCriminal = (kind: SpecialKind) => needsArt10Basis(kind)
  const isNationalId = (kind: SpecialKind) => kind === 'national_id'
  const organisationInEea = org.country !== null && isEea(org.country)
  // Art. 27: only an organisation established outside the Union designates a representative.
  const representative = () => contact(org.representative) ?? (organisationInEea ? none : null)

  const purposeLines = (
    a: RegisterActivity,
    pick: (p: RegisterActivity['purposes'][number]) => string | null,
  ) =>
    lines(
      a.purposes.map((p) => {
        const value = pick(p)
        return value === null ? null : a.purposes.length === 1 ? value : `${p.description}: ${value}`
      }),
    )

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
    jointControllers: (a) =>
      lines(a.jointControllerIds.map((id) => model.parties.get(id)).map((p) => (p ? party(p) : null))) ??
      // A controller's own activity has no joint controllers; a joint one that names none is incomplete.
      (a.role === 'controller' ? none : null),
    controllers: (a) =>
      lines(a.controllerIds.map((id) => model.parties.get(id)).map((p) => (p ? party(p) : null))),
    representative: () => representative(),
    dpo: () => contact(org.dpo),
    purposes: (a) => lines(a.purposes.map((p) => p.description)),
    legalBasis: (a) =>
      purposeLines(a, (p) =>
        p.legalBasis === null
          ? null
          : `${L.codes.legalBasis[p.legalBasis]} (${cite(codeToRef(p.legalBasis))})`,
      ),
    legitimateInterest: (a) =>
      purposeLines(a, (p) => (blank(p.legitimateInterest) ? null : p.legitimateInterest)),
    specialCategoryCondition: (a) =>
      purposeLines(a, (p) =>
        p.specialCategoryCondition === null
          ? null
          : `${L.codes.specialCategoryCondition[p.specialCategoryCondition]} (${cite(codeToRef(p.specialCategoryCondition))})`,
      ) ?? (processes(a, needsArt9Condition) ? L.values.noConditionRecorded : null),
    criminalDataBasis: (a) =>
      purposeLines(a, (p) => (blank(p.criminalDataBasis) ? null : p.criminalDataBasis)) ??
      (processes(a, isCriminal) ? L.values.noCriminalBasisRecorded : null),
    dataSubjectCategories: (a) => lines(a.dataSubjectCategoryIds.map((id) => model.subjects.get(id)?.name)),
    // Every category by name; the ones the GDPR treats apart are listed again in the three fields below.
    dataCategories: (a) =>
      lines(a.dataCategories.map((d) => model.dataCategories.get(d.dataCategoryId)?.name)),
    specialCategories: (a) => categoriesOf(a, needsArt9Condition),
    criminalData: (a) => categoriesOf(a, isCriminal),
    nationalIds: (a) => categoriesOf(a, isNationalId),
    recipients: (a) =>
      lines(
        a.recipients.map((r) => {
          const p = r.partyId === null ? undefined : model.parties.get(r.partyId)
          const who = p
            ? named(
                p.name,
                [L.codes.partyKind[p.kind], country(p.country)].filter((s) => s !== null).join(', '),
              )
            : (r.category ?? '')
          return blank(r.purpose) ? who : `${who}: ${r.purpose}`
        }),
      ),
    transfers: (a) => lines(a.transfers.map(transferLine)) ?? none,
    safeguardDocumentation: (a) =>
      lines(
        a.transfers.map((t) =>
          blank(t.safeguardDocumentation) ? null : `${transferDestination(t)}: ${t.safeguardDocumentation}`,
        ),
      ),
    retention: (a) =>
      lines([
        ...a.dataCategories.map((d) => {
          const category = model.dataCategories.get(d.dataCategoryId)
          if (!category) return null
          const said = retentionText(effectiveRetention(d, category), L.values)
          return `${category.name}: ${said ?? L.values.notRecorded}`
        }),
        blank(a.retention) ? null : `${A.generalRetention}: ${a.retention}`,
      ]),
    securityMeasures: (a) =>
      lines(
        a.securityMeasureIds.map((id) => {
          const m = model.measures.get(id)
          if (!m) return null
          const head = named(m.name, L.codes.securityMeasureKind[m.kind])
          return blank(m.description) ? head : `${head}: ${m.description}`
        }),
      ),
    sources: (a) =>
      lines(
        a.sources.map((s) =>
          blank(s.description)
            ? L.codes.sourceKind[s.kind]
            : `${L.codes.sourceKind[s.kind]}: ${s.description}`,
        ),
      ),
    automatedDecisionMaking: (a) => yesNo(a.automatedDecisionMaking),
    dpiaStatus: (a) => L.codes.dpiaStatus[a.dpia.status],
    // Once screened, no criterion met is an answer; before screening nothing is known.
    dpiaCriteria: (a) =>
      lines(a.dpia.criteria.map((c) => L.codes.dpiaCriterion[c])) ??
      (a.dpia.status === 'not_assessed' ? null : none),
    dpiaReference: (a) => a.dpia.reference,
    systems: (a) => lines(a.systems),
    dataLocation: (a) => a.dataLocation,
    lastReviewedOn: (a) => date(a.lastReviewedOn),
    // From the history, not stored on the activity: the local day of its first and of its last change record.
    createdOn: (a) => historyDay(model.dates.get(a.id)?.createdAt),
    changedOn: (a) => historyDay(model.dates.get(a.id)?.changedAt),
    nextReviewDue: (a) => date(a.nextReviewDue),
    notes: (a) => a.notes,
    // Computed, not stored: the rights the purposes' lawful bases give (shared/reference/rights.ts, the ICO's column).
    rightsAvailable: (a) =>
      lines(
        rightsFor({
          legalBases: a.purposes.map((p) => p.legalBasis),
          specialCategoryConditions: a.purposes.map((p) => p.specialCategoryCondition),
          automatedDecisionMaking: a.automatedDecisionMaking,
        }).map(
          (right) => `${L.codes.right[right]} (${cite(rightInfo(right).article.replace(/^Art\. /, ''))})`,
        ),
      ),
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
    specialCategories: A.specialCategories,
    criminalData: A.criminalData,
    nationalIds: A.nationalIds,
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
    rightsAvailable: A.rightsAvailable,
    createdOn: A.createdOn,
    changedOn: A.changedOn,
  }

  const ownCitations: Partial<Record<FieldKey, string>> = {
    legalBasis: '6(1)',
    legitimateInterest: '6(1)(f)',
    specialCategoryCondition: '9(2)',
    criminalDataBasis: '10',
    specialCategories: '9(1)',
    criminalData: '10',
    nationalIds: '87',
    safeguardDocumentation: '49(1) second subparagraph',
    automatedDecisionMaking: '22',
    dpiaStatus: '35',
  }

  // The registry's columns read their cells through the registry, with the export's words and dates.
  const ctx = renderContext({
    labels: L,
    language: lang,
    doc: model.doc,
    date: (iso) => formatDayLong(iso, lang),
    dates: (id) => model.dates.get(id),
  })
  const heading = (key: ColumnKey) => names[key as FieldKey] ?? A[registryColumn(key)!.field.label]
  const citation = (key: ColumnKey) => ownCitations[key as FieldKey] ?? registryColumn(key)?.field.cites

  return {
    label: (key, point) => {
      const points = point === undefined ? [] : typeof point === 'string' ? [point] : point
      // Where no Art. 30 point is given, the provision the field answers.
      const refs = points.length > 0 ? points : [citation(key)].filter((r) => r !== undefined)
      return refs.length === 0 ? heading(key) : `${heading(key)} (${refs.map(cite).join(', ')})`
    },
    value: (key, activity) => {
      const own = values[key as FieldKey] as ((a: RegisterActivity) => string | null) | undefined
      const column = own ? undefined : registryColumn(key)
      if (!own && !column) throw new Error(`No export column ${key}`)
      const value = own ? own(activity) : registryCell(column!, activity, ctx)
      return blank(value) ? null : value
    },
    cite,
    date,
    yesNo,
    country,
    contact,
    representative,
    party,
    partyById,
    transferDestination,
    transferStatus: transferStatusText,
    mechanism,
    mechanismArticle,
    mechanismCovers,
    sccModule,
    safeguard,
    record: (a) =>
      a.role === 'processor'
        ? `${L.sheets.processorRecord} (${cite('30(2)')})`
        : `${L.sheets.controllerRecord} (${cite('30(1)')})`,
  }
}
