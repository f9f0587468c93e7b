// End-to-end tests drive Debian's Chromium. If it is missing, install it (Debian/Ubuntu) and say so.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean)
if (candidates.some((p) => fs.existsSync(p))) process.exit(0)

console.log(
  'Chromium is needed for the end-to-end tests and is not installed; installing Debian’s chromium package…',
)
const asRoot = process.getuid?.() === 0
const prefix = asRoot ? [] : ['sudo']
const apt = (...args) =>
  spawnSync(prefix.length ? 'sudo' : 'apt-get', [...(prefix.length ? ['apt-get'] : []), ...args], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
if (apt('update').status !== 0 || apt('install', '-y', 'chromium').status !== 0) {
  console.error(
    'Could not install Chromium. Install it yourself (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.',
  )
  process.exit(1)
}
