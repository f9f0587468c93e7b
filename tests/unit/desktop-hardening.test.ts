import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { denyEverything } from '../../electron/main/session-policy'
import { secureWebPreferences } from '../../electron/main/web-preferences'
import { CSP_HEADER, CSP_META } from '../../shared/security'

describe('desktop hardening (checked without Electron; the Electron smoke test checks the live window)', () => {
  it('the window keeps every hardening setting', () => {
    expect(secureWebPreferences('/x/preload.cjs', { packaged: true })).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    })
  })

  it('an installed build has no DevTools; a development build keeps them', () => {
    expect(secureWebPreferences('/x/preload.cjs', { packaged: true }).devTools).toBe(false)
    expect(secureWebPreferences('/x/preload.cjs', { packaged: false }).devTools).toBe(true)
  })

  it('every session refuses every permission, device, pairing and screen capture', () => {
    const answers: Record<string, unknown> = {}
    const handlers: Record<string, (...args: unknown[]) => unknown> = {}
    const recording = new Proxy(
      {},
      { get: (_t, name: string) => (handler: (...args: unknown[]) => unknown) => (handlers[name] = handler) },
    )
    denyEverything(recording as Parameters<typeof denyEverything>[0])
    expect(Object.keys(handlers).sort()).toEqual([
      'setBluetoothPairingHandler',
      'setDevicePermissionHandler',
      'setDisplayMediaRequestHandler',
      'setPermissionCheckHandler',
      'setPermissionRequestHandler',
    ])
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'openExternal',
      'fullscreen',
    ]) {
      handlers.setPermissionRequestHandler(
        null,
        permission,
        (granted: boolean) => (answers[permission] = granted),
        {},
      )
      expect(answers[permission], permission).toBe(false)
      expect(handlers.setPermissionCheckHandler(null, permission, 'app://ropa', {}), permission).toBe(false)
    }
    for (const deviceType of ['hid', 'serial', 'usb'])
      expect(handlers.setDevicePermissionHandler({ deviceType, origin: 'app://ropa' }), deviceType).toBe(
        false,
      )
    handlers.setDisplayMediaRequestHandler(
      { videoRequested: true, audioRequested: true },
      (streams: unknown) => (answers.displayMedia = streams),
    )
    expect(answers.displayMedia).toBeNull()
    handlers.setBluetoothPairingHandler(
      { pairingKind: 'confirm' },
      (response: unknown) => (answers.pairing = response),
    )
    expect(answers.pairing).toEqual({ confirmed: false })
  })

  it('the main process denies permissions in the default session and in every session made later, and stops frame navigation', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/main/window.ts'), 'utf8')
    expect(source).toContain('denyEverything(session.defaultSession)')
    expect(source).toContain("app.on('session-created', denyEverything)")
    expect(source).toMatch(
      /on\('will-frame-navigate', \(event\) => \{\s*if \(!mayFrameNavigate\(event\)\) event\.preventDefault\(\)/,
    )
    expect(source).toMatch(/if \(isExternalWebUrl\(url\)\) void shell\.openExternal\(url\)/)
    // openExternal is called in one place only, behind the allow-list.
    const main = fs
      .readdirSync(path.resolve(import.meta.dirname, '../../electron/main'))
      .map((f) => fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/main', f), 'utf8'))
    expect(main.join('\n').match(/openExternal\(/g)).toHaveLength(1)
  })

  it('the CSP allows scripts only from the app and nothing remote', () => {
    for (const csp of [CSP_META, CSP_HEADER]) {
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*|http)/)
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("connect-src 'self'")
    }
    expect(CSP_HEADER).toContain("frame-ancestors 'none'")
  })

  it('the preload exposes exactly one function over exactly one channel', () => {
    const source = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../electron/preload/index.ts'),
      'utf8',
    )
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1)
    expect(source).toMatch(/exposeInMainWorld\('ropa', \{\s*invoke:/)
    expect(source.match(/ipcRenderer\.\w+/g)).toEqual(['ipcRenderer.invoke'])
  })

  it('the packaged binary has its fuses set: no run as Node, no NODE_OPTIONS or --inspect, code only from a checked app.asar', () => {
    const config = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8')
    const block = /^electronFuses:\n((?: {2}\w+: \w+\n?)+)/m.exec(config)?.[1] ?? ''
    const fuses = Object.fromEntries([...block.matchAll(/^ {2}(\w+): (\w+)$/gm)].map((m) => [m[1], m[2]]))
    expect(fuses).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      onlyLoadAppFromAsar: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
    })
    expect(config).toMatch(/^asar: true$/m)
  })
})
