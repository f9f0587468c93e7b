/**
 * Imports a register document (.json) as a new organisation, all or nothing, as `ropa import` does. A file
 * that is not JSON, or a document with an unknown field, a bad code or a dangling id, is refused with every
 * problem named by its JSON path, and nothing changes. If an organisation of the same name exists, the user
 * chooses: replace it, or import under another name.
 */
import { Button, Code, Group, List, Modal, Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { IconUpload } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { ApiCallError } from '../../../shared/api/client'
import type { FieldIssue } from '../../../shared/api'
import { useApiMutation } from '../../api/hooks'
import { paths } from '../../app/paths'
import { notifySuccess } from '../../components/notify'

type Refusal = { message: string; issues: FieldIssue[] }
type Clash = { document: unknown; name: string; message: string }

export function ImportRegisterButton() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const input = useRef<HTMLInputElement>(null)
  const importRegister = useApiMutation('register.import', [
    'organisations',
    'activities',
    'parties',
    'dataSubjectCategories',
    'dataCategories',
    'securityMeasures',
    'checks',
    'register',
  ])
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [clash, setClash] = useState<Clash | null>(null)

  const run = async (document: unknown, mode: 'new' | 'replace', name: string | null) => {
    try {
      const result = await importRegister.mutateAsync({ document, mode, name })
      setClash(null)
      notifySuccess(
        t(result.replaced ? 'registerFile.replaced' : 'registerFile.imported', {
          name: result.name,
          count: result.counts.activities,
        }),
      )
      navigate(paths.activities(result.organisationId))
    } catch (error) {
      if (
        error instanceof ApiCallError &&
        error.code === 'CONFLICT' &&
        error.issues.some((i) => i.path === 'organisation.name')
      ) {
        const docName = (document as { organisation?: { name?: string } }).organisation?.name ?? ''
        setClash({ document, name: name ?? docName, message: error.message })
      } else {
        setClash(null)
        setRefusal({
          message: error instanceof Error ? error.message : String(error),
          issues: error instanceof ApiCallError ? error.issues : [],
        })
      }
    }
  }

  const onFile = async (file: File) => {
    let document: unknown
    try {
      document = JSON.parse(await file.text())
    } catch (error) {
      setRefusal({
        message: t('registerFile.notJson', { file: file.name, reason: (error as Error).message }),
        issues: [],
      })
      return
    }
    await run(document, 'new', null)
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-register-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void onFile(file)
        }}
      />
      <Button
        variant="default"
        leftSection={<IconUpload size={16} />}
        loading={importRegister.isPending}
        onClick={() => input.current?.click()}
      >
        {t('registerFile.import')}
      </Button>
      {refusal && <RefusalDialog refusal={refusal} onClose={() => setRefusal(null)} />}
      {clash && (
        <ClashDialog
          clash={clash}
          busy={importRegister.isPending}
          onClose={() => setClash(null)}
          onChoose={(mode, name) => run(clash.document, mode, name)}
        />
      )}
    </>
  )
}

function RefusalDialog({ refusal, onClose }: { refusal: Refusal; onClose(): void }) {
  const { t } = useTranslation()
  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={650}>{t('registerFile.refusedTitle')}</Text>}
      size="lg"
      centered
      data-testid="import-refused"
    >
      <Stack>
        <Text size="sm">{refusal.message}</Text>
        {refusal.issues.length > 0 && (
          <ScrollArea.Autosize mah={260} type="auto">
            <List size="sm" spacing={4} aria-label={t('registerFile.problems')}>
              {refusal.issues.map((issue, i) => (
                <List.Item key={`${issue.path}-${i}`}>
                  <Code>{issue.path || t('registerFile.wholeDocument')}</Code> {issue.message}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        )}
        <Text size="sm" c="dimmed">
          {t('registerFile.nothingChanged')}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function ClashDialog({
  clash,
  busy,
  onClose,
  onChoose,
}: {
  clash: Clash
  busy: boolean
  onClose(): void
  onChoose(mode: 'new' | 'replace', name: string | null): void
}) {
  const { t } = useTranslation()
  const [mode, setMode] = useState<'replace' | 'rename'>('rename')
  const [name, setName] = useState(`${clash.name} (${t('registerFile.importedSuffix')})`)
  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={650}>{t('registerFile.clashTitle', { name: clash.name })}</Text>}
      size="lg"
      centered
      data-testid="import-clash"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          onChoose(mode === 'replace' ? 'replace' : 'new', mode === 'replace' ? clash.name : name.trim())
        }}
      >
        <Stack>
          <Text size="sm">{clash.message}</Text>
          <Radio.Group
            value={mode}
            onChange={(v) => setMode(v as 'replace' | 'rename')}
            label={t('registerFile.clashQuestion')}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="rename" label={t('registerFile.importAsNew')} />
              {mode === 'rename' && (
                <TextInput
                  ml="xl"
                  label={t('registerFile.newName')}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  data-autofocus
                  error={clash.message && name.trim() === clash.name ? t('registerFile.sameName') : undefined}
                />
              )}
              <Radio value="replace" label={t('registerFile.replaceExisting', { name: clash.name })} />
              {mode === 'replace' && (
                <Text size="xs" c="red.8" ml="xl">
                  {t('registerFile.replaceWarning', { name: clash.name })}
                </Text>
              )}
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={mode === 'replace' ? 'red' : undefined}
              loading={busy}
              disabled={mode === 'rename' && !name.trim()}
            >
              {mode === 'replace' ? t('registerFile.replaceButton') : t('registerFile.importButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
