/**
 * The activity editor's values are `ActivityFields`, the backend's own shape. What the form may hold in
 * between (a transfer without a mechanism yet, blank text) is normalised here before saving and before the
 * live checks read it.
 */
import type { RegisterLookups } from '../../../../shared/checks'
import { PURPOSE_FIELDS } from '../../../../shared/fields/items'
import type { Organisation } from '../../../../shared/schemas/organisation'
import {
  activityFieldsSchema,
  emptyPurpose,
  type ActivityFields,
  type Purpose,
  type Transfer,
} from '../../../../shared/schemas/activity'
import type { RegisterActivity } from '../../../../shared/schemas/register'
import { blankToNull } from '../../../components/form-resolver'

export { emptyPurpose, emptyRecipient } from '../../../../shared/schemas/activity'

/** A new transfer has no mechanism until the user picks one that fits the destination (the form allows null). */
export const emptyTransfer = (): Transfer => ({
  partyId: null,
  country: null,
  internationalOrganisation: null,
  mechanism: null as unknown as Transfer['mechanism'],
  sccModule: null,
  safeguardDocumentation: null,
  transferImpactAssessment: false,
})

/** A new activity starts as a draft controller record with one empty purpose to fill in; the rest at the schema's defaults. */
export function emptyActivity(): ActivityFields {
  return {
    ...activityFieldsSchema.parse({ reference: '-', name: '-', role: 'controller' }),
    reference: '',
    name: '',
    purposes: [emptyPurpose()],
  }
}

/**
 * A purpose of a processor record: what the registry marks controller-only (the lawful basis and its law, the
 * interest and its assessment, the consent record, the Art. 9(2) condition, the Art. 10 basis and their
 * provision) back at the schema's defaults, so nothing typed while the record was a controller's stays behind
 * unseen (the processor's editor, exports and checks leave those fields out).
 */
const CONTROLLER_ONLY_PURPOSE = PURPOSE_FIELDS.filter((f) => f.controllerOnly).map(
  (f) => f.path as keyof Purpose,
)
const NO_PURPOSE = emptyPurpose()
function processorPurpose(purpose: Purpose): Purpose {
  const kept: Record<string, unknown> = { ...purpose }
  for (const key of CONTROLLER_ONLY_PURPOSE) kept[key] = NO_PURPOSE[key]
  return kept as Purpose
}

/**
 * What is saved: blanks as null, and only what the record kind holds. A processor record has none of the
 * controller's purpose fields (the controller decides the basis) and no joint controllers; only a processor
 * record lists the controllers it acts for.
 */
export function toSaved(values: ActivityFields): ActivityFields {
  const clean = blankToNull(values)
  const processor = clean.role === 'processor'
  return {
    ...clean,
    purposes: clean.purposes.map((p) =>
      processor
        ? processorPurpose(p)
        : { ...p, legitimateInterest: p.legalBasis === '6_1_f' ? p.legitimateInterest : null },
    ),
    controllerIds: processor ? clean.controllerIds : [],
    jointControllerIds: processor ? [] : clean.jointControllerIds,
    transfers: clean.transfers.map((tr) => ({
      ...tr,
      sccModule: tr.mechanism === 'A46_2_c' ? tr.sccModule : null,
    })),
  }
}

/**
 * The edit as the checks read it: text the user has not typed yet is empty text (the rules quote it), and a
 * transfer whose mechanism is not chosen yet counts as having none.
 */
export function toChecked(values: ActivityFields, id: string | null): RegisterActivity {
  const saved = toSaved(values)
  const text = (value: string | null) => value ?? ''
  return {
    ...saved,
    id: id ?? 'new',
    reference: text(saved.reference),
    name: text(saved.name),
    purposes: saved.purposes.map((p) => ({ ...p, description: text(p.description) })),
    transfers: saved.transfers.map((tr) => ({
      ...tr,
      mechanism: (tr.mechanism as Transfer['mechanism'] | null) ?? 'NONE',
    })),
  }
}

/** The indexes the checks need, from the catalogue lists and the organisation profile the editor loaded. */
export function lookupsFrom(
  organisation: Organisation,
  parties: RegisterLookups['parties'] extends ReadonlyMap<string, infer P> ? readonly P[] : never,
  dataCategories: RegisterLookups['dataCategories'] extends ReadonlyMap<string, infer D>
    ? readonly D[]
    : never,
): RegisterLookups {
  const { id: _id, createdAt: _c, updatedAt: _u, ...profile } = organisation
  return {
    organisation: profile,
    parties: new Map(parties.map((p) => [p.id, p])),
    dataCategories: new Map(dataCategories.map((d) => [d.id, d])),
  }
}
