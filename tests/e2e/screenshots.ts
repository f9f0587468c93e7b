/** Where e2e tests keep screenshots of screens for a person to look at (test-results/ is not committed). */
import path from 'node:path'
import type { Page } from '@playwright/test'

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots')

/** A full-page screenshot at test-results/screenshots/<group>/<name>.png; returns its path. */
export async function screenshot(page: Page, group: string, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, group, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** What the window shows (an open menu or picker where it is, not the whole page): test-results/screenshots/<group>/<name>.png. */
export async function viewportShot(page: Page, group: string, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, group, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}
