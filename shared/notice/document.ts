/**
 * The notice as a document in its language: headings, paragraphs, lists and two-column tables of spans (plain,
 * bold, link, or a gap the draft flags). Markdown, HTML, DOCX, PDF and the app's preview all draw this one
 * structure, so they say the same. The layers follow the EDPB's transparency guidelines (WP260 rev.01): a short
 * summary first (who, what for, to whom, rights, the right to object set apart as Art. 21(4) asks), then the
 * details per audience, then rights and the complaint.
 */
import { citeArticle, citeMechanism, fill, labelsFor, type Labels } from '../i18n/labels'
import { countryName } from '../reference/countries'
import { rightInfo } from '../reference/rights'
import type { Language, LegalBasis } from '../schemas/codes'
import type { Contact } from '../schemas/contact'
import { noticeTextsFor } from './texts'
import type { NoticeTexts } from './texts/en'
import type { Notice, NoticeActivity, NoticeGap, NoticeRecipient, NoticeTransfer } from './types'

export interface Span {
  text: string
  strong?: boolean
  href?: string
  /** Text the draft flags: the register lacks something here. */
  gap?: boolean
}

export interface ListItem {
  spans: Span[]
  /** Lines under the item (a legitimate interest under its purpose). */
  sub?: Span[][]
}

export type NoticeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; id: string; text: string }
  | { kind: 'paragraph'; spans: Span[]; tone?: 'lead' | 'note' }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'facts'; rows: { label: string; value: Span[] }[] }
  | { kind: 'contents'; heading: string; entries: { id: string; text: string; level: 1 | 2 }[] }

export interface NoticeDocument {
  lang: Language
  /** The title, for the file's properties and the page's title. */
  title: string
  organisation: string
  blocks: NoticeBlock[]
  gaps: NoticeGap[]
}

const LOCALES: Record<Language, string> = {
  en: 'en-GB',
  fi: 'fi-FI',
  sv: 'sv-SE',
  da: 'da-DK',
  de: 'de-DE',
  fr: 'fr-FR',
}

/** "2 March 2026", "2. maaliskuuta 2026", "2 mars 2026": a notice is read by the public, not by a database. */
export function noticeDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  )
}

const plain = (text: string): Span => ({ text })
const strong = (text: string): Span => ({ text, strong: true })
/** A bold label and the space after it (outside the bold, as Markdown needs). */
const lead = (label: string): Span[] => [strong(`${label}:`), plain(' ')]
const link = (href: string): Span => ({ text: href, href })
/** "a, b and c" in the language. */
const joinList = (items: string[], lang: Language) =>
  new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items)
const codeRef = (code: string) => {
  const [article, paragraph, point] = code.split('_')
  return `${article}(${paragraph})(${point})`
}

/** An email address or a web address written as a link; other text as it is. */
function contactSpan(value: string): Span {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { text: value, href: `mailto:${value}` }
  if (/^https?:\/\/\S+$/.test(value)) return link(value)
  return plain(value)
}

class Writer {
  readonly blocks: NoticeBlock[] = []
  readonly T: NoticeTexts
  readonly L: Labels

  constructor(readonly notice: Notice) {
    this.T = noticeTextsFor(notice.lang)
    this.L = labelsFor(notice.lang)
  }

  gap(index: number | null): Span[] {
    return index === null ? [] : [{ text: `[${this.T.gap[this.notice.gaps[index].code]}]`, gap: true }]
  }
  /** The gap after some text, with a space between. */
  gapAfter(index: number | null): Span[] {
    return index === null ? [] : [plain(' '), ...this.gap(index)]
  }
  heading(level: 1 | 2 | 3 | 4, id: string, text: string) {
    this.blocks.push({ kind: 'heading', level, id, text })
  }
  paragraph(spans: Span[], tone?: 'lead' | 'note') {
    if (spans.length > 0)
      this.blocks.push(tone ? { kind: 'paragraph', spans, tone } : { kind: 'paragraph', spans })
  }
  list(items: ListItem[]) {
    if (items.length > 0) this.blocks.push({ kind: 'list', items })
  }
  facts(rows: { label: string; value: Span[] }[]) {
    const kept = rows.filter((r) => r.value.length > 0)
    if (kept.length > 0) this.blocks.push({ kind: 'facts', rows: kept })
  }

