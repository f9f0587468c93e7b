import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
// @ts-expect-error plain JavaScript helper shared with `npm start`
import { ROOT, ensureElectronNativeBinding, findElectronBinary } from '../../scripts/electron-env.mjs'

const binary: string | null = findElectronBinary({ quiet: true })
const binding: string | null = binary ? ensureElectronNativeBinding({ quiet: true }) : null
const reason = !binary
  ? 'skipped: no Electron binary'
  : !binding
    ? 'skipped: better-sqlite3 could not be built for Electron'
    : ''
if (reason) console.log(`Electron smoke tests ${reason}.`)

test.describe('desktop app', () => {
  test.skip(Boolean(reason), reason)

  let app: ElectronApplication
  let dir: string

  test.beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-electron-'))
    app = await electron.launch({
      executablePath: binary!,
      args: [path.join(ROOT, 'dist', 'electron', 'main.mjs'), '--db', path.join(dir, 'ws.sqlite')],
      env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: 'false' },
    })
  })

  test.afterAll(async () => {
    await app?.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('the window opens on the app and the UI is ready', async () => {
    const page = await app.firstWindow()
    await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/ropa\//)
    await expect(page).toHaveTitle(/ROPA/)
  })

  test('the window is hardened', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      (BrowserWindow.getAllWindows()[0].webContents as any).getLastWebPreferences(),
    )
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
    const page = await app.firstWindow()
    expect(await page.evaluate(() => Object.keys((globalThis as any).ropa))).toEqual(['invoke'])
    expect(await page.evaluate(() => typeof (globalThis as any).require)).toBe('undefined')
    expect(await page.evaluate(() => typeof (globalThis as any).process)).toBe('undefined')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(await page.evaluate(() => (globalThis as any).open('https://example.com'))).toBeNull()
    await page.evaluate(() => ((globalThis as any).location.href = 'https://example.com'))
    await page.waitForTimeout(500)
    expect(page.url()).toMatch(/^app:\/\/ropa\//)
  })

  test('permission requests are denied', async () => {
    const page = await app.firstWindow()
    expect(await page.evaluate(() => (globalThis as any).Notification.requestPermission())).toBe('denied')
    const geolocation = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          (globalThis as any).navigator.geolocation.getCurrentPosition(
            () => resolve('granted'),
            (error: { code: number }) => resolve(error.code === 1 ? 'denied' : `error ${error.code}`),
          ),
        ),
    )
    expect(geolocation).toBe('denied')
  })

  test('the one IPC channel works end to end', async () => {
    const page = await app.firstWindow()
    const result = await page.evaluate(() =>
      (globalThis as any).ropa.invoke('organisations.create', { name: 'Desktop Oy' }),
    )
    expect(result).toMatchObject({ ok: true, value: { name: 'Desktop Oy' } })
  })
})
