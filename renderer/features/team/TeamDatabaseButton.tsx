/**
 * "Connect to a team database": in the desktop app, a URL and a password (kept in the OS keychain, never in a
 * plain file), checked before the app restarts on it, and the way back to the workspace file. In browser mode,
 * how to start on a team database instead (the server has no keychain to keep a password in).
 */
import { Alert, Button, Code, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconServer2 } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'

export function TeamDatabaseButton() {
  const { t } = useTranslation()
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button size="compact-xs" variant="subtle" leftSection={<IconServer2 size={14} />} onClick={open}>
        {t('team.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('team.title')} size="lg" centered>
        {opened && <TeamDatabaseForm />}
      </Modal>
    </>
  )
}

function TeamDatabaseForm() {
  const { t } = useTranslation()
  const capabilities = useApi('host.capabilities', {}, { staleTime: Infinity })
  const current = useApi('host.teamDatabase', {})
  const info = useApi('app.info', {})
  const connect = useApiMutation('host.connectTeamDatabase', [])
  const useFile = useApiMutation('host.useWorkspaceFile', [])
  const [url, setUrl] = useState('')
  const [password, setPassword] = useState('')
  if (capabilities.data?.kind === 'browser') {
    return (
      <Stack>
        <Text size="sm">{t('team.browserMode')}</Text>
        <Code block>ropa serve --db postgres://role@host:5432/database</Code>
        <Text size="sm" c="dimmed">
          {t('team.browserPassword')}
        </Text>
      </Stack>
    )
  }
  const restarting = connect.data?.restarting || useFile.data?.restarting
  return (
    <Stack>
      <Text size="sm">{t('team.intro')}</Text>
      <Text size="sm">
        {t('app.workspace')}: <Code>{info.data?.workspacePath}</Code>
      </Text>
      {current.data?.url && (
        <Alert variant="light" color="blue">
          <Stack gap="xs">
            <Text size="sm">
              {t(current.data.passwordSaved ? 'team.connectedSaved' : 'team.connected', {
                url: current.data.url,
              })}
            </Text>
            <Button
              size="xs"
              variant="default"
              loading={useFile.isPending}
              onClick={() => useFile.mutate({})}
              disabled={Boolean(restarting)}
            >
              {t('team.useFile')}
            </Button>
          </Stack>
        </Alert>
      )}
      <TextInput
        label={t('team.url')}
        description={t('team.urlHelp')}
        placeholder="postgres://anna@db.example.fi:5432/ropa?sslmode=verify-full"
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
        data-autofocus
      />
      <PasswordInput
        label={t('team.password')}
        description={current.data?.keychain === false ? t('team.noKeychain') : t('team.passwordHelp')}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        disabled={current.data?.keychain === false}
      />
      <ErrorAlert error={connect.error ?? useFile.error} />
      {restarting && <Alert color="green">{t('team.restarting')}</Alert>}
      <Button
        onClick={() => connect.mutate({ url, password: password || null })}
        loading={connect.isPending}
        disabled={!url.trim() || Boolean(restarting)}
      >
        {t('team.connect')}
      </Button>
    </Stack>
  )
}
