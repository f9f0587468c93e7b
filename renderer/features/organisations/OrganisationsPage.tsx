import { ActionIcon, Button, Group, Menu, Stack, Table, Text } from '@mantine/core'
import {
  IconDots,
  IconDownload,
  IconFileImport,
  IconFileText,
  IconId,
  IconPencil,
  IconPlus,
  IconSparkles,
  IconTrash,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import type { OrganisationSummary } from '../../../shared/schemas/organisation'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDateTime } from '../../components/format'
import { notifySuccess } from '../../components/notify'
import { paths } from '../../app/paths'
import { ImportRegisterButton } from '../register-file/ImportRegisterButton'
import { useExportRegister } from '../register-file/ExportRegisterButton'
import { DeleteOrganisationModal } from './DeleteOrganisationModal'
import { OrganisationNameModal } from './OrganisationNameModal'
import { TableCard } from '../../components/TableCard'
import { PageHeader } from '../../components/PageHeader'

export function OrganisationsPage() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const organisations = useApi('organisations.list', {})
  const create = useApiMutation('organisations.create')
  const rename = useApiMutation('organisations.rename')
  const [creating, setCreating] = useState(false)
  const [renaming, setRenaming] = useState<OrganisationSummary | null>(null)
  const [deleting, setDeleting] = useState<OrganisationSummary | null>(null)
  const { exportRegister } = useExportRegister()

  return (
    <Stack maw={960}>
      <PageHeader
        title={t('organisations.title')}
        intro={t('organisations.intro')}
        actions={
          <Group gap="xs">
            <ImportRegisterButton />
            <Button
              component={Link}
              href="/import"
              variant="default"
              leftSection={<IconFileImport size={16} />}
            >
              {t('imports.open')}
            </Button>
            <Button
              component={Link}
              href="/notice-draft"
              variant="default"
              leftSection={<IconFileText size={16} />}
            >
              {t('noticeDraft.open')}
            </Button>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('organisations.new')}
            </Button>
            <Button component={Link} href={paths.newOrganisation()} leftSection={<IconSparkles size={16} />}>
              {t('library.wizard.open')}
            </Button>
          </Group>
        }
      />

      <ErrorAlert error={organisations.error} />

      <TableCard
        empty={organisations.data?.length === 0}
        emptyText={t('organisations.empty')}
        label={t('organisations.title')}
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisations.name')}</Table.Th>
            <Table.Th>{t('nav.activities')}</Table.Th>
            <Table.Th>{t('organisations.updated')}</Table.Th>
            <Table.Th w={140} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.data?.map((org) => (
            <Table.Tr key={org.id}>
              <Table.Td>
                <Text component={Link} href={paths.activities(org.id)} fw={600} c="indigo.8">
                  {org.name}
                </Text>
              </Table.Td>
              <Table.Td>{t('activities.count', { count: org.activityCount })}</Table.Td>
              <Table.Td>{formatDateTime(org.lastChangeAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => navigate(paths.activities(org.id))}>
                    {t('organisations.open')}
                  </Button>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('organisations.moreActions', { name: org.name })}
                      >
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconId size={14} />}
                        onClick={() => navigate(paths.profile(org.id))}
                      >
                        {t('organisations.profile')}
                      </Menu.Item>
                      <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setRenaming(org)}>
                        {t('common.rename')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconDownload size={14} />}
                        onClick={() => exportRegister(org.id, org.name)}
                      >
                        {t('registerFile.export')}
                      </Menu.Item>
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => setDeleting(org)}
                      >
                        {t('common.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableCard>

      <OrganisationNameModal
        key={creating ? 'create-open' : 'create-closed'}
        opened={creating}
        title={t('organisations.new')}
        submitLabel={t('common.create')}
        onClose={() => setCreating(false)}
        onSubmit={async (name) => {
          const org = await create.mutateAsync({ name })
          notifySuccess(t('organisations.created'))
          navigate(paths.activities(org.id))
        }}
      />
      {renaming && (
        <OrganisationNameModal
          key={renaming.id}
          opened
          title={t('organisations.renameTitle')}
          initialName={renaming.name}
          submitLabel={t('common.save')}
          onClose={() => setRenaming(null)}
          onSubmit={async (name) => {
            await rename.mutateAsync({ id: renaming.id, name })
            notifySuccess(t('organisations.renamed'))
          }}
        />
      )}
      {deleting && <DeleteOrganisationModal organisation={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  )
}
