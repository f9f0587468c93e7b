#!/usr/bin/env node
// The `ropa` command runs the TypeScript sources directly through tsx, so it is always the code you have.
import { register } from 'tsx/esm/api'

register()
const { runCli } = await import('../electron/cli/main.ts')
const code = await runCli(process.argv.slice(2))
process.exitCode = code
