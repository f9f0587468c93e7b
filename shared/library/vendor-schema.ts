/**
 * The vendor library as the API carries it: built-in entries, the consultant's edits of them, and vendors the
 * consultant added. A user's vendor has the same facts as a built-in one; its `asOf` is the day it was saved.
 */
import { z } from 'zod'
import { countryCodeSchema, isoDateSchema, optionalText, requiredText } from '../schemas/common'
import { mechanismSchema, partyKindSchema } from '../schemas/codes'
import { SCC_MODULE_SCHEMA } from '../schemas/activity'
import { VENDOR_CATEGORIES } from './vendor-types'

export const DPF_STATUSES = [
  'certified',
  'parent_certified',
  'not_certified',
  'unknown',
  'not_applicable',
] as const

const link = z
  .string()
  .trim()
  .max(500)
  .refine((v) => /^https:\/\/[^\s/]+/.test(v), { error: 'must be an https:// address' })
  .nullable()
  .default(null)

/** What the user enters for a vendor (and what a built-in entry holds). */
export const vendorFieldsSchema = z.strictObject({
  name: requiredText('Enter the vendor’s name', 200),
  category: z.enum(VENDOR_CATEGORIES),
  service: optionalText(300),
  aliases: z.array(requiredText('Enter the other name', 200)).max(50).default([]),
  kind: partyKindSchema.default('processor'),
  legalEntity: requiredText('Enter the legal entity customers contract with', 300),
  country: countryCodeSchema,
  parent: optionalText(300),
  processingCountries: z
    .array(countryCodeSchema)
    .max(60)
    .default([])
    .refine((c) => new Set(c).size === c.length, { error: 'lists the same country twice' }),
  dpf: z.enum(DPF_STATUSES).default('unknown'),
  transfers: z
    .strictObject({
      mechanisms: z.array(mechanismSchema).max(10).default([]),
      sccModules: z.array(SCC_MODULE_SCHEMA).max(4).default([]),
    })
    .nullable()
    .default(null),
  links: z
    .strictObject({ website: link, privacy: link, dpa: link, subprocessors: link })
    .default({ website: null, privacy: null, dpa: null, subprocessors: null }),
  uncertain: optionalText(2000),
})
export type VendorFields = z.infer<typeof vendorFieldsSchema>
export type VendorFieldsInput = z.input<typeof vendorFieldsSchema>

/** Where an entry of the list comes from: as shipped, as shipped and edited in this workspace, or added here. */
export const vendorSourceSchema = z.enum(['builtin', 'edited', 'workspace'])

export const vendorViewSchema = vendorFieldsSchema.extend({
  id: z.string().min(1).max(100),
  source: vendorSourceSchema,
  asOf: isoDateSchema,
  confidence: z.enum(['V', 'S', 'C']),
  verify: z.string(),
})
export type VendorView = z.infer<typeof vendorViewSchema>
