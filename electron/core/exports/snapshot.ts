/**
 * The register an export was made from, as the export record keeps it: gzip-compressed JSON, written activity
 * by activity. A register of 20,000 activities is 54 MB of JSON; as one string, and again as the copies made to
 * store it, that was a third of a large export's memory, and every export added as much to the workspace.
 * Compressed it is about a twentieth of that. Records made before this are plain JSON text; both read back.
 */
import { once } from 'node:events'
import zlib from 'node:zlib'
import type { RegisterDocument } from '../../../shared/schemas/register'

/** The snapshot as stored: the same JSON as `JSON.stringify(doc)`, gzip-compressed. */
export async function packSnapshot(doc: RegisterDocument): Promise<Buffer> {
  const gzip = zlib.createGzip({ level: zlib.constants.Z_BEST_SPEED })
  const chunks: Buffer[] = []
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = once(gzip, 'end')
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain')
  }
  const { activities, ...rest } = doc
  // The document without its activities ends in "}"; the activities go in before it, one at a time.
  const head = JSON.stringify(rest)
  await write(`${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"activities":[`)
  for (let i = 0; i < activities.length; i++) await write(`${i === 0 ? '' : ','}${JSON.stringify(activities[i])}`)
  gzip.end(']}')
  await ended
  return Buffer.concat(chunks)
}

/** The register of a stored snapshot, compressed or (from older records) plain JSON text. */
export function unpackSnapshot(stored: string | Buffer | Uint8Array): RegisterDocument {
  const text = typeof stored === 'string' ? stored : zlib.gunzipSync(stored).toString('utf8')
  return JSON.parse(text) as RegisterDocument
}
