/**
 * The register an export was made from, as the export record keeps it: gzip-compressed JSON, written piece by
 * piece (register-json.ts). Compressed it is about a twentieth of the JSON, which every export of a large
 * register used to add to the workspace. Records made before this are plain JSON text; both read back.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'
import zlib from 'node:zlib'
import type { RegisterDocument } from '../../../shared/schemas/register'
import { registerJsonPieces } from './register-json'

/** The JSON is compressed in pieces of this many bytes (each a gzip member; gunzip reads them as one). */
const PIECE = 1024 * 1024
/** UTF-8 takes at most three bytes for one UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3

/**
 * The snapshot as stored: the same JSON as `JSON.stringify(doc)`, gzip-compressed. The activities' JSON is
 * written into one buffer, reused for every piece: joining the activities into megabyte strings instead made a
 * new string of that size per piece, which the garbage collector left lying until its next full collection
 * (230 MB of resident memory for 20,000 activities). Each piece is compressed at once (no round trips to the
 * thread pool, which cost more than the work for a small register), with a turn of the event loop between
 * pieces so a large one does not stall other requests.
 */
export async function packSnapshot(doc: RegisterDocument): Promise<Buffer> {
  const members: Buffer[] = []
  const buffer = Buffer.allocUnsafe(PIECE)
  let used = 0
  const compress = async (bytes: Buffer | string) => {
    if (members.length > 0) await nextTurn()
    members.push(zlib.gzipSync(bytes, { level: zlib.constants.Z_BEST_SPEED }))
  }
  const flush = async () => {
    if (used > 0) await compress(buffer.subarray(0, used))
    used = 0
  }
  for (const piece of registerJsonPieces(doc)) {
    const most = piece.length * MAX_BYTES_PER_UNIT
    if (used + most > PIECE) await flush()
    // A piece larger than the buffer (a document head with thousands of parties) is a member of its own.
    if (most > PIECE) await compress(piece)
    else used += buffer.write(piece, used)
  }
  await flush()
  return Buffer.concat(members)
}

const packed = new WeakMap<RegisterDocument, Promise<Buffer>>()

/**
 * The same, packed once per document object: exporting a register kept between exports (model.ts) again
 * reuses the bytes. Only for documents nothing changes once built.
 */
export function packSnapshotOnce(doc: RegisterDocument): Promise<Buffer> {
  let snapshot = packed.get(doc)
  if (!snapshot) {
    snapshot = packSnapshot(doc)
    packed.set(doc, snapshot)
    snapshot.catch(() => packed.delete(doc))
  }
  return snapshot
}

/** The register of a stored snapshot, compressed or (from older records) plain JSON text. */
export function unpackSnapshot(stored: string | Buffer | Uint8Array): RegisterDocument {
  // An older plain-text record copied into a team database comes back as bytes (bytea): gzip starts 1f 8b.
  const gzipped = typeof stored !== 'string' && stored[0] === 0x1f && stored[1] === 0x8b
  const text =
    typeof stored === 'string'
      ? stored
      : gzipped
        ? zlib.gunzipSync(stored).toString('utf8')
        : Buffer.from(stored).toString('utf8')
  return JSON.parse(text) as RegisterDocument
}
