/**
 * The base of a pull request as files on disk: the merge-base of HEAD and a ref, written from
 * git's objects into a temporary folder. The user's working tree, index and refs are never
 * touched: the folder is a repository of its own that borrows the user's objects (alternates)
 * and whose index is the base tree, so that it is listed as the checkout is (`git ls-files`).
 */
import { childProcess } from '../node/lazy.js';
import { promises as fs, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gitText, runGit } from '../node/git.js';
import { uiText } from '../core/i18n/ui.js';
import { usage } from './args.js';
import { pushAll } from '../core/arrays.js';

interface BaseTree {
  /** The repository's top folder. */
  top: string;
  /** The merge-base commit. */
  commit: string;
  /** The temporary folder that mirrors `top` at `commit`. */
  mirror: string;
  /** Removes the temporary folder. */
  dispose(): Promise<void>;
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/** What to type to bring `ref` into the clone. */
function fetchCommand(ref: string): string {
  // `remote/branch` (a commit id has no slash).
  const remote = /^([\w.-]+)\/(.+)$/.exec(ref);
  if (remote) return `git fetch ${remote[1]} +refs/heads/${remote[2]}:refs/remotes/${remote[1]}/${remote[2]}`;
  return `git fetch origin ${ref}`;
}

/** The merge-base of HEAD and `ref` in the repository holding `folder`, with clear errors. */
async function mergeBase(folder: string, ref: string): Promise<{ top: string; commit: string }> {
  const top = await gitText(folder, ['rev-parse', '--show-toplevel']);
  if (!top) throw usage('cli.git.noRepository', { folder });
  const shallow = (await gitText(top, ['rev-parse', '--is-shallow-repository'])) === 'true';
  const head = await gitText(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head) throw usage('cli.git.noHead', { top });
  const target = await gitText(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!target) {
    throw usage(shallow ? 'cli.git.notACommitShallow' : 'cli.git.notACommit', { ref, fetch: fetchCommand(ref), hint: uiText('cli.git.fetchHint') });
  }
  const mb = await runGit(top, ['merge-base', head, target]);
  const commit = mb.stdout.toString('utf8').trim();
  if (mb.code === 0 && commit) return { top, commit };
  if (mb.code === 1 && shallow) {
    throw usage('cli.git.shallow', { ref, hint: uiText('cli.git.fetchHint') });
  }
  if (mb.code === 1) throw usage('cli.git.noAncestor', { ref });
  throw usage('cli.git.failed', { detail: firstLine(mb.stderr) });
}

interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  path: string;
}

/** Entries of the tree of `commit` below `prefix` (POSIX, '' for all), recursively. */
async function listTree(top: string, commit: string, prefix: string): Promise<TreeEntry[]> {
  const r = await runGit(top, ['ls-tree', '-r', '-z', '--full-tree', commit, ...(prefix ? ['--', `${prefix}/`] : [])]);
  if (r.code !== 0) throw new Error(`git ls-tree ${commit} failed: ${firstLine(r.stderr)}`);
  const out: TreeEntry[] = [];
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, id] = rec.slice(0, tab).split(' ');
    if (mode && type && id) out.push({ mode, type, id, path: rec.slice(tab + 1) });
  }
  return out;
}

/** A path of the tree as a path below `dir`; undefined when it would leave it. */
function below(dir: string, p: string): string | undefined {
  const abs = path.resolve(dir, ...p.split('/'));
  const rel = path.relative(dir, abs);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : abs;
}

/**
 * Writes the blobs of `entries` below `dir` with one `git cat-file --batch`, as its output
 * streams in: no filters (LFS, eol) run, so nothing is fetched and the bytes are git's own.
 */
