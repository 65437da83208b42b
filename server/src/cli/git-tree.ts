/**
 * A commit's tree as git gives it: its entries (`listTree`), the listing a checkout of it would
 * have (`stagedListing`), and its blobs, read as they are needed (`BlobStream`).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { childProcess } from '../node/lazy.js';
import { runGit } from '../node/git.js';
import { REGISTRY_FILENAMES } from '../core/manifest/names.js';

/** The first line of git's words that is not blank. */
export function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

export interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  path: string;
}

/**
 * Entries of the tree of `commit` below each of `prefixes` (POSIX; none for all), recursively,
 * and git's output as it printed it (`raw`: names as bytes, not all of them UTF-8).
 */
export async function listTree(top: string, commit: string, prefixes: readonly string[]): Promise<{ entries: TreeEntry[]; raw: Buffer }> {
  // With the folders, the registries in the folders above them, which govern them too.
  const above = [...new Set(prefixes.flatMap(registriesAbovePrefix))].map((f) => `:(literal)${f}`);
  const r = await runGit(top, ['ls-tree', '-r', '-z', '--full-tree', commit, ...(prefixes.length > 0 ? ['--', ...prefixes.map((p) => `${p}/`), ...above] : [])]);
  if (r.code !== 0) throw new Error(`git ls-tree ${commit} failed: ${firstLine(r.stderr)}`);
  const entries: TreeEntry[] = [];
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, id] = rec.slice(0, tab).split(' ');
    if (mode && type && id) entries.push({ mode, type, id, path: rec.slice(tab + 1) });
  }
  return { entries, raw: r.stdout };
}

/** The paths a registry may have in each folder above `prefix` (a folder of the tree, POSIX), up to the top. */
function registriesAbovePrefix(prefix: string): string[] {
  const segments = prefix.split('/');
  const out: string[] = [];
  for (let n = 0; n < segments.length; n++) {
    const folder = segments.slice(0, n).map((s) => `${s}/`).join('');
    for (const name of REGISTRY_FILENAMES) out.push(`${folder}${name}`);
  }
  return out;
}

/**
 * What `git ls-files -z --stage -v` would print in the folder `prefix` (POSIX, '' for the top)
 * of a checkout whose index is freshly read from the tree that `ls-tree -r -z --full-tree`
 * printed as `tree`: each entry below it, by its path from there, as a file git checks for
 * changes (tag H) at stage 0. Names are kept as bytes: one that is not UTF-8 is told as such.
 */
export function stagedListing(tree: Uint8Array, prefix: string): Buffer {
  // As latin1, one character a byte: names that are not UTF-8 come through as they are, and
  // the search runs on a string rather than through a Buffer's calls per entry.
  const text = Buffer.from(tree.buffer, tree.byteOffset, tree.length).toString('latin1');
  const below = prefix === '' ? '' : Buffer.from(`${prefix}/`, 'utf8').toString('latin1');
  let out = '';
  // The next tab at or after the entry's start (Infinity: none): kept across entries, so that
  // output without tabs is still searched once.
  let tab = -1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\0', start);
    if (end < 0) end = text.length;
    if (tab < start) tab = text.indexOf('\t', start);
    if (tab < 0) tab = Infinity;
    const at = start;
    start = end + 1;
    if (tab > end || !text.startsWith(below, tab + 1)) continue;
    // `<mode> <type> <id>`
    const [mode, , id] = text.slice(at, tab).split(' ');
    out += `H ${mode ?? ''} ${id ?? ''} 0\t${text.slice(tab + 1 + below.length, end)}\0`;
  }
  return Buffer.from(out, 'latin1');
}

/**
 * One `git cat-file --batch` of a repository, asked for blobs as they are needed; git answers in
 * the order asked. No filters (LFS, eol) run, so nothing is fetched and the bytes are git's own.
 * A failure (a missing object, git gone) fails every read after it and is kept in `failed`.
 */
export class BlobStream {
  private readonly child: ChildProcessWithoutNullStreams;
  /** Output not taken yet, as it came: joined only once the record it holds is whole (linear in a large blob). */
  private chunks: Buffer[] = [];
  private held = 0;
  /** Bytes the next record needs, once its header is known. */
  private need = 0;
  private readonly waiting: { resolve(content: Buffer): void; reject(err: Error): void }[] = [];
  private stderr = '';
  failed: Error | undefined;

  constructor(top: string) {
    this.child = childProcess().spawn('git', ['-C', top, '--no-optional-locks', 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    this.child.stdout.on('data', (chunk: Buffer) => this.take(chunk));
    this.child.stderr.on('data', (c: Buffer) => (this.stderr += c.toString('utf8')));
    this.child.on('error', (err) => this.fail(err));
    this.child.on('close', (code) => {
      if (this.waiting.length > 0) this.fail(new Error(`git cat-file ended early (exit ${code}): ${firstLine(this.stderr)}`));
    });
    this.child.stdin.on('error', () => {});
  }

  read(id: string): Promise<Buffer> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${id}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }

  private take(chunk: Buffer): void {
    if (this.failed) return;
    this.chunks.push(chunk);
    this.held += chunk.length;
    if (this.held < this.need) return;
    let buf = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.held);
    try {
      for (;;) {
        this.need = 0;
        const nl = buf.indexOf(10);
        if (nl < 0) break;
        const header = buf.subarray(0, nl).toString('utf8').split(' ');
        if (header[1] === 'missing') throw new Error(`git object ${header[0]} is missing`);
        const size = Number(header[2]);
        if (!Number.isInteger(size) || size < 0) throw new Error(`unexpected git cat-file output: ${header.join(' ')}`);
        if (buf.length < nl + 1 + size + 1) {
          this.need = nl + 1 + size + 1;
          break;
        }
        const content = buf.subarray(nl + 1, nl + 1 + size);
        buf = buf.subarray(nl + 1 + size + 1);
        const w = this.waiting.shift();
        if (!w) throw new Error('git cat-file answered more than was asked');
        w.resolve(content);
      }
      this.chunks = buf.length > 0 ? [buf] : [];
      this.held = buf.length;
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private fail(err: Error): void {
    this.failed ??= err;
    for (const w of this.waiting.splice(0)) w.reject(this.failed);
    this.child.kill();
  }
}
