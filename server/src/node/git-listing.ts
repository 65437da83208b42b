import { isUtf8 } from 'node:buffer';
import { childProcess } from './lazy.js';
import { REGISTRY_FILENAMES } from '../core/manifest/names.js';
import { byPath } from '../core/paths.js';
import { pathOfBytes } from './file-names.js';
import type { FileListing } from '../core/workspace.js';
import { pushAll } from '../core/arrays.js';

const REGISTRY_NAMES = new Set<string>(REGISTRY_FILENAMES);

/** Regular files (executable or not); symlinks (120000) and submodules (160000) are left out. */
const REGULAR = new Set(['100644', '100755']);

/** Characters of a blob id kept: 64 bits tell one path's versions apart, and a cache stays small. */
const ID_CHARS = 16;

/**
 * `git ls-files` as a stream of paths. Tracked files come from one process (git prints them at
 * once, from the index) and untracked ones from another, which has to walk the tree first: the
 * caller handles the tracked files while git still walks (on another core). `result` is false
 * when the folder is not in a repository or git is missing; the paths seen must then be ignored.
 *
 * 'staged' lists the tracked files too, from `ls-files --stage -v`, and keeps the blob id of
 * each regular file at stage 0 that git checks for changes (`ids`): one process gives both the
 * listing and what a cache keyed by content needs (see git-content-ids.ts).
 */
export class GitListing {
  private readonly paths: string[] = [];
  /** With 'staged': path → the first ID_CHARS hex digits of its blob id (see `take`). */
  readonly ids = new Map<string, string>();
  /** The last path taken from a staged listing: a conflicted path comes once per stage. */
  private last: string | undefined;
  /** Paths that are not valid UTF-8, held by their bytes (`nameOfBytes`): not readable by name. */
  readonly undecodable: string[] = [];
  /**
   * Folders git could not open while looking for untracked files (permission denied, an
   * input/output error), relative to the top of the work tree (not the root listed): nothing
   * below them is listed, so each is reported, never passed over.
   */
  readonly unopened: string[] = [];
  private errors: Buffer[] = [];
  private rest: Buffer = Buffer.alloc(0);
  private done = false;
  private wake: (() => void) | undefined;
  readonly result: Promise<boolean>;

