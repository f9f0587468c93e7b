/**
 * What reading a notice gives: the notice's text, the proposed organisation, proposed activities, and each
 * proposal (party, purpose with its basis, categories, transfer, retention, source) with its evidence (the
 * sentence and its character offsets in the text) and a confidence. The API sends it as it is.
 */
import { z } from 'zod'
import { countryCodeSchema } from '../schemas/common'
import {
  languageSchema,
  legalBasisSchema,
  mechanismSchema,
  partyKindSchema,
  sourceKindSchema,
  specialCategoryConditionSchema,
  specialKindSchema,
} from '../schemas/codes'
import { DATA_CATEGORY_KEYS, DOMAIN_KEYS, SUBJECT_KEYS } from './concepts'

export const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The sentence, list item, table row or heading the proposal was read from. */
  text: z.string(),
})
export type Evidence = z.infer<typeof evidenceSchema>

const base = {
  id: z.string().min(1).max(20),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
  /** The proposed activities this item belongs to. */
  activityIds: z.array(z.string()),
}

export const partyItemSchema = z.object({
  ...base,
  kind: z.literal('party'),
  name: z.string().min(1).max(300),
  partyKind: partyKindSchema,
  country: countryCodeSchema.nullable(),
  /** Other names the notice uses for it ("Mailchimp (The Rocket Science Group LLC)"). */
  aliases: z.array(z.string()),
  /** Whether it was found in the vendor library (otherwise by its legal form or its place in the text). */
  fromLibrary: z.boolean(),
  /** The library entry's id, kept on the party created from it. */
  libraryVendorId: z.string().max(100).nullable(),
})

export const dataCategoryItemSchema = z.object({
  ...base,
  kind: z.literal('dataCategory'),
  key: z.enum(DATA_CATEGORY_KEYS),
  name: z.string().min(1).max(300),
  special: specialKindSchema,
  /** The notice's own words for it ("name, email address, telephone number"). */
  description: z.string().max(2000).nullable(),
})

export const subjectItemSchema = z.object({
  ...base,
  kind: z.literal('dataSubjectCategory'),
  key: z.enum(SUBJECT_KEYS),
  name: z.string().min(1).max(300),
})

export const purposeItemSchema = z.object({
  ...base,
  kind: z.literal('purpose'),
  description: z.string().min(1).max(2000),
  legalBasis: legalBasisSchema.nullable(),
  legitimateInterest: z.string().max(2000).nullable(),
  specialCategoryCondition: specialCategoryConditionSchema.nullable(),
})

export const transferItemSchema = z.object({
  ...base,
  kind: z.literal('transfer'),
  partyItemId: z.string().nullable(),
  country: countryCodeSchema,
  mechanism: mechanismSchema,
})

export const retentionItemSchema = z.object({
  ...base,
  kind: z.literal('retention'),
  text: z.string().min(1).max(1000),
  months: z.number().int().min(0).max(1200).nullable(),
  /** The data categories the statement is about; none means the activity's general retention rule. */
  dataCategoryItemIds: z.array(z.string()),
})

export const sourceItemSchema = z.object({
  ...base,
  kind: z.literal('source'),
  sourceKind: sourceKindSchema,
  description: z.string().max(1000).nullable(),
})

export const proposalItemSchema = z.discriminatedUnion('kind', [
  partyItemSchema,
  dataCategoryItemSchema,
  subjectItemSchema,
  purposeItemSchema,
  transferItemSchema,
  retentionItemSchema,
  sourceItemSchema,
])
export type ProposalItem = z.infer<typeof proposalItemSchema>
export type ItemOf<K extends ProposalItem['kind']> = Extract<ProposalItem, { kind: K }>

export const proposedActivitySchema = z.object({
  id: z.string().min(1).max(20),
  name: z.string().min(1).max(300),
  domain: z.enum(DOMAIN_KEYS).nullable(),
  evidence: z.array(evidenceSchema),
})
export type ProposedActivity = z.infer<typeof proposedActivitySchema>

export const noticeReadingSchema = z.object({
  language: languageSchema,
  /** Whether the language was given (otherwise told from the words). */
  languageGiven: z.boolean(),
  /** The notice as plain text: every evidence offset points into it. */
  text: z.string(),
  organisation: z.object({
    name: z.string().nullable(),
    country: countryCodeSchema.nullable(),
    /** The contact address the notice gives (for the organisation's own entry of the record). */
    email: z.string().max(320).nullable(),
    evidence: z.array(evidenceSchema),
  }),
  activities: z.array(proposedActivitySchema),
  items: z.array(proposalItemSchema),
})
export type NoticeReading = z.infer<typeof noticeReadingSchema>
