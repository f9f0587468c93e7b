import { createI18n } from '../../shared/i18n'

/** The UI's i18next instance (given to React by <I18nextProvider>); the same resources serve exports and checks. */
export const i18n = createI18n('en')
