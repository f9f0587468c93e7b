/**
 * Draft the privacy notice of one organisation from its register: the controller activities (controller and
 * joint controller; processor records are the clients' to tell, retired activities no longer happen) grouped
 * by the data subject categories they concern, with every fact Art. 13 and 14 ask for and a gap wherever the
 * register lacks one. Pure: the same register and options give the same notice.
 */
import { effectiveRetention } from '../retention'
import { authorityFor, authorityNameIn } from '../reference/authorities'
import { isEea } from '../reference/countries'
import { mechanismInfo } from '../reference/mechanisms'
import { rightInfo, rightsFor, RIGHTS, type Right } from '../reference/rights'
import type { RegisterActivity, RegisterDocument, RegisterParty } from '../schemas/register'
import type {
  GapPlace,
  Notice,
  NoticeActivity,
  NoticeAudience,
  NoticeGap,
  NoticeGapCode,
  NoticeOptions,
  NoticeRecipient,
  NoticeRight,
  NoticeTransfer,
} from './types'

const blank = (s: string | null | undefined): s is null | undefined =>
  s === null || s === undefined || s.trim() === ''
const text = (s: string | null | undefined): string | null => (blank(s) ? null : s.trim())

/** The logic of automated decisions as the register describes it; a notice of an activity without it shows the gap. */
const automatedDecisionLogic = (activity: RegisterActivity): string | null =>
  text(activity.automatedDecisionMakingDescription)

/** Whether an activity is one the organisation must tell people about. */
export const inNotice = (activity: RegisterActivity) =>
  activity.role !== 'processor' && activity.status !== 'retired'

class Gaps {
  readonly list: NoticeGap[] = []
  add(code: NoticeGapCode, place: GapPlace, subject: string | null = null): number {
    this.list.push({ code, place, subject })
    return this.list.length - 1
  }
  at(activity: RegisterActivity, field: string): GapPlace {
    return {
      kind: 'activity',
      activityId: activity.id,
      reference: activity.reference,
      name: activity.name,
      field,
    }
  }
}

function recipientOf(party: RegisterParty, purpose: string | null, options: NoticeOptions): NoticeRecipient {
  return options.recipients === 'names'
    ? { name: party.name, partyKind: party.kind, country: party.country, purpose }
    : { name: '', partyKind: party.kind, country: null, purpose: null }
}

