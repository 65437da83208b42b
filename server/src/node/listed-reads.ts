import { constants } from 'node:fs';
import { dirname } from '../core/paths.js';
import type { ListedRead, ListedReadOptions, FileVersion, SkippedFile } from '../core/workspace.js';
import type { Breather } from './breather.js';
import { lstatQuiet, versionOf } from './fs-quiet.js';
import { failureOf, type ReadFs } from './read-fs.js';
import type { RootPolicy } from './root-policy.js';

/** `open` flag that refuses a symbolic link as the last path component (0 where unsupported). */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
/** Flags for reading a listed file: no final symlink, and a FIFO never blocks the read. */
const LISTED_READ_FLAGS = constants.O_RDONLY | O_NOFOLLOW | (constants.O_NONBLOCK ?? 0);
/**
 * The first read of a listed file asks for this much. A shorter answer is the whole file (the
 * size of a regular file is where `read` stops), so most files cost `open`, one `read` and
 * `close`: no `stat`, whose system call costs as much as the read here. Longer files are
 * `fstat`ed before the rest is read, so a huge file is skipped without being read.
 */
const FIRST_READ = 64 * 1024;

/**
 * Reads of the files of the last listing, with what the listing knows of them: a file listed with
 * no symlink on the way is read once without `realpath`, through a descriptor that refuses a
 * symlink put in its place; any other read goes through its real path.
 */
export class ListedReads {
  /**
   * Files of the last listing not read since that no symlink leads to, as far as the listing
   * knows: read once without `realpath`, refusing a symlink as the last component.
   */
  private plain = new Set<string>();
  /**
   * For a git listing, whose paths come from the index and not from the disk: whether each folder
   * on the way to a file read so far is still a folder (not a symlink put in its place). Asked at
   * read time, on whichever thread reads, and kept for the listing.
   */
  private folders: Map<string, boolean> | undefined;
  /** Reused by `readListed`: the bytes of one file at a time, lent to the caller. */
  private buffer: Buffer | undefined;

  constructor(
    private readonly policy: RootPolicy,
    private readonly breather: Breather,
  ) {}

  /** A new listing: `plain` are its files with no symlink on the way (filled on as it goes on). */
  reset(plain: Set<string>, checkFolders: boolean): void {
    this.plain = plain;
    this.folders = checkFolders ? new Map() : undefined;
  }

  /**
   * Hands what the last listing knows of `paths` to a reader elsewhere (a worker's workspace over
   * the same folder, `adoptListed`): the ones with no symlink on the way, forgotten here.
   */
  takeListed(paths: readonly string[]): string[] {
    const out: string[] = [];
    for (const p of paths) if (this.plain.delete(p)) out.push(p);
    return out;
  }

  /** Paths a listing made elsewhere (`takeListed`) found with no symlink on the way. */
  adoptListed(paths: readonly string[], checkFolders: boolean): void {
    for (const p of paths) this.plain.add(p);
    if (checkFolders) this.folders ??= new Map();
  }

  /** Whether reads of the last listing check the folders on the way (a git listing): tell `adoptListed`. */
  get checksFolders(): boolean {
    return this.folders !== undefined;
  }

  /** Whether `rel` was listed and not read since, with no symlink on the way: read it without `realpath` (once). */
  private direct(rel: string): boolean {
    return O_NOFOLLOW !== 0 && this.plain.delete(rel) && this.foldersPlain(rel);
  }

  /** No folder on the way to `rel` is a symlink (or gone), as far as the listing's reads have seen. */
  private foldersPlain(rel: string): boolean {
    const folders = this.folders;
    if (!folders) return true;
    const dir = dirname(rel);
    if (dir === '') return true;
    let ok = folders.get(dir);
    if (ok === undefined) {
      ok = this.foldersPlain(dir) && lstatQuiet(this.policy.openPath(dir))?.isDirectory() === true;
      folders.set(dir, ok);
    }
    return ok;
  }

