import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganisationSummary } from '../../../shared/schemas/organisation'
import { useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'

/** Deleting a whole register is rare and drastic: the user types the name to confirm. */
export function DeleteOrganisationModal({
  organisation,
  onClose,
}: {
  organisation: OrganisationSummary
  onClose(): void
}) {
  const { t } = useTranslation()
  const remove = useApiMutation('organisations.delete', ['organisations', 'activities'])
  const [typed, setTyped] = useState('')
  const matches = typed.trim() === organisation.name

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('organisations.deleteTitle', { name: organisation.name })}
      centered
    >
      <Stack>
        <Text size="sm">{t('organisations.deleteBody', { count: organisation.activityCount })}</Text>
        <TextInput
          label={t('organisations.deleteConfirm')}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
        />
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: organisation.id },
                {
                  onSuccess: () => {
                    notifySuccess(t('common.deleted'))
                    onClose()
                  },
                },
              )
            }
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
