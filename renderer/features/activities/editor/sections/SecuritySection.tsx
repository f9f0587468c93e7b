/** 30(1)(g) / 30(2)(d): the technical and organisational security measures (Art. 32), from the catalogue. */
import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CatalogueMultiField } from '../../../catalogues/CatalogueField'
import type { SectionProps } from '../types'

export function SecuritySection({ fields, organisationId }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <CatalogueMultiField
        catalogue="securityMeasures"
        organisationId={organisationId}
        label={t('labels.fields.activity.securityMeasures')}
        placeholder={t('editor.security.pick')}
        {...fields.input('securityMeasureIds', t('editor.security.help'))}
      />
    </Stack>
  )
}
