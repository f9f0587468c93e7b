/**
 * First-run guidance on an organisation whose register is still empty (its dashboard and activities page, where
 * creating one lands): the four steps to a first version, each with its button. It goes once the organisation
 * has an activity, or when the user hides it (remembered per organisation on this computer).
 */
import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { IconRocket, IconTemplate } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { paths } from '../../app/paths'
import { AddFromLibraryModal } from '../library/AddFromLibraryModal'

const key = (organisationId: string) => `ropa.firstSteps.hidden.${organisationId}`

function hidden(organisationId: string): boolean {
  try {
    return localStorage.getItem(key(organisationId)) === '1'
  } catch {
    return false
  }
}

/** Buttons, not links: the navigation's links (Library, Dashboard…) keep their names to themselves. */
function Step({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <List.Item>
      <Stack gap={4} align="flex-start">
        <Text size="sm">{text}</Text>
        {children}
      </Stack>
    </List.Item>
  )
}

export function FirstSteps({
  organisationId,
  organisationName,
  activityCount,
  onDashboard = false,
}: {
  organisationId: string
  organisationName: string
  activityCount: number
  /** Shown on the dashboard itself: the last step then points at the findings below, not at a link. */
  onDashboard?: boolean
}) {
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState(() => hidden(organisationId))
  const [adding, setAdding] = useState(false)
  const [, navigate] = useLocation()
  if (activityCount > 0 || dismissed) return null

  const dismiss = () => {
    try {
      localStorage.setItem(key(organisationId), '1')
    } catch {
      // Without storage it is hidden until the page is opened again.
    }
    setDismissed(true)
  }

  return (
    <Alert
      color="indigo"
      variant="light"
      icon={<IconRocket size={18} />}
      title={t('organisations.firstSteps.title', { name: organisationName })}
      withCloseButton
      closeButtonLabel={t('organisations.firstSteps.dismiss')}
      onClose={dismiss}
      data-testid="first-steps"
    >
      <Stack gap="xs">
        <Text size="sm">{t('organisations.firstSteps.intro')}</Text>
        <List type="ordered" size="sm" spacing="sm">
          <Step text={t('organisations.firstSteps.templates')}>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconTemplate size={14} />}
              onClick={() => setAdding(true)}
            >
              {t('organisations.firstSteps.templatesAction')}
            </Button>
          </Step>
          <Step text={t('organisations.firstSteps.vendors')}>
            <Button size="xs" variant="light" onClick={() => navigate(paths.library())}>
              {t('organisations.firstSteps.vendorsAction')}
            </Button>
          </Step>
          <Step text={t('organisations.firstSteps.profile')}>
            <Button
              size="xs"
              variant="light"
              onClick={() => navigate(paths.profile(organisationId, 'email'))}
            >
              {t('organisations.firstSteps.profileAction')}
            </Button>
          </Step>
          <Step text={t('organisations.firstSteps.findings')}>
            {!onDashboard && (
              <Button size="xs" variant="light" onClick={() => navigate(`/orgs/${organisationId}/dashboard`)}>
                {t('organisations.firstSteps.findingsAction')}
              </Button>
            )}
          </Step>
        </List>
      </Stack>
      {adding && <AddFromLibraryModal organisationId={organisationId} onClose={() => setAdding(false)} />}
    </Alert>
  )
}
