import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { dirname } from '../core/paths.js';
import type { ListedRead, ListedReadOptions, FileVersion, SkippedFile } from '../core/workspace.js';
import type { Breather } from './breather.js';
import { lstatQuiet } from './fs-quiet.js';
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

  async readListed<T>(rel: string, use: (bytes: Uint8Array) => T, options: ListedReadOptions = {}): Promise<ListedRead<T>> {
    if (!this.direct(rel)) {
      // Reached through a symlink: read through realpath, like any later read.
      const bytes = await this.readFile(rel);
      return bytes ? { value: use(bytes) } : undefined;
    }
    await this.breather.breathe();
    const was = options.unchangedIf;
    if (was) {
      // One `lstat` settles a file a cache knows empty (no descriptor to open and close).
      const st = lstatQuiet(this.policy.openPath(rel));
      if (st?.isFile() && st.size === was.size && st.mtimeMs === was.mtimeMs) return { unchanged: { size: st.size, mtimeMs: st.mtimeMs } };
    }
    let fd: number;
    try {
      fd = openSync(this.policy.openPath(rel), LISTED_READ_FLAGS);
    } catch (err) {
      if (!isLinkError(err)) return undefined;
      // A symlink as the last component: where it leads decides.
      const verdict = await this.policy.followLink(rel, await this.policy.realRootPath());
      if (verdict === 'other') return undefined;
      if (verdict !== 'file') return { skipped: verdict };
      const bytes = await this.readFile(rel);
      return bytes ? { value: use(bytes) } : undefined;
    }
    let n: number;
    let version: FileVersion | undefined;
    const buf = (this.buffer ??= Buffer.allocUnsafe(this.policy.maxBytes + 1));
    try {
      if (options.version || was) {
        const st = fstatSync(fd);
        if (!st.isFile()) return undefined;
        version = { size: st.size, mtimeMs: st.mtimeMs };
      }
      n = readSync(fd, buf, 0, Math.min(FIRST_READ, buf.length), 0);
      if (n === FIRST_READ) {
        // A long file: skip it by its size before reading it, then read the rest.
        if (this.policy.tooLarge(rel, fstatSync(fd).size)) return { skipped: 'too-large' };
        while (n < buf.length) {
          const k = readSync(fd, buf, n, buf.length - n, n);
          if (k === 0) break;
          n += k;
        }
      }
    } catch {
      return undefined; // a folder (EISDIR), a FIFO with nothing to read, an I/O error
    } finally {
      closeSync(fd);
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
    const abs = this.policy.abs(rel);
    try {
      // Listed just now with no symlink on the way as far as the listing knows: read it once
      // without realpath, refusing a symlink put in its place. Later reads check where it leads.
      if (this.direct(rel)) {
        await this.breather.breathe();
        try {
          return readNoFollow(abs);
        } catch (err) {
          if (!isLinkError(err)) return undefined;
        }
      }
      return await this.policy.readFollowing(rel);
    } catch {
      return undefined;
    }
  }
}

/** Reads a whole file through one descriptor opened without following a final symlink. */
function readNoFollow(abs: string): Uint8Array {
  const fd = openSync(abs, constants.O_RDONLY | O_NOFOLLOW);
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    // The size at open time, as fs.readFile does; a file changing meanwhile is read again on its next event.
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) return buf.subarray(0, got);
      got += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}

/** `open` with O_NOFOLLOW met a symlink (Linux says ELOOP, the BSDs EMLINK). */
function isLinkError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ELOOP' || code === 'EMLINK';
}
