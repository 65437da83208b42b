/**
 * A reader of git's index file (`.git/index`) that answers one question: which entries were
 * recorded with a modification time not older than the index itself. git calls those "racily
 * clean": their recorded stat data cannot prove that the file did not change after git looked at
 * it, so every `git diff-files` reads and hashes each of them again. git compares whole seconds,
 * which after a checkout makes most files of the last second racy (measured: 1,258 of 2,849 files
 * of one repository, 3,496 of 4,853 of another, every file of a third); compared to the
 * nanosecond, as git built with nanosecond support does, none of them were.
 *
 * The format is git's documented index format, versions 2 to 4 (`gitformat-index`). Anything
 * else (another version, a truncated file, an extension that a reader must understand, such as a
 * split or a sparse index) is not read: the caller then leaves the question to git as before.
 */

/** A modification time as git records it: seconds and nanoseconds. */
interface IndexTime {
  sec: number;
  nsec: number;
}

/** What the index holds of interest here. */
interface IndexRead {
  version: 2 | 3 | 4;
  /** Entries in the index (every stage). */
  entries: number;
  /** The path (bytes, relative to the top of the work tree) of each entry whose recorded mtime is not before `since`. */
  notOlder: Uint8Array[];
  /**
   * The entries recorded before `since` but in its second, with what git recorded of each: git
   * built without nanosecond support (most builds) compares their stat data by whole seconds, so
   * only a comparison to the nanosecond tells that such a file did not change since.
   */
  sameSecond: { path: Uint8Array; stat: IndexStat }[];
}

/** What git recorded of an entry's file, to the nanosecond (inode and size as git keeps them: 32 bits). */
export interface IndexStat {
  ctime: IndexTime;
  mtime: IndexTime;
  ino: number;
  size: number;
}

/** Fixed part of an entry: ctime and mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 each). */
const STAT_BYTES = 40;
/** The flag saying that a second flags field follows (versions 3 and 4). */
const EXTENDED = 0x4000;
/** Longest path kept in the flags; a longer one is only NUL-terminated. */
const NAME_MASK = 0x0fff;

/**
 * Reads an index file's bytes. `hashBytes`: 20 (SHA-1 repositories) or 32 (SHA-256). Answers
 * undefined when the bytes are not an index this reader understands.
 */
export function readIndex(bytes: Uint8Array, hashBytes: 20 | 32, since: IndexTime): IndexRead | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - hashBytes; // the trailing checksum
  if (end < 12 || view.getUint32(0) !== 0x44495243 /* DIRC */) return undefined;
  const version = view.getUint32(4);
  if (version !== 2 && version !== 3 && version !== 4) return undefined;
  const count = view.getUint32(8);
  const notOlder: Uint8Array[] = [];
  const sameSecond: IndexRead['sameSecond'] = [];
  let at = 12;
  /** Version 4: the previous entry's path, in the first `lastLength` bytes. */
  let last = new Uint8Array(256);
  let lastLength = 0;
  for (let i = 0; i < count; i++) {
    const start = at;
    const fixed = STAT_BYTES + hashBytes + 2;
    if (at + fixed > end) return undefined;
    const sec = view.getUint32(at + 8);
    const nsec = view.getUint32(at + 12);
    const flags = view.getUint16(at + STAT_BYTES + hashBytes);
    at += fixed;
    const asked = sec > since.sec || (sec === since.sec && nsec >= since.nsec);
    const stat: IndexStat | undefined =
      !asked && sec === since.sec
        ? { ctime: { sec: view.getUint32(start), nsec: view.getUint32(start + 4) }, mtime: { sec, nsec }, ino: view.getUint32(start + 20), size: view.getUint32(start + 36) }
        : undefined;
    if (flags & EXTENDED) {
      if (version === 2) return undefined;
      at += 2;
    }
    if (version === 4) {
      // The number of bytes to drop from the end of the previous path (git's offset varint), then
      // the rest of this one, NUL-terminated, without padding.
      let c = bytes[at++];
      if (c === undefined) return undefined;
      let drop = c & 0x7f;
      while (c & 0x80) {
        c = bytes[at++];
        if (c === undefined || drop >= 0xffffff) return undefined;
        drop = ((drop + 1) << 7) | (c & 0x7f);
      }
      if (drop > lastLength) return undefined;
      const nul = bytes.indexOf(0, at);
      if (nul < 0 || nul >= end) return undefined;
      const kept = lastLength - drop;
      lastLength = kept + nul - at;
      if (lastLength > last.length) {
        const longer = new Uint8Array(2 * lastLength);
        longer.set(last.subarray(0, kept));
        last = longer;
      }
      for (let k = kept; at < nul; k++, at++) last[k] = bytes[at] as number;
      at = nul + 1;
      if (asked) notOlder.push(last.slice(0, lastLength));
      else if (stat) sameSecond.push({ path: last.slice(0, lastLength), stat });
    } else {
      const length = flags & NAME_MASK;
      const nul = length < NAME_MASK ? at + length : bytes.indexOf(0, at);
      if (nul < 0 || nul >= end || bytes[nul] !== 0) return undefined;
      // Only a path asked about is taken out: a view of a Buffer is an object of its own, and
      // after a checkout none of thousands of entries is (a view of each took milliseconds).
      if (asked) notOlder.push(bytes.subarray(at, nul));
      else if (stat) sameSecond.push({ path: bytes.subarray(at, nul), stat });
      // One to eight NULs pad the entry to a multiple of eight bytes.
      at = start + ((nul - start + 8) & ~7);
    }
  }
  // Extensions: a signature starting with a capital letter is optional; any other must be
  // understood to read the entries right (a split index keeps them in another file).
  while (at < end) {
    if (at + 8 > end) return undefined;
    const first = bytes[at] as number;
    if (first < 0x41 || first > 0x5a) return undefined;
    at += 8 + view.getUint32(at + 4);
  }
  if (at !== end) return undefined;
  return { version, entries: count, notOlder, sameSecond };
}
