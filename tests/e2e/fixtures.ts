/**
 * One `ropa serve` per test on a fresh temporary workspace, and a page signed in with its token.
 * Tests wait for the app's readiness marker, never for fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

const ROOT = path.resolve(import.meta.dirname, '../..')

export interface RopaServer {
  url: string
  origin: string
  token: string
  dbPath: string
  process: ChildProcess
}

export async function startRopa(dbPath: string): Promise<RopaServer> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'ropa.mjs'), 'serve', '--db', dbPath, '--no-open'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ropa serve did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /browser mode: (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()))
    child.on('exit', (code) => reject(new Error(`ropa serve exited with ${code}:\n${output}`)))
  })
  const parsed = new URL(url)
  return { url, origin: parsed.origin, token: parsed.hash.replace('#token=', ''), dbPath, process: child }
}

export async function stopRopa(server: RopaServer) {
  if (server.process.exitCode !== null) return
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve())
    server.process.kill('SIGTERM')
  })
}

export async function openApp(page: Page, server: RopaServer) {
  await page.goto(server.url)
  await expect(page.locator('[data-app-state="loaded"]')).toBeVisible()
}

export const test = base.extend<{ workDir: string; ropa: RopaServer }>({
  // eslint-disable-next-line no-empty-pattern
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-e2e-'))
    await use(dir)
    fs.rmSync(dir, { recursive: true, force: true })
  },
  ropa: async ({ workDir }, use) => {
    const server = await startRopa(path.join(workDir, 'workspace.sqlite'))
    await use(server)
    await stopRopa(server)
  },
})

export { expect }
