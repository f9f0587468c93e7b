/**
 * The desktop's "Connect to a team database": the URL is kept without its password, the password only as the
 * keychain encrypted it (never in a plain file), the connection is checked before it is kept, and the app
 * restarts on it. Electron's safeStorage is replaced by a stand-in keychain that really encrypts (AES-GCM), so
 * the test can look for the password in what was written.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitDatabaseUrl } from '../../electron/core/services/team-database'
import { desktopHost, type NativeHost } from '../../electron/main/host'
import { TeamDatabaseSetting, type Keychain } from '../../electron/main/team-database'
import { TEST_ENGINE, createTestDatabase } from '../helpers/engine'
import { openTestWorkspace, tempDir } from '../helpers/workspace'

function standInKeychain(available = true): Keychain {
  const key = randomBytes(32)
  return {
    available: () => available,
    encrypt(text) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), data])
    },
    decrypt(blob) {
      const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12))
      decipher.setAuthTag(blob.subarray(12, 28))
      return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}

describe('the kept team database choice', () => {
  it('keeps the URL without the password, and the password only encrypted by the keychain', () => {
    const file = path.join(tempDir(), 'team-database.json')
    const setting = new TeamDatabaseSetting(file, standInKeychain())
    const { url, password } = splitDatabaseUrl(
      'postgres://anna:pa55-in-url@db.example.fi/ropa?sslmode=verify-full',
      null,
    )
    setting.save(url, password)
    const written = fs.readFileSync(file, 'utf8')
    expect(written).not.toContain('pa55-in-url')
    expect(JSON.parse(written).url).toBe('postgres://anna@db.example.fi/ropa?sslmode=verify-full')
    expect(setting.read()).toEqual({
      url: 'postgres://anna@db.example.fi/ropa?sslmode=verify-full',
      connectUrl: 'postgres://anna:pa55-in-url@db.example.fi/ropa?sslmode=verify-full',
      passwordSaved: true,
    })
    setting.clear()
    expect(setting.read()).toBeNull()
  })

  it('refuses to keep a password without a keychain, and keeps nothing', () => {
    const file = path.join(tempDir(), 'team-database.json')
    const setting = new TeamDatabaseSetting(file, standInKeychain(false))
    expect(() => setting.save('postgres://anna@db.example.fi/ropa', 'secret')).toThrow(
      /no keychain to keep the password safely.*~\/\.pgpass/,
    )
    expect(fs.existsSync(file)).toBe(false)
    setting.save('postgres://anna@db.example.fi/ropa', null)
    expect(setting.read()).toMatchObject({
      passwordSaved: false,
      connectUrl: 'postgres://anna@db.example.fi/ropa',
    })
  })

  it('checks the connection before keeping it: a team database that cannot be reached is told, nothing kept, no restart', async () => {
    const browser = await openTestWorkspace()
    const file = path.join(tempDir(), 'team-database.json')
    let restarts = 0
    const native = {
      showSaveDialog: async () => null,
      showItemInFolder: () => {},
      defaultFolder: () => tempDir(),
      teamDatabase: new TeamDatabaseSetting(file, standInKeychain()),
      restart: () => restarts++,
    } satisfies NativeHost
    const { client } = await openTestWorkspace(undefined, { host: desktopHost(native) })
    const refused = await client.invoke('host.connectTeamDatabase', {
      url: 'postgres://anna@127.0.0.1:1/ropa',
      password: 'secret',
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/refused the connection/) },
    })
    expect(fs.existsSync(file)).toBe(false)
    expect(await client.call('host.teamDatabase', {})).toEqual({
      url: null,
      passwordSaved: false,
      keychain: true,
    })
    // Browser mode has no keychain and no restart: it says how to start on a team database instead.
    expect(
      await browser.client.invoke('host.connectTeamDatabase', {
        url: 'postgres://anna@db/ropa',
        password: null,
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/ropa serve --db postgres:/) } })
    if (TEST_ENGINE !== 'postgres') return
    const url = await createTestDatabase()
    expect(await client.call('host.connectTeamDatabase', { url, password: null })).toEqual({
      restarting: true,
    })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(restarts).toBe(1)
    expect(await client.call('host.teamDatabase', {})).toEqual({ url, passwordSaved: false, keychain: true })
  })
})