  /**
   * A file that is gone (removed since the listing, or not a file one reads) answers undefined; one
   * that is there but cannot be read (permission denied, an input/output error) is skipped as
   * 'unreadable', which the engine reports.
   */
  async readListed<T>(rel: string, use: (bytes: Uint8Array) => T, options: ListedReadOptions = {}): Promise<ListedRead<T>> {
    const fs = this.policy.fs;
    if (!this.direct(rel)) {
      // Reached through a symlink: read through realpath, like any later read.
      return answer(await this.readBytes(rel), use);
    }
    await this.breather.breathe();
    const was = options.unchangedIf;
    if (was) {
      // One `lstat` settles a file a cache knows empty (no descriptor to open and close).
      const st = lstatQuiet(this.policy.openPath(rel));
      const now = st?.isFile() ? versionOf(st) : undefined;
      if (now && now.size === was.size && now.mtimeMs === was.mtimeMs) return { unchanged: now };
    }
    let fd: number;
    try {
      fd = fs.openSync(this.policy.openPath(rel), LISTED_READ_FLAGS);
    } catch (err) {
      if (!isLinkError(err)) return failureOf(err) === 'gone' ? undefined : { skipped: 'unreadable' };
      // A symlink as the last component: where it leads decides.
      const verdict = await this.policy.followLink(rel, await this.policy.realRootPath());
      if (verdict === 'other') return undefined;
      if (verdict !== 'file') return { skipped: verdict };
      return answer(await this.readBytes(rel), use);
    }
    let n: number;
    let version: FileVersion | undefined;
    const buf = (this.buffer ??= Buffer.allocUnsafe(this.policy.maxBytes + 1));
    try {
      if (options.version || was) {
        const st = fs.fstatSync(fd);
        if (!st.isFile()) return undefined;
        // Taken before the bytes are read: a write after this moves the change time.
        version = versionOf(st);
      }
      n = fs.readSync(fd, buf, 0, Math.min(FIRST_READ, buf.length), 0);
      if (n === FIRST_READ) {
        // A long file: skip it by its size before reading it, then read the rest.
        if (this.policy.tooLarge(rel, fs.fstatSync(fd).size)) return { skipped: 'too-large' };
        while (n < buf.length) {
          const k = fs.readSync(fd, buf, n, buf.length - n, n);
          if (k === 0) break;
          n += k;
        }
      }
    } catch (err) {
      // A folder (EISDIR) or a FIFO with nothing to read is not a file to read; an I/O error is reported.
      return failureOf(err) === 'gone' ? undefined : { skipped: 'unreadable' };
    } finally {
      fs.closeSync(fd);
    }
    if (n > this.policy.maxBytes) return { skipped: 'too-large' };
    return { value: use(buf.subarray(0, n)), ...(version ? { version } : {}) };
  }

  async probeListed(rel: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    if (!this.direct(rel)) {
      // Below a folder that is no longer one, or not vouched for by the listing: where it leads.
      const st = await this.policy.stat(rel);
      if (!st) return undefined;
      if (st.escapes) return 'outside-workspace';
      return st.type === 'file' ? 'file' : 'other';
    }
    await this.breather.breathe();
    const st = lstatQuiet(this.policy.openPath(rel));
    if (!st) return undefined;
    if (st.isFile()) return 'file';
    if (!st.isSymbolicLink()) return 'other';
    const verdict = await this.policy.followLink(rel, await this.policy.realRootPath());
    return verdict === 'too-large' ? 'file' : verdict;
  }

  async readFile(rel: string): Promise<Uint8Array | undefined> {
    const bytes = await this.readBytes(rel);
    return typeof bytes === 'string' ? undefined : bytes;
  }

  /** A file's bytes, or why there are none: gone (or leading out of the root), or unreadable. */
  private async readBytes(rel: string): Promise<Uint8Array | 'gone' | 'unreadable'> {
    const abs = this.policy.abs(rel);
    try {
      // Listed just now with no symlink on the way as far as the listing knows: read it once
      // without realpath, refusing a symlink put in its place. Later reads check where it leads.
      if (this.direct(rel)) {
        await this.breather.breathe();
        try {
          return readNoFollow(this.policy.fs, abs);
        } catch (err) {
          if (!isLinkError(err)) return failureOf(err);
        }
      }
      return (await this.policy.readFollowing(rel)) ?? 'gone';
    } catch (err) {
      return failureOf(err);
    }
  }
}

/** A listed read of whole bytes (see `readBytes`), as `readListed` answers it. */
function answer<T>(bytes: Uint8Array | 'gone' | 'unreadable', use: (bytes: Uint8Array) => T): ListedRead<T> {
  if (bytes === 'gone') return undefined;
  if (bytes === 'unreadable') return { skipped: 'unreadable' };
  return { value: use(bytes) };
}

/** Reads a whole file through one descriptor opened without following a final symlink. */
function readNoFollow(fs: ReadFs, abs: string): Uint8Array {
  const fd = fs.openSync(abs, constants.O_RDONLY | O_NOFOLLOW);
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    // The size at open time, as fs.readFile does; a file changing meanwhile is read again on its next event.
    while (got < size) {
      const n = fs.readSync(fd, buf, got, size - got, got);
      if (n === 0) return buf.subarray(0, got);
      got += n;
    }
    return buf;
  } finally {
    fs.closeSync(fd);
  }
}

/** `open` with O_NOFOLLOW met a symlink (Linux says ELOOP, the BSDs EMLINK). */
function isLinkError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ELOOP' || code === 'EMLINK';
}
