/**
 * The activities table of one organisation of 20,000 activities, in Debian's Chromium through browser mode
 * (`ropa serve`, the built UI): the time from navigation to the first rows, and to an interactive table (a
 * keystroke in the search box echoed, or, without a search box, a click on a row answered); then frame times
 * while the table scrolls for a few seconds, recorded with requestAnimationFrame in the page.
 *
 * The page is read through stable traits only (the table named like the page's title, its clickable body rows,
 * a search text box, the nearest scrolling container), so the same script measures the table as it is rebuilt.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { line, median, percentile, progress, type BenchResult } from './lib/measure'

export const ROOT = path.resolve(import.meta.dirname, '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const ROWS = 'table tbody tr.clickable-row'
const SCROLL_SECONDS = 4

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let time = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return time
}

/** Build the UI and the `ropa` bundle when either is missing or older than the sources (`ropa serve` needs the UI). */
export async function ensureBuilt(): Promise<void> {
  const outputs = [
    path.join(ROOT, 'dist', 'renderer', 'index.html'),
    path.join(ROOT, 'dist', 'cli', 'ropa.mjs'),
  ]
  const sources = Math.max(
    ...['renderer', 'shared', 'electron', 'migrations'].map((dir) => newest(path.join(ROOT, dir))),
  )
  if (outputs.every((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs >= sources)) return
  progress('  building the UI and the ropa command (npm run build)…')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${code})`))))
  })
}

interface Server {
  url: string
  child: ChildProcess
  /** Milliseconds from starting `ropa serve` to its printed URL. */
  startMs: number
}

async function serve(db: string): Promise<Server> {
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'ropa.mjs'), 'serve', '--db', db, '--no-open'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ropa serve did not start:\n${output}`)), 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /browser mode: (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`ropa serve exited with ${code}:\n${output}`)))
  })
  return { url, child, startMs: performance.now() - started }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

interface Visit {
  rowsMs: number
  interactiveMs: number
  how: 'keystroke' | 'click'
}

/** Navigate to the activities page and time the first rows and the first answered input. */
async function visit(page: Page, origin: string, organisationId: string): Promise<Visit> {
  await page.goto('about:blank')
  const start = performance.now()
  await page.goto(`${origin}/#/orgs/${organisationId}/activities`)
  await page.locator(ROWS).first().waitFor({ state: 'visible', timeout: 120_000 })
  const rowsMs = performance.now() - start
  const search = page.getByRole('textbox', { name: /search/i })
  if ((await search.count()) > 0) {
    await search.first().pressSequentially('P')
    await page.waitForFunction(
      `Array.from(document.querySelectorAll('input')).some((i) => i.value === 'P')`,
      null,
      { timeout: 120_000 },
    )
    const interactiveMs = performance.now() - start
    await search.first().fill('')
    return { rowsMs, interactiveMs, how: 'keystroke' }
  }
  const before = (await page.evaluate('location.hash')) as string
  await page.locator(ROWS).first().click()
  await page.waitForFunction(`location.hash !== ${JSON.stringify(before)}`, null, { timeout: 120_000 })
  const interactiveMs = performance.now() - start
  return { rowsMs, interactiveMs, how: 'click' }
}

/**
 * Scroll the table's scrolling container a little every frame and return the frame times (ms). The page-side
 * code is a string: tsx decorates functions with name helpers that do not exist in the page.
 */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(`(async () => {
    const table = document.querySelector(${JSON.stringify(ROWS)}).closest('table')
    let scroller = table.parentElement
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement
    const target = scroller || document.scrollingElement
    const frames = []
    await new Promise((resolve) => {
      let last = performance.now()
      const end = last + ${SCROLL_SECONDS * 1000}
      const step = (now) => {
        frames.push(now - last)
        last = now
        target.scrollTop += 60
        if (now < end) requestAnimationFrame(step)
        else resolve()
      }
      requestAnimationFrame(step)
    })
    // The first frame measures the wait for the first callback, not a scrolled frame.
    return frames.slice(1)
  })()`)
}

export async function benchBrowser(largeWorkspace: string, runs: number): Promise<BenchResult[]> {
  if (!fs.existsSync(CHROMIUM)) {
    progress(`  skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`)
    return []
  }
  await ensureBuilt()
  const server = await serve(largeWorkspace)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const origin = new URL(server.url).origin
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    // The first visit hands the page its token (kept in session storage), as the printed URL does.
    await page.goto(server.url)
    await page.locator('[data-app-state="loaded"]').waitFor({ timeout: 60_000 })
    const organisationId = (await page.evaluate(`(async () => {
      const response = await fetch('/api/organisations.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + sessionStorage.getItem('ropa.token') }, body: '{}' })
      return (await response.json()).value[0].id
    })()`)) as string
    const visits: Visit[] = []
    const frames: number[] = []
    for (let run = 0; run < runs; run++) {
      const v = await visit(page, origin, organisationId)
      visits.push(v)
      if (v.how === 'click') {
        await page.goBack()
        await page.locator(ROWS).first().waitFor({ state: 'visible', timeout: 120_000 })
      }
      const f = await scrollFrames(page)
      frames.push(...f)
      progress(
        `  visit ${run + 1}: rows after ${v.rowsMs.toFixed(0)} ms, interactive (${v.how}) after ${v.interactiveMs.toFixed(0)} ms; scrolling p95 ${percentile(f, 95).toFixed(1)} ms per frame`,
      )
    }
    const how =
      visits[0].how === 'keystroke' ? 'a keystroke in the search box echoed' : 'a click on a row answered'
    return [
      line('browser: ropa serve start-up, until it prints its URL', server.startMs, 'ms'),
      line(
        'browser: navigation to the first rows of 20,000 activities',
        median(visits.map((v) => v.rowsMs)),
        'ms',
      ),
      line(
        `browser: navigation to an interactive table (${how})`,
        median(visits.map((v) => v.interactiveMs)),
        'ms',
      ),
      line('browser: frame time while scrolling the table, 95th percentile', percentile(frames, 95), 'ms'),
      line('browser: frame time while scrolling the table, median', median(frames), 'ms'),
    ]
  } finally {
    await browser.close()
    await stop(server.child)
  }
}
