/**
 * Reading PDFs with poppler-utils as a reader's tools do: the text (`pdftotext`), every word with its box
 * (`pdftotext -bbox`, to check text size and overlaps) and page images (`pdftoppm`) to look at.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const HINT = 'install poppler-utils (Debian: apt-get install poppler-utils)'

function poppler(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 })
  if (result.error) throw new Error(`Could not run ${command}: ${result.error.message}; ${HINT}`)
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`)
  return result.stdout
}

/** The text of a PDF, one string per page (pages end with a form feed in pdftotext's output). */
export function pdftotextPages(file: string, options: { layout?: boolean } = {}): string[] {
  const text = poppler('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'])
  const pages = text.split('\f')
  if (pages[pages.length - 1].trim() === '') pages.pop()
  return pages
}

export interface PdfWord {
  /** 1-based page number. */
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** Every word of a PDF with its box in points (origin top left), from `pdftotext -bbox`. */
export function pdfWords(file: string): PdfWord[] {
  const html = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
  const words: PdfWord[] = []
  let page = 0
  const pattern =
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
  for (const match of html.matchAll(pattern)) {
    if (match[0] === '<page ') {
      page++
      continue
    }
    words.push({
      page,
      text: unescape(match[5]),
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    })
  }
  return words
}

/** Render the pages as PNG images (`prefix-1.png`, …) to look at; returns their paths. */
export function pdfToPngs(
  file: string,
  prefix: string,
  options: { dpi?: number; first?: number; last?: number } = {},
): string[] {
  fs.mkdirSync(path.dirname(prefix), { recursive: true })
  poppler('pdftoppm', [
    '-png',
    '-r',
    String(options.dpi ?? 60),
    ...(options.first ? ['-f', String(options.first)] : []),
    ...(options.last ? ['-l', String(options.last)] : []),
    file,
    prefix,
  ])
  const base = path.basename(prefix)
  return fs
    .readdirSync(path.dirname(prefix))
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))
    .map((name) => path.join(path.dirname(prefix), name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/** Each page's width and height in points, rounded, from `pdfinfo`. */
export function pdfPageSizes(file: string): [number, number][] {
  const info = poppler('pdfinfo', ['-f', '1', '-l', '100000', file])
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ])
}