/** The same recipient once: by name (and purpose) in name mode, by category in category mode. */
function unique(recipients: NoticeRecipient[]): NoticeRecipient[] {
  const seen = new Set<string>()
  return recipients.filter((r) => {
    const key = `${r.partyKind ?? ''}\u0000${r.name.toLocaleLowerCase()}\u0000${r.purpose ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function buildActivity(
  activity: RegisterActivity,
  doc: RegisterDocument,
  parties: Map<string, RegisterParty>,
  options: NoticeOptions,
  gaps: Gaps,
): NoticeActivity {
  const categories = new Map(doc.dataCategories.map((d) => [d.id, d]))
  const purposes = activity.purposes.map((p, i) => {
    let gap: number | null = null
    if (p.legalBasis === null)
      gap = gaps.add('noLegalBasis', gaps.at(activity, `purposes.${i}.legalBasis`), p.description)
    else if (p.legalBasis === '6_1_f' && blank(p.legitimateInterest))
      gap = gaps.add(
        'noLegitimateInterest',
        gaps.at(activity, `purposes.${i}.legitimateInterest`),
        p.description,
      )
    return {
      description: p.description,
      legalBasis: p.legalBasis,
      legitimateInterest: text(p.legitimateInterest),
      specialCategoryCondition: p.specialCategoryCondition,
      criminalDataBasis: text(p.criminalDataBasis),
      gap,
    }
  })
  const generalRetention = text(activity.retention)
  const dataCategories = activity.dataCategories.map((d, i) => {
    const category = categories.get(d.dataCategoryId)
    const name = category?.name ?? d.dataCategoryId
    // The activity's own time limit or the category's default (shared/retention.ts), else the general rule.
    const own = effectiveRetention(d, category)
    const retention = text(own.retention) ?? (own.retentionMonths === null ? generalRetention : null)
    const missing = retention === null && own.retentionMonths === null
    return {
      name,
      description: text(category?.description),
      special: category?.special ?? 'none',
      retention,
      retentionMonths: retention === null ? own.retentionMonths : null,
      gap: missing ? gaps.add('noRetention', gaps.at(activity, `dataCategories.${i}.retention`), name) : null,
    }
  })
  const sources = activity.sources.map((s, i) => ({
    kind: s.kind,
    description: text(s.description),
    gap:
      (s.kind === 'third_party' || s.kind === 'public') && blank(s.description)
        ? gaps.add('noSourceDescription', gaps.at(activity, `sources.${i}.description`))
        : null,
  }))
  const recipients = unique(
    activity.recipients.flatMap((r): NoticeRecipient[] => {
      const party = r.partyId === null ? undefined : parties.get(r.partyId)
      if (party) return [recipientOf(party, text(r.purpose), options)]
      const category = text(r.category)
      return category === null
        ? []
        : [
            {
              name: category,
              partyKind: null,
              country: null,
              purpose: options.recipients === 'names' ? text(r.purpose) : null,
            },
          ]
    }),
  )
  const transfers = activity.transfers.flatMap((t, i): NoticeTransfer[] => {
    // A destination inside the EU/EEA is no transfer under Chapter V.
    if (t.country !== null && isEea(t.country)) return []
    const party = t.partyId === null ? undefined : parties.get(t.partyId)
    const group = mechanismInfo(t.mechanism).group
    const usable = group === 'adequacy' || group === 'safeguard' || group === 'derogation'
    const destination = t.country ?? text(t.internationalOrganisation) ?? ''
    return [
      {
        recipient: party ? recipientOf(party, null, options) : null,
        country: t.country,
        internationalOrganisation: text(t.internationalOrganisation),
        mechanism: t.mechanism,
        group: usable ? group : 'none',
        gap: usable
          ? null
          : gaps.add('noTransferMechanism', gaps.at(activity, `transfers.${i}.mechanism`), destination),
      },
    ]
  })
  const automated = activity.automatedDecisionMaking
  const logic = automated ? automatedDecisionLogic(activity) : null
  return {
    id: activity.id,
    reference: activity.reference,
    name: activity.name,
    description: text(activity.description),
    jointControllers: activity.jointControllerIds.flatMap((id) => parties.get(id)?.name ?? []),
    purposes,
    purposesGap: purposes.length === 0 ? gaps.add('noPurposes', gaps.at(activity, 'purposes')) : null,
    dataCategories,
    dataCategoriesGap:
      dataCategories.length === 0 ? gaps.add('noDataCategories', gaps.at(activity, 'dataCategories')) : null,
    sources,
    sourcesGap: sources.length === 0 ? gaps.add('noSources', gaps.at(activity, 'sources')) : null,
    fromElsewhere: sources.some((s) => s.kind !== 'data_subject'),
    // Without sources recorded, the notice assumes the data is collected from the person (the usual case).
    fromThePerson: sources.length === 0 || sources.some((s) => s.kind === 'data_subject'),
    recipients,
    transfers,
    automatedDecisionMaking: automated,
    automatedDecisionLogic: logic,
    automatedDecisionGap:
      automated && logic === null
        ? gaps.add('noAutomatedDecisionLogic', gaps.at(activity, 'automatedDecisionMaking'))
        : null,
    rights: rightsFor({
      legalBases: activity.purposes.map((p) => p.legalBasis),
      specialCategoryConditions: activity.purposes.map((p) => p.specialCategoryCondition),
      automatedDecisionMaking: automated,
    }),
  }
}

/**
 * The rights of the whole notice, in the GDPR's order. A right that depends on the basis (erasure, portability,
 * objection, withdrawal of consent) names the purposes it applies to unless it applies to all; the right about
 * automated decisions names its activities.
 */
function noticeRights(activities: NoticeActivity[]): NoticeRight[] {
  const granted = new Set<Right>(activities.flatMap((a) => a.rights))
  const purposes = activities.flatMap((a) =>
    a.purposes.filter((p) => p.legalBasis !== null).map((p) => ({ activity: a, purpose: p })),
  )
  return RIGHTS.filter((code) => granted.has(code)).map((code) => {
    if (code === 'automatedDecision') {
      const names = activities.filter((a) => a.automatedDecisionMaking).map((a) => a.name)
      return { code, onlyFor: names.length === activities.length ? null : names }
    }
    const bases = rightInfo(code).bases
    if (bases === null) return { code, onlyFor: null }
    const fits = purposes.filter(({ purpose }) => {
      const explicitConsent =
        purpose.specialCategoryCondition === '9_2_a' && (code === 'withdrawConsent' || code === 'portability')
      return explicitConsent || bases.includes(purpose.legalBasis!)
    })
    return {
      code,
      onlyFor: fits.length === purposes.length ? null : [...new Set(fits.map((f) => f.purpose.description))],
    }
  })
}

export function buildNotice(doc: RegisterDocument, options: NoticeOptions): Notice {
  const gaps = new Gaps()
  const org = doc.organisation
  const parties = new Map(doc.parties.map((p) => [p.id, p]))
  const subjects =
    options.audienceId === null
      ? doc.dataSubjectCategories
      : doc.dataSubjectCategories.filter((s) => s.id === options.audienceId)
  if (options.audienceId !== null && subjects.length === 0)
    throw new Error(`No data subject category ${options.audienceId} in this register`)

  const controller = {
    name: org.name,
    tradeName: text(org.tradeName),
    registrationNumber: text(org.registrationNumber),
    address: text(org.address),
    email: text(org.email),
    phone: text(org.phone),
    website: text(org.website),
    contactGap:
      blank(org.address) && blank(org.email) && blank(org.phone)
        ? gaps.add('noControllerContact', { kind: 'profile', field: 'email' })
        : null,
  }
  const dpo = org.dpo
  const dpoGap =
    dpo !== null && blank(dpo.email) && blank(dpo.phone) && blank(dpo.address)
      ? gaps.add('noDpoContact', { kind: 'profile', field: 'dpo' })
      : null

  const authority = org.supervisoryAuthority === null ? null : authorityFor(org.supervisoryAuthority)
  const authorityGap =
    authority === null ? gaps.add('noAuthority', { kind: 'profile', field: 'supervisoryAuthority' }) : null

  const included = doc.activities.filter(inNotice)
  const built = new Map<string, NoticeActivity>()
  const activityOf = (a: RegisterActivity) => {
    let notice = built.get(a.id)
    if (!notice) built.set(a.id, (notice = buildActivity(a, doc, parties, options, gaps)))
    return notice
  }
  const audiences: NoticeAudience[] = subjects.flatMap((subject) => {
    const activities = included.filter((a) => a.dataSubjectCategoryIds.includes(subject.id)).map(activityOf)
    return activities.length === 0
      ? []
      : [{ id: subject.id, name: subject.name, description: text(subject.description), activities }]
  })
  if (options.audienceId === null) {
    for (const a of included.filter((a) => a.dataSubjectCategoryIds.length === 0))
      gaps.add('noAudience', gaps.at(a, 'dataSubjectCategoryIds'))
  }
  const emptyGap =
    audiences.length === 0 ? gaps.add('noControllerActivities', { kind: 'profile', field: 'name' }) : null
  const regionalGap =
    authority?.countryCode === 'DE'
      ? gaps.add('authorityRegional', { kind: 'profile', field: 'supervisoryAuthority' })
      : null

  return {
    lang: options.lang,
    date: options.date,
    recipientMode: options.recipients,
    controller,
    representative: org.representative,
    dpo,
    dpoGap,
    contactPerson: org.contactPerson,
    contact: text(dpo?.email) ?? text(org.contactPerson?.email) ?? controller.email ?? controller.address,
    authority:
      authority === null
        ? null
        : {
            countryCode: authority.countryCode,
            name: authorityNameIn(authority, options.lang),
            abbreviation: authority.abbreviation,
            contact: authority.contact,
            regionalGap,
          },
    authorityGap,
    audiences,
    rights: noticeRights([...built.values()]),
    gaps: gaps.list,
    emptyGap,
  }
}
