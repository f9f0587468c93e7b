/**
 * The form of one processing activity, grouped by Art. 30 point, with the compliance checks running on it as
 * the user types. Enter saves, Escape (or Cancel) leaves, asking first when there are unsaved changes;
 * `?field=` opens the section of that field and focuses it.
 */
import { Accordion, Grid, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDeferredValue, useEffect, useMemo, useState, type FocusEvent, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SeverityCounts } from '../../../../shared/api/checks'
import type { ActivityFields } from '../../../../shared/schemas/activity'
import type { Organisation } from '../../../../shared/schemas/organisation'
import { useUnsavedChangesGuard } from '../../../app/unsaved-changes'
import { useFieldParam } from '../../../app/use-field-param'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { bindFields, findingsByPath } from '../../../components/field-binder'
import { countBySeverity, FindingList } from '../../../components/findings'
import { todayLocal } from '../../../components/format'
import type { CatalogueListEntry } from '../../catalogues/catalogue-api'
import { CopyToOrganisationModal } from '../CopyToOrganisationModal'
import { EditorHeader } from './EditorHeader'
import { EditorOverview } from './EditorOverview'
import { EditorSection } from './EditorSection'
import { useFindingsCurrentMark } from './findings-mark'
import { lookupsFrom } from './form-values'
import { saveErrors } from './section-states'
import { SectionBody } from './section-body'
import { SECTION_COMPONENTS, sectionTitle } from './section-components'
import { displayPath, sectionOf, sectionsFor, type SectionId } from './sections'
import { StaleEditAlert } from './StaleEditAlert'
import type { SectionProps } from './types'
import { useActivityActions } from './use-activity-actions'
import { useEditorKeys } from './use-editor-keys'
import { useLiveChecks } from './use-live-findings'
import { findingsWhileEntering } from './while-entering'

export interface ActivityFormProps {
  organisationId: string
  activityId: string | null
  initial: ActivityFields
  /** The saved version the form started from: a save names it, so one overtaken by another user's is refused. */
  initialUpdatedAt: string | null
  onRestored(): void
  /** Load the saved version again (after someone else's save), dropping what was typed. */
  onReload(): void
  organisation: Organisation
  parties: CatalogueListEntry<'parties'>[] | null
  dataCategories: CatalogueListEntry<'dataCategories'>[] | null
}

