/**
 * The library (workspace level, shared by every organisation): activity templates (built in, or saved by the
 * consultant), vendors (built in, edited, added), and the consultant's own catalogue entries. Organisations copy
 * from it; a change to a library entry is offered to the organisations that use it, never applied silently.
 */
import { z } from 'zod'
import { method } from './contract'
import { countryCodeSchema, idSchema, requiredText } from '../schemas/common'
import { languageSchema, partyKindSchema, roleSchema } from '../schemas/codes'
import {
  dataCategoryFieldsSchema,
  dataSubjectCategoryFieldsSchema,
  partyEntrySchema,
  securityMeasureFieldsSchema,
} from '../schemas/catalogue'
import { organisationNameSchema } from '../schemas/organisation'
import { templateContentSchema } from '../library/template-content'
import { SECTORS, TEMPLATE_GROUPS } from '../library/template-types'
import { vendorFieldsSchema, vendorViewSchema } from '../library/vendor-schema'

export const templateSummarySchema = z.object({
  id: z.string(),
  source: z.enum(['builtin', 'workspace']),
  group: z.enum(TEMPLATE_GROUPS).nullable(),
  role: roleSchema,
  name: z.string(),
  description: z.string().nullable(),
  language: languageSchema,
  /** Built-in templates the wizard would suggest for this sector and size. */
  suggested: z.boolean(),
})
export type TemplateSummary = z.infer<typeof templateSummarySchema>

const createdSchema = z.object({
  activities: z.array(z.object({ id: idSchema, reference: z.string(), name: z.string() })),
  createdEntries: z.number().int(),
  reusedEntries: z.number().int(),
})

/** The catalogues a consultant keeps library entries for (parties are kept as vendors). */
export const LIBRARY_CATALOGUES = ['dataSubjectCategories', 'dataCategories', 'securityMeasures'] as const
export const libraryCatalogueSchema = z.enum(LIBRARY_CATALOGUES)
export type LibraryCatalogue = z.infer<typeof libraryCatalogueSchema>

export const libraryEntryFieldsSchema = z.discriminatedUnion('catalogue', [
  z.strictObject({ catalogue: z.literal('dataSubjectCategories'), fields: dataSubjectCategoryFieldsSchema }),
  z.strictObject({ catalogue: z.literal('dataCategories'), fields: dataCategoryFieldsSchema }),
  z.strictObject({ catalogue: z.literal('securityMeasures'), fields: securityMeasureFieldsSchema }),
])

export const libraryEntrySchema = z.object({
  id: idSchema,
  catalogue: libraryCatalogueSchema,
  name: z.string(),
  fields: z.record(z.string(), z.unknown()),
  /** How many organisation entries were copied from it. */
  usedBy: z.number().int(),
  updatedAt: z.string(),
})
export type LibraryEntry = z.infer<typeof libraryEntrySchema>

/** An organisation's copy of a library entry or vendor, and the fields in which it now differs from the library. */
export const libraryUserSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  entryId: idSchema,
  entryName: z.string(),
  differs: z.array(z.string()),
})
export type LibraryUser = z.infer<typeof libraryUserSchema>

export const newOrganisationSchema = z.strictObject({
  name: organisationNameSchema,
  country: countryCodeSchema,
  /** Export language; by default the language of the country's supervisory authority, else English. */
  language: languageSchema.nullable().default(null),
  employeeCount: z.number().int().min(0).max(10_000_000).nullable().default(null),
  sector: z.enum(SECTORS).nullable().default(null),
  templateIds: z.array(z.string().min(1).max(100)).max(200).default([]),
  vendorIds: z.array(z.string().min(1).max(100)).max(200).default([]),
})
export type NewOrganisation = z.infer<typeof newOrganisationSchema>

