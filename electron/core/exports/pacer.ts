/**
 * Long exports stay responsive: a writer calls `step()` per row or activity, and every few steps the pacer
 * lets the event loop run (status requests, cancel clicks, stream flushing), stops if the export was
 * cancelled and reports progress.
 */
import { setImmediate as nextTurn } from 'node:timers/promises'

export interface WriteOptions {
  /** Cancels the export; the writer stops at the next row or activity and throws. */
  signal?: AbortSignal
  /** Share of the work done, 0–1. */
  onProgress?: (fraction: number) => void
}

export class Pacer {
  private done = 0

  constructor(
    private readonly total: number,
    private readonly options: WriteOptions,
    private readonly every = 100,
  ) {}

  /** Check for cancellation now, without counting work. */
  check(): void {
    this.options.signal?.throwIfAborted()
  }

  async step(count = 1): Promise<void> {
    const before = Math.floor(this.done / this.every)
    this.done += count
    if (Math.floor(this.done / this.every) === before) return
    await nextTurn()
    this.check()
    this.options.onProgress?.(this.total === 0 ? 1 : Math.min(1, this.done / this.total))
  }

  /** Let the event loop run and check for cancellation, e.g. before a long synchronous stage. */
  async pause(): Promise<void> {
    await nextTurn()
    this.check()
  }
}