  /**
   * `given`: what `git ls-files -z` with these options would print in `root`, listed without a
   * process (a pull request's base, whose listing its tree gives: see cli/git-base.ts).
   */
  constructor(
    root: string,
    private readonly which: 'tracked' | 'untracked' | 'staged',
    given?: Uint8Array,
  ) {
    if (given !== undefined) {
      this.result = new Promise((resolve) => {
        this.takeData(Buffer.from(given.buffer, given.byteOffset, given.length));
        this.finish(resolve, true);
      });
      return;
    }
    const args = which === 'tracked' ? ['--cached', '--deduplicate'] : which === 'staged' ? ['--stage', '-v'] : ['--others', '--exclude-standard'];
    this.result = new Promise((resolve) => {
      let child;
      try {
        // No prompt, no optional index refresh written behind the user's back; git's own words on
        // standard error in English whatever the user's locale (see `unopenedFolders`).
        child = childProcess().spawn('git', ['-C', root, '--no-optional-locks', 'ls-files', '-z', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: '' } });
      } catch {
        return this.finish(resolve, false);
      }
      child.stderr.on('data', (chunk: Buffer) => this.errors.push(chunk));
      // Bytes, not text: a path that is not valid UTF-8 must be told apart, not decoded with U+FFFD.
      child.stdout.on('data', (chunk: Buffer) => this.takeData(chunk));
      child.on('error', () => this.finish(resolve, false));
      child.on('close', (code) => this.finish(resolve, code === 0));
    });
  }

  /** Output as it comes: the entries it completes are taken, the rest waits for the next part. */
  private takeData(chunk: Buffer): void {
    const data = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    const last = data.lastIndexOf(0);
    if (last >= 0) this.takeBlock(data.subarray(0, last + 1));
    this.rest = Buffer.from(data.subarray(last + 1));
    this.notify();
  }

  /**
   * Entries that each end with a NUL. Valid UTF-8 throughout (nearly always) is decoded once and
   * split as text: per entry, a Buffer's slices and decoding are calls into Node's runtime that
   * cost more than the rest (a listing of 2,849 files took 35-75 ms that way in a new process).
   */
  private takeBlock(block: Buffer): void {
    if (!isUtf8(block)) {
      let start = 0;
      for (let end = block.indexOf(0, start); end !== -1; end = block.indexOf(0, start)) {
        this.take(block.subarray(start, end));
        start = end + 1;
      }
      return;
    }
    const text = block.toString('utf8');
    const staged = this.which === 'staged';
    for (let start = 0, end = text.indexOf('\0'); end !== -1; start = end + 1, end = text.indexOf('\0', start)) {
      if (!staged) {
        if (end > start) this.paths.push(text.slice(start, end));
        continue;
      }
      const tab = text.indexOf('\t', start);
      if (tab < 0 || tab > end) continue;
      this.takeStaged(text.slice(start, tab), text.slice(tab + 1, end), true);
    }
  }

  /** One entry, as bytes (a path that may not be valid UTF-8). */
  private take(entry: Buffer): void {
    let bytes = entry;
    let head: string | undefined;
    if (this.which === 'staged') {
      // `<tag> <mode> <id> <stage>\t<path>`
      const tab = entry.indexOf(9);
      if (tab < 0) return;
      head = entry.toString('latin1', 0, tab);
      bytes = entry.subarray(tab + 1);
    }
    if (bytes.length === 0) return;
    const { path, exact } = pathOfBytes(bytes);
    if (head !== undefined) this.takeStaged(head, path, exact);
    else (exact ? this.paths : this.undecodable).push(path);
  }

  /** An entry of a staged listing: `head` is `<tag> <mode> <id> <stage>`. */
  private takeStaged(head: string, path: string, exact: boolean): void {
    if (path === '') return;
    // The tag H is a tracked file git checks for changes (not assume-unchanged, not skip-worktree).
    const [tag, mode, id, stage] = head.split(' ');
    if (tag === 'H' && stage === '0' && mode !== undefined && REGULAR.has(mode) && id) this.ids.set(path, id.slice(0, ID_CHARS));
    // A conflicted path comes once per stage.
    if (path === this.last) return;
    this.last = path;
    (exact ? this.paths : this.undecodable).push(path);
  }

  private finish(resolve: (ok: boolean) => void, ok: boolean): void {
    this.take(this.rest);
    this.rest = Buffer.alloc(0);
    pushAll(this.unopened, unopenedFolders(Buffer.concat(this.errors)));
    this.errors = [];
    this.done = true;
    resolve(ok);
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** The paths printed so far from `i` on, waiting for git to print more; empty once git is done. */
  async from(i: number): Promise<readonly string[]> {
    while (i >= this.paths.length && !this.done) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.paths.slice(i);
  }
}

const UNOPENED = Buffer.from("warning: could not open directory '");

/**
 * The folders git reports it could not open (`warning: could not open directory 'a/b/':
 * Permission denied`), from its standard error in the C locale, without the trailing slash. The
 * name is printed as it is, quotes and all, so it ends at the last `': ` of the line.
 */
export function unopenedFolders(stderr: Uint8Array): string[] {
  const out: string[] = [];
  const text = Buffer.from(stderr.buffer, stderr.byteOffset, stderr.length);
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(10, start);
    if (end === -1) end = text.length;
    const line = text.subarray(start, end);
    start = end + 1;
    if (!line.subarray(0, UNOPENED.length).equals(UNOPENED)) continue;
    const close = line.lastIndexOf("': ");
    if (close <= UNOPENED.length) continue;
    let name = line.subarray(UNOPENED.length, close);
    if (name[name.length - 1] === 47) name = name.subarray(0, name.length - 1);
    if (name.length > 0) out.push(pathOfBytes(name).path);
  }
  return out;
}

/** A listing and its second part as one (both sorted). */
export function mergeListings(a: FileListing, b: FileListing): FileListing {
  // Both parts carry the one map the listing filled.
  const stats = a.stats ?? b.stats;
  return { files: [...a.files, ...b.files].sort(), skipped: [...a.skipped, ...b.skipped].sort(byPath), ...(stats ? { stats } : {}) };
}

/** Folders named like a registry file (`.aigov.yaml/…`) among listed paths. */
export function registryFolders(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    if (!f.includes('.aigov.y')) continue;
    const segs = f.split('/');
    for (let i = 0; i < segs.length - 1; i++) if (REGISTRY_NAMES.has(segs[i] as string)) out.add(segs.slice(0, i + 1).join('/'));
  }
  return out;
}
