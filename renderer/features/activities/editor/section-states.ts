/**
 * Whether each section of the editor is complete: shared/checks/section-states on the form's values, with
 * what Save would refuse taken from the form's own validator (the activity schema), so the editor's marks
 * are counted exactly as the dashboard and `ropa check` count a saved activity.
 */
import {
  sectionStates as sharedSectionStates,
  type Finding,
  type RegisterLookups,
  type SectionState,
} from '../../../../shared/checks'
import { activityFieldsSchema, type ActivityFields } from '../../../../shared/schemas/activity'
import { schemaValidator } from '../../../components/form-resolver'
import { toChecked, toSaved } from './form-values'
import type { SectionId } from './sections'

export type { SectionState }

/** The form's own validator, as Save runs it: form path → message. */
export const saveErrors = schemaValidator(activityFieldsSchema, (v: ActivityFields) => toSaved(v))

/**
 * The state of every section that records an Art. 30 point, for the form values `values` whose findings are
 * `findings` (checkActivity on `toChecked(values)`).
 */
export function sectionStates(
  lookups: RegisterLookups,
  values: ActivityFields,
  activityId: string | null,
  findings: readonly Finding[],
): Map<SectionId, SectionState> {
  return sharedSectionStates(
    lookups,
    toChecked(values, activityId),
    findings,
    Object.keys(saveErrors(values)),
  )
}