  cite(ref: string) {
    return citeArticle(ref, this.notice.lang)
  }
  recipient(r: NoticeRecipient | null): string {
    if (r === null) return this.T.someRecipient
    if (r.name === '' && r.partyKind !== null) return this.T.recipientKind[r.partyKind]
    return r.country === null ? r.name : `${r.name} (${countryName(r.country, this.notice.lang)})`
  }
  destination(t: NoticeTransfer): string {
    return t.country === null ? (t.internationalOrganisation ?? '') : countryName(t.country, this.notice.lang)
  }
  contactRows(contact: Contact): { label: string; value: Span[] }[] {
    const F = this.L.fields.contact
    return [
      { label: F.name, value: [plain(contact.name)] },
      { label: F.address, value: contact.address ? [plain(contact.address)] : [] },
      { label: F.email, value: contact.email ? [contactSpan(contact.email)] : [] },
      { label: F.phone, value: contact.phone ? [plain(contact.phone)] : [] },
    ]
  }
}

function summary(w: Writer) {
  const { notice, T, L } = w
  const lang = notice.lang
  const c = notice.controller
  const items: ListItem[] = []
  const where = [c.address, c.email, c.phone].filter((s): s is string => s !== null).join(', ')
  items.push({
    spans: [
      ...lead(T.summary.controller),
      plain(where === '' ? c.name : `${c.name}, ${where}`),
      ...w.gapAfter(c.contactGap),
    ],
  })
  if (notice.dpo) {
    const reach = [notice.dpo.email, notice.dpo.phone].filter((s): s is string => !!s).join(', ')
    items.push({
      spans: [
        ...lead(T.summary.dpo),
        plain(reach === '' ? notice.dpo.name : `${notice.dpo.name}, ${reach}`),
        ...w.gapAfter(notice.dpoGap),
      ],
    })
  }
  for (const audience of notice.audiences) {
    const purposes = [...new Set(audience.activities.flatMap((a) => a.purposes.map((p) => p.description)))]
    const recipients = [
      ...new Set(
        audience.activities.flatMap((a) => [
          ...a.recipients.map((r) => w.recipient({ ...r, country: null })),
          ...a.jointControllers,
        ]),
      ),
    ]
    const destinations = [
      ...new Set(audience.activities.flatMap((a) => a.transfers.map((t) => w.destination(t)))),
    ]
    const sentences = [
      purposes.length > 0 ? fill(T.summary.purposes, { purposes: joinList(purposes, lang) }) : null,
      recipients.length > 0
        ? fill(T.summary.recipients, { recipients: joinList(recipients, lang) })
        : T.summary.noRecipients,
      destinations.length > 0
        ? fill(T.summary.transfers, { destinations: joinList(destinations, lang) })
        : T.summary.noTransfers,
    ].filter((s): s is string => s !== null)
    items.push({ spans: [...lead(audience.name), plain(sentences.join(' '))] })
  }
  if (notice.rights.length > 0) {
    const names = notice.rights.filter((r) => r.code !== 'complaint').map((r) => L.codes.right[r.code])
    const authority = notice.authority
      ? notice.authority.abbreviation
        ? `${notice.authority.name} (${notice.authority.abbreviation})`
        : notice.authority.name
      : null
    items.push({
      spans: [
        ...lead(T.rights.heading),
        plain(joinList(names, lang) + '.'),
        ...(authority
          ? [plain(' ' + fill(T.summary.complaint, { authority }))]
          : w.gapAfter(notice.authorityGap)),
      ],
    })
  }
  w.heading(2, 'summary', T.summary.heading)
  w.list(items)
  const objection = notice.rights.find((r) => r.code === 'objection')
  if (objection) {
    const purposes = objection.onlyFor ?? [
      ...new Set(
        notice.audiences.flatMap((a) =>
          a.activities.flatMap((x) =>
            x.purposes
              .filter((p) => p.legalBasis === '6_1_e' || p.legalBasis === '6_1_f')
              .map((p) => p.description),
          ),
        ),
      ),
    ]
    w.paragraph([strong(fill(T.summary.objection, { purposes: joinList(purposes, lang) }))], 'lead')
  }
  w.paragraph([plain(T.summary.details)])
}

