/** Whether an Art. 30 point of an activity is filled: a tick, an open circle, or "not applicable". */
import { Badge } from '@mantine/core'
import { IconCircleCheck, IconCircleDashed, IconMinus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PointCompleteness } from '../../shared/checks'

export function CompletenessMark({ state }: { state: Pick<PointCompleteness, 'filled' | 'applicable'> }) {
  const { t } = useTranslation()
  if (!state.applicable) {
    return (
      <Badge
        size="sm"
        variant="light"
        color="gray"
        leftSection={<IconMinus size={12} />}
        data-completeness="not-applicable"
      >
        {t('components.completeness.notApplicable')}
      </Badge>
    )
  }
  return state.filled ? (
    <Badge
      size="sm"
      variant="light"
      color="teal"
      leftSection={<IconCircleCheck size={12} />}
      data-completeness="complete"
    >
      {t('components.completeness.complete')}
    </Badge>
  ) : (
    <Badge
      size="sm"
      variant="light"
      color="orange"
      leftSection={<IconCircleDashed size={12} />}
      data-completeness="incomplete"
    >
      {t('components.completeness.incomplete')}
    </Badge>
  )
}
