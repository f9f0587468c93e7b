/**
 * The fields of an activity's items — each purpose, data category, source, recipient and transfer — and of
 * its DPIA screening. Each list's item spec says how an item is named, paired across versions and shown in
 * one line; fields marked `identity` are what tells one item from another.
 */
import type { z } from 'zod'
import {
  activityDataCategorySchema,
  dpiaSchema,
  purposeSchema,
  recipientSchema,
  sourceSchema,
  transferSchema,
  type Purpose,
  type Transfer,
} from '../schemas/activity'
import type { DpiaCriterion, SpecialCategoryCondition } from '../schemas/codes'
import { fieldsOf, type ItemSpec } from './define'
import { codeToRef, present, type RenderContext } from './render'
import { effectiveRetention } from '../retention'

export type ActivityDataCategory = z.output<typeof activityDataCategorySchema>
export type Source = z.output<typeof sourceSchema>
export type Recipient = z.output<typeof recipientSchema>

// ---- purposes (Art. 30(1)(b)) with their lawful bases --------------------------------------------------

const p = fieldsOf(purposeSchema)

/** The Art. 9(2) conditions that rest on Union or Member State law: the register names the provision (9(2)(b), (g)–(j)). */
export const NATIONAL_LAW_CONDITIONS: readonly SpecialCategoryCondition[] = [
  '9_2_b',
  '9_2_g',
  '9_2_h',
  '9_2_i',
  '9_2_j',
]

