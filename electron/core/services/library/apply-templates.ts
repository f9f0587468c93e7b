/**
 * Template content → activities of an organisation, inside an open transaction: catalogue entries found by
 * name or created, library vendors made into parties, references numbered after the organisation's own
 * (PA-07 after PA-06; PR- for processor records).
 */
import { defaultReferencePrefix } from '../../../../shared/references'
import { partyFromVendor } from '../../../../shared/library/vendor-party'
import type { TemplateContent } from '../../../../shared/library/template-content'
import { activityFieldsSchema, type ActivityFields } from '../../../../shared/schemas/activity'
import type { CoreContext } from '../../context'
import { invalid } from '../../errors'
import type { Tx } from '../../history/mutate'
import { insertActivities, referenceNumberer } from '../activities'
import { entryResolver, type EntryResolver } from './entry-resolver'
import { findVendorView } from './vendors'

type Db = CoreContext['db'] | Tx['db']

/** One template content as activity fields, its entries resolved in the organisation. */
async function activityFrom(
  db: Db,
  content: TemplateContent,
  resolver: EntryResolver,
  reference: string,
): Promise<ActivityFields> {
  const partyIds: Record<'recipient' | 'joint_controller' | 'controller', string[]> = {
    recipient: [],
    joint_controller: [],
    controller: [],
  }
  for (const p of content.parties) {
    if (p.vendorId !== null) {
      const vendor = await findVendorView(db, p.vendorId)
      if (!vendor)
        throw invalid(`The template names the vendor “${p.vendorId}”, which is not in the library.`, [
          { path: 'parties', message: 'names an unknown vendor' },
        ])
      partyIds[p.relation].push(
        (
          await resolver.resolveVendorParty(
            vendor.id,
            partyFromVendor(vendor, {
              kind: p.relation === 'joint_controller' ? 'joint_controller' : vendor.kind,
            }),
          )
        ).id,
      )
    } else {
      const fields = {
        name: p.name!,
        kind: p.kind!,
        country: null,
        address: null,
        email: null,
        website: null,
        dpfCertified: false,
        dpaReference: null,
        dpaSignedOn: null,
        notes: p.notes,
        transferMechanism: null,
        sccModule: null,
        transferImpactAssessment: false,
        dpfCheckedOn: null,
        libraryVendorId: null,
      }
      partyIds[p.relation].push(await resolver.resolve('parties', fields))
    }
  }
  const dataSubjectCategoryIds: string[] = []
  for (const s of content.dataSubjectCategories)
    dataSubjectCategoryIds.push(await resolver.resolve('dataSubjectCategories', s))
  const dataCategories: ActivityFields['dataCategories'] = []
  for (const { retention, retentionMonths, ...fields } of content.dataCategories) {
    const id = await resolver.resolve('dataCategories', fields)
    if (!dataCategories.some((d) => d.dataCategoryId === id))
      dataCategories.push({ dataCategoryId: id, retention, retentionMonths })
  }
  const securityMeasureIds: string[] = []
  for (const m of content.securityMeasures) {
    const id = await resolver.resolve('securityMeasures', m)
    if (!securityMeasureIds.includes(id)) securityMeasureIds.push(id)
  }
  return activityFieldsSchema.parse({
    reference,
    name: content.name,
    role: content.role,
    // A template is a starting point: the DPO confirms the activity (makes it active) after reviewing it.
    status: 'draft',
    businessFunction: content.businessFunction,
    description: content.description,
    purposes: content.purposes.map((p) =>
      content.role === 'processor' ? { ...p, legalBasis: null, legalBasisReference: null } : p,
    ),
    dataSubjectCategoryIds: [...new Set(dataSubjectCategoryIds)],
    dataCategories,
    sources: content.sources,
    recipients: [
      ...content.recipients.map((r) => ({ partyId: null, ...r })),
      ...partyIds.recipient.map((partyId) => ({ partyId, category: null, purpose: null })),
    ],
    jointControllerIds: content.role === 'joint_controller' ? [...new Set(partyIds.joint_controller)] : [],
    controllerIds: content.role === 'processor' ? [...new Set(partyIds.controller)] : [],
    retention: content.retention,
    securityMeasureIds,
    dpia: content.dpia,
    notes: content.notes,
  })
}

/** Insert one activity per template content; returns them with the counts of entries created and reused. */
export async function applyContents(tx: Tx, organisationId: string, contents: TemplateContent[]) {
  const resolver = await entryResolver(tx, organisationId)
  const next = await referenceNumberer(tx.db, organisationId)
  const fields: ActivityFields[] = []
  for (const content of contents)
    fields.push(await activityFrom(tx.db, content, resolver, next(defaultReferencePrefix(content.role))))
  const activities = await insertActivities(
    tx,
    organisationId,
    fields.map((f) => ({ fields: f })),
    { checkEntries: false },
  )
  return {
    activities: activities.map((a) => ({ id: a.id, reference: a.reference, name: a.name })),
    createdEntries: resolver.created,
    reusedEntries: resolver.reused,
  }
}
