/**
 * An imported row's use of the catalogues: data subjects, data categories (with each one's time limit from
 * the retention column, "Contact details: 2 years"), recipients, joint controllers or the controllers a
 * processor acts for, security measures and sources. Entries are found or made in the document's pools.
 */
import { LABELS } from '../i18n/labels'
import type { ActivityFieldsInput } from '../schemas/activity'
import { LANGUAGES, type PartyKind, type Role } from '../schemas/codes'
import type { CataloguePools } from './catalogue-pool'
import type { ImportField } from './fields'
import type { RowReader } from './row'
import { fold, splitList } from './text'
import { parseDataCategory, parseMeasure, parseSource } from './values'

const GENERAL_RETENTION = new Set(LANGUAGES.map((l) => fold(LABELS[l].fields.activity.generalRetention)))
const NOT_RECORDED = new Set(LANGUAGES.map((l) => fold(LABELS[l].values.notRecorded)))

type Fields = Required<
  Pick<
    ActivityFieldsInput,
    | 'dataSubjectCategoryIds'
    | 'dataCategories'
    | 'recipients'
    | 'jointControllerIds'
    | 'controllerIds'
    | 'securityMeasureIds'
    | 'sources'
  >
> & { retention: string | null }

export function readCatalogueFields(row: RowReader, pools: CataloguePools, role: Role): Fields {
  const { subjects, categories, parties, measures } = pools
  const dataSubjectCategoryIds = [
    ...new Set(
      row
        .items('dataSubjectCategories', 300)
        .map((n) => subjects.get(n, (id) => ({ id, name: n, description: null, vulnerable: false })).id),
    ),
  ]
  const categoryEntries = row.items('dataCategories', 300).map((line) => {
    const parsed = parseDataCategory(line)
    return categories.get(parsed.name, (id) => ({
      id,
      name: parsed.name,
      description: null,
      special: parsed.special,
    }))
  })
  const dataCategories = [
    ...new Map(
      categoryEntries.map((e) => [
        e.id,
        { dataCategoryId: e.id, retention: null as string | null, retentionMonths: null },
      ]),
    ).values(),
  ]

  // "Contact details: 2 years" goes to that category; "General retention rule: …" and the rest to the activity.
  let retention: string | null = null
  const retentionCell = row.cell('retention')
  if (retentionCell) {
    const general: string[] = []
    const byName = new Map(
      dataCategories.map((d) => [
        fold(categoryEntries.find((e) => e.id === d.dataCategoryId)?.name ?? ''),
        d,
      ]),
    )
    for (const line of splitList(retentionCell.value)) {
      const colon = line.indexOf(':')
      const head = colon > 0 ? fold(line.slice(0, colon)) : ''
      const rule = colon > 0 ? line.slice(colon + 1).trim() : line
      const target = head ? byName.get(head) : undefined
      if (target) target.retention = NOT_RECORDED.has(fold(rule)) ? null : rule.slice(0, 1000)
      else if (head && GENERAL_RETENTION.has(head)) general.push(rule)
      else general.push(line)
    }
    retention = general.length > 0 ? row.fit({ value: general.join('\n'), at: retentionCell.at }, 2000) : null
  }

  const recipients = row
    .items('recipients', 300)
    .map((category) => ({ partyId: null, category, purpose: null }))
  const partyIds = (field: ImportField, kind: PartyKind) => [
    ...new Set(
      row.items(field, 300).map(
        (n) =>
          parties.get(n, (id) => ({
            id,
            name: n,
            kind,
            country: null,
            address: null,
            email: null,
            website: null,
            dpfCertified: false,
            dpaReference: null,
            dpaSignedOn: null,
            notes: null,
          })).id,
      ),
    ),
  ]
  const jointControllerIds = partyIds('jointControllers', 'joint_controller')
  const controllerIds = role === 'processor' ? partyIds('controllers', 'client_controller') : []
  const controllersCell = row.cell('controllers')
  if (role !== 'processor' && controllersCell)
    row.report(
      controllersCell.at,
      'Controllers on whose behalf the processing is done belong to processor records only; this row is a controller record, so they were not imported.',
      'warning',
    )

  const securityMeasureIds = [
    ...new Set(
      row.items('securityMeasures', 300).map((line) => {
        const parsed = parseMeasure(line)
        return measures.get(parsed.name, (id) => ({
          id,
          name: parsed.name,
          kind: parsed.kind,
          description: parsed.description,
        })).id
      }),
    ),
  ]

  return {
    dataSubjectCategoryIds,
    dataCategories,
    retention,
    recipients,
    jointControllerIds,
    controllerIds,
    securityMeasureIds,
    sources: row.items('sources', 1000).map(parseSource),
  }
}