export const PURPOSE_FIELDS = [
  p.text('description', 'purpose', { id: 'purpose', identity: true, codec: 'text' }),
  p.code('legalBasis', 'legalBasis', 'legalBasis', {
    cites: '6(1)',
    citeCode: codeToRef,
    controllerOnly: true,
    import: [
      {
        field: 'legalBasis',
        read: 'custom',
        headings: {
          ico: ['Article 6 lawful basis for processing personal data', 'Article 6 lawful basis'],
          cnil: ['Base légale', 'Base juridique', 'Base légale du traitement', 'Fondement juridique'],
          dsk: ['Rechtsgrundlage', 'Rechtsgrundlage der Verarbeitung'],
          general: [
            'Lawful basis',
            'Legal basis',
            'Legal ground',
            'Käsittelyperuste',
            'Oikeusperuste',
            'Rättslig grund',
            'Laglig grund',
            'Retsgrundlag',
            'Behandlingsgrundlag',
            'Hjemmel',
          ],
        },
      },
    ],
  }),
  p.text('legalBasisReference', 'legalBasisReference', {
    controllerOnly: true,
    export: { after: 'legalBasis', width: 'wide', optional: true },
    editor: {
      section: 'purposes',
      auto: true,
      input: 'text',
      placeholder: 'editor.purposes.legalBasisReferencePlaceholder',
      shownWhen: (purpose) => purpose.legalBasis !== null,
    },
    import: [
      {
        field: 'legalBasisReference',
        read: 'text',
        headings: {
          cnil: ['Texte de référence', 'Référence du texte', 'Fondement juridique (texte)'],
          dsk: ['Rechtsvorschrift', 'Gesetzliche Grundlage'],
          general: [
            'Legal basis reference',
            'Law relied on',
            'Legal reference',
            'Lakiperuste',
            'Säädösperuste',
            'Lagrum',
            'Lovhjemmel',
          ],
        },
      },
    ],
  }),
  p.text('legitimateInterest', 'legitimateInterest', {
    cites: '6(1)(f)',
    controllerOnly: true,
    editor: { section: 'purposes', shownWhen: (purpose) => purpose.legalBasis === '6_1_f' },
    import: [
      {
        field: 'legitimateInterest',
        read: 'text',
        headings: {
          ico: [
            'Legitimate interests for the processing',
            'Legitimate interests for the processing (if applicable)',
          ],
          general: [
            'Legitimate interest',
            'Legitimate interests',
            'Oikeutettu etu',
            'Berättigat intresse',
            'Legitim interesse',
            'Berechtigtes Interesse',
            'Intérêt légitime',
          ],
        },
      },
    ],
  }),
  p.text('legitimateInterestAssessment', 'legitimateInterestAssessment', {
    controllerOnly: true,
    export: { after: 'legitimateInterest', width: 'medium', optional: true },
    editor: {
      section: 'purposes',
      auto: true,
      input: 'text',
      placeholder: 'editor.purposes.assessmentPlaceholder',
      shownWhen: (purpose) => purpose.legalBasis === '6_1_f',
    },
    import: [
      {
        field: 'legitimateInterestAssessment',
        read: 'text',
        headings: {
          ico: [
            'Link to record of legitimate interests assessment',
            'Link to record of legitimate interests assessment (if applicable)',
          ],
          general: [
            'Legitimate interests assessment',
            'LIA',
            'Balancing test',
            'Intresseavvägning',
            'Interesseafvejning',
            'Interessenabwägung',
            'Punnintatesti',
          ],
        },
      },
    ],
  }),
  p.text('consentRecord', 'consentRecord', {
    controllerOnly: true,
    export: { after: 'legitimateInterestAssessment', width: 'medium', optional: true },
    editor: {
      section: 'purposes',
      auto: true,
      input: 'text',
      placeholder: 'editor.purposes.consentRecordPlaceholder',
      shownWhen: (purpose) => purpose.legalBasis === '6_1_a',
    },
    import: [
      {
        field: 'consentRecord',
        read: 'text',
        headings: {
          ico: ['Link to record of consent', 'Link to record of consent (if applicable)'],
          general: ['Record of consent', 'Consent record', 'Einwilligungsnachweis', 'Preuve du consentement'],
        },
      },
    ],
  }),
  p.code('specialCategoryCondition', 'specialCategoryCondition', 'specialCategoryCondition', {
    cites: '9(2)',
    citeCode: codeToRef,
    controllerOnly: true,
    import: [
      {
        field: 'specialCategoryCondition',
        read: 'custom',
        headings: {
          ico: [
            'Article 9 basis for processing special category data',
            'Article 9 condition for processing special category data',
            'Article 9 condition for special category data',
          ],
          cnil: ['Données sensibles', 'Exception permettant de traiter des données sensibles'],
        },
      },
    ],
  }),
  p.text('criminalDataBasis', 'criminalDataBasis', {
    cites: '10',
    controllerOnly: true,
    import: [{ field: 'criminalDataBasis', read: 'text' }],
  }),
  p.text('conditionReference', 'conditionReference', {
    cites: '9(2)',
    controllerOnly: true,
    export: { after: 'criminalDataBasis', width: 'medium', optional: true },
    editor: {
      section: 'purposes',
      auto: true,
      input: 'text',
      placeholder: 'editor.purposes.conditionReferencePlaceholder',
      help: 'editor.purposes.conditionReferenceHelp',
      shownWhen: (purpose) =>
        (purpose.specialCategoryCondition !== null &&
          NATIONAL_LAW_CONDITIONS.includes(purpose.specialCategoryCondition)) ||
        purpose.criminalDataBasis !== null,
    },
    import: [
      {
        field: 'conditionReference',
        read: 'text',
        headings: {
          // The template's own heading (its DPA 2018 section), an earlier wording of it, and short forms.
          ico: [
            'Data Protection Act 2018 Schedule 1 Condition for processing',
            'Data Protection Act 2018 Schedule Condition for processing',
            'Schedule 1 condition for processing',
            'Schedule 1 condition',
          ],
          general: [
            'National law provision',
            'Condition reference',
            'Kansallinen säännös',
            'Nationell bestämmelse',
            'National hjemmel',
            'Nationale Rechtsvorschrift',
            'Disposition nationale',
          ],
        },
      },
    ],
  }),
] as const

export const PURPOSE_ITEM: ItemSpec<Purpose> = {
  key: (purpose) => purpose.description,
  title: (purpose) => purpose.description,
  line: (purpose) => purpose.description,
  mention: 'quoted',
  prefix: 'several',
  table: 'activity_purposes',
  fields: PURPOSE_FIELDS,
}

// ---- data categories with their time limits for erasure (Art. 30(1)(c), (f)) -----------------------------

const d = fieldsOf(activityDataCategorySchema)

/** A data category by name, with its special kind when it has one: "Health records (Data concerning health)". */
export function dataCategoryName(id: string, ctx: RenderContext): string {
  const category = ctx.dataCategory(id)
  if (!category || category.special === 'none') return ctx.name(id)
  return `${category.name} (${ctx.labels.codes.specialKind[category.special]})`
}

