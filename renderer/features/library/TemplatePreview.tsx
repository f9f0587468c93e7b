/** A template's content as it would become an activity: purposes and bases, data, retention, recipients, measures. */
import { Badge, List, Modal, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { legalBasisLabel } from '../../components/code-options'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useUiLanguage } from '../../i18n/use-ui-language'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={6}>{title}</Title>
      {children}
    </Stack>
  )
}

export function TemplatePreview({
  id,
  onClose,
  actions,
}: {
  id: string
  onClose(): void
  actions: ReactNode
}) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const content = useApi('library.templates.get', { id, language, country: null })
  const c = content.data
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={<Text fw={650}>{c?.name ?? ''}</Text>}
      data-testid="template-preview"
    >
      <ErrorAlert error={content.error} />
      {c && (
        <Stack gap="md">
          {c.description && <Text size="sm">{c.description}</Text>}
          <Section title={t('library.templates.purposes')}>
            <List size="sm">
              {c.purposes.map((p, i) => (
                <List.Item key={i}>
                  {p.description}
                  {p.legalBasis && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      · {legalBasisLabel(t, p.legalBasis)}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Section>
          <Section title={t('library.templates.subjects')}>
            <Text size="sm">{c.dataSubjectCategories.map((s) => s.name).join(', ')}</Text>
          </Section>
          <Section title={t('library.templates.categories')}>
            <List size="sm">
              {c.dataCategories.map((d) => (
                <List.Item key={d.name}>
                  {d.name}
                  {d.special !== 'none' && (
                    <Badge ml={6} size="xs" color="orange" variant="light">
                      {t('library.templates.special')}
                    </Badge>
                  )}
                  {d.retention && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      · {d.retention}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Section>
          {c.retention && (
            <Section title={t('library.templates.retention')}>
              <Text size="sm">{c.retention}</Text>
            </Section>
          )}
          <Section title={t('library.templates.recipients')}>
            <Text size="sm">
              {[
                ...c.recipients.map((r) => r.category),
                ...c.parties.map((p) => p.name ?? p.vendorId ?? ''),
              ].join(', ') || t('common.none')}
            </Text>
          </Section>
          <Section title={t('library.templates.measures')}>
            <Text size="sm">{c.securityMeasures.map((m) => m.name).join(', ')}</Text>
          </Section>
          <Section title={t('library.templates.dpia')}>
            <Text size="sm">
              {c.dpia.criteria.map((k) => t(`labels.codes.dpiaCriterion.${k}`)).join(', ') ||
                t('common.none')}
            </Text>
            {c.notes && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {c.notes}
              </Text>
            )}
          </Section>
          {actions}
        </Stack>
      )}
    </Modal>
  )
}
