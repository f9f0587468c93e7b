/**
 * Whether each section of the editor is complete, from the same three sources the user meets elsewhere:
 * the Art. 30 point is filled (shared/checks/completeness, as the exports count it), Save would accept what
 * the section holds (the activity schema, through the form's own validator), and the compliance checks find
 * no error in it (the findings shown at its fields). A section is complete only when all three agree, so an
 * empty purpose, a recipient or transfer row left blank, or a transfer beside an Art. 45 error is never
 * marked complete.
 */
import {
  art30Completeness,
  type Finding,
  type PointCompleteness,
  type RegisterLookups,
} from '../../../../shared/checks'
import { activityFieldsSchema, type ActivityFields } from '../../../../shared/schemas/activity'
import { schemaValidator } from '../../../components/form-resolver'
import { toChecked, toSaved } from './form-values'
import { sectionOf, sectionsFor, type SectionId } from './sections'

/** The form's own validator, as Save runs it: form path → message. */
export const saveErrors = schemaValidator(activityFieldsSchema, (v: ActivityFields) => toSaved(v))

export interface SectionState extends PointCompleteness {
  /** Paths in the section that Save refuses. */
  readonly refused: readonly string[]
  /** Error findings placed in the section. */
  readonly errors: readonly Finding[]
}

/**
 * The state of every section that records an Art. 30 point, for the form values `values` whose findings are
 * `findings` (checkActivity on `toChecked(values)`). A section with something Save refuses or an error
 * finding counts as applicable and not filled, even for a "where applicable" point.
 */
export function sectionStates(
  lookups: RegisterLookups,
  values: ActivityFields,
  activityId: string | null,
  findings: readonly Finding[],
): Map<SectionId, SectionState> {
  const role = values.role
  const points = new Map(art30Completeness(lookups, toChecked(values, activityId)).map((p) => [p.point, p]))
  const refused = Object.keys(saveErrors(values))
  const states = new Map<SectionId, SectionState>()
  for (const section of sectionsFor(role)) {
    const point = section.point ? points.get(section.point) : undefined
    if (!point) continue
    const here = refused.filter((path) => sectionOf(path, role) === section.id)
    const errors = findings.filter(
      (f) => f.severity === 'error' && f.field !== null && sectionOf(f.field, role) === section.id,
    )
    const faulty = here.length > 0 || errors.length > 0
    states.set(section.id, {
      point: point.point,
      applicable: point.applicable || faulty,
      filled: point.filled && !faulty,
      refused: here,
      errors,
    })
  }
  return states
}
