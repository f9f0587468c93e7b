import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../../shared/api/client'
import { settingsSchema, type Settings } from '../../../shared/schemas/settings'
import { useApi, useApiMutation } from '../../api/hooks'
import { ErrorAlert } from '../../components/ErrorAlert'
import { issuesToFormErrors } from '../../components/form-errors'
import { notifyError, notifySuccess } from '../../components/notify'

/** The workspace-wide Art. 30(5) employee threshold the checks use. */
export function ThresholdCard() {
  const { t } = useTranslation()
  const settings = useApi('settings.get', {})
  const update = useApiMutation('settings.update', ['settings'])
  const form = useForm<Settings>({
    initialValues: { employeeThreshold: 250 },
    validate: schemaResolver(settingsSchema, { sync: true }),
  })
  const loaded = settings.data?.employeeThreshold
  useEffect(() => {
    if (loaded === undefined) return
    form.setInitialValues({ employeeThreshold: loaded })
    form.setValues({ employeeThreshold: loaded })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the stored value changes
  }, [loaded])

  const save = form.onSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values)
      form.setInitialValues(saved)
      notifySuccess(t('portfolio.settings.saved'))
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length > 0)
        form.setErrors(issuesToFormErrors(error.issues))
      else notifyError(error)
    }
  })

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="threshold-title">
      <form onSubmit={save}>
        <Stack gap="xs">
          <Title order={3} size="h4" id="threshold-title">
            {t('portfolio.settings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('portfolio.settings.intro')}
          </Text>
          <ErrorAlert error={settings.error} />
          <Group align="flex-end">
            <NumberInput
              label={t('portfolio.settings.threshold')}
              min={1}
              max={1_000_000}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              thousandSeparator=" "
              w={200}
              disabled={settings.isPending}
              {...form.getInputProps('employeeThreshold')}
            />
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}
