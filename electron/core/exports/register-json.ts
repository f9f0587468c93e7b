/**
 * A register document's JSON written piece by piece: a register of 20,000 activities is 54 MB of JSON, and
 * held as one string (with the copies made to store or write it) it was a third of a large export's memory.
 * The export record's snapshot and the workbook's hidden data sheet both write it this way.
 */
import type { RegisterDocument } from '../../../shared/schemas/register'

/** The document's start, then one activity at a time, then its end: joined, the JSON of the document. */
export function* registerJsonPieces(doc: RegisterDocument): Generator<string> {
  const { activities, ...rest } = doc
  // The document without its activities ends in "}"; the activities go in before it.
  const head = JSON.stringify(rest)
  yield `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"activities":[`
  for (let i = 0; i < activities.length; i++) yield `${i === 0 ? '' : ','}${JSON.stringify(activities[i])}`
  yield ']}'
}

/**
 * The same text in strings of at most `size` characters (the last may be shorter), never cutting between the
 * two halves of a character outside the Basic Multilingual Plane (an emoji), which would spoil both halves.
 */
export function* inPiecesOf(size: number, pieces: Iterable<string>): Generator<string> {
  let pending = ''
  for (const piece of pieces) {
    pending += piece
    while (pending.length >= size) {
      const code = pending.charCodeAt(size - 1)
      const cut = code >= 0xd800 && code <= 0xdbff && size > 1 ? size - 1 : size
      yield pending.slice(0, cut)
      pending = pending.slice(cut)
    }
  }
  if (pending !== '') yield pending
}
