// Finding Electron's binary and a better-sqlite3 build for it, shared by `npm start` and the Electron tests.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** Electron fetches its binary on first use; offline that fails and this returns null. */
export function findElectronBinary({ quiet = false } = {}) {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
  })
  const binary = probe.status === 0 ? probe.stdout.trim() : ''
  return binary && fs.existsSync(binary) ? binary : null
}

/**
 * better-sqlite3 in node_modules stays built for Node (tests, CLI, browser mode); the desktop app in
 * development loads its own copy built for Electron from build/electron-native/. Returns its path or null.
 */
export function ensureElectronNativeBinding({ quiet = false } = {}) {
  const dir = path.join(ROOT, 'build', 'electron-native')
  const out = path.join(dir, 'better_sqlite3.node')
  const stamp = path.join(dir, 'electron-version.txt')
  const electronVersion = require('electron/package.json').version
  if (fs.existsSync(out) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion)
    return out
  if (!quiet) console.log(`Building the database module for Electron ${electronVersion} (once)…`)
  const work = path.join(dir, 'better-sqlite3')
  fs.rmSync(work, { recursive: true, force: true })
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true })
  const gyp = spawnSync(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: quiet ? 'ignore' : 'inherit' },
  )
  if (gyp.status !== 0) return null
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), out)
  fs.writeFileSync(stamp, electronVersion)
  return out
}
