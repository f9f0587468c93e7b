/**
 * The compliance checks of shared/checks run in the editor on what the user is typing, at each change, with the
 * catalogues and profile the editor loaded, so a finding appears next to its field and goes when it is fixed.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { checkActivity, type Finding, type RegisterLookups } from '../../../../shared/checks'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import { formatDate } from '../../../components/format'
import { useUiLanguage } from '../../../i18n/use-ui-language'
import { toChecked } from './form-values'
import { sectionStates, type SectionState } from './section-states'
import type { SectionId } from './sections'

export interface LiveChecks {
  findings: Finding[]
  /** Per section recording an Art. 30 point: complete only if filled, accepted by Save and free of errors. */
  sections: Map<SectionId, SectionState>
  /** The form values these findings were computed from (the benchmark times a keystroke until they are current). */
  checked: ActivityFields | null
}

const NONE: LiveChecks = { findings: [], sections: new Map(), checked: null }

export function useLiveChecks(
  values: ActivityFields,
  activityId: string | null,
  lookups: RegisterLookups | null,
  today: string,
): LiveChecks {
  const { t } = useTranslation()
  const language = useUiLanguage()
  // One activity's checks are cheap beside rendering the form: the findings follow each keystroke in the same
  // render (the sections the user is not in render later, see section-body.tsx).
  return useMemo(() => {
    if (!lookups) return NONE
    const activity = toChecked(values, activityId)
    const translate = (key: string, params: Record<string, unknown>) =>
      (t as unknown as (k: string, p: unknown) => string)(key, params)
    try {
      const findings = checkActivity(lookups, activity, {
        today,
        language,
        t: translate,
        formatDay: formatDate,
      })
      return {
        findings,
        sections: sectionStates(lookups, values, activityId, findings),
        checked: values,
      }
    } catch (error) {
      // A form state the rules cannot read must not take the editor down; say so where developers look.
      console.error('Live checks failed on the form values', error)
      return NONE
    }
  }, [values, activityId, lookups, today, language, t])
}
