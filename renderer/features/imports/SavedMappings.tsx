/** Saved mappings: apply one to this file, save the current one under a name, delete one. */
import { ActionIcon, Button, Group, Select, TextInput } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportMapping } from '../../../shared/imports/build'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { notifySuccess } from '../../components/notify'

interface Props {
  current: ImportMapping
  onApply(mapping: ImportMapping): void
}

export function SavedMappings({ current, onApply }: Props) {
  const { t } = useTranslation()
  const saved = useApi('imports.mappings.list', {})
  const save = useApiMutation('imports.mappings.save', ['imports.mappings'])
  const remove = useApiMutation('imports.mappings.delete', ['imports.mappings'])
  const [chosen, setChosen] = useState<string | null>(null)
  const [name, setName] = useState('')
  const chosenMapping = saved.data?.find((m) => m.id === chosen) ?? null

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Group align="flex-end" gap={4}>
        <Select
          label={t('imports.mapping.apply')}
          placeholder={t('imports.mapping.saved')}
          data={(saved.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={chosen}
          w={240}
          onChange={(id) => {
            setChosen(id)
            const mapping = saved.data?.find((m) => m.id === id)?.mapping
            if (mapping) onApply(mapping)
          }}
        />
        {chosenMapping && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('imports.mapping.delete')}
            onClick={() =>
              remove.mutate(
                { id: chosenMapping.id },
                {
                  onSuccess: () => {
                    setChosen(null)
                    notifySuccess(t('imports.mapping.deleted'))
                  },
                },
              )
            }
          >
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('imports.mapping.saveAs')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={240}
          maxLength={100}
        />
        <Button
          variant="light"
          disabled={name.trim() === ''}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { name: name.trim(), mapping: current },
              { onSuccess: (m) => notifySuccess(t('imports.mapping.savedDone', { name: m.name })) },
            )
          }
        >
          {t('imports.mapping.save')}
        </Button>
      </Group>
      <ErrorAlert error={save.error ?? remove.error} />
    </Group>
  )
}
