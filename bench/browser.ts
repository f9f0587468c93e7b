/**
 * ROPA in Debian's Chromium through browser mode (`ropa serve`, the built UI):
 * - app start: a new `ropa serve` and a new browser profile, straight to the activities table of one
 *   organisation of 400 activities (of the consultant's 50) and of the one of 20,000: to the first rows and to an
 *   interactive table (a keystroke in the search box echoed, or, without a search box, a click on a row answered);
 * - the table of 20,000 again with the app open, and frame times while it scrolls (requestAnimationFrame);
 * - the editor of one activity of a 400-activity organisation: keystroke to the findings checked on it (the
 *   editor's `ropa:findings-current` mark) and Ctrl+S to the saved notification, against a plain input and the
 *   bare `activities.update` request in the same page.
 *
 * The page is read through stable traits only (the table named like the page's title, its clickable body rows,
 * a search text box, the nearest scrolling container), so the same script measures the table as it is rebuilt.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core'
import { en } from '../shared/i18n'
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
const VIEWPORT = { width: 1440, height: 900 }
/** Keystrokes typed in the editor (half letters, half Backspace), with a save after every tenth. */
const KEYSTROKES = 100

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
  origin: string
  /** The per-launch token of the printed URL. */
  token: string
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
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: decodeURIComponent(parsed.hash.replace('#token=', '')),
    child,
    startMs: performance.now() - started,
  }
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

/** Navigate to an activities page and time the first rows and the first answered input. */
async function visit(page: Page, url: string): Promise<Visit> {
  const start = performance.now()
  await page.goto(url)
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

/** CPU milliseconds a process has used so far (Linux /proc), or null where that cannot be read. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime (fields 14 and 15 of the line), in clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

/** Milliseconds the page's main thread has spent on tasks (script, style, layout, paint) since it opened. */
async function rendererCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000
}

/**
 * A new browser profile (empty cache, nothing compiled yet) that already holds the server's token, as the
 * printed URL hands it over, so the first request the app makes is the page measured.
 */
async function signedIn(browser: Browser, server: Server) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(
    `try { sessionStorage.setItem('ropa.token', ${JSON.stringify(server.token)}) } catch {}`,
  )
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  return { context, page, cdp }
}

interface Start extends Visit {
  serverMs: number
  /** CPU of `ropa serve` from its start to the interactive table, and of the page's main thread. */
  serverCpuMs: number | null
  pageCpuMs: number
}

/** Start `ropa serve` on `workspace` and open the activities of `organisationId` in a fresh profile. */
async function appStart(browser: Browser, workspace: string, organisationId: string): Promise<Start> {
  const server = await serve(workspace)
  const { context, page, cdp } = await signedIn(browser, server)
  try {
    const v = await visit(page, `${server.origin}/#/orgs/${organisationId}/activities`)
    return {
      ...v,
      serverMs: server.startMs,
      serverCpuMs: processCpuMs(server.child.pid),
      pageCpuMs: await rendererCpuMs(cdp),
    }
  } finally {
    await context.close()
    await stop(server.child)
  }
}

/** The first organisation of a workspace by name and two of its activities, read from the file itself. */
function firstOrganisation(workspace: string): { id: string; activityIds: string[] } {
  const db = new Database(workspace, { readonly: true, fileMustExist: true })
  try {
    const { id } = db.prepare('SELECT id FROM organisations ORDER BY name LIMIT 1').get() as { id: string }
    const activityIds = (
      db
        .prepare('SELECT id FROM activities WHERE organisation_id = ? ORDER BY reference LIMIT 2')
        .all(id) as { id: string }[]
    ).map((a) => a.id)
    return { id, activityIds }
  } finally {
    db.close()
  }
}

/**
 * Page-side helpers, installed once: `__ropaArm(kind)` starts timing at the next keydown and resolves at the
 * first mark named `ropa:findings-current` after it (the editor's findings checked on what the form shows),
 * or at the first notification saying the activity was saved. A string, like scrollFrames.
 */
