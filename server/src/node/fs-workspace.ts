import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { CancellationToken, FileListing, FileStat, SkippedFile, Workspace } from '../core/workspace.js';

/** Folders never analysed: dependencies, virtual environments, build output, VCS data. */
export const DEFAULT_EXCLUDES = ['node_modules', '.venv', 'venv', 'dist', 'build', 'vendor', '.git', '.hg', '.svn', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.cache'];

const EXCLUDED = new Set(DEFAULT_EXCLUDES);


function hasExcludedSegment(rel: string): boolean {
  for (const seg of rel.split('/')) if (EXCLUDED.has(seg)) return true;
  return false;
}

function gitListFiles(root: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-C', root, 'ls-files', '--cached', '--others', '--exclude-standard', '-z', '--deduplicate'],
      { maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' },
      (err, stdout) => {
        if (err) return resolve(undefined);
        resolve(stdout.toString('utf8').split('\0').filter((s) => s.length > 0));
      },
    );
  });
}

/** A workspace over a folder on disk. Paths never leave `root`; symlinks out of it are refused. */
export class NodeWorkspace implements Workspace {
  readonly root: string;
  readonly name: string;
  private realRoot: string | undefined;

  constructor(root: string, readonly options: { useGit?: boolean } = {}) {
    this.root = path.resolve(root);
    this.name = path.basename(this.root);
  }

  private async realRootPath(): Promise<string> {
    this.realRoot ??= await fs.realpath(this.root).catch(() => this.root);
    return this.realRoot;
  }

  abs(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  private inside(real: string, rootReal: string): boolean {
    return real === rootReal || real.startsWith(rootReal + path.sep);
  }

  async listFiles(token?: CancellationToken): Promise<FileListing> {
    const skipped: SkippedFile[] = [];
    let files: string[] | undefined;
    if (this.options.useGit !== false) files = await gitListFiles(this.root);
    if (files) {
      files = files.filter((f) => !hasExcludedSegment(f));
      // Tracked files may be deleted, and symlinks may point anywhere: keep regular files inside.
      const kept: string[] = [];
      const rootReal = await this.realRootPath();
      await Promise.all(
        files.map(async (f) => {
          const abs = this.abs(f);
          const st = await fs.lstat(abs).catch(() => undefined);
          if (!st) return;
          if (st.isSymbolicLink()) {
            const real = await fs.realpath(abs).catch(() => undefined);
            if (!real) return void skipped.push({ path: f, reason: 'symlink-loop' });
            if (!this.inside(real, rootReal)) return void skipped.push({ path: f, reason: 'outside-workspace' });
            const rs = await fs.stat(real).catch(() => undefined);
            if (rs?.isFile()) kept.push(f);
            return;
          }
          if (st.isFile()) kept.push(f);
        }),
      );
      files = kept;
    } else {
      files = await this.walk(skipped, token);
    }
    files.sort();
    skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
    return { files, skipped };
  }

  /** Walks the tree honouring nested .gitignore files (with negations), without following symlinked folders. */
  private async walk(skipped: SkippedFile[], token?: CancellationToken): Promise<string[]> {
    const out: string[] = [];
    const rootReal = await this.realRootPath();
    const visit = async (dirRel: string, rules: { base: string; ig: Ignore }[]): Promise<void> => {
      if (token?.isCancellationRequested) return;
      const dirAbs = dirRel ? this.abs(dirRel) : this.root;
      const entries = await fs.readdir(dirAbs, { withFileTypes: true }).catch(() => []);
      let scoped = rules;
      const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
      if (gi) {
        const text = await fs.readFile(path.join(dirAbs, '.gitignore'), 'utf8').catch(() => '');
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
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
        if (EXCLUDED.has(e.name)) continue;
        if (e.isDirectory()) {
          if (!isIgnored(rel, true)) subdirs.push(rel);
        } else if (e.isFile()) {
          if (!isIgnored(rel, false)) out.push(rel);
        } else if (e.isSymbolicLink()) {
          if (isIgnored(rel, false)) continue;
          const real = await fs.realpath(this.abs(rel)).catch(() => undefined);
          if (!real) skipped.push({ path: rel, reason: 'symlink-loop' });
          else if (!this.inside(real, rootReal)) skipped.push({ path: rel, reason: 'outside-workspace' });
          else if ((await fs.stat(real).catch(() => undefined))?.isFile()) out.push(rel);
          // Symlinked folders are not followed: their files are reached through their real path.
        }
      }
      for (const d of subdirs) await visit(d, scoped);
    };
    await visit('', []);
    return out;
  }

  async readFile(rel: string): Promise<Uint8Array | undefined> {
    const abs = this.abs(rel);
    try {
      const real = await fs.realpath(abs);
      if (!this.inside(real, await this.realRootPath())) return undefined;
      return await fs.readFile(real);
    } catch {
      return undefined;
    }
  }

  async stat(rel: string): Promise<FileStat | undefined> {
    const abs = this.abs(rel);
    try {
      const l = await fs.lstat(abs);
      let escapes = false;
      let st = l;
      if (l.isSymbolicLink()) {
        const real = await fs.realpath(abs).catch(() => undefined);
        if (!real) return { type: 'other', size: 0, mtimeMs: l.mtimeMs, escapes: false };
        escapes = !this.inside(real, await this.realRootPath());
        st = await fs.stat(real);
      } else {
        // A parent folder may be a symlink out of the workspace.
        const real = await fs.realpath(abs).catch(() => abs);
        escapes = !this.inside(real, await this.realRootPath());
      }
      return { type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', size: st.size, mtimeMs: st.mtimeMs, ...(escapes ? { escapes } : {}) };
    } catch {
      return undefined;
    }
  }
}
