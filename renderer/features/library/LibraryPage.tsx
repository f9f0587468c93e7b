/** The workspace's library: templates, vendors and your own catalogue entries, one tab each. */
import { Stack, Tabs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { EntriesTab } from './EntriesTab'
import { TemplatesTab } from './TemplatesTab'
import { VendorsTab } from './VendorsTab'

export function LibraryPage() {
  const { t } = useTranslation()
  return (
    <Stack maw={1200}>
      <PageHeader title={t('library.page.title')} intro={t('library.page.intro')} />
      <Tabs defaultValue="templates" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="templates">{t('library.page.templates')}</Tabs.Tab>
          <Tabs.Tab value="vendors">{t('library.page.vendors')}</Tabs.Tab>
          <Tabs.Tab value="entries">{t('library.page.entries')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="templates">
          <TemplatesTab />
        </Tabs.Panel>
        <Tabs.Panel value="vendors">
          <VendorsTab />
        </Tabs.Panel>
        <Tabs.Panel value="entries">
          <EntriesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