export function ActivityForm({
  organisationId,
  activityId,
  initial,
  initialUpdatedAt,
  organisation,
  parties,
  dataCategories,
  onRestored,
  onReload,
}: ActivityFormProps) {
  const { t } = useTranslation()
  const form = useForm<ActivityFields>({ initialValues: initial, validate: saveErrors })
  const { leave, leaveWithoutAsking } = useUnsavedChangesGuard(() => form.isDirty())
  const [copying, setCopying] = useState(false)
  const role = form.values.role
  const sections = sectionsFor(role)
  const [opened, setOpened] = useState<string[]>(() => [
    ...new Set([...sectionsFor('controller'), ...sectionsFor('processor')].map((s) => s.id)),
  ])
  const today = todayLocal()

  // Live checks: the same rules as `ropa check`, on the unsaved form.
  const lookups = useMemo(
    () => (parties && dataCategories ? lookupsFrom(organisation, parties, dataCategories) : null),
    [organisation, parties, dataCategories],
  )
  const live = useLiveChecks(form.values, activityId, lookups, today)
  useFindingsCurrentMark(live.checked, form.values)
  // While a new activity is entered, a field's findings wait until the user has changed or left it.
  const [left, setLeft] = useState<readonly string[]>([])
  const [saveTried, setSaveTried] = useState(false)
  const touched = Object.keys(form.getTouched()).filter((path) => form.isTouched(path))
  const { shown, waiting } = findingsWhileEntering(live.findings, {
    fresh: activityId === null,
    saveTried,
    entered: [...touched, ...left],
  })
  const noteLeft = (event: FocusEvent<HTMLFormElement>) => {
    const path = (event.target as HTMLElement).closest('[data-path]')?.getAttribute('data-path')
    if (path && !left.includes(path)) setLeft([...left, path])
  }
  const fields = bindFields(form, findingsByPath(shown, displayPath))
  const sectionCounts = new Map<SectionId, SeverityCounts>()
  for (const section of sections)
    sectionCounts.set(
      section.id,
      countBySeverity(shown.filter((f) => f.field !== null && sectionOf(f.field, role) === section.id)),
    )
  const unplaced = shown.filter((f) => f.field === null)
  // What each section shows of the findings, as one string: a section renders again when it changes.
  const sectionFindings = new Map<SectionId, string>()
  for (const f of shown) {
    if (f.field === null) continue
    const id = sectionOf(f.field, role)
    sectionFindings.set(
      id,
      `${sectionFindings.get(id) ?? ''}${f.field}|${f.code}|${f.severity}|${f.message}\n`,
    )
  }
  // The section holding the focus renders with the values as typed; the others with a deferred copy.
  const [active, setActive] = useState<SectionId | null>(null)
  const deferredValues = useDeferredValue(form.values)
  const noteFocus = (event: FocusEvent<HTMLFormElement>) => {
    const id = (event.target as HTMLElement).closest('[data-section]')?.getAttribute('data-section')
    if (id && id !== active) setActive(id as SectionId)
  }

  const reveal = (id: SectionId) => setOpened((open) => (open.includes(id) ? open : [...open, id]))
  const linkedField = useFieldParam(true, (field) => reveal(sectionOf(field, role)))
  // A new activity starts at its reference, the proposed number selected so typing replaces it; a link to a
  // field starts there instead.
  useEffect(() => {
    if (activityId || linkedField) return
    const reference = document.querySelector<HTMLInputElement>('[data-path="reference"]')
    reference?.focus()
    reference?.select()
  }, [activityId, linkedField])
  const openSection = (id: SectionId) => {
    reveal(id)
    requestAnimationFrame(() =>
      document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
    )
  }
  const showField = (path: string) => {
    reveal(sectionOf(path, role))
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus(),
      ),
    )
  }

  const actions = useActivityActions({
    organisationId,
    activityId,
    initial,
    initialUpdatedAt,
    form,
    showField,
    leave,
    leaveWithoutAsking,
  })
  const save = (event?: FormEvent<HTMLFormElement>) => {
    setSaveTried(true)
    actions.submit(event)
  }
  useEditorKeys(save, actions.cancel)

  const titles = Object.fromEntries(sections.map((s) => [s.id, sectionTitle(t, s.id, s.point)])) as Record<
    SectionId,
    string
  >
  const sectionProps: SectionProps = {
    form,
    fields,
    organisationId,
    organisation,
    today,
    parties: parties ?? [],
    dataCategories: dataCategories ?? [],
  }

  return (
    <form onSubmit={save} onBlur={noteLeft} onFocus={noteFocus} noValidate aria-label={t('editor.formLabel')}>
      <Stack maw={1280}>
        <EditorHeader
          organisationId={organisationId}
          organisationName={organisation.name}
          activityId={activityId}
          initial={initial}
          values={form.values}
          dirty={form.isDirty()}
          saving={form.submitting}
          onCancel={actions.cancel}
          onRestored={onRestored}
          onDuplicate={actions.runDuplicate}
          onCopy={() => setCopying(true)}
          onDelete={actions.confirmDelete}
        />
        {actions.stale && activityId && (
          <StaleEditAlert activityId={activityId} onReload={() => leaveWithoutAsking(onReload)} />
        )}
        <ErrorAlert error={actions.failure} />
        <FindingList findings={unplaced} />

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 9 }}>
            <Accordion
              multiple
              value={opened}
              onChange={setOpened}
              variant="separated"
              transitionDuration={0}
              chevronPosition="left"
            >
              {sections.map((section) => {
                const Section = SECTION_COMPONENTS[section.id]
                return (
                  <EditorSection
                    key={section.id}
                    section={section}
                    title={titles[section.id]}
                    completeness={live.sections.get(section.id)}
                    counts={sectionCounts.get(section.id)!}
                  >
                    <SectionBody
                      Section={Section}
                      props={sectionProps}
                      deps={[
                        section.id === active ? form.values : deferredValues,
                        form.errors,
                        sectionFindings.get(section.id),
                        organisationId,
                        organisation,
                        parties,
                        dataCategories,
                        today,
                      ]}
                    />
                  </EditorSection>
                )
              })}
            </Accordion>
            <Text size="xs" c="dimmed" ta="right" mt="sm">
              {t('editor.keyboardHint')}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 3 }} visibleFrom="lg">
            <EditorOverview
              sections={sections}
              titles={titles}
              completeness={live.sections}
              counts={sectionCounts}
              total={countBySeverity(shown)}
              waiting={waiting.length}
              onOpen={openSection}
            />
          </Grid.Col>
        </Grid>
      </Stack>
      {copying && activityId && (
        <CopyToOrganisationModal
          organisationId={organisationId}
          activityIds={[activityId]}
          onClose={() => setCopying(false)}
        />
      )}
    </form>
  )
}