function writeBlobs(top: string, dir: string, entries: readonly TreeEntry[]): Promise<void> {
  const blobs = entries.filter((e) => e.type === 'blob');
  return new Promise((resolve, reject) => {
    const child = childProcess().spawn('git', ['-C', top, '--no-optional-locks', 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    let buf: Buffer = Buffer.alloc(0);
    let i = 0;
    let failed: Error | undefined;
    let stderr = '';
    const made = new Set<string>();
    const place = (e: TreeEntry, content: Buffer): void => {
      const abs = below(dir, e.path);
      if (!abs) return;
      const parent = path.dirname(abs);
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      if (e.mode === '120000') {
        try {
          symlinkSync(content.toString('utf8'), abs);
        } catch {
          // A file system without symlinks: the base simply lacks this one, as a checkout would.
        }
      } else {
        writeFileSync(abs, content, { mode: e.mode === '100755' ? 0o755 : 0o644 });
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      try {
        for (;;) {
          const nl = buf.indexOf(10);
          if (nl < 0) return;
          const header = buf.subarray(0, nl).toString('utf8').split(' ');
          if (header[1] === 'missing') throw new Error(`git object ${header[0]} is missing`);
          const size = Number(header[2]);
          if (!Number.isInteger(size) || size < 0) throw new Error(`unexpected git cat-file output: ${header.join(' ')}`);
          if (buf.length < nl + 1 + size + 1) return;
          const e = blobs[i++];
          if (e) place(e, buf.subarray(nl + 1, nl + 1 + size));
          buf = buf.subarray(nl + 1 + size + 1);
        }
      } catch (err) {
        failed = err instanceof Error ? err : new Error(String(err));
        child.kill();
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (err) => reject(err));
    child.on('close', (code) => {
      if (failed) reject(failed);
      else if (code !== 0 || i !== blobs.length) reject(new Error(`git cat-file ended early (exit ${code}): ${firstLine(stderr)}`));
      else resolve();
    });
    child.stdin.on('error', () => {});
    child.stdin.end(blobs.map((e) => `${e.id}\n`).join(''));
  });
}

/**
 * Writes the tree of `commit` below each of `prefixes` (POSIX paths of the checked folders
 * below the top) into a new temporary folder, and gives that folder an index holding the whole
 * tree so that it lists as a checkout does.
 */
async function materialize(top: string, commit: string, prefixes: readonly string[]): Promise<BaseTree> {
  const mirror = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-base-'));
  const dispose = (): Promise<void> => fs.rm(mirror, { recursive: true, force: true });
  try {
    const roots = prefixes.includes('') ? [''] : [...new Set(prefixes)].filter((p) => !prefixes.some((q) => q !== p && p.startsWith(`${q}/`)));
    for (const prefix of roots) {
      const entries = await listTree(top, commit, prefix);
      await writeBlobs(top, mirror, entries);
      for (const e of entries) {
        // Submodules (commits) are folders without their contents, as in a fresh clone.
        const abs = e.type === 'commit' ? below(mirror, e.path) : undefined;
        if (abs) await fs.mkdir(abs, { recursive: true });
      }
    }
    for (const p of prefixes) await fs.mkdir(below(mirror, p) ?? mirror, { recursive: true });
    await indexBaseTree(top, commit, mirror);
    return { top, commit, mirror, dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}

/** Makes `mirror` a repository whose index is `commit`'s tree, borrowing the objects of `top`. */
async function indexBaseTree(top: string, commit: string, mirror: string): Promise<void> {
  const objects = await gitText(top, ['rev-parse', '--path-format=absolute', '--git-path', 'objects']);
  const format = (await gitText(top, ['rev-parse', '--show-object-format'])) ?? 'sha1';
  if (!objects) throw new Error('git rev-parse --git-path objects failed');
  const init = await runGit(mirror, ['init', '-q', `--object-format=${format}`]);
  if (init.code !== 0) throw new Error(`git init failed: ${firstLine(init.stderr)}`);
  await fs.writeFile(path.join(mirror, '.git', 'objects', 'info', 'alternates'), `${objects}\n`);
  const read = await runGit(mirror, ['read-tree', commit]);
  if (read.code !== 0) throw new Error(`git read-tree failed: ${firstLine(read.stderr)}`);
}

/** What a check of the base found, and which commit it was. */
interface BaseRun<T> {
  ref: string;
  commit: string;
  findings: T[];
}

/**
 * Checks the merge-base of HEAD and `ref` for each folder: the repository's tree at that commit
 * is written to a temporary folder (removed afterwards) and `analyse` runs on the same folders
 * there, each reported under its own display prefix. Folders of one repository share one tree.
 */
export async function checkBase<T>(
  folders: readonly string[],
  ref: string,
  analyse: (dirs: string[], indexes: number[]) => Promise<T[]>,
): Promise<BaseRun<T>> {
  const byTop = new Map<string, { commit: string; items: { index: number; prefix: string }[] }>();
  for (const [index, folder] of folders.entries()) {
    const { top, commit } = await mergeBase(folder, ref);
    const prefix = ((await gitText(folder, ['rev-parse', '--show-prefix'])) ?? '').replace(/\/$/, '');
    const group = byTop.get(top) ?? { commit, items: [] };
    group.items.push({ index, prefix });
    byTop.set(top, group);
  }
  const findings: T[] = [];
  const commits = new Set<string>();
  for (const [top, group] of byTop) {
    commits.add(group.commit);
    const base = await materialize(top, group.commit, group.items.map((i) => i.prefix));
    try {
      const dirs = group.items.map((i) => below(base.mirror, i.prefix) ?? base.mirror);
      pushAll(findings, await analyse(dirs, group.items.map((i) => i.index)));
    } finally {
      await base.dispose();
    }
  }
  return { ref, commit: [...commits].join(', '), findings };
}