const TIMERS = `(() => {
  window.__ropaArm = (kind, savedText) => {
    let down = null
    window.addEventListener('keydown', (e) => { down = e.timeStamp }, { capture: true, once: true })
    window.__ropaPending = new Promise((resolve) => {
      const timeout = setTimeout(() => resolve(NaN), 20000)
      const done = (at) => { clearTimeout(timeout); resolve(at - down) }
      if (kind === 'findings') {
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (down !== null && entry.name === 'ropa:findings-current' && entry.startTime >= down) {
              observer.disconnect()
              return done(entry.startTime)
            }
        })
        observer.observe({ type: 'mark' })
      } else {
        const observer = new MutationObserver((records) => {
          if (down === null) return
          for (const record of records)
            for (const node of record.addedNodes)
              if (node.textContent && node.textContent.includes(savedText)) {
                observer.disconnect()
                return done(performance.now())
              }
        })
        observer.observe(document.body, { childList: true, subtree: true })
      }
    })
  }
  // The baseline: a plain input outside React, whose input event marks the same name.
  window.__ropaRawInput = () => {
    const input = document.createElement('input')
    input.id = 'ropa-raw-input'
    input.style.cssText = 'position:fixed;bottom:0;left:0;z-index:9999'
    input.addEventListener('input', () => performance.mark('ropa:findings-current'))
    document.body.appendChild(input)
  }
})()`

/** Press `key` and return the milliseconds from its keydown to what `kind` waits for. */
async function timedKey(page: Page, key: string, kind: 'findings' | 'saved'): Promise<number> {
  await page.evaluate(`window.__ropaArm(${JSON.stringify(kind)}, ${JSON.stringify(en.activities.saved)})`)
  await page.keyboard.press(key)
  return (await page.evaluate('window.__ropaPending')) as number
}

/** Letters typed, then taken back with Backspace, so the saved name ends as it began. */
function typingScript(keystrokes: number): string[] {
  const half = Math.floor(keystrokes / 2)
  return [...Array.from({ length: half }, (_, i) => 'abcdefghij'[i % 10]), ...Array(half).fill('Backspace')]
}

interface Editing {
  keys: number[]
  rawKeys: number[]
  saves: number[]
  rawSaves: number[]
}

/**
 * In the editor of one activity of a 400-activity organisation: `keystrokes` keystrokes at the end of the
 * name, each timed to its findings, a save (Ctrl+S to the notification) after every tenth; against a plain
 * input's keystroke to its input event and the same save as one `activities.update` by fetch (of another
 * activity, so the editor's next save is not refused as overtaken), in the same page.
 */
async function editing(page: Page, origin: string, organisationId: string, activityIds: string[]) {
  const result: Editing = { keys: [], rawKeys: [], saves: [], rawSaves: [] }
  await page.goto(`${origin}/#/orgs/${organisationId}/activities/${activityIds[0]}`)
  const name = page.locator('input[data-path="name"]')
  await name.waitFor({ state: 'visible', timeout: 60_000 })
  await page.evaluate(TIMERS)
  await page.evaluate('window.__ropaRawInput()')
  const other = (await page.evaluate(`(async () => {
    const call = async (method, input) => (await (await fetch('/api/' + method, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + sessionStorage.getItem('ropa.token') }, body: JSON.stringify(input) })).json()).value
    const { id, organisationId, createdAt, updatedAt, ...activity } = await call('activities.get', { id: ${JSON.stringify(activityIds[1])} })
    window.__ropaOther = { id, activity, updatedAt, call }
    return id
  })()`)) as string
  if (!other) throw new Error('the second activity could not be read')
  const script = typingScript(KEYSTROKES)
  for (let i = 0; i < script.length; i++) {
    await name.focus()
    await page.keyboard.press('End')
    result.keys.push(await timedKey(page, script[i], 'findings'))
    await page.locator('#ropa-raw-input').focus()
    result.rawKeys.push(await timedKey(page, script[i], 'findings'))
    if (i % 10 === 9) {
      await name.focus()
      result.saves.push(await timedKey(page, 'Control+s', 'saved'))
      result.rawSaves.push(
        (await page.evaluate(`(async () => {
          const other = window.__ropaOther
          const start = performance.now()
          const saved = await other.call('activities.update', { id: other.id, activity: other.activity, expectedUpdatedAt: other.updatedAt })
          other.updatedAt = saved.updatedAt
          return performance.now() - start
        })()`)) as number,
      )
    }
  }
  return result
}

