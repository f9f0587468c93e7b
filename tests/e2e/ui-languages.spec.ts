/**
 * The interface in six languages: it starts in the system's language, the header switches it and the choice
 * survives a restart, and every screen (texts, findings, dates) follows. Screenshots of each screen in each
 * language go to test-results/screenshots/ui-languages/, and of every screen issue 21 changed to
 * test-results/screenshots/issue-21/ (`-g "issue 21"` writes those alone), for a person to look at.
 */
import type { Page } from '@playwright/test'
import { formatDay } from '../../shared/i18n/dates'
import { LANGUAGES, type Language } from '../../shared/schemas/codes'
import { apiOf } from './api'
import { seedRichWorkspace } from './checks-helpers'
import { expect, openApp, test } from './fixtures'
import { screenshot, viewportShot } from './screenshots'

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

/**
 * Every screen issue 21 changed, in each language, for a person to look at (test-results/screenshots/issue-21/):
 * one run writes them all. The words checked are few; the pictures are the point.
 */
test('screenshots of the screens changed for issue 21, in each language', async ({ page, request, ropa }) => {
  test.setTimeout(900_000)
  const api = apiOf(request, ropa)
  const { organisationId, idOf } = await seedRichWorkspace(api)
  const empty = await api('organisations.create', { name: 'Harbour Café Oy' })
  const [contact] = (await api('dataCategories.list', { organisationId })).filter(
    (d) => d.name === 'Contact details',
  )
  await api('backups.create', {})
  await openApp(page, ropa)
  const base = ropa.url.split('#')[0]
  const go = async (hash: string) => {
    await page.goto(`${base}#${hash}`)
    await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
  }
  const shot = (lang: Language, name: string, fullPage = true) =>
    fullPage
      ? screenshot(page, 'issue-21', `${lang}-${name}`)
      : viewportShot(page, 'issue-21', `${lang}-${name}`)

  for (const lang of LANGUAGES) {
    await go(`/orgs/${organisationId}/dashboard`)
    await chooseLanguage(page, lang)
    const words = WORDS[lang]
    await expect(page.getByRole('heading', { name: words.dashboard, exact: true })).toBeVisible()
    await shot(lang, '01-dashboard')

    // The language picker open (the interface language is chosen in the header).
    await page.getByTestId('ui-language').click()
    await expect(page.getByRole('option', { name: LANGUAGE_NAMES.fi, exact: true })).toBeVisible()
    await shot(lang, '02-language-picker', false)
    await page.keyboard.press('Escape')

    // The activities table with every activity ticked: the bulk actions bar.
    await go(`/orgs/${organisationId}/activities`)
    await expect(page.getByRole('heading', { name: words.activities, exact: true })).toBeVisible()
    await page.locator('thead input[type="checkbox"]').check()
    await shot(lang, '03-activities-bulk')

    // The editor: its sections with their completeness marks, then the transfers section open.
    await go(`/orgs/${organisationId}/activities/${idOf('PA-02')}`)
    await expect(page.getByRole('button', { name: words.save, exact: true })).toBeVisible()
    await shot(lang, '04-editor-sections', false)
    await go(`/orgs/${organisationId}/activities/${idOf('PA-02')}?field=transfers.0.mechanism`)
    await expect(page.locator('[data-path="transfers.0.mechanism"]').first()).toBeVisible()
    await page.locator('[data-section="transfers"]').scrollIntoViewIfNeeded()
    await shot(lang, '05-editor-transfers', false)

    // The country picker searching "USA".
    const country = page.locator('input[data-path="transfers.0.country"]')
    await country.scrollIntoViewIfNeeded()
    await country.click()
    await country.fill('USA')
    await expect(page.getByRole('option').first()).toBeVisible()
    await shot(lang, '06-country-picker', false)
    await page.keyboard.press('Escape')

    // A data category's form (its retention default), from the catalogue.
    await go(`/orgs/${organisationId}/catalogues/dataCategories?entry=${contact.id}`)
    await expect(page.getByRole('dialog')).toBeVisible()
    await shot(lang, '07-data-category', false)

    await go('/')
    await expect(page.getByTestId('organisation-switcher')).not.toHaveValue('')
    await shot(lang, '08-organisations')
    await go('/portfolio')
    await shot(lang, '09-portfolio')
    await go('/backups')
    await expect(page.getByTestId('backup-folder')).toBeVisible()
    await shot(lang, '10-backups')

    // A new organisation: its first steps.
    await go(`/orgs/${empty.id}/dashboard`)
    await expect(page.getByTestId('first-steps')).toBeVisible()
    await shot(lang, '11-first-steps')

    await go(`/orgs/${organisationId}/history`)
    await expect(page.locator('[data-change-id]').first()).toBeVisible()
    await shot(lang, '12-history')
  }
})
