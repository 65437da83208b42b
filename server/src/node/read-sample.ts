import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The first `head` and last `tail` bytes of a regular file and its size; throws as `fs` does. */
export function readHeadTail(file: string, head: number, tail: number): { head: Uint8Array; tail: Uint8Array; size: number } | undefined {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    const size = st.size;
    const first = Buffer.alloc(Math.min(head, size));
    readSync(fd, first, 0, first.length, 0);
    const last = Buffer.alloc(Math.min(tail, size));
    readSync(fd, last, 0, last.length, size - last.length);
    return { head: first, tail: last, size };
  } finally {
    closeSync(fd);
  }
}
