/**
 * exceljs' streaming writer never waits for the zip compressor, which takes one block per turn of the event
 * loop: on a busy machine most of a large workbook's XML piled up in memory (100 MB for 20,000 activities).
 * Writers call `compressorCaughtUp(sheet)` every few rows to wait until the compressor has caught up.
 */
import type ExcelJS from 'exceljs'
import { setTimeout as sleep } from 'node:timers/promises'

/** How much worksheet XML may wait for the zip compressor before the writer waits for it. */
const BACKLOG_LIMIT = 4 * 1024 * 1024

/** The length of a stream's buffer (`readable-stream` 2, which archiver uses, has no `writableLength`). */
type Buffered = { _writableState?: { length: number }; _readableState?: { length: number } }

interface SheetStream {
  /** exceljs' blocks of the sheet's XML (64 KB each) not yet handed on. */
  buffers?: unknown[]
  /** The zip entry's input: archiver reads it when it reaches this sheet, and compresses it. */
  pipes?: Buffered[]
}

function backlog(stream: SheetStream): number {
  const input = stream.pipes?.[0]
  return (
    (stream.buffers?.length ?? 0) * 65536 +
    (input?._writableState?.length ?? 0) +
    (input?._readableState?.length ?? 0)
  )
}

/**
 * Wait until the sheet's XML waiting for the compressor is below the limit. It reads exceljs 4's internals (the
 * sheet's `stream`); without them it does nothing.
 */
export async function compressorCaughtUp(sheet: ExcelJS.Worksheet) {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream
  if (!stream) return
  while (backlog(stream) > BACKLOG_LIMIT) await sleep(2)
}
