/**
 * Checks the history's hash chain once the app is shown (never before the first paint) and, if a record
 * was altered, removed or moved, keeps a warning at the top of every page naming the first bad record.
 */
import { Alert, Anchor, Text } from '@mantine/core'
import { IconShieldExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { useApi } from '../../api/hooks'
import { paths } from '../../app/paths'

export function TamperWarning() {
  const { t } = useTranslation()
  // Rendered inside the loaded shell, so the walk over the whole history starts after the first paint.
  const verify = useApi('history.verify', {}, { staleTime: Infinity })
  const problem = verify.data && !verify.data.ok ? verify.data.problem : null
  if (!problem) return null
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconShieldExclamation size={20} />}
      title={t('history.tamper.title')}
      role="alert"
      mb="md"
      data-testid="tamper-warning"
    >
      <Text size="sm">
        {t('history.tamper.body', { changeId: problem.changeId, reason: problem.reason })}
      </Text>
      <Text size="sm" mt={4}>
        {t('history.tamper.advice')}{' '}
        <Anchor component={Link} href={paths.backups()} c="white" fw={700} underline="always">
          {t('history.tamper.backups')}
        </Anchor>
      </Text>
    </Alert>
  )
}
