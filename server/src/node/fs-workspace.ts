import { spawn } from 'node:child_process';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import ignore, { type Ignore } from 'ignore';
import { detectArtefact } from '../core/detection/index.js';
import { REGISTRY_FILENAMES } from '../core/manifest/names.js';
import { byPath, dirname } from '../core/paths.js';
import { MAX_TEXT_BYTES } from '../core/text/source-file.js';
import { gitContentIds } from './git-content-ids.js';
import type { CancellationToken, FileListing, FileVersion, FileStat, ListedRead, ListedReadOptions, SkippedFile, Workspace } from '../core/workspace.js';

/** Folders never analysed: dependencies, virtual environments, build output, VCS data. */
export const DEFAULT_EXCLUDES = ['node_modules', '.venv', 'venv', 'dist', 'build', 'vendor', '.git', '.hg', '.svn', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.cache'];

const EXCLUDED = new Set(DEFAULT_EXCLUDES);
const REGISTRY_NAMES = new Set<string>(REGISTRY_FILENAMES);
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
 * File-system calls are synchronous: on a warm page cache they cost microseconds, three to four
 * times less than the promise API's thread-pool round trip, and a `stat` no longer waits behind a
 * busy event loop. The loop is given back at least every YIELD_MS while listing and reading, so a
 * language server answers requests while it indexes.
 */
const YIELD_MS = 5;

const EXCLUDED_SEGMENT = new RegExp(`(?:^|/)(?:${DEFAULT_EXCLUDES.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:/|$)`);

function hasExcludedSegment(rel: string): boolean {
  return EXCLUDED_SEGMENT.test(rel);
}

/**
 * `git ls-files` as a stream of paths. Tracked files come from one process (git prints them at
 * once, from the index) and untracked ones from another, which has to walk the tree first: the
 * caller handles the tracked files while git still walks (on another core). `result` is false
 * when the folder is not in a repository or git is missing; the paths seen must then be ignored.
 */
class GitListing {
  private readonly paths: string[] = [];
  private rest = '';
  private done = false;
  private wake: (() => void) | undefined;
  readonly result: Promise<boolean>;

  constructor(root: string, which: 'tracked' | 'untracked') {
    const args = which === 'tracked' ? ['--cached', '--deduplicate'] : ['--others', '--exclude-standard'];
    this.result = new Promise((resolve) => {
      let child;
      try {
        child = spawn('git', ['-C', root, 'ls-files', '-z', ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return this.finish(resolve, false);
      }
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        const parts = (this.rest + chunk).split('\0');
        this.rest = parts.pop() ?? '';
        for (const p of parts) if (p) this.paths.push(p);
        this.notify();
      });
      child.on('error', () => this.finish(resolve, false));
      child.on('close', (code) => this.finish(resolve, code === 0));
    });
  }

  private finish(resolve: (ok: boolean) => void, ok: boolean): void {
    if (this.rest) this.paths.push(this.rest);
    this.rest = '';
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

/** Gives the event loop a turn when the caller has held it for more than YIELD_MS. */
class Breather {
  private last = performance.now();

  async breathe(): Promise<void> {
    if (performance.now() - this.last < YIELD_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}

export interface NodeWorkspaceOptions {
  /** List with `git ls-files` when the folder is in a repository (default true). */
  useGit?: boolean;
  /**
   * Larger files are skipped ('too-large') and never read in full; model artefacts, which are
   * recognised by name, are kept. Default: the decoder's limit, MAX_TEXT_BYTES.
   */
  maxFileBytes?: number;
  /**
   * `lstat` every listed file while listing, so that the listing carries sizes and mtimes (what
   * a persisted cache is keyed by). Off by default: sizes and symlinks are then found by the
   * read itself (`readListed`), which saves one system call per file.
   */
  stats?: boolean;
}

/** A workspace over a folder on disk. Paths never leave `root`; symlinks out of it are refused. */
export class NodeWorkspace implements Workspace {
  readonly root: string;
  readonly name: string;
  private realRoot: string | undefined;
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
  private readonly breather = new Breather();
  /** Reused by `readListed`: the bytes of one file at a time, lent to the caller. */
  private buffer: Buffer | undefined;

  constructor(
    root: string,
    readonly options: NodeWorkspaceOptions = {},
  ) {
    this.root = path.resolve(root);
    this.name = path.basename(this.root);
  }

  private async realRootPath(): Promise<string> {
    this.realRoot ??= realpathQuiet(this.root) ?? this.root;
    return this.realRoot;
  }

  abs(rel: string): string {
    // Listed paths are normalised already: plain concatenation is enough (and much cheaper than join).
    if (path.sep === '/' && rel !== '' && !rel.startsWith('/') && !/(?:^|\/)\.\.?(?:\/|$)|\/\//.test(rel)) return `${this.root}/${rel}`;
    return path.join(this.root, ...rel.split('/'));
  }

  /**
   * The path to `open`: relative when the process runs in the root, as a check usually does, so
   * that the kernel does not walk the root's own folders again for every file.
   */
  private openPath(rel: string): string {
    const abs = this.abs(rel);
    return abs.length === this.root.length + 1 + rel.length && process.cwd() === this.root ? rel : abs;
  }

  private inside(real: string, rootReal: string): boolean {
    return real === rootReal || real.startsWith(rootReal + path.sep);
  }

  private get maxBytes(): number {
    return this.options.maxFileBytes ?? MAX_TEXT_BYTES;
  }

  /** Too large to read as text, and not a model artefact (which is judged by its name alone). */
  private tooLarge(rel: string, size: number): boolean {
    return size > this.maxBytes && detectArtefact(rel) === undefined;
  }

  async listFiles(token?: CancellationToken): Promise<FileListing> {
    if (this.options.useGit !== false) {
      const listing = await this.listWithGit(token);
      if (listing) {
        if (!this.options.stats || !listing.more) return listing;
        // With stats the listing comes whole.
        const rest = await listing.more;
        const { more: _more, ...first } = listing;
        return rest ? mergeListings(first, rest) : first;
      }
    }
    const skipped: SkippedFile[] = [];
    const plain = new Set<string>();
    const stats = new Map<string, FileVersion>();
    const files = await this.walk(skipped, plain, stats, token);
    files.sort();
    skipped.sort(byPath);
    this.plain = plain;
    // The walk saw every folder on the way itself.
    this.folders = undefined;
    return { files, skipped, ...(this.options.stats ? { stats } : {}) };
  }

  /**
   * Tracked files from git at once, untracked ones (a slower walk, run meanwhile) as the second
   * part (`more`); undefined without git. When git cannot list the untracked files, the walker
   * lists them instead.
   */
  private async listWithGit(token?: CancellationToken): Promise<FileListing | undefined> {
    const tracked = new GitListing(this.root, 'tracked');
    const untracked = new GitListing(this.root, 'untracked');
    const plain = new Set<string>();
    const stats = new Map<string, FileVersion>();
    const first = await this.gitPart(tracked, plain, stats, token);
    if (!(await tracked.result)) return undefined;
    this.plain = plain;
    // The index can name files below a folder that has since become a symlink: the read checks
    // the folders on the way (`foldersPlain`) and reads such files through `realpath`.
    this.folders = new Map();
    const reported = registryFolders(first.named);
    const more = (async (): Promise<FileListing | undefined> => {
      let second = await this.gitPart(untracked, plain, stats, token);
      if (token?.isCancellationRequested) return undefined;
      if (!(await untracked.result)) {
        const known = new Set(first.files);
        const skipped: SkippedFile[] = [];
        const walked = await this.walk(skipped, new Set(), new Map(), token);
        const files = walked.filter((f) => !known.has(f)).sort();
        for (const f of files) plain.add(f);
        second = { files, named: files, skipped: skipped.filter((x) => !known.has(x.path)) };
      }
      for (const dir of registryFolders(second.named)) if (!reported.has(dir)) second.skipped.push({ path: dir, reason: 'not-a-file' });
      second.skipped.sort(byPath);
      return { files: second.files, skipped: second.skipped, ...(this.options.stats ? { stats } : {}) };
    })();
    // A caller that never asks for the second part must not meet its failure as an unhandled rejection.
    more.catch(() => undefined);
    first.skipped.push(...[...reported].map((dir) => ({ path: dir, reason: 'not-a-file' as const })));
    first.skipped.sort(byPath);
    return { files: first.files, skipped: first.skipped, ...(this.options.stats ? { stats } : {}), more };
  }

  /** The files of one `git ls-files`, checked on disk as git prints them when listing with stats. */
  private async gitPart(git: GitListing, plain: Set<string>, stats: Map<string, FileVersion>, token?: CancellationToken): Promise<{ files: string[]; named: string[]; skipped: SkippedFile[] }> {
    const files: string[] = [];
    /** Listed paths with a registry name in them (some may be below a folder so named). */
    const named: string[] = [];
    const skipped: SkippedFile[] = [];
    const rootReal = await this.realRootPath();
    const withStats = this.options.stats === true;
    for (let i = 0; ; ) {
      const batch = await git.from(i);
      if (batch.length === 0 || token?.isCancellationRequested) break;
      i += batch.length;
      for (const f of batch) {
        if (hasExcludedSegment(f)) continue;
        if (f.includes('.aigov.y')) named.push(f);
        if (!withStats) {
          // Deleted files, folders (submodules), symlinks and sizes are found by the read.
          files.push(f);
          plain.add(f);
          continue;
        }
        await this.breather.breathe();
        // Tracked files may be deleted, and symlinks may point anywhere: keep regular files inside.
        const st = lstatQuiet(this.abs(f));
        if (!st) continue;
        if (st.isSymbolicLink()) {
          const verdict = await this.followLink(f, rootReal);
          if (verdict === 'file') files.push(f);
          else if (verdict !== 'other') skipped.push({ path: f, reason: verdict });
        } else if (st.isFile()) this.keepStated(f, st, files, plain, stats, skipped);
      }
    }
    files.sort();
    return { files, named, skipped };
  }

  /** A regular file a listing with stats saw: kept with its version, or skipped when too large. */
  private keepStated(rel: string, st: Stats, out: string[], plain: Set<string>, stats: Map<string, FileVersion>, skipped: SkippedFile[]): void {
    if (this.tooLarge(rel, st.size)) {
      skipped.push({ path: rel, reason: 'too-large' });
      return;
    }
    out.push(rel);
    plain.add(rel);
    stats.set(rel, { size: st.size, mtimeMs: st.mtimeMs });
  }

  /**
   * What a symlink in the listing leads to: a file to analyse, or why it is skipped. Folders are
   * not followed (their files are reached through their real path); a folder link back to one of
   * its own ancestors is reported as a loop.
   */
  private async followLink(rel: string, rootReal: string): Promise<'file' | 'other' | SkippedFile['reason']> {
    const abs = this.abs(rel);
    let real: string;
    try {
      real = realpathSync.native(abs);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink-loop' : 'unreadable';
    }
    if (!this.inside(real, rootReal)) return 'outside-workspace';
    const st = statQuiet(real);
    if (!st) return 'unreadable';
    if (st.isFile()) return this.tooLarge(rel, st.size) ? 'too-large' : 'file';
    if (st.isDirectory()) {
      const parentReal = realpathQuiet(path.dirname(abs));
      if (parentReal !== undefined && this.inside(parentReal, real)) return 'symlink-loop';
    }
    return 'other';
  }

  /** Walks the tree honouring nested .gitignore files (with negations), without following symlinked folders. */
  private async walk(skipped: SkippedFile[], plain: Set<string>, stats: Map<string, FileVersion>, token?: CancellationToken): Promise<string[]> {
    const out: string[] = [];
    const rootReal = await this.realRootPath();
    const withStats = this.options.stats === true;
    const visit = async (dirRel: string, rules: { base: string; ig: Ignore }[]): Promise<void> => {
      if (token?.isCancellationRequested) return;
      const dirAbs = dirRel ? this.abs(dirRel) : this.root;
      await this.breather.breathe();
      const entries = readdirQuiet(dirAbs);
      let scoped = rules;
      const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
      if (gi) {
        const text = readTextQuiet(path.join(dirAbs, '.gitignore'));
        scoped = [...rules, { base: dirRel, ig: ignore().add(text) }];
      }
      const isIgnored = (rel: string, isDir: boolean): boolean => {
        let ignored = false;
        for (const r of scoped) {
          const sub = r.base ? rel.slice(r.base.length + 1) : rel;
          const res = r.ig.test(isDir ? `${sub}/` : sub);
          if (res.ignored) ignored = true;
          else if (res.unignored) ignored = false;
        }
        return ignored;
      };
      const subdirs: string[] = [];
      const regular: string[] = [];
      for (const e of entries) {
        const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
        if (EXCLUDED.has(e.name)) continue;
        if (e.isDirectory()) {
          if (isIgnored(rel, true)) continue;
          if (REGISTRY_NAMES.has(e.name)) skipped.push({ path: rel, reason: 'not-a-file' });
          subdirs.push(rel);
        } else if (e.isFile()) {
          if (!isIgnored(rel, false)) regular.push(rel);
        } else if (e.isSymbolicLink()) {
          if (isIgnored(rel, false)) continue;
          const verdict = await this.followLink(rel, rootReal);
          if (verdict === 'file') out.push(rel);
          else if (verdict !== 'other') skipped.push({ path: rel, reason: verdict });
        }
      }
      for (const rel of regular) {
        if (!withStats) {
          // The read finds sizes (and a file replaced by a symlink meanwhile).
          out.push(rel);
          plain.add(rel);
          continue;
        }
        await this.breather.breathe();
        const st = lstatQuiet(this.abs(rel));
        if (st?.isFile()) this.keepStated(rel, st, out, plain, stats, skipped);
      }
      for (const d of subdirs) await visit(d, scoped);
    };
    await visit('', []);
    return out;
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
      ok = this.foldersPlain(dir) && lstatQuiet(this.openPath(dir))?.isDirectory() === true;
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
      const st = lstatQuiet(this.openPath(rel));
      if (st?.isFile() && st.size === was.size && st.mtimeMs === was.mtimeMs) return { unchanged: { size: st.size, mtimeMs: st.mtimeMs } };
    }
    let fd: number;
    try {
      fd = openSync(this.openPath(rel), LISTED_READ_FLAGS);
    } catch (err) {
      if (!isLinkError(err)) return undefined;
      // A symlink as the last component: where it leads decides.
      const verdict = await this.followLink(rel, await this.realRootPath());
      if (verdict === 'other') return undefined;
      if (verdict !== 'file') return { skipped: verdict };
      const bytes = await this.readFile(rel);
      return bytes ? { value: use(bytes) } : undefined;
    }
    let n: number;
    let version: FileVersion | undefined;
    const buf = (this.buffer ??= Buffer.allocUnsafe(this.maxBytes + 1));
    try {
      if (options.version || was) {
        const st = fstatSync(fd);
        if (!st.isFile()) return undefined;
        version = { size: st.size, mtimeMs: st.mtimeMs };
      }
      n = readSync(fd, buf, 0, Math.min(FIRST_READ, buf.length), 0);
      if (n === FIRST_READ) {
        // A long file: skip it by its size before reading it, then read the rest.
        if (this.tooLarge(rel, fstatSync(fd).size)) return { skipped: 'too-large' };
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
    if (n > this.maxBytes) return { skipped: 'too-large' };
    return { value: use(buf.subarray(0, n)), ...(version ? { version } : {}) };
  }

  async contentIds(token?: CancellationToken): Promise<ReadonlyMap<string, string> | undefined> {
    if (this.options.useGit === false) return undefined;
    const ids = await gitContentIds(this.root);
    return token?.isCancellationRequested ? undefined : ids;
  }

  async probeListed(rel: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    if (!this.direct(rel)) {
      // Below a folder that is no longer one, or not vouched for by the listing: where it leads.
      const st = await this.stat(rel);
      if (!st) return undefined;
      if (st.escapes) return 'outside-workspace';
      return st.type === 'file' ? 'file' : 'other';
    }
    await this.breather.breathe();
    const st = lstatQuiet(this.openPath(rel));
    if (!st) return undefined;
    if (st.isFile()) return 'file';
    if (!st.isSymbolicLink()) return 'other';
    const verdict = await this.followLink(rel, await this.realRootPath());
    return verdict === 'too-large' ? 'file' : verdict;
  }

  async readFile(rel: string): Promise<Uint8Array | undefined> {
    const abs = this.abs(rel);
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
      const real = realpathSync.native(abs);
      if (!this.inside(real, await this.realRootPath())) return undefined;
      return readFileSync(real);
    } catch {
      return undefined;
    }
  }

  async stat(rel: string): Promise<FileStat | undefined> {
    const abs = this.abs(rel);
    try {
      const l = lstatSync(abs);
      let escapes = false;
      let st = l;
      if (l.isSymbolicLink()) {
        const real = realpathQuiet(abs);
        if (!real) return { type: 'other', size: 0, mtimeMs: l.mtimeMs, escapes: false };
        escapes = !this.inside(real, await this.realRootPath());
        st = statSync(real);
      } else {
        // A parent folder may be a symlink out of the workspace.
        const real = realpathQuiet(abs) ?? abs;
        escapes = !this.inside(real, await this.realRootPath());
      }
      return { type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', size: st.size, mtimeMs: st.mtimeMs, ...(escapes ? { escapes } : {}) };
    } catch {
      return undefined;
    }
  }
}

function lstatQuiet(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

function statQuiet(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

function realpathQuiet(abs: string): string | undefined {
  try {
    return realpathSync.native(abs);
  } catch {
    return undefined;
  }
}

function readdirQuiet(abs: string): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch {
    return [];
  }
}

function readTextQuiet(abs: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return '';
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

/** A listing and its second part as one (both sorted). */
function mergeListings(a: FileListing, b: FileListing): FileListing {
  // Both parts carry the one map the listing filled.
  const stats = a.stats ?? b.stats;
  return { files: [...a.files, ...b.files].sort(), skipped: [...a.skipped, ...b.skipped].sort(byPath), ...(stats ? { stats } : {}) };
}

/** Folders named like a registry file (`.aigov.yaml/…`) among listed paths. */
function registryFolders(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    if (!f.includes('.aigov.y')) continue;
    const segs = f.split('/');
    for (let i = 0; i < segs.length - 1; i++) if (REGISTRY_NAMES.has(segs[i] as string)) out.add(segs.slice(0, i + 1).join('/'));
  }
  return out;
}
