import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from '../../electron/main/web-preferences'
import { CSP_HEADER, CSP_META } from '../../shared/security'

describe('desktop hardening (checked without Electron; the Electron smoke test checks the live window)', () => {
  it('the window keeps every hardening setting', () => {
    expect(secureWebPreferences('/x/preload.cjs')).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
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
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../electron/preload/index.ts'), 'utf8')
    expect(source.match(/exposeInMainWorld/g)).toHaveLength(1)
    expect(source).toMatch(/exposeInMainWorld\('ropa', \{\s*invoke:/)
    expect(source.match(/ipcRenderer\.\w+/g)).toEqual(['ipcRenderer.invoke'])
  })
})
