/**
 * The interface in six languages: it starts in the system's language, the header switches it and the choice
 * survives a restart, and every screen (texts, findings, dates) follows. Screenshots of each screen in each
 * language go to test-results/screenshots/ui-languages/ for a person to look at.
 */
import type { Page } from '@playwright/test'
import { formatDay } from '../../shared/i18n/dates'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { apiOf } from './api'
import { seedRichWorkspace } from './checks-helpers'
import { expect, openApp, test } from './fixtures'
import { screenshot } from './screenshots'

/** A word of each screen in each language, to know the screen has switched. */
const WORDS: Record<Language, { activities: string; dashboard: string; save: string; findings: string }> = {
  en: { activities: 'Processing activities', dashboard: 'Dashboard', save: 'Save', findings: 'Findings' },
  fi: { activities: 'Käsittelytoimet', dashboard: 'Yleiskatsaus', save: 'Tallenna', findings: 'Havainnot' },
  sv: { activities: 'Behandlingar', dashboard: 'Översikt', save: 'Spara', findings: 'Iakttagelser' },
  da: { activities: 'Behandlingsaktiviteter', dashboard: 'Oversigt', save: 'Gem', findings: 'Bemærkninger' },
  de: {
    activities: 'Verarbeitungstätigkeiten',
    dashboard: 'Übersicht',
    save: 'Speichern',
    findings: 'Feststellungen',
  },
  fr: {
    activities: 'Activités de traitement',
    dashboard: 'Tableau de bord',
    save: 'Enregistrer',
    findings: 'Constats',
  },
}

/** As the picker names them (each in itself; shared/i18n/labels' LANGUAGE_NAMES, which Playwright cannot load). */
const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fi: 'Suomi',
  sv: 'Svenska',
  da: 'Dansk',
  de: 'Deutsch',
  fr: 'Français',
}

async function chooseLanguage(page: Page, lang: Language) {
  await page.getByTestId('ui-language').click()
  await page.getByRole('option', { name: LANGUAGE_NAMES[lang], exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

test.describe('a German system', () => {
  test.use({ locale: 'de-DE' })
  test('opens the interface in German', async ({ page, ropa }) => {
    await openApp(page, ropa)
    await expect(page.getByRole('link', { name: 'Organisationen' })).toBeVisible()
    await expect(page.getByTestId('ui-language')).toHaveValue('Deutsch')
  })
})

test('every screen speaks the chosen language, with its dates, and the choice is kept', async ({
  page,
  request,
  ropa,
}) => {
  test.setTimeout(600_000)
  const api = apiOf(request, ropa)
  const { organisationId, idOf } = await seedRichWorkspace(api)
  await openApp(page, ropa)
  const today = (await api('checks.overview', { organisationId })).today

  for (const lang of LANGUAGES) {
    await page.goto(`${ropa.url.split('#')[0]}#/orgs/${organisationId}/dashboard`)
    await chooseLanguage(page, lang)
    const words = WORDS[lang]
    await expect(page.getByRole('heading', { name: words.dashboard, exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: words.activities })).toBeVisible()
    // The dashboard's date and its findings are in the language too.
    await expect(page.getByText(formatDay(today, lang)).first()).toBeVisible()
    await expect(page.getByRole('heading', { name: words.findings, exact: true }).first()).toBeVisible()
    await screenshot(page, 'ui-languages', `${lang}-dashboard`)

    await page.getByRole('link', { name: words.activities }).click()
    await expect(page.getByRole('heading', { name: words.activities, exact: true })).toBeVisible()
    await screenshot(page, 'ui-languages', `${lang}-activities`)

    await page.goto(`${ropa.url.split('#')[0]}#/orgs/${organisationId}/activities/${idOf('PA-02')}`)
    await expect(page.getByRole('button', { name: words.save, exact: true })).toBeVisible()
    await screenshot(page, 'ui-languages', `${lang}-editor`)

    await page.goto(`${ropa.url.split('#')[0]}#/orgs/${organisationId}/history`)
    await expect(page.locator('[data-change-id]').first()).toBeVisible()
    await screenshot(page, 'ui-languages', `${lang}-history`)
  }

  // The choice survives a restart of the page.
  await chooseLanguage(page, 'fi')
  await page.reload()
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Organisaatiot' })).toBeVisible()
})
