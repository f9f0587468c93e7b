/**
 * Create or edit one processing activity, grouped by Art. 30 point, with the compliance checks running on
 * the form as the user types. Enter saves, Escape (or Cancel) leaves, asking first when there are unsaved
 * changes; `?field=` opens the section of that field and focuses it.
 */
import { Accordion, ActionIcon, Badge, Button, Center, Grid, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { modals } from '@mantine/modals'
import { IconCopy, IconDots, IconFileExport, IconTrash } from '@tabler/icons-react'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { SeverityCounts } from '../../../../shared/api/checks'
import { ApiCallError } from '../../../../shared/api/client'
import { activityFieldsSchema, type ActivityFields } from '../../../../shared/schemas/activity'
import type { Organisation } from '../../../../shared/schemas/organisation'
import { useApi, useApiMutation } from '../../../api/hooks'
import { paths } from '../../../app/paths'
import { useUnsavedChangesGuard } from '../../../app/unsaved-changes'
import { useFieldParam } from '../../../app/use-field-param'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { bindFields, findingsByPath } from '../../../components/field-binder'
import { countBySeverity, FindingList } from '../../../components/findings'
import { issuesToFormErrors } from '../../../components/form-errors'
import { schemaValidator } from '../../../components/form-resolver'
import { todayLocal } from '../../../components/format'
import { notifyError, notifySuccess } from '../../../components/notify'
import { useCatalogueList, type CatalogueListEntry } from '../../catalogues/catalogue-api'
import { ActivityHistoryButton } from '../../history/ActivityHistoryButton'
import { STATUS_COLOURS } from '../status'
import { CopyToOrganisationModal } from '../CopyToOrganisationModal'
import { EditorOverview } from './EditorOverview'
import { EditorSection } from './EditorSection'
import { emptyActivity, lookupsFrom, toSaved } from './form-values'
import { displayPath, sectionOf, sectionsFor, type SectionId } from './sections'
import { AboutSection } from './sections/AboutSection'
import { DataSection } from './sections/DataSection'
import { PartiesSection } from './sections/PartiesSection'
import { ProcessorDataSection } from './sections/ProcessorDataSection'
import { PurposesSection } from './sections/PurposesSection'
import { RecipientsSection } from './sections/RecipientsSection'
import { RetentionSection } from './sections/RetentionSection'
import { ReviewSection } from './sections/ReviewSection'
import { RiskSection } from './sections/RiskSection'
import { SecuritySection } from './sections/SecuritySection'
import { SystemsSection } from './sections/SystemsSection'
import { TransfersSection } from './sections/TransfersSection'
import type { SectionProps } from './types'
import { useLiveChecks } from './use-live-findings'

interface Props {
  organisationId: string
  activityId: string | null
}

const SECTION_COMPONENTS: Record<SectionId, (props: SectionProps) => ReactNode> = {
  about: AboutSection,
  parties: PartiesSection,
  purposes: PurposesSection,
  data: DataSection,
  recipients: RecipientsSection,
  transfers: TransfersSection,
  retention: RetentionSection,
  security: SecuritySection,
  processorData: ProcessorDataSection,
  risk: RiskSection,
  systems: SystemsSection,
  review: ReviewSection,
}

export function ActivityEditorPage({ organisationId, activityId }: Props) {
  const existing = useApi('activities.get', { id: activityId ?? '' }, { enabled: activityId !== null })
  const organisation = useApi('organisations.get', { id: organisationId })
  const parties = useCatalogueList('parties', organisationId)
  const dataCategories = useCatalogueList('dataCategories', organisationId)
  // Bumped after an earlier version is restored: the form starts again from the reloaded activity.
  const [revision, setRevision] = useState(0)
  const error = (activityId !== null && existing.error) || organisation.error
  if (error) return <ErrorAlert error={error} />
  if ((activityId !== null && existing.isPending) || organisation.isPending) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    )
  }
  const initial: ActivityFields = existing.data ? withoutIdentity(existing.data) : emptyActivity()
  return (
    <ActivityForm
      key={`${activityId ?? 'new'}:${revision}`}
      organisationId={organisationId}
      activityId={activityId}
      initial={initial}
      onRestored={() => setRevision((r) => r + 1)}
      organisation={organisation.data}
      parties={parties.data ?? null}
      dataCategories={dataCategories.data ?? null}
    />
  )
}

