/**
 * After a library entry or vendor changed: the organisations whose copies now differ, ticked by default, and
 * "update the ticked ones" through the push API. Nothing is changed in an organisation without this step.
 */
import { Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryUser } from '../../../shared/api/library'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'

interface Props {
  users: readonly LibraryUser[]
  /** Where the `differs` field names are labelled (`labels.fields.<group>.<field>`). */
  fieldGroup: 'party' | 'dataSubjectCategory' | 'dataCategory' | 'securityMeasure'
  onPush(entryIds: string[]): Promise<unknown>
  onClose(): void
}

export function PushDialog({ users, fieldGroup, onPush, onClose }: Props) {
  const { t } = useTranslation()
  const [ticked, setTicked] = useState(() => new Set(users.map((u) => u.entryId)))
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const label = (field: string) =>
    t(`labels.fields.${fieldGroup}.${field}` as 'labels.fields.party.name', { defaultValue: field })

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      centered
      title={<Text fw={650}>{t('library.push.title')}</Text>}
      data-testid="push-dialog"
    >
      <Stack>
        {users.length === 0 ? (
          <Text size="sm">{t('library.push.none')}</Text>
        ) : (
          <>
            <Text size="sm">{t('library.push.intro')}</Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40} />
                  <Table.Th>{t('library.push.organisation')}</Table.Th>
                  <Table.Th>{t('library.push.entry')}</Table.Th>
                  <Table.Th>{t('library.push.differs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((user) => (
                  <Table.Tr key={user.entryId}>
                    <Table.Td>
                      <Checkbox
                        aria-label={user.organisationName}
                        checked={ticked.has(user.entryId)}
                        onChange={(e) => {
                          const next = new Set(ticked)
                          if (e.currentTarget.checked) next.add(user.entryId)
                          else next.delete(user.entryId)
                          setTicked(next)
                        }}
                      />
                    </Table.Td>
                    <Table.Td>{user.organisationName}</Table.Td>
                    <Table.Td>{user.entryName}</Table.Td>
                    <Table.Td>{user.differs.map(label).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {users.length === 0 ? t('common.close') : t('library.push.skip')}
          </Button>
          {users.length > 0 && (
            <Button
              disabled={ticked.size === 0}
              loading={busy}
              onClick={async () => {
                setBusy(true)
                try {
                  await onPush([...ticked])
                  // One organisation may hold several copies (rows); the DPO counts organisations.
                  const organisations = new Set(
                    users.filter((u) => ticked.has(u.entryId)).map((u) => u.organisationId),
                  )
                  notifySuccess(t('library.push.updated', { count: organisations.size }))
                  onClose()
                } catch (e) {
                  setError(e)
                } finally {
                  setBusy(false)
                }
              }}
            >
              {t('library.push.update')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