function controllerSection(w: Writer) {
  const { notice, T, L } = w
  const c = notice.controller
  const O = L.fields.organisation
  w.heading(2, 'controller', T.controller.heading)
  w.paragraph([plain(fill(T.controller.intro, { controller: c.name }))])
  w.facts([
    { label: O.name, value: [plain(c.name)] },
    { label: O.tradeName, value: c.tradeName ? [plain(c.tradeName)] : [] },
    { label: O.registrationNumber, value: c.registrationNumber ? [plain(c.registrationNumber)] : [] },
    { label: O.address, value: [...(c.address ? [plain(c.address)] : []), ...w.gap(c.contactGap)] },
    { label: O.email, value: c.email ? [contactSpan(c.email)] : [] },
    { label: O.phone, value: c.phone ? [plain(c.phone)] : [] },
    { label: O.website, value: c.website ? [contactSpan(c.website)] : [] },
  ])
  if (notice.representative) {
    w.heading(3, 'representative', T.controller.representative)
    w.facts(w.contactRows(notice.representative))
  }
  if (notice.dpo) {
    w.heading(3, 'dpo', T.controller.dpo)
    const rows = w.contactRows(notice.dpo)
    rows[0].value.push(...w.gapAfter(notice.dpoGap))
    w.facts(rows)
  }
  if (notice.contactPerson) {
    w.heading(3, 'contact', T.controller.contactPerson)
    w.facts(w.contactRows(notice.contactPerson))
  }
}

function retentionText(w: Writer, months: number): string {
  const R = w.T.retention
  if (months % 12 === 0 && months > 0) return months === 12 ? R.year : fill(R.years, { n: months / 12 })
  return months === 1 ? R.month : fill(R.months, { n: months })
}

