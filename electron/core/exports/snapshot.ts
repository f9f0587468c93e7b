/**
 * The register an export was made from, as the export record keeps it: gzip-compressed JSON, written activity
 * by activity. A register of 20,000 activities is 54 MB of JSON; as one string, and again as the copies made to
 * store it, that was a third of a large export's memory, and every export added as much to the workspace.
 * Compressed it is about a twentieth of that. Records made before this are plain JSON text; both read back.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'
import zlib from 'node:zlib'
import type { RegisterDocument } from '../../../shared/schemas/register'

/** The JSON is compressed in pieces of about this size (each a gzip member; gunzip reads them as one). */
const PIECE = 1024 * 1024

/**
 * The snapshot as stored: the same JSON as `JSON.stringify(doc)`, gzip-compressed. Each piece is compressed
 * at once (no round trips to the thread pool, which cost more than the work for a small register), with a
 * turn of the event loop between pieces so a large one does not stall other requests.
 */
export async function packSnapshot(doc: RegisterDocument): Promise<Buffer> {
  const members: Buffer[] = []
  let piece = ''
  const flush = async () => {
    members.push(zlib.gzipSync(piece, { level: zlib.constants.Z_BEST_SPEED }))
    piece = ''
    await nextTurn()
  }
  const { activities, ...rest } = doc
  // The document without its activities ends in "}"; the activities go in before it, one at a time.
  const head = JSON.stringify(rest)
  piece = `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"activities":[`
  for (let i = 0; i < activities.length; i++) {
    piece += `${i === 0 ? '' : ','}${JSON.stringify(activities[i])}`
    if (piece.length >= PIECE) await flush()
  }
  piece += ']}'
  members.push(zlib.gzipSync(piece, { level: zlib.constants.Z_BEST_SPEED }))
  return Buffer.concat(members)
}

/** The register of a stored snapshot, compressed or (from older records) plain JSON text. */
export function unpackSnapshot(stored: string | Buffer | Uint8Array): RegisterDocument {
  const text = typeof stored === 'string' ? stored : zlib.gunzipSync(stored).toString('utf8')
  return JSON.parse(text) as RegisterDocument
}
