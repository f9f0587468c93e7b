/**
 * The compliance checks of shared/checks run in the editor on what the user is typing (debounced), with the
 * catalogues and profile the editor loaded, so a finding appears next to its field and goes when it is fixed.
 */
import { useDebouncedValue } from '@mantine/hooks'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { art30Completeness, checkActivity, type Finding, type PointCompleteness, type RegisterLookups } from '../../../../shared/checks'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import { formatDate } from '../../../components/format'
import { useUiLanguage } from '../../../i18n/use-ui-language'
import { toChecked } from './form-values'

export interface LiveChecks {
  findings: Finding[]
  completeness: PointCompleteness[]
}

const NONE: LiveChecks = { findings: [], completeness: [] }

export function useLiveChecks(values: ActivityFields, activityId: string | null, lookups: RegisterLookups | null, today: string): LiveChecks {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [debounced] = useDebouncedValue(values, 200)
  return useMemo(() => {
    if (!lookups) return NONE
    const activity = toChecked(debounced, activityId)
    const translate = (key: string, params: Record<string, unknown>) => (t as unknown as (k: string, p: unknown) => string)(key, params)
    try {
      return { findings: checkActivity(lookups, activity, { today, language, t: translate, formatDay: formatDate }), completeness: art30Completeness(lookups, activity) }
    } catch (error) {
      // A form state the rules cannot read must not take the editor down; say so where developers look.
      console.error('Live checks failed on the form values', error)
      return NONE
    }
  }, [debounced, activityId, lookups, today, language, t])
}
