import { constants } from 'node:fs';
import { NODE_READ_FS, type ReadFs } from './read-fs.js';

/** The first `head` and last `tail` bytes of a regular file and its size; throws as `fs` does. */
export function readHeadTail(file: string, head: number, tail: number, fs: ReadFs = NODE_READ_FS): { head: Uint8Array; tail: Uint8Array; size: number } | undefined {
  const fd = fs.openSync(file, constants.O_RDONLY);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return undefined;
    const size = st.size;
    const first = Buffer.alloc(Math.min(head, size));
    fs.readSync(fd, first, 0, first.length, 0);
    const last = Buffer.alloc(Math.min(tail, size));
    fs.readSync(fd, last, 0, last.length, size - last.length);
    return { head: first, tail: last, size };
  } finally {
    fs.closeSync(fd);
  }
}
