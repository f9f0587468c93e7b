/** The interface language, in the header on every page: each language named in itself, as pickers should. */
import { Select } from '@mantine/core'
import { IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_NAMES } from '../../shared/i18n/labels'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { setUiLanguage, uiLanguage } from '../i18n'

const OPTIONS = LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))

export function LanguagePicker() {
  const { t } = useTranslation()
  return (
    <Select
      aria-label={t('app.interfaceLanguage')}
      title={t('app.interfaceLanguage')}
      data={OPTIONS}
      value={uiLanguage()}
      onChange={(lang) => lang && void setUiLanguage(lang as Language)}
      leftSection={<IconLanguage size={16} aria-hidden />}
      w={150}
      size="xs"
      allowDeselect={false}
      data-testid="ui-language"
    />
  )
}
