// `npm run dist`: build, then package with electron-builder, which rebuilds better-sqlite3 for Electron
// inside node_modules; afterwards it is rebuilt for Node again so tests, CLI and browser mode keep working.
import { spawnSync } from 'node:child_process'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' })
let status = run('node', ['scripts/build.mjs']).status
if (status === 0) {
  status = run('npx', [
    'electron-builder',
    '--config',
    'electron-builder.yml',
    ...process.argv.slice(2),
  ]).status
  run('npm', ['rebuild', 'better-sqlite3'])
}
process.exit(status ?? 1)
