/**
 * 30(1)(b) purposes, each with its Art. 6 basis, the interest pursued for legitimate interests, and the
 * Art. 9(2) condition or Art. 10 basis when the activity uses such data; 30(2)(b) the categories of
 * processing a processor carries out (the controller decides the basis).
 */
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { needsArt10Basis, needsArt9Condition } from '../../../../../shared/reference/special-categories'
import { conditionOptions, legalBasisOptions } from '../../../../components/code-options'
import { FindingList } from '../../../../components/findings'
import { emptyPurpose } from '../form-values'
import { RegistryInputs } from '../RegistryInputs'
import type { SectionProps } from '../types'

export function PurposesSection({ form, fields, dataCategories }: SectionProps) {
  const { t } = useTranslation()
  // Fields the user asked to show on a purpose other than the first ("Add a condition…").
  const [revealed, setRevealed] = useState<Set<string>>(new Set())
  const processor = form.values.role === 'processor'
  const purposes = form.values.purposes
  const kinds = form.values.dataCategories.map(
    (d) => dataCategories.find((c) => c.id === d.dataCategoryId)?.special ?? 'none',
  )
  const special = kinds.some(needsArt9Condition)
  const criminal = kinds.some(needsArt10Basis)
  const anyCondition = purposes.some((p) => p.specialCategoryCondition !== null)
  const anyCriminal = purposes.some((p) => p.criminalDataBasis !== null)
  const has = (path: string) => fields.findingsAt(path).length > 0 || revealed.has(path)
  const reveal = (path: string) => setRevealed((set) => new Set(set).add(path))

  return (
    <Stack gap="sm">
      {purposes.length === 0 && (
        <Text size="sm" c="dimmed">
          {processor ? t('editor.purposes.noneProcessor') : t('activities.noPurposes')}
        </Text>
      )}
      {purposes.map((purpose, index) => {
        const at = (field: string) => `purposes.${index}.${field}`
        // One condition per activity is enough for the checks: ask for it on the first purpose, offer it on the others.
        const wantCondition = !processor && special
        const wantCriminal = !processor && criminal
        const showCondition =
          !processor &&
          (purpose.specialCategoryCondition !== null ||
            has(at('specialCategoryCondition')) ||
            (wantCondition && !anyCondition && index === 0))
        const showCriminal =
          !processor &&
          (purpose.criminalDataBasis !== null ||
            has(at('criminalDataBasis')) ||
            (wantCriminal && !anyCriminal && index === 0))
        const showInterest =
          !processor &&
          (purpose.legalBasis === '6_1_f' ||
            purpose.legitimateInterest !== null ||
            has(at('legitimateInterest')))
        return (
          <Paper key={form.key(`purposes.${index}`)} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Group align="flex-start" wrap="nowrap">
                <Textarea
                  style={{ flex: 1 }}
                  label={
                    processor
                      ? t('editor.purposes.categoryNumber', { n: index + 1 })
                      : t('activities.purposeNumber', { n: index + 1 })
                  }
                  placeholder={
                    processor ? t('editor.purposes.categoryPlaceholder') : t('activities.purposePlaceholder')
                  }
                  autosize
                  minRows={1}
                  required
                  {...fields.text(at('description'))}
                />
                {!processor && (
                  <Select
                    w={330}
                    label={t('activities.legalBasis')}
                    data={legalBasisOptions(t)}
                    clearable
                    allowDeselect
                    placeholder={t('editor.purposes.chooseBasis')}
                    {...fields.input(at('legalBasis'))}
                  />
                )}
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="gray"
                  aria-label={t('activities.removePurpose', { n: index + 1 })}
                  onClick={() => form.removeListItem('purposes', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              {showInterest && (
                <Textarea
                  label={t('labels.fields.activity.legitimateInterest')}
                  placeholder={t('editor.purposes.interestPlaceholder')}
                  autosize
                  minRows={1}
                  {...fields.text(at('legitimateInterest'))}
                />
              )}
              <RegistryInputs
                section="purposes"
                form={form}
                fields={fields}
                item={{ list: 'purposes', index }}
              />
              {(showCondition || showCriminal) && (
                <Group grow align="flex-start">
                  {showCondition && (
                    <Select
                      label={t('editor.purposes.condition')}
                      data={conditionOptions(t)}
                      clearable
                      allowDeselect
                      placeholder={t('editor.purposes.chooseCondition')}
                      {...fields.input(at('specialCategoryCondition'))}
                    />
                  )}
                  {showCriminal && (
                    <TextInput
                      label={t('editor.purposes.criminalBasis')}
                      placeholder={t('editor.purposes.criminalPlaceholder')}
                      {...fields.text(at('criminalDataBasis'), t('editor.purposes.criminalHelp'))}
                    />
                  )}
                </Group>
              )}
              {((wantCondition && !showCondition) || (wantCriminal && !showCriminal)) && (
                <Group gap="xs">
                  {wantCondition && !showCondition && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPlus size={12} />}
                      onClick={() => reveal(at('specialCategoryCondition'))}
                    >
                      {t('editor.purposes.addCondition')}
                    </Button>
                  )}
                  {wantCriminal && !showCriminal && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconPlus size={12} />}
                      onClick={() => reveal(at('criminalDataBasis'))}
                    >
                      {t('editor.purposes.addCriminalBasis')}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          </Paper>
        )
      })}
      <FindingList findings={fields.findingsAt('purposes')} />
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          data-path="purposes"
          onClick={() => form.insertListItem('purposes', emptyPurpose())}
        >
          {processor ? t('editor.purposes.addCategory') : t('activities.addPurpose')}
        </Button>
      </Group>
    </Stack>
  )
}
