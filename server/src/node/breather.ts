/**
 * File-system calls are synchronous: on a warm page cache they cost microseconds, three to four
 * times less than the promise API's thread-pool round trip, and a `stat` no longer waits behind a
 * busy event loop. The loop is given back at least every YIELD_MS while listing and reading, so a
 * language server answers requests while it indexes.
 */
const YIELD_MS = 5;

/** Milliseconds on a monotonic clock (`performance` would load the performance-timing modules). */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Gives the event loop a turn when the caller has held it for more than YIELD_MS. */
export class Breather {
  private last = now();

  async breathe(): Promise<void> {
    if (now() - this.last < YIELD_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.last = now();
  }
}
