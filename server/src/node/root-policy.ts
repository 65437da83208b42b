import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { detectArtefact, sniffCandidate } from '../core/detection/index.js';
import { MAX_TEXT_BYTES } from '../core/text/source-file.js';
import type { FileStat, FileVersion, SkippedFile } from '../core/workspace.js';
import { realpathQuiet, statQuiet, versionOf } from './fs-quiet.js';
import { failureOf, NODE_READ_FS, type ReadFs } from './read-fs.js';

/**
 * What of a folder on disk is read, and how: paths never leave the root, symlinks out of it (or in
 * a loop) are refused, and files too large to be text are skipped unless they are model artefacts.
 */
export class RootPolicy {
  readonly root: string;
  private realRoot: string | undefined;

  constructor(
    root: string,
    private readonly maxFileBytes: number | undefined,
    /** What files and folders are read with. */
    readonly fs: ReadFs = NODE_READ_FS,
  ) {
    this.root = path.resolve(root);
  }

  async realRootPath(): Promise<string> {
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
  openPath(rel: string): string {
    const abs = this.abs(rel);
    return abs.length === this.root.length + 1 + rel.length && process.cwd() === this.root ? rel : abs;
  }

  inside(real: string, rootReal: string): boolean {
    return real === rootReal || real.startsWith(rootReal + path.sep);
  }

  get maxBytes(): number {
    return this.maxFileBytes ?? MAX_TEXT_BYTES;
  }

  /** Too large to read as text, and not a model artefact (judged by its name, or by a sample of its bytes). */
  tooLarge(rel: string, size: number): boolean {
    return size > this.maxBytes && detectArtefact(rel) === undefined && !sniffCandidate(rel);
  }

  /** A regular file a listing with stats saw: kept with its version, or skipped when too large. */
  keepStated(rel: string, st: Stats, out: string[], plain: Set<string>, stats: Map<string, FileVersion>, skipped: SkippedFile[]): void {
    if (this.tooLarge(rel, st.size)) {
      skipped.push({ path: rel, reason: 'too-large' });
      return;
    }
    out.push(rel);
    plain.add(rel);
    stats.set(rel, versionOf(st));
  }

  /**
   * What a symlink in the listing leads to: a file to analyse, or why it is skipped. Folders are
   * not followed (their files are reached through their real path); a folder link back to one of
   * its own ancestors is reported as a loop.
   */
  async followLink(rel: string, rootReal: string): Promise<'file' | 'other' | SkippedFile['reason']> {
    const abs = this.abs(rel);
    let real: string;
    try {
      real = realpathSync.native(abs);
    } catch (err) {
      // A link to nothing (any more) leads to nothing to read, like a file removed since.
      if ((err as NodeJS.ErrnoException).code === 'ELOOP') return 'symlink-loop';
      return failureOf(err) === 'gone' ? 'other' : 'unreadable';
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

  /**
   * Reads a file through its real path, when that stays in the root (else undefined). Throws when
   * it cannot be read (see `failureOf`).
   */
  async readFollowing(rel: string): Promise<Uint8Array | undefined> {
    const real = realpathSync.native(this.abs(rel));
    if (!this.inside(real, await this.realRootPath())) return undefined;
    return this.fs.readFileSync(real);
  }

  async stat(rel: string): Promise<FileStat | undefined> {
    const abs = this.abs(rel);
    try {
      const l = lstatSync(abs);
      let escapes = false;
      let st = l;
      if (l.isSymbolicLink()) {
        const real = realpathQuiet(abs);
        if (!real) return { type: 'other', size: 0, mtimeMs: l.ctimeMs, escapes: false };
        escapes = !this.inside(real, await this.realRootPath());
        st = statSync(real);
      } else {
        // A parent folder may be a symlink out of the workspace.
        const real = realpathQuiet(abs) ?? abs;
        escapes = !this.inside(real, await this.realRootPath());
      }
      return { type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', ...versionOf(st), ...(escapes ? { escapes } : {}) };
    } catch {
      return undefined;
    }
  }
}