export const DATA_CATEGORY_FIELDS = [
  d.custom('dataCategoryId', 'dataCategories', 'shared', (entry, ctx) => [ctx.name(entry.dataCategoryId)], {
    id: 'dataCategory',
    identity: true,
  }),
  // The time limits are asked for with the general rule, under Art. 30(1)(f). Where the reader has the
  // register (the register as of a date), an item that records none shows the category's default, marked so;
  // the history has no register and tells only what the activity itself records.
  d.custom('retention', 'retention', 'shared', (entry, ctx) => inheritedText(entry, ctx, 'retention'), {
    id: 'categoryRetention',
    editor: { section: 'retention' },
  }),
  d.custom('retentionMonths', 'retentionMonths', 'int', (entry, ctx) => inheritedText(entry, ctx, 'months'), {
    editor: { section: 'retention' },
  }),
] as const

function inheritedText(
  entry: ActivityDataCategory,
  ctx: RenderContext,
  part: 'retention' | 'months',
): string[] {
  const effective = effectiveRetention(entry, ctx.dataCategory(entry.dataCategoryId))
  const value = part === 'retention' ? effective.retention : effective.retentionMonths
  if (value === null || String(value).trim() === '') return []
  const said = String(value)
  return [effective.inherited ? `${said} (${ctx.labels.values.retentionFromCategory})` : said]
}

export const DATA_CATEGORY_ITEM: ItemSpec<ActivityDataCategory> = {
  key: (entry, ctx) => ctx.name(entry.dataCategoryId),
  title: (entry, ctx) => ctx.name(entry.dataCategoryId),
  line: (entry, ctx) => dataCategoryName(entry.dataCategoryId, ctx),
  mention: 'plain',
  prefix: 'always',
  table: 'activity_data_categories',
  fields: DATA_CATEGORY_FIELDS,
}

// ---- sources --------------------------------------------------------------------------------------------

const s = fieldsOf(sourceSchema)
const sourceLine = (source: Source, ctx: RenderContext) =>
  present(ctx.labels.codes.sourceKind[source.kind], source.description).join(': ')

export const SOURCE_FIELDS = [
  s.code('kind', 'sources', 'sourceKind', { id: 'sourceKind', identity: true }),
  s.text('description', 'description', { id: 'sourceDescription', identity: true }),
] as const

export const SOURCE_ITEM: ItemSpec<Source> = {
  key: sourceLine,
  title: (source, ctx) => ctx.labels.codes.sourceKind[source.kind],
  line: sourceLine,
  mention: 'plain',
  prefix: 'always',
  table: 'activity_sources',
  fields: SOURCE_FIELDS,
}

// ---- recipients (Art. 30(1)(d)) ---------------------------------------------------------------------------

const r = fieldsOf(recipientSchema)
const recipientName = (recipient: Recipient, ctx: RenderContext) =>
  recipient.partyId ? ctx.name(recipient.partyId) : (recipient.category ?? '')

export const RECIPIENT_FIELDS = [
  r.custom(
    'partyId',
    'transferRecipient',
    'shared',
    (recipient, ctx) => (recipient.partyId ? [ctx.name(recipient.partyId)] : []),
    { id: 'recipientParty', identity: true },
  ),
  r.text('category', 'recipientCategory', { identity: true }),
  r.text('purpose', 'recipientPurpose', { id: 'recipientPurpose' }),
  r.yesNo('internal', 'internalRecipient', {
    id: 'internalRecipient',
    export: { after: 'recipients', tableAfter: 'securityMeasures', width: 'medium' },
    editor: { section: 'recipients', auto: true, input: 'checkbox', help: 'editor.recipients.internalHelp' },
  }),
] as const

export const RECIPIENT_ITEM: ItemSpec<Recipient> = {
  key: recipientName,
  title: recipientName,
  /** A party with its kind and country, or a category of recipients; then what it receives the data for. */
  line: (recipient, ctx) => {
    const party = recipient.partyId === null ? undefined : ctx.party(recipient.partyId)
    const who = party
      ? `${party.name} (${present(ctx.labels.codes.partyKind[party.kind], party.country === null ? null : ctx.country(party.country)).join(', ')})`
      : recipientName(recipient, ctx)
    return present(recipient.purpose).length === 0 ? who : `${who}: ${recipient.purpose}`
  },
  mention: 'plain',
  prefix: 'always',
  table: 'activity_recipients',
  fields: RECIPIENT_FIELDS,
}

// ---- transfers (Art. 30(1)(e), 30(2)(c)) ------------------------------------------------------------------

