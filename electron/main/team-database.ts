/**
 * The desktop app's "Connect to a team database" choice, kept between starts: the URL without its password in
 * a small file in the user's data folder, and the password only as the OS keychain encrypts it (Electron's
 * safeStorage: the Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux). Without a
 * keychain no password is kept: the connection then takes it from PGPASSWORD or ~/.pgpass. Electron comes in
 * through `Keychain`, so this file runs (and is tested) in plain Node.
 */
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { invalid } from '../core/errors'
import { parseDatabaseUrl } from '../core/db/location'

export interface Keychain {
  available(): boolean
  encrypt(text: string): Buffer
  decrypt(data: Buffer): string
}

const storedSchema = z.object({ url: z.string(), password: z.string().nullable() })

export interface TeamDatabase {
  /** The URL without password. */
  url: string
  /** The URL to connect with, its password from the keychain when one was kept. */
  connectUrl: string
  passwordSaved: boolean
}

export class TeamDatabaseSetting {
  constructor(
    private readonly file: string,
    private readonly keychain: Keychain,
  ) {}

  keychainAvailable(): boolean {
    return this.keychain.available()
  }

  read(): TeamDatabase | null {
    if (!fs.existsSync(this.file)) return null
    const parsed = storedSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')))
    if (!parsed.success) return null
    const url = parseDatabaseUrl(parsed.data.url)
    const passwordSaved = parsed.data.password !== null && this.keychain.available()
    if (passwordSaved)
      url.password = encodeURIComponent(this.keychain.decrypt(Buffer.from(parsed.data.password!, 'base64')))
    return { url: parsed.data.url, connectUrl: url.toString(), passwordSaved }
  }

  /** Keep the choice; the password only through the keychain (refused without one: it would be a plain file). */
  save(url: string, password: string | null): void {
    if (password && !this.keychain.available()) {
      throw invalid(
        'This computer has no keychain to keep the password safely. Leave the password empty and put it in ~/.pgpass (or PGPASSWORD) instead.',
        [{ path: 'password', message: 'cannot be kept without a keychain' }],
      )
    }
    const stored = { url, password: password ? this.keychain.encrypt(password).toString('base64') : null }
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const temp = `${this.file}.partial`
    fs.writeFileSync(temp, JSON.stringify(stored), { mode: 0o600 })
    fs.renameSync(temp, this.file)
  }

  clear(): void {
    fs.rmSync(this.file, { force: true })
  }
}
