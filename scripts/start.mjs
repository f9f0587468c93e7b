// `npm start`: the desktop app when Electron's binary is available, browser mode when it is not.
// Arguments after `--` (e.g. `npm start -- --db FILE`) go to either.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { ROOT, ensureElectronNativeBinding, findElectronBinary } from './electron-env.mjs'

const args = process.argv.slice(2)

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
}

function browserMode(reason) {
  console.log(`${reason} Starting browser mode instead.`)
  run(process.execPath, [path.join(ROOT, 'bin', 'ropa.mjs'), 'serve', ...args])
}

const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
  cwd: ROOT,
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(build.status ?? 1)

const binary = process.env.ROPA_BROWSER_MODE ? null : findElectronBinary({ quiet: true })
if (!binary) {
  browserMode('Electron is not available on this machine (its binary could not be downloaded).')
} else if (!ensureElectronNativeBinding()) {
  browserMode('The database module could not be built for Electron.')
} else {
  run(binary, [path.join(ROOT, 'dist', 'electron', 'main.mjs'), ...args])
}