const t = fieldsOf(transferSchema)

export const transferDestination = (transfer: Transfer, ctx: RenderContext) =>
  transfer.country !== null ? ctx.country(transfer.country) : (transfer.internationalOrganisation ?? '')

const sccModule = (transfer: Transfer, ctx: RenderContext) =>
  transfer.sccModule === null ? null : ctx.labels.codes.sccModule[transfer.sccModule]

export const TRANSFER_FIELDS = [
  t.custom(
    'partyId',
    'transferRecipient',
    'shared',
    (transfer, ctx) => (transfer.partyId ? [ctx.name(transfer.partyId)] : []),
    { id: 'transferRecipient', identity: true },
  ),
  t.custom(
    'country',
    'country',
    'shared',
    (transfer, ctx) => (transfer.country ? [ctx.country(transfer.country)] : []),
    { id: 'transferCountry', identity: true },
  ),
  t.text('internationalOrganisation', 'internationalOrganisation', { identity: true }),
  t.code('mechanism', 'mechanism', 'mechanism'),
  t.custom('sccModule', 'sccModule', 'int', (transfer, ctx) => present(sccModule(transfer, ctx))),
  t.text('safeguardDocumentation', 'safeguardDocumentation', {
    cites: '49(1) second subparagraph',
    import: [{ field: 'safeguardDocumentation', read: 'custom' }],
  }),
  t.yesNo('transferImpactAssessment', 'transferImpactAssessment'),
] as const

export const TRANSFER_ITEM: ItemSpec<Transfer> = {
  key: (transfer, ctx) => {
    const where = transferDestination(transfer, ctx)
    return transfer.partyId ? `${where} (${ctx.name(transfer.partyId)})` : where
  },
  title: transferDestination,
  /** Destination — recipient — mechanism, its provision, the SCC module. */
  line: (transfer, ctx) => {
    const how = present(
      ctx.labels.codes.mechanism[transfer.mechanism],
      ctx.mechanismArticle(transfer.mechanism),
      sccModule(transfer, ctx),
    ).join(', ')
    return present(
      transferDestination(transfer, ctx),
      transfer.partyId ? (ctx.party(transfer.partyId)?.name ?? null) : null,
      how,
    ).join(' — ')
  },
  mention: 'transfer',
  prefix: 'always',
  table: 'activity_transfers',
  fields: TRANSFER_FIELDS,
}

// ---- DPIA screening (Art. 35): a group kept in the activity's own row ---------------------------------------

const g = fieldsOf(dpiaSchema)

export const DPIA_FIELDS = [
  g.code('status', 'dpiaStatus', 'dpiaStatus', {
    id: 'dpiaStatus',
    cites: '35',
    store: { column: 'dpia_status', codec: 'shared' },
    editor: { section: 'risk' },
    import: [
      {
        field: 'dpiaRequired',
        read: 'custom',
        label: 'dpiaRequired',
        headings: { ico: ['Data Protection Impact Assessment required?', 'DPIA required?'] },
      },
      {
        field: 'dpiaStatus',
        read: 'custom',
        labels: ['dpia'],
        headings: {
          ico: ['Data Protection Impact Assessment progress', 'DPIA progress'],
          cnil: ['Analyse d’impact', 'AIPD', 'Analyse d’impact relative à la protection des données'],
          dsk: ['Datenschutz-Folgenabschätzung', 'DSFA'],
          general: [
            'DPIA',
            'Impact assessment',
            'Vaikutustenarviointi',
            'Konsekvensbedömning',
            'Konsekvensanalyse',
          ],
        },
      },
    ],
  }),
  g.lines('criteria', 'dpiaCriteria', (c, ctx) => ctx.labels.codes.dpiaCriterion[c as DpiaCriterion], {
    id: 'dpiaCriteria',
    store: { column: 'dpia_criteria', codec: 'json' },
    editor: { section: 'risk' },
  }),
  g.text('reference', 'dpiaReference', {
    id: 'dpiaReference',
    store: { column: 'dpia_reference', codec: 'text' },
    editor: { section: 'risk', input: 'text', placeholder: 'editor.risk.referencePlaceholder' },
    import: [
      {
        field: 'dpiaReference',
        read: 'text',
        headings: { ico: ['Link to Data Protection Impact Assessment', 'Link to DPIA'] },
      },
    ],
  }),
] as const