function activitySection(w: Writer, a: NoticeActivity, id: string) {
  const { notice, T, L } = w
  const lang = notice.lang
  w.heading(3, id, a.name)
  if (a.description) w.paragraph([plain(a.description)])
  if (a.jointControllers.length > 0)
    w.paragraph([plain(fill(T.activity.jointControllers, { parties: joinList(a.jointControllers, lang) }))])

  w.heading(4, `${id}-purposes`, T.activity.purposes)
  if (a.purposesGap !== null) w.paragraph(w.gap(a.purposesGap))
  w.list(
    a.purposes.map((p) => {
      const sub: Span[][] = []
      if (p.legalBasis === '6_1_f' && p.legitimateInterest)
        sub.push([plain(fill(T.activity.legitimateInterest, { interest: p.legitimateInterest }))])
      if (p.specialCategoryCondition) {
        sub.push([
          plain(
            fill(T.activity.specialCondition, {
              article: w.cite(codeRef(p.specialCategoryCondition)),
              condition: L.codes.specialCategoryCondition[p.specialCategoryCondition],
            }),
          ),
        ])
      }
      if (p.criminalDataBasis)
        sub.push([plain(fill(T.activity.criminalBasis, { basis: p.criminalDataBasis }))])
      const basis =
        p.legalBasis === null
          ? []
          : [
              plain(
                ' — ' +
                  fill(T.activity.basis, {
                    basis: T.basis[p.legalBasis],
                    article: w.cite(codeRef(p.legalBasis)),
                  }),
              ),
            ]
      return {
        spans: [strong(p.description), ...basis, ...w.gapAfter(p.gap)],
        ...(sub.length > 0 ? { sub } : {}),
      }
    }),
  )

  w.heading(4, `${id}-data`, T.activity.data)
  if (a.dataCategoriesGap !== null) w.paragraph(w.gap(a.dataCategoriesGap))
  w.facts(
    a.dataCategories.map((d) => ({
      label:
        d.special === 'none'
          ? d.name
          : fill(T.activity.special, { name: d.name, kind: L.codes.specialKind[d.special] }),
      value: d.gap !== null ? w.gap(d.gap) : [plain(d.retention ?? retentionText(w, d.retentionMonths ?? 0))],
    })),
  )

  if (a.fromElsewhere || a.sourcesGap !== null) {
    w.heading(4, `${id}-sources`, T.activity.sources)
    if (a.sourcesGap !== null) w.paragraph(w.gap(a.sourcesGap))
    w.list(
      a.sources.map((s) => ({
        spans: [plain(T.source[s.kind] + (s.description ? `: ${s.description}` : '')), ...w.gapAfter(s.gap)],
      })),
    )
  }

  if (a.fromThePerson) {
    const byBasis = new Map<LegalBasis, string[]>()
    for (const p of a.purposes)
      if (p.legalBasis) byBasis.set(p.legalBasis, [...(byBasis.get(p.legalBasis) ?? []), p.description])
    if (byBasis.size > 0) {
      w.heading(4, `${id}-required`, T.activity.required)
      const only = byBasis.size === 1
      w.list(
        [...byBasis].map(([basis, purposes]) => ({
          spans: [
            plain(
              only
                ? T.requirement[basis]
                : fill(T.requirementFor, {
                    purposes: joinList(purposes, lang),
                    requirement: T.requirement[basis],
                  }),
            ),
          ],
        })),
      )
    }
  }

  w.heading(4, `${id}-recipients`, T.activity.recipients)
  if (a.recipients.length === 0) w.paragraph([plain(T.activity.noRecipients)])
  w.list(
    a.recipients.map((r) => ({
      spans: [
        plain(
          r.purpose
            ? fill(T.activity.recipientPurpose, { recipient: w.recipient(r), purpose: r.purpose })
            : w.recipient(r),
        ),
      ],
    })),
  )

  w.heading(4, `${id}-transfers`, T.activity.transfers)
  if (a.transfers.length === 0) w.paragraph([plain(T.activity.noTransfers)])
  w.list(
    a.transfers.map((t) => {
      const to = lead(
        fill(T.transfer.to, {
          recipient: w.recipient(t.recipient && { ...t.recipient, country: null }),
          destination: w.destination(t),
        }),
      )
      if (t.group === 'none') return { spans: [...to, ...w.gap(t.gap)] }
      const article = citeMechanism(t.mechanism, lang, 'long')
      const mechanism = L.codes.mechanism[t.mechanism]
      const sentence = fill(T.transfer[t.group], {
        article,
        mechanism,
        contact: notice.contact ?? T.transfer.askUs,
      })
      return { spans: [...to, plain(sentence)] }
    }),
  )

  w.heading(4, `${id}-automated`, T.activity.automated)
  if (a.automatedDecisionMaking) {
    w.paragraph([plain(T.activity.automatedYes)])
    w.paragraph(
      a.automatedDecisionLogic
        ? [plain(fill(T.activity.automatedLogic, { logic: a.automatedDecisionLogic }))]
        : w.gap(a.automatedDecisionGap),
    )
  } else w.paragraph([plain(T.activity.automatedNo)])
}

function rightsSection(w: Writer) {
  const { notice, T, L } = w
  if (notice.rights.length === 0) return
  w.heading(2, 'rights', T.rights.heading)
  w.paragraph(
    notice.contact
      ? [plain(fill(T.rights.intro, { contact: notice.contact }))]
      : [plain(T.rights.introNoContact)],
  )
  w.list(
    notice.rights.map((r) => ({
      spans: [
        ...lead(`${L.codes.right[r.code]} (${w.cite(rightInfo(r.code).article)})`),
        plain(T.rightText[r.code]),
      ],
      ...(r.onlyFor
        ? { sub: [[plain(fill(T.rights.onlyFor, { purposes: joinList(r.onlyFor, notice.lang) }))]] }
        : {}),
    })),
  )
}

