/** Saves the organisation's register document (the JSON interchange format), as `ropa export --format json` does. */
import { Button, type ButtonProps } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { registerFileName } from '../../../shared/file-names'
import { useClient } from '../../api/context'
import { downloadFile } from '../../components/download'
import { notifyError, notifySuccess } from '../../components/notify'

export function useExportRegister() {
  const { t } = useTranslation()
  const client = useClient()
  const [busy, setBusy] = useState(false)
  const exportRegister = async (organisationId: string, organisationName: string) => {
    setBusy(true)
    try {
      const document = await client.call('register.export', { organisationId })
      const fileName = registerFileName(organisationName)
      downloadFile(fileName, JSON.stringify(document, null, 2) + '\n', 'application/json')
      notifySuccess(t('registerFile.exported', { fileName }))
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }
  return { exportRegister, busy }
}

export function ExportRegisterButton({
  organisationId,
  organisationName,
  ...props
}: { organisationId: string; organisationName: string } & ButtonProps) {
  const { t } = useTranslation()
  const { exportRegister, busy } = useExportRegister()
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      onClick={() => exportRegister(organisationId, organisationName)}
      {...props}
    >
      {t('registerFile.export')}
    </Button>
  )
}
