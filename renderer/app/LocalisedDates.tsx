/** Mantine's calendars (month and day names, first day of the week) in the interface language. */
import { DatesProvider } from '@mantine/dates'
import 'dayjs/locale/da'
import 'dayjs/locale/de'
import 'dayjs/locale/en-gb'
import 'dayjs/locale/fi'
import 'dayjs/locale/fr'
import 'dayjs/locale/sv'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../shared/schemas/codes'

const DAYJS_LOCALES: Record<Language, string> = {
  en: 'en-gb',
  fi: 'fi',
  sv: 'sv',
  da: 'da',
  de: 'de',
  fr: 'fr',
}

export function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const locale = DAYJS_LOCALES[i18n.language as Language] ?? 'en-gb'
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>
}