function withoutIdentity(activity: ActivityFields & { id: string; organisationId: string; createdAt: string; updatedAt: string }): ActivityFields {
  const { id: _id, organisationId: _org, createdAt: _c, updatedAt: _u, ...fields } = activity
  return fields
}

interface FormProps extends Props {
  initial: ActivityFields
  onRestored(): void
  organisation: Organisation
  parties: CatalogueListEntry<'parties'>[] | null
  dataCategories: CatalogueListEntry<'dataCategories'>[] | null
}

function ActivityForm({ organisationId, activityId, initial, organisation, parties, dataCategories, onRestored }: FormProps) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const create = useApiMutation('activities.create', ['activities', 'organisations', 'checks', 'register', 'parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'])
  const update = useApiMutation('activities.update', ['activities', 'organisations', 'checks', 'register', 'parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'])
  const remove = useApiMutation('activities.delete', ['activities', 'organisations', 'checks', 'register', 'parties', 'dataSubjectCategories', 'dataCategories', 'securityMeasures'])
  const duplicate = useApiMutation('activities.duplicate', ['activities', 'organisations', 'checks', 'register'])
  const form = useForm<ActivityFields>({ initialValues: initial, validate: schemaValidator(activityFieldsSchema, (v: ActivityFields) => toSaved(v)) })
  const { leave, leaveWithoutAsking } = useUnsavedChangesGuard(() => form.isDirty())
  const [copying, setCopying] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const listPath = paths.activities(organisationId)
  const role = form.values.role
  const sections = sectionsFor(role)
  const [opened, setOpened] = useState<string[]>(() => [...new Set([...sectionsFor('controller'), ...sectionsFor('processor')].map((s) => s.id))])
  const today = todayLocal()

  // Live checks: the same rules as `ropa check`, on the unsaved form.
  const lookups = useMemo(() => (parties && dataCategories ? lookupsFrom(organisation, parties, dataCategories) : null), [organisation, parties, dataCategories])
  const live = useLiveChecks(form.values, activityId, lookups, today)
  const fields = bindFields(form, findingsByPath(live.findings, displayPath))
  const completeness = new Map(live.completeness.map((c) => [c.point, c]))
  const sectionCounts = new Map<SectionId, SeverityCounts>()
  for (const section of sections) sectionCounts.set(section.id, countBySeverity(live.findings.filter((f) => f.field !== null && sectionOf(f.field, role) === section.id)))
  const unplaced = live.findings.filter((f) => f.field === null)

  const reveal = (id: SectionId) => setOpened((open) => (open.includes(id) ? open : [...open, id]))
  const linkedField = useFieldParam(true, (field) => reveal(sectionOf(field, role)))
  // A new activity starts at its reference; a link to a field starts there instead.
  useEffect(() => {
    if (!activityId && !linkedField) document.querySelector<HTMLElement>('[data-path="reference"]')?.focus()
  }, [activityId, linkedField])
  const openSection = (id: SectionId) => {
    reveal(id)
    requestAnimationFrame(() => document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }))
  }

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null)
      const activity = toSaved(values)
      try {
        if (activityId) {
          await update.mutateAsync({ id: activityId, activity })
          form.setValues(activity)
          form.resetDirty(activity)
          notifySuccess(t('activities.saved'))
        } else {
          const created = await create.mutateAsync({ organisationId, activity })
          notifySuccess(t('activities.created'))
          leaveWithoutAsking(() => navigate(paths.activity(organisationId, created.id), { replace: true }))
        }
      } catch (error) {
        if (error instanceof ApiCallError && error.issues.length) form.setErrors(issuesToFormErrors(error.issues, 'activity'))
        else setFailure(error)
      }
    },
    (errors) => {
      // Open and show the first field the form refuses, so Enter never fails silently.
      const first = Object.keys(errors)[0]
      if (first) {
        reveal(sectionOf(first, role))
        requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-path="${CSS.escape(first)}"]`)?.focus()))
      }
    },
  )

  const cancel = () => leave(() => navigate(listPath))

  // Escape leaves the editor, unless it is closing a dialog, a dropdown or a calendar; Ctrl+S saves from
  // anywhere. Listened to in the capture phase, before those close and leave the page looking as if none was open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        submit()
        return
      }
      if (event.key !== 'Escape') return
      // Closed dropdowns stay in the page, hidden: only a shown one counts.
      const open = document.querySelectorAll('[role="dialog"], .mantine-Popover-dropdown, .mantine-Combobox-dropdown, .mantine-Menu-dropdown')
      if ([...open].some((element) => element.getClientRects().length > 0)) return
      if ((event.target as HTMLElement | null)?.closest?.('[data-expanded="true"], [role="combobox"][aria-expanded="true"]')) return
      cancel()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  })

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t('activities.deleteTitle', { reference: initial.reference, name: initial.name }),
      children: <Text size="sm">{t('activities.deleteBody')}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      centered: true,
      onConfirm: () =>
        remove.mutate(
          { id: activityId! },
          {
            onSuccess: () => {
              notifySuccess(t('common.deleted'))
              leaveWithoutAsking(() => navigate(listPath))
            },
            onError: (error) => notifyError(error),
          },
        ),
    })

  const runDuplicate = () =>
    leave(() =>
      duplicate.mutate(
        { id: activityId! },
        {
          onSuccess: (copy) => {
            notifySuccess(t('editor.duplicated', { reference: copy.reference }))
            leaveWithoutAsking(() => navigate(paths.activity(organisationId, copy.id)))
          },
          onError: (error) => notifyError(error),
        },
      ),
    )

  const titles = Object.fromEntries(sections.map((s) => [s.id, sectionTitle(t, s.id, s.point)])) as Record<SectionId, string>
  const sectionProps: SectionProps = { form, fields, organisationId, organisation, today, parties: parties ?? [], dataCategories: dataCategories ?? [] }

  return (
    <form onSubmit={submit} noValidate aria-label={t('editor.formLabel')}>
      <Stack maw={1280}>
        <Group justify="space-between" align="flex-end" wrap="nowrap" className="sticky-page-header">
          <div>
            <Text c="dimmed" size="sm">
              {organisation.name} · {role === 'processor' ? t('editor.processorRecord') : t('editor.controllerRecord')}
            </Text>
            <Group gap="sm">
              <Title order={2}>{activityId ? t('activities.editTitle', { reference: initial.reference }) : t('activities.newTitle')}</Title>
              {activityId && (
                <Badge color={STATUS_COLOURS[form.values.status]} variant="light">
                  {t(`labels.codes.status.${form.values.status}`)}
                </Badge>
              )}
            </Group>
          </div>
          <Group wrap="nowrap">
            {activityId && (
              <ActivityHistoryButton organisationId={organisationId} activityId={activityId} label={`${initial.reference} ${initial.name}`} dirty={form.isDirty()} onRestored={onRestored} />
            )}
            {activityId && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label={t('editor.moreActions')}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconCopy size={14} />} onClick={runDuplicate}>
                    {t('editor.duplicate')}
                  </Menu.Item>
                  <Menu.Item leftSection={<IconFileExport size={14} />} onClick={() => setCopying(true)}>
                    {t('editor.copyTo')}
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete}>
                    {t('common.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
            <Button variant="default" onClick={cancel}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={failure} />
        <FindingList findings={unplaced} />

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 9 }}>
            <Accordion multiple value={opened} onChange={setOpened} variant="separated" transitionDuration={0} chevronPosition="left">
              {sections.map((section) => {
                const Section = SECTION_COMPONENTS[section.id]
                return (
                  <EditorSection key={section.id} section={section} title={titles[section.id]} completeness={section.point ? completeness.get(section.point) : undefined} counts={sectionCounts.get(section.id)!}>
                    <Section {...sectionProps} />
                  </EditorSection>
                )
              })}
            </Accordion>
            <Text size="xs" c="dimmed" ta="right" mt="sm">
              {t('editor.keyboardHint')}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 3 }} visibleFrom="lg">
            <EditorOverview sections={sections} titles={titles} completeness={completeness} counts={sectionCounts} total={countBySeverity(live.findings)} onOpen={openSection} />
          </Grid.Col>
        </Grid>
      </Stack>
      {copying && activityId && <CopyToOrganisationModal organisationId={organisationId} activityIds={[activityId]} onClose={() => setCopying(false)} />}
    </form>
  )
}

function sectionTitle(t: ReturnType<typeof useTranslation>['t'], id: SectionId, point: string | null): string {
  // Keys built at run time: a plain string signature spares the compiler the whole catalogue's key union.
  const translate = t as unknown as (key: string) => string
  return point ? translate(`labels.art30.${point}`) : translate(`editor.sections.${id}`)
}
