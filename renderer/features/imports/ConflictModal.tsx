/** The name is taken: replace that organisation, or import under another name (as for a JSON import). */
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  name: string
  busy: boolean
  onReplace(): void
  onRename(name: string): void
  onCancel(): void
}

export function ConflictModal({ name, busy, onReplace, onRename, onCancel }: Props) {
  const { t } = useTranslation()
  const [newName, setNewName] = useState(`${name} (2)`)
  return (
    <Modal opened onClose={onCancel} title={t('imports.conflict.title')}>
      <Stack>
        <Text size="sm">{t('imports.conflict.body', { name })}</Text>
        <TextInput
          label={t('imports.conflict.newName')}
          value={newName}
          onChange={(e) => setNewName(e.currentTarget.value)}
          maxLength={200}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('imports.conflict.cancel')}
          </Button>
          <Button color="red" variant="light" loading={busy} onClick={onReplace}>
            {t('imports.conflict.replace')}
          </Button>
          <Button loading={busy} disabled={newName.trim() === ''} onClick={() => onRename(newName.trim())}>
            {t('imports.conflict.rename')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