function authoritySection(w: Writer) {
  const { notice, T } = w
  w.heading(2, 'complaint', T.authority.heading)
  w.paragraph([plain(T.rightText.complaint)])
  const a = notice.authority
  if (a === null) {
    w.paragraph(w.gap(notice.authorityGap))
    return
  }
  w.paragraph([plain(T.authority.intro)])
  w.facts([
    {
      label: w.L.fields.organisation.supervisoryAuthority,
      value: [
        strong(a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name),
        ...w.gapAfter(a.regionalGap),
      ],
    },
    { label: T.authority.address, value: [plain(a.contact.address)] },
    { label: T.authority.website, value: [link(a.contact.website)] },
    {
      label: T.authority.complaintPage,
      value: a.contact.complaintPage ? [link(a.contact.complaintPage)] : [],
    },
  ])
}

/** The notice as a document in its language. */
export function noticeDocument(notice: Notice): NoticeDocument {
  const w = new Writer(notice)
  const { T } = w
  const single = notice.audiences.length === 1 && notice.audiences[0]
  const title = single ? fill(T.titleFor, { audience: single.name }) : T.title
  const lang = notice.lang
  w.heading(1, 'notice', title)
  w.paragraph([strong(notice.controller.name)], 'lead')
  w.paragraph([plain(fill(T.updated, { date: noticeDate(notice.date, lang) }))], 'note')
  const audiences = notice.audiences.map((a) => a.name)
  w.paragraph([
    plain(
      fill(T.intro, { controller: notice.controller.name }) +
        (audiences.length > 0 ? ' ' + fill(T.writtenFor, { audiences: joinList(audiences, lang) }) : ''),
    ),
  ])
  if (notice.emptyGap !== null) w.paragraph(w.gap(notice.emptyGap))

  // Ids for the HTML page's links: stable, from the audience's position and the activity's reference.
  const audienceIds = notice.audiences.map((_, i) => `audience-${i + 1}`)
  const activityId = (audience: number, reference: string) =>
    `${audienceIds[audience]}-${reference.replace(/[^A-Za-z0-9_-]+/g, '-')}`
  const contents: { id: string; text: string; level: 1 | 2 }[] = [
    { id: 'summary', text: T.summary.heading, level: 1 },
    { id: 'controller', text: T.controller.heading, level: 1 },
    ...notice.audiences.flatMap((a, i) => [
      { id: audienceIds[i], text: a.name, level: 1 as const },
      ...a.activities.map((x) => ({ id: activityId(i, x.reference), text: x.name, level: 2 as const })),
    ]),
    ...(notice.rights.length > 0 ? [{ id: 'rights', text: T.rights.heading, level: 1 as const }] : []),
    { id: 'complaint', text: T.authority.heading, level: 1 },
    { id: 'changes', text: T.changes.heading, level: 1 },
  ]

  summary(w)
  w.blocks.push({ kind: 'contents', heading: T.contents, entries: contents })
  controllerSection(w)
  notice.audiences.forEach((audience, i) => {
    w.heading(2, audienceIds[i], audience.name)
    if (audience.description) w.paragraph([plain(audience.description)])
    for (const activity of audience.activities)
      activitySection(w, activity, activityId(i, activity.reference))
  })
  const unassigned = notice.gaps.map((g, i) => [g, i] as const).filter(([g]) => g.code === 'noAudience')
  if (unassigned.length > 0) {
    w.heading(2, 'unassigned', T.otherProcessing)
    w.list(
      unassigned.map(([g, i]) => ({
        spans: [strong(g.place.kind === 'activity' ? g.place.name : ''), ...w.gapAfter(i)],
      })),
    )
  }
  rightsSection(w)
  authoritySection(w)
  w.heading(2, 'changes', T.changes.heading)
  w.paragraph([plain(fill(T.changes.text, { date: noticeDate(notice.date, lang) }))])
  return { lang, title, organisation: notice.controller.name, blocks: w.blocks, gaps: notice.gaps }
}
