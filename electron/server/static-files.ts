/**
 * Serves the built renderer, and nothing outside its folder: the request path is decoded once,
 * normalised, and refused unless it stays inside the root.
 */
import fs from 'node:fs'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** The file a URL path names inside `root`, or null when it would leave `root` or is malformed. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const resolved = path.resolve(root, relative)
  const rootWithSep = path.resolve(root) + path.sep
  if (!resolved.startsWith(rootWithSep)) return null
  return resolved
}

export function readStatic(root: string, urlPath: string): { body: Buffer; type: string } | null {
  const file = resolveStaticPath(root, urlPath)
  if (!file) return null
  try {
    const stat = fs.statSync(file)
    if (!stat.isFile()) return null
    return { body: fs.readFileSync(file), type: contentType(file) }
  } catch {
    return null
  }
}