export async function benchBrowser(
  consultantWorkspace: string,
  largeWorkspace: string,
  runs: number,
): Promise<BenchResult[]> {
  if (!fs.existsSync(CHROMIUM)) {
    progress(`  skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`)
    return []
  }
  await ensureBuilt()
  const results: BenchResult[] = []
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const consultant = firstOrganisation(consultantWorkspace)
    const large = firstOrganisation(largeWorkspace)
    // App start: a new `ropa serve` and a new profile each time, straight to the activities table.
    for (const [label, workspace, organisation] of [
      ['one organisation of 400 activities (of 50)', consultantWorkspace, consultant],
      ['20,000 activities', largeWorkspace, large],
    ] as const) {
      const starts: Start[] = []
      for (let run = 0; run < runs; run++) {
        const s = await appStart(browser, workspace, organisation.id)
        starts.push(s)
        progress(
          `  app start, ${label}: server ${s.serverMs.toFixed(0)} ms, rows after ${s.rowsMs.toFixed(0)} ms, interactive after ${s.interactiveMs.toFixed(0)} ms (server CPU ${s.serverCpuMs ?? '?'} ms, page CPU ${s.pageCpuMs.toFixed(0)} ms; load ${os.loadavg()[0].toFixed(1)})`,
        )
      }
      const m = (pick: (s: Start) => number) => median(starts.map(pick))
      results.push(
        line(
          `browser: app start (ropa serve, then navigation) to an interactive table, ${label}`,
          m((s) => s.serverMs + s.interactiveMs),
          'ms',
          { target: 1000 },
        ),
        line(
          `browser: of which navigation to an interactive table (${how(starts[0])}), ${label}`,
          m((s) => s.interactiveMs),
          'ms',
        ),
        line(
          `browser: of which navigation to the first rows, ${label}`,
          m((s) => s.rowsMs),
          'ms',
        ),
        line(
          `browser: CPU of ropa serve from its start to the interactive table, ${label}`,
          m((s) => s.serverCpuMs ?? Number.NaN),
          'ms',
        ),
        line(
          `browser: CPU of the page's main thread until the interactive table, ${label}`,
          m((s) => s.pageCpuMs),
          'ms',
        ),
      )
    }

    // The table of 20,000 activities again in the same page (a warm server and cache), and its scrolling.
    const server = await serve(largeWorkspace)
    try {
      const { context, page } = await signedIn(browser, server)
      const visits: Visit[] = []
      const frames: number[] = []
      for (let run = 0; run < runs; run++) {
        await page.goto('about:blank')
        const v = await visit(page, `${server.origin}/#/orgs/${large.id}/activities`)
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
      await context.close()
      results.push(
        line(
          'browser: navigation to the first rows of 20,000 activities, app already open',
          median(visits.map((v) => v.rowsMs)),
          'ms',
        ),
        line(
          `browser: navigation to an interactive table of 20,000 activities (${how(visits[0])}), app already open`,
          median(visits.map((v) => v.interactiveMs)),
          'ms',
        ),
        line('browser: frame time while scrolling the table, 95th percentile', percentile(frames, 95), 'ms'),
        line('browser: frame time while scrolling the table, median', median(frames), 'ms'),
      )
    } finally {
      await stop(server.child)
    }

    // Typing and saving in the editor of one activity of a 400-activity organisation.
    const editorServer = await serve(consultantWorkspace)
    try {
      const { context, page } = await signedIn(browser, editorServer)
      const e = await editing(page, editorServer.origin, consultant.id, consultant.activityIds)
      await context.close()
      progress(
        `  editor: keystroke to findings p95 ${percentile(e.keys, 95).toFixed(1)} ms (median ${median(e.keys).toFixed(1)}), plain input p95 ${percentile(e.rawKeys, 95).toFixed(1)} ms; save p95 ${percentile(e.saves, 95).toFixed(0)} ms, its request alone ${percentile(e.rawSaves, 95).toFixed(0)} ms (load ${os.loadavg()[0].toFixed(1)})`,
      )
      results.push(
        line(
          `browser: editor of 1 of 400 activities, keystroke to updated findings, 95th percentile of ${e.keys.length}`,
          percentile(e.keys, 95),
          'ms',
          { target: 50 },
        ),
        line(
          'browser: editor, keystroke to updated findings, median (baseline: a plain input, keystroke to its input event)',
          median(e.keys),
          'ms',
          { baseline: median(e.rawKeys) },
        ),
        line(
          `browser: editor, save (Ctrl+S to the saved notification), 95th percentile of ${e.saves.length}`,
          percentile(e.saves, 95),
          'ms',
          { target: 100 },
        ),
        line(
          'browser: editor, save, median (baseline: the same activities.update by fetch alone)',
          median(e.saves),
          'ms',
          { baseline: median(e.rawSaves) },
        ),
      )
    } finally {
      await stop(editorServer.child)
    }
  } finally {
    await browser.close()
  }
  return results
}

const how = (v: Visit) =>
  v.how === 'keystroke' ? 'a keystroke in the search box echoed' : 'a click on a row answered'
