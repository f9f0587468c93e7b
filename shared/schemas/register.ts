/**
 * The register document (docs/architecture.md, Register document, and docs/register-format.md): one
 * organisation's register as JSON.
 * Unknown fields and bad values are refused; every id an activity uses must name an entry of the document.
 */
import { z } from 'zod'
import { activityFieldsSchema } from './activity'
import { idSchema } from './common'
import {
  dataCategoryFieldsSchema,
  dataSubjectCategoryFieldsSchema,
  partyFieldsSchema,
  securityMeasureFieldsSchema,
} from './catalogue'
import { organisationProfileSchema } from './organisation'

export const REGISTER_FORMAT = 'ropa-register'
export const REGISTER_VERSION = 1

export const registerPartySchema = partyFieldsSchema.extend({ id: idSchema })
export const registerDataSubjectCategorySchema = dataSubjectCategoryFieldsSchema.extend({ id: idSchema })
export const registerDataCategorySchema = dataCategoryFieldsSchema.extend({ id: idSchema })
export const registerSecurityMeasureSchema = securityMeasureFieldsSchema.extend({ id: idSchema })
export const registerActivitySchema = activityFieldsSchema.extend({ id: idSchema })

const registerShape = z.strictObject({
  format: z.literal(REGISTER_FORMAT, { error: `must be "${REGISTER_FORMAT}"` }),
  version: z.literal(REGISTER_VERSION, {
    error: `must be ${REGISTER_VERSION} (this version of ROPA reads version ${REGISTER_VERSION})`,
  }),
  organisation: organisationProfileSchema,
  parties: z.array(registerPartySchema).default([]),
  dataSubjectCategories: z.array(registerDataSubjectCategorySchema).default([]),
  dataCategories: z.array(registerDataCategorySchema).default([]),
  securityMeasures: z.array(registerSecurityMeasureSchema).default([]),
  activities: z.array(registerActivitySchema).default([]),
})

type Shape = z.infer<typeof registerShape>
type Issue = { path: (string | number)[]; message: string }

/** Ids unique per list, names unique per catalogue (case-insensitive), references unique per register. */
function checkUnique(doc: Shape, issues: Issue[]) {
  const lists = [
    'parties',
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
    'activities',
  ] as const
  for (const list of lists) {
    const ids = new Map<string, number>()
    const names = new Map<string, number>()
    doc[list].forEach((item, index) => {
      if (ids.has(item.id))
        issues.push({
          path: [list, index, 'id'],
          message: `repeats the id "${item.id}" of ${list}[${ids.get(item.id)}]`,
        })
      else ids.set(item.id, index)
      const key =
        list === 'activities' ? (item as { reference: string }).reference : (item as { name: string }).name
      const folded = key.trim().toLocaleLowerCase()
      const field = list === 'activities' ? 'reference' : 'name'
      if (names.has(folded))
        issues.push({
          path: [list, index, field],
          message: `repeats "${key}" of ${list}[${names.get(folded)}]`,
        })
      else names.set(folded, index)
    })
  }
}

/** Every id an activity uses must name an entry of the right list in this document. */
function checkReferences(doc: Shape, issues: Issue[]) {
  const partyIds = new Set(doc.parties.map((p) => p.id))
  const subjectIds = new Set(doc.dataSubjectCategories.map((s) => s.id))
  const categoryIds = new Set(doc.dataCategories.map((d) => d.id))
  const measureIds = new Set(doc.securityMeasures.map((m) => m.id))
  const dangling = (path: (string | number)[], id: string, list: string) =>
    issues.push({ path, message: `refers to "${id}", which is not in ${list}` })

  doc.activities.forEach((a, i) => {
    const at = (...rest: (string | number)[]) => ['activities', i, ...rest]
    a.dataSubjectCategoryIds.forEach(
      (id, j) => subjectIds.has(id) || dangling(at('dataSubjectCategoryIds', j), id, 'dataSubjectCategories'),
    )
    a.dataCategories.forEach(
      (d, j) =>
        categoryIds.has(d.dataCategoryId) ||
        dangling(at('dataCategories', j, 'dataCategoryId'), d.dataCategoryId, 'dataCategories'),
    )
    a.securityMeasureIds.forEach(
      (id, j) => measureIds.has(id) || dangling(at('securityMeasureIds', j), id, 'securityMeasures'),
    )
    a.jointControllerIds.forEach(
      (id, j) => partyIds.has(id) || dangling(at('jointControllerIds', j), id, 'parties'),
    )
    a.controllerIds.forEach((id, j) => partyIds.has(id) || dangling(at('controllerIds', j), id, 'parties'))
    a.recipients.forEach(
      (r, j) =>
        r.partyId === null ||
        partyIds.has(r.partyId) ||
        dangling(at('recipients', j, 'partyId'), r.partyId, 'parties'),
    )
    a.transfers.forEach(
      (t, j) =>
        t.partyId === null ||
        partyIds.has(t.partyId) ||
        dangling(at('transfers', j, 'partyId'), t.partyId, 'parties'),
    )
    if (a.role !== 'processor' && a.controllerIds.length > 0) {
      issues.push({
        path: at('controllerIds'),
        message:
          'is only for processor records (the controllers a processor acts for); use jointControllerIds for joint controllers',
      })
    }
  })
}

export const registerDocumentSchema = registerShape.superRefine((doc, ctx) => {
  const issues: Issue[] = []
  checkUnique(doc, issues)
  checkReferences(doc, issues)
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
})

export type RegisterDocument = z.infer<typeof registerDocumentSchema>
export type RegisterDocumentInput = z.input<typeof registerDocumentSchema>
export type RegisterActivity = RegisterDocument['activities'][number]
export type RegisterParty = RegisterDocument['parties'][number]
export type RegisterDataCategory = RegisterDocument['dataCategories'][number]
export type RegisterDataSubjectCategory = RegisterDocument['dataSubjectCategories'][number]
export type RegisterSecurityMeasure = RegisterDocument['securityMeasures'][number]
