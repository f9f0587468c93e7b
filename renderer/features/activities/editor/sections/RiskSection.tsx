/**
 * Automated decision-making and DPIA screening: the nine WP248 criteria as a checklist; two or more
 * usually mean a DPIA is required (Art. 35), and the section says so as the boxes are ticked.
 */
import { Alert, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  DPIA_CRITERION_LIST,
  DPIA_CRITERIA_THRESHOLD,
  dpiaLikelyRequired,
} from '../../../../../shared/reference/dpia'
import type { DpiaCriterion } from '../../../../../shared/schemas/codes'
import { dpiaStatusOptions } from '../../../../components/code-options'
import { FindingList } from '../../../../components/findings'
import { RegistryInputs } from '../RegistryInputs'
import type { SectionProps } from '../types'

export function RiskSection({ form, fields }: SectionProps) {
  const { t } = useTranslation()
  const criteria = form.values.dpia.criteria
  const likely = dpiaLikelyRequired(criteria)
  return (
    <Stack gap="md">
      <Checkbox
        label={t('labels.fields.activity.automatedDecisionMaking')}
        {...fields.checkbox('automatedDecisionMaking', t('editor.risk.automatedHelp'))}
      />
      <RegistryInputs section="risk" form={form} fields={fields} />
      <Checkbox.Group
        label={t('editor.risk.criteria')}
        description={t('editor.risk.criteriaHelp', { threshold: DPIA_CRITERIA_THRESHOLD })}
        value={criteria}
        onChange={(next) => form.setFieldValue('dpia.criteria', next as DpiaCriterion[])}
        data-path="dpia.criteria"
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm" mt="xs">
          {DPIA_CRITERION_LIST.items.map((criterion) => (
            <Checkbox
              key={criterion.code}
              value={criterion.code}
              label={t(`labels.codes.dpiaCriterion.${criterion.code}`)}
              description={t(`editor.risk.criterionHelp.${criterion.code}`)}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Alert
        color={likely ? 'orange' : 'gray'}
        variant="light"
        p="xs"
        icon={<IconInfoCircle size={16} />}
        data-testid="dpia-screening"
      >
        <Text size="xs">
          {likely
            ? t('editor.risk.likely', { count: criteria.length })
            : t('editor.risk.unlikely', { count: criteria.length })}
        </Text>
      </Alert>
      <Group grow align="flex-start">
        <Select
          label={t('labels.fields.activity.dpiaStatus')}
          data={dpiaStatusOptions(t)}
          {...fields.input('dpia.status')}
        />
        <TextInput
          label={t('labels.fields.activity.dpiaReference')}
          placeholder={t('editor.risk.referencePlaceholder')}
          {...fields.text('dpia.reference')}
        />
      </Group>
      <FindingList findings={fields.findingsAt('dpia.criteria')} />
    </Stack>
  )
}
