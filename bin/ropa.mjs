#!/usr/bin/env node
// The `ropa` command. It runs the bundle `npm run build` makes (dist/cli/ropa.mjs) when that bundle is newer
// than every source file, and otherwise the TypeScript sources directly through tsx: always the code you have,
// quickly when it is built.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = path.join(root, 'dist', 'cli', 'ropa.mjs')

function newestSource() {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs)
    }
  }
  for (const dir of ['electron', 'shared', 'migrations']) walk(path.join(root, dir))
  return newest
}

let runCli
if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newestSource()) {
  ;({ runCli } = await import(pathToFileURL(bundle).href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ runCli } = await import('../electron/cli/main.ts'))
}
process.exitCode = await runCli(process.argv.slice(2))