export const libraryContract = {
  'library.templates.list': method({
    summary:
      'The activity templates (built in and your own), named in a language, marking the ones suggested for a sector and size',
    input: z.strictObject({
      language: languageSchema.default('en'),
      sector: z.enum(SECTORS).nullable().default(null),
      employeeCount: z.number().int().min(0).max(10_000_000).nullable().default(null),
    }),
    output: z.array(templateSummarySchema),
  }),
  'library.templates.get': method({
    summary: 'One template’s content in a language, with the retention rules and statutes of a country',
    input: z.strictObject({
      id: z.string().min(1).max(100),
      language: languageSchema.default('en'),
      country: countryCodeSchema.nullable().default(null),
    }),
    output: templateContentSchema,
  }),
  'library.templates.apply': method({
    summary:
      'Add activities to an organisation from templates, reusing its catalogue entries of the same names (all or nothing)',
    input: z.strictObject({
      organisationId: idSchema,
      templateIds: z
        .array(z.string().min(1).max(100))
        .min(1, { error: 'choose at least one template' })
        .max(200),
    }),
    output: createdSchema,
  }),
  'library.templates.saveActivity': method({
    summary: 'Save an activity as a template of your own, with its catalogue entries by name',
    input: z.strictObject({
      activityId: idSchema,
      name: requiredText('Enter the template’s name', 300).nullable().default(null),
    }),
    output: templateSummarySchema,
  }),
  'library.templates.delete': method({
    summary: 'Delete one of your own templates (activities made from it stay as they are)',
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: idSchema }),
  }),
  'library.vendors.list': method({
    summary: 'The vendor library: built-in entries, your edits of them and the vendors you added',
    input: z.strictObject({}),
    output: z.array(vendorViewSchema),
  }),
  'library.vendors.save': method({
    summary:
      'Add a vendor, or change one (a built-in entry is kept as shipped and your edit used instead). Returns the organisations whose parties now differ',
    input: z.strictObject({
      id: z.string().min(1).max(100).nullable().default(null),
      vendor: vendorFieldsSchema,
    }),
    output: z.object({ vendor: vendorViewSchema, users: z.array(libraryUserSchema) }),
  }),
  'library.vendors.delete': method({
    summary:
      'Delete a vendor you added, or undo your edit of a built-in one (parties made from it stay as they are)',
    input: z.strictObject({ id: z.string().min(1).max(100) }),
    output: z.object({ id: z.string(), restored: z.boolean() }),
  }),
  'library.vendors.addToOrganisation': method({
    summary:
      'Create a party in an organisation pre-filled from a vendor of the library (or return the party already made from it)',
    input: z.strictObject({
      organisationId: idSchema,
      vendorId: z.string().min(1).max(100),
      kind: partyKindSchema.nullable().default(null),
    }),
    output: z.object({ party: partyEntrySchema, created: z.boolean() }),
  }),
  'library.vendors.users': method({
    summary:
      'The parties made from a vendor, in every organisation, and which of their facts differ from the library',
    input: z.strictObject({ id: z.string().min(1).max(100) }),
    output: z.array(libraryUserSchema),
  }),
  'library.vendors.push': method({
    summary:
      'Bring the vendor’s facts (country, website, DPF, mechanism, SCC module) into the chosen parties made from it',
    input: z.strictObject({ id: z.string().min(1).max(100), partyIds: z.array(idSchema).min(1).max(10_000) }),
    output: z.object({ updated: z.number().int() }),
  }),
  'library.entries.list': method({
    summary: 'Your catalogue entries kept in the library (data subjects, data categories, security measures)',
    input: z.strictObject({ catalogue: libraryCatalogueSchema.nullable().default(null) }),
    output: z.array(libraryEntrySchema),
  }),
  'library.entries.save': method({
    summary: 'Add a library entry, or change one. Returns the organisations whose copies now differ',
    input: z.strictObject({ id: idSchema.nullable().default(null), entry: libraryEntryFieldsSchema }),
    output: z.object({ entry: libraryEntrySchema, users: z.array(libraryUserSchema) }),
  }),
  'library.entries.delete': method({
    summary: 'Delete a library entry (the organisations’ copies stay, no longer linked)',
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: idSchema }),
  }),
  'library.entries.saveFromOrganisation': method({
    summary: 'Keep an organisation’s catalogue entry in the library (linked to it)',
    input: z.strictObject({ catalogue: libraryCatalogueSchema, entryId: idSchema }),
    output: libraryEntrySchema,
  }),
  'library.entries.addToOrganisation': method({
    summary:
      'Copy library entries into an organisation’s catalogues, linked; an entry of the same name is linked instead of doubled',
    input: z.strictObject({ organisationId: idSchema, ids: z.array(idSchema).min(1).max(1000) }),
    output: z.object({ created: z.number().int(), linked: z.number().int() }),
  }),
  'library.entries.users': method({
    summary: 'The organisation entries copied from a library entry, and which of their fields differ',
    input: z.strictObject({ id: idSchema }),
    output: z.array(libraryUserSchema),
  }),
  'library.entries.push': method({
    summary: 'Bring a library entry’s fields into the chosen organisation entries copied from it',
    input: z.strictObject({ id: idSchema, entryIds: z.array(idSchema).min(1).max(10_000) }),
    output: z.object({ updated: z.number().int() }),
  }),
  'library.createOrganisation': method({
    summary:
      'A new organisation in one step (the wizard, `ropa init`): name and country (which set the lead authority and export language), size, sector, activities from templates and parties from vendors; all or nothing',
    input: newOrganisationSchema,
    output: z.object({
      organisationId: idSchema,
      name: z.string(),
      language: languageSchema,
      activities: createdSchema.shape.activities,
      parties: z.number().int(),
    }),
  }),
}
