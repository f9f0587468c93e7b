// Builds what the hosts run: the renderer (Vite) and the Electron main process and preload (esbuild).
// The CLI and browser mode run the TypeScript sources through tsx and need only the renderer.
import { build as viteBuild } from 'vite'
import { build as esbuild } from 'esbuild'
import fs from 'node:fs'

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
// Runtime packages stay external (native or large), except data that must be bundled: JSON locale files
// need import attributes when loaded by Node directly.
const BUNDLED = ['i18n-iso-countries']
const external = [
  'electron',
  ...Object.keys(pkg.dependencies ?? {}).filter((name) => !BUNDLED.includes(name)),
]

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' })

await esbuild({
  entryPoints: { main: 'electron/main/index.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external,
  logLevel: 'warning',
})

// The preload is CommonJS: a sandboxed preload cannot be an ES module.
await esbuild({
  entryPoints: { preload: 'electron/preload/index.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  logLevel: 'warning',
})

// The CLI as one file, so `ropa` starts quickly (bin/ropa.mjs falls back to the sources when they are newer).
await esbuild({
  entryPoints: { ropa: 'electron/cli/main.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
})

console.log('Built dist/renderer, dist/electron and dist/cli.')
