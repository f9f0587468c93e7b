/** The editor's sticky header: which organisation and record, the activity's title and status, and its actions. */
import { ActionIcon, Badge, Button, Group, Menu, Text, Title } from '@mantine/core'
import { IconCopy, IconDots, IconFileExport, IconTemplate, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import { ActivityHistoryButton } from '../../history/ActivityHistoryButton'
import { SaveAsTemplateModal } from '../../library/SaveAsTemplateModal'
import { STATUS_COLOURS } from '../status'

interface Props {
  organisationId: string
  organisationName: string
  activityId: string | null
  initial: ActivityFields
  values: ActivityFields
  dirty: boolean
  saving: boolean
  onCancel(): void
  onRestored(): void
  onDuplicate(): void
  onCopy(): void
  onDelete(): void
}

export function EditorHeader({
  organisationId,
  organisationName,
  activityId,
  initial,
  values,
  dirty,
  saving,
  onCancel,
  onRestored,
  onDuplicate,
  onCopy,
  onDelete,
}: Props) {
  const { t } = useTranslation()
  const [savingAsTemplate, setSavingAsTemplate] = useState(false)
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" className="sticky-page-header">
      <div>
        <Text c="dimmed" size="sm">
          {organisationName} ·{' '}
          {values.role === 'processor' ? t('editor.processorRecord') : t('editor.controllerRecord')}
        </Text>
        <Group gap="sm">
          <Title order={2}>
            {activityId
              ? t('activities.editTitle', { reference: initial.reference })
              : t('activities.newTitle')}
          </Title>
          {activityId && (
            <Badge color={STATUS_COLOURS[values.status]} variant="light">
              {t(`labels.codes.status.${values.status}`)}
            </Badge>
          )}
        </Group>
      </div>
      <Group wrap="nowrap">
        {activityId && (
          <ActivityHistoryButton
            organisationId={organisationId}
            activityId={activityId}
            label={`${initial.reference} ${initial.name}`}
            dirty={dirty}
            onRestored={onRestored}
          />
        )}
        {activityId && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label={t('editor.moreActions')}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconCopy size={14} />} onClick={onDuplicate}>
                {t('editor.duplicate')}
              </Menu.Item>
              <Menu.Item leftSection={<IconFileExport size={14} />} onClick={onCopy}>
                {t('editor.copyTo')}
              </Menu.Item>
              <Menu.Item leftSection={<IconTemplate size={14} />} onClick={() => setSavingAsTemplate(true)}>
                {t('library.templates.saveAs')}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
                {t('common.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
        {activityId && savingAsTemplate && (
          <SaveAsTemplateModal
            activityId={activityId}
            activityName={initial.name}
            dirty={dirty}
            onClose={() => setSavingAsTemplate(false)}
          />
        )}
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </Group>
  )
}
