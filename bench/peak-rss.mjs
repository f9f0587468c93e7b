// Runs a Node script in this very process and, when the process exits, reports its peak resident memory (the
// operating system's maximum resident set size of the process) and its run time as one line on stderr:
//   node bench/peak-rss.mjs bin/ropa.mjs export --org … --format xlsx --out … --db …
// Plain JavaScript, so nothing but the measured program is loaded (no TypeScript loader).
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [script, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], path.resolve(script), ...args]
const start = performance.now()
process.on('exit', () => {
  const report = { peakRssMb: process.resourceUsage().maxRSS / 1024, ms: performance.now() - start }
  process.stderr.write(`\npeak-rss ${JSON.stringify(report)}\n`)
})
await import(pathToFileURL(path.resolve(script)).href)
