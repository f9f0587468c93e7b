/**
 * Counts what a person does: trusted clicks and key presses, as the page receives them. Playwright's `click`,
 * `press` and `pressSequentially` produce trusted events (one keydown per character typed); `fill` does not, so
 * a test that counts types with `pressSequentially`. Clicks a label passes on to its input are not trusted and
 * are not counted twice. (The scripts are strings: the tests are compiled without the DOM's types.)
 */
import type { Page } from '@playwright/test'

export interface InputCounts {
  clicks: number
  keystrokes: number
}

const COUNTER = `
  window.__ropaInputs = { clicks: 0, keystrokes: 0 };
  window.addEventListener('click', (e) => { if (e.isTrusted) window.__ropaInputs.clicks++ }, true);
  window.addEventListener('keydown', (e) => { if (e.isTrusted && !e.repeat) window.__ropaInputs.keystrokes++ }, true);
`

/** Installs the counter on every document the page opens (before the app's own scripts). */
export async function countInputs(page: Page) {
  await page.addInitScript({ content: COUNTER })
}

export async function inputCounts(page: Page): Promise<InputCounts> {
  return page.evaluate<InputCounts>('({ ...window.__ropaInputs })')
}

/** Starts counting from zero (after setting the scene). */
export async function resetInputCounts(page: Page) {
  await page.evaluate('window.__ropaInputs.clicks = 0; window.__ropaInputs.keystrokes = 0')
}
