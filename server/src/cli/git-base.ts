/**
 * The base of a pull request as files on disk: the merge-base of HEAD and a ref, written from
 * git's objects into a temporary folder. The user's working tree, index and refs are never
 * touched. When every file is written, the folder is a repository of its own that borrows the
 * user's objects (alternates) and whose index is the base tree, so that it is listed as the
 * checkout is (`git ls-files`). When files are written as they are asked for, the tree's own
 * listing stands for that index (`BaseFiles.listing`): no repository is made.
 */
import { promises as fs, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gitText, runGit } from '../node/git.js';
import { Repositories, type Repository } from '../node/repository.js';
import { uiText } from '../core/i18n/ui.js';
import { usage } from './args.js';
import { pushAll } from '../core/arrays.js';
import type { FileStat, ListedRead, ListedReadOptions, SkippedFile } from '../core/workspace.js';
import type { NodeWorkspaceOptions } from '../node/fs-workspace.js';
import { GitListing } from '../node/git-listing.js';
import { TunedWorkspace } from './compiler.js';
import { BlobStream, firstLine, listTree, stagedListing, type TreeEntry } from './git-tree.js';

interface BaseTree {
  /** The repository's top folder. */
  top: string;
  /** The merge-base commit. */
  commit: string;
  /** The temporary folder that mirrors `top` at `commit`. */
  mirror: string;
  /** Removes the temporary folder. */
  dispose(): Promise<void>;
  /** Where its blobs come from: its failure fails the check of the base. */
  stream: BlobStream;
  /** Its files, written on demand; absent when all are written. */
  files?: OnDemandFiles;
}

/** What to type to bring `ref` into the clone. */
function fetchCommand(ref: string): string {
  // `remote/branch` (a commit id has no slash).
  const remote = /^([\w.-]+)\/(.+)$/.exec(ref);
  if (remote) return `git fetch ${remote[1]} +refs/heads/${remote[2]}:refs/remotes/${remote[1]}/${remote[2]}`;
  return `git fetch origin ${ref}`;
}

/**
 * The merge-base of HEAD and `ref` in `repo`, from `mb` (a `git merge-base` of the two run in
 * it); when that failed, the reason, asked of git one question at a time.
 */
async function mergeBase(repo: Repository, ref: string, mb: ReturnType<typeof runGit>): Promise<string> {
  const { top, shallow } = repo;
  const r = await mb;
  const commit = r.stdout.toString('utf8').trim();
  if (r.code === 0 && commit) return commit;
  const head = await gitText(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (!head) throw usage('cli.git.noHead', { top });
  const target = await gitText(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!target) {
    throw usage(shallow ? 'cli.git.notACommitShallow' : 'cli.git.notACommit', { ref, fetch: fetchCommand(ref), hint: uiText('cli.git.fetchHint') });
  }
  if (r.code === 1 && shallow) {
    throw usage('cli.git.shallow', { ref, hint: uiText('cli.git.fetchHint') });
  }
  if (r.code === 1) throw usage('cli.git.noAncestor', { ref });
  throw usage('cli.git.failed', { detail: firstLine(r.stderr) });
}

/** A `git merge-base` of HEAD and `ref` run in `dir` (a ref that looks like an option is a ref). */
function runMergeBase(dir: string, ref: string): ReturnType<typeof runGit> {
  return runGit(dir, ['merge-base', '--end-of-options', 'HEAD^{commit}', `${ref}^{commit}`]);
}

/** Whether a relative path leads out of its folder (a name such as `..cfg` does not). */
function leaves(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/** A path of the tree as a path below `dir`; undefined when it would leave it. */
function below(dir: string, p: string): string | undefined {
  const abs = path.resolve(dir, ...p.split('/'));
  const rel = path.relative(dir, abs);
  return rel === '' || leaves(rel) ? undefined : abs;
}

/** Writes blobs of the base tree below `dir`, each at its path with its mode (a symlink as a symlink). */
class MirrorWriter {
  private readonly made = new Set<string>();

  constructor(private readonly dir: string) {}

  place(e: TreeEntry, content: Buffer): void {
    const abs = below(this.dir, e.path);
    if (!abs) return;
    const parent = path.dirname(abs);
    if (!this.made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      this.made.add(parent);
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
  }
}

/** Writes every blob of `entries` below `dir`. */
async function writeBlobs(stream: BlobStream, writer: MirrorWriter, entries: readonly TreeEntry[]): Promise<void> {
  await Promise.all(entries.filter((e) => e.type === 'blob').map((e) => stream.read(e.id).then((content) => writer.place(e, content))));
}

/**
 * The files of a base written as a check asks for them: a pull request's base is checked from what
 * the check of HEAD learned of the files the two share (by blob id), so most are never opened and
 * need not be written. Every way a workspace reaches a file asks `ensure` first (`BaseWorkspace`).
 */
export interface BaseFiles {
  /** The folder the tree is written to (the top of the base's repository). */
  readonly top: string;
  /** Writes the file at `abs` (a path below the base's folder) if the tree has one there, or makes the folder. */
  ensure(abs: string): Promise<void>;
  /** The folder `abs` as `git ls-files -z --stage -v` would list it in a checkout of the tree (see `stagedListing`). */
  listing(abs: string): Buffer;
}

/** Symlinks followed for one path at most (Linux's own limit). */
const MAX_LINKS = 40;

class OnDemandFiles implements BaseFiles {
  /** The first file or folder that could not be written. */
  failed: Error | undefined;
  private readonly blobs = new Map<string, TreeEntry>();
  private readonly folders = new Set<string>();
  private readonly written = new Map<string, Promise<void>>();
  private readonly links = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly mirror: string,
    entries: readonly TreeEntry[],
    private readonly tree: Buffer,
    private readonly stream: BlobStream,
    private readonly writer: MirrorWriter,
  ) {
    for (const e of entries) {
      if (e.type === 'blob') this.blobs.set(e.path, e);
      for (let i = e.path.lastIndexOf('/'); i > 0; i = e.path.lastIndexOf('/', i - 1)) {
        const folder = e.path.slice(0, i);
        if (this.folders.has(folder)) break;
        this.folders.add(folder);
      }
    }
  }

  get top(): string {
    return this.mirror;
  }

  listing(abs: string): Buffer {
    const rel = path.relative(this.mirror, abs);
    return leaves(rel) ? Buffer.alloc(0) : stagedListing(this.tree, rel.split(path.sep).join('/'));
  }

  async ensure(abs: string): Promise<void> {
    const rel = path.relative(this.mirror, abs);
    if (rel === '' || leaves(rel)) return;
    // A symlink on the way (or at the end) is written, and the path goes on from its target.
    let key: string | undefined = rel.split(path.sep).join('/');
    for (let hops = 0; key !== undefined && hops <= MAX_LINKS; hops++) key = await this.step(key);
  }

  /** Writes what the tree has at `key`; the path to go on with when a symlink led elsewhere. */
  private async step(key: string): Promise<string | undefined> {
    for (let i = key.indexOf('/'); i > 0; i = key.indexOf('/', i + 1)) {
      const link = this.blobs.get(key.slice(0, i));
      if (link?.mode === '120000') {
        const target = await this.link(link);
        return target === undefined ? undefined : target === '' ? key.slice(i + 1) : `${target}/${key.slice(i + 1)}`;
      }
    }
    const e = this.blobs.get(key);
    if (e?.mode === '120000') return this.link(e);
    if (e) await this.once(key, async () => this.writer.place(e, await this.stream.read(e.id)));
    else if (this.folders.has(key)) await this.once(key, () => fs.mkdir(path.join(this.mirror, ...key.split('/')), { recursive: true }));
    return undefined;
  }

  private once(key: string, make: () => Promise<unknown>): Promise<void> {
    let done = this.written.get(key);
    if (!done) {
      done = make().then(
        () => undefined,
        (err: unknown) => {
          // A file of the base not written (a full disk) must not pass for one the base lacks.
          this.failed ??= err instanceof Error ? err : new Error(String(err));
          throw err;
        },
      );
      this.written.set(key, done);
    }
    return done;
  }

  /** Writes the symlink once; its target as a path of the tree ('' for the top), undefined when it leaves the tree. */
  private link(e: TreeEntry): Promise<string | undefined> {
    let target = this.links.get(e.path);
    if (!target) {
      target = this.stream.read(e.id).then((content) => {
        this.writer.place(e, content);
        const text = content.toString('utf8');
        if (path.posix.isAbsolute(text)) return undefined;
        const to = path.posix.normalize(path.posix.join(path.posix.dirname(e.path), text));
        return to === '.' ? '' : to === '..' || to.startsWith('../') ? undefined : to;
      });
      this.links.set(e.path, target);
    }
    return target;
  }
}

/**
 * Writes the tree of `commit` below each of `prefixes` (POSIX paths of the checked folders
 * below the top) into a new temporary folder, and gives that folder an index holding the whole
 * tree so that it lists as a checkout does. `onDemand`: the files are written as they are asked
 * for (`files`).
 */
async function materialize(repo: Repository, commit: string, prefixes: readonly string[], onDemand: boolean): Promise<BaseTree> {
  const { top } = repo;
  // Real, so that the paths a workspace asks about (below its real root) are found below it.
  const mirror = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-base-')));
  const stream = new BlobStream(top);
  // Once, whoever asks first (the check of the base, or a check that failed before it).
  let disposed: Promise<void> | undefined;
  const dispose = (): Promise<void> =>
    (disposed ??= (async () => {
      stream.close();
      await fs.rm(mirror, { recursive: true, force: true });
    })());
  // The index needs nothing of the listing: git writes it meanwhile. Files written on demand are
  // listed from the tree itself (`OnDemandFiles.listing`), and need no index.
  const indexed = onDemand
    ? Promise.resolve(undefined)
    : indexBaseTree(repo, commit, mirror).then(
        () => undefined,
        (err: unknown) => err,
      );
  try {
    const roots = prefixes.includes('') ? [] : [...new Set(prefixes)].filter((p) => !prefixes.some((q) => q !== p && p.startsWith(`${q}/`)));
    const { entries, raw } = await listTree(top, commit, roots);
    const writer = new MirrorWriter(mirror);
    if (!onDemand) await writeBlobs(stream, writer, entries);
    for (const e of entries) {
      // Submodules (commits) are folders without their contents, as in a fresh clone.
      const abs = e.type === 'commit' ? below(mirror, e.path) : undefined;
      if (abs) await fs.mkdir(abs, { recursive: true });
    }
    for (const p of prefixes) await fs.mkdir(below(mirror, p) ?? mirror, { recursive: true });
    const failed = await indexed;
    if (failed !== undefined) throw failed;
    return { top, commit, mirror, dispose, stream, ...(onDemand ? { files: new OnDemandFiles(mirror, entries, raw, stream, writer) } : {}) };
  } catch (err) {
    // Not while git still writes in the folder.
    await indexed;
    await dispose();
    throw err;
  }
}

/** A folder of a base whose files are written as they are first asked for (`BaseFiles`). */
export class BaseWorkspace extends TunedWorkspace {
  constructor(
    root: string,
    options: NodeWorkspaceOptions,
    private readonly files: BaseFiles,
  ) {
    super(root, options);
  }

  /** The tree's listing stands for git's: the folder is no repository (see `materialize`). */
  protected override inWorkTree(): boolean {
    return true;
  }

  protected override gitListing(which: 'tracked' | 'untracked' | 'staged'): GitListing {
    return which === 'untracked' ? new GitListing(this.root, 'untracked', Buffer.alloc(0)) : new GitListing(this.root, 'staged', this.files.listing(this.root));
  }

  private ready(rel: string): Promise<void> {
    return this.files.ensure(path.join(this.root, ...rel.split('/')));
  }

  override async readFile(rel: string): Promise<Uint8Array | undefined> {
    await this.ready(rel);
    return super.readFile(rel);
  }

  override async stat(rel: string): Promise<FileStat | undefined> {
    await this.ready(rel);
    return super.stat(rel);
  }

  override async readSample(rel: string, head: number, tail: number): Promise<{ head: Uint8Array; tail: Uint8Array; size: number } | 'unreadable' | undefined> {
    await this.ready(rel);
    return super.readSample(rel, head, tail);
  }

  override async readListed<T>(rel: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>> {
    await this.ready(rel);
    return super.readListed(rel, use, options);
  }

  override async probeListed(rel: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    await this.ready(rel);
    return super.probeListed(rel);
  }
}

/**
 * The line of `objects/info/alternates` that names `dir`: C-quoted when the path holds a line
 * break (git unquotes a line that starts with a double quote; an absolute path never does).
 */
function alternatesLine(dir: string): string {
  return dir.includes('\n') ? `"${dir.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"` : dir;
}

/** Makes `mirror` a repository whose index is `commit`'s tree, borrowing the objects of `repo`. */
async function indexBaseTree(repo: Repository, commit: string, mirror: string): Promise<void> {
  const { objects, format = 'sha1' } = repo;
  if (!objects) throw new Error('git rev-parse --git-path objects failed');
  // No template: its sample hooks and description are of no use to a folder that is only listed.
  const init = await runGit(mirror, ['init', '-q', '--template=', `--object-format=${format}`]);
  if (init.code !== 0) throw new Error(`git init failed: ${firstLine(init.stderr)}`);
  await fs.writeFile(path.join(mirror, '.git', 'objects', 'info', 'alternates'), `${alternatesLine(objects)}\n`);
  const read = await runGit(mirror, ['read-tree', commit]);
  if (read.code !== 0) throw new Error(`git read-tree failed: ${firstLine(read.stderr)}`);
}

/** What a check of the base found, and which commit it was. */
interface BaseRun<T> {
  ref: string;
  commit: string;
  findings: T[];
}

/** The base of a check made ready: each repository's merge-base found and its tree written. */
interface PreparedBase {
  ref: string;
  groups: { commit: string; items: { index: number; prefix: string }[]; base: BaseTree }[];
}

/**
 * Checks the merge-base of HEAD and `ref` for each folder: the repository's tree at that commit
 * is written to a temporary folder (removed afterwards) and `analyse` runs on the same folders
 * there, each reported under its own display prefix. Folders of one repository share one tree.
 */
export function checkBase<T>(
  folders: readonly string[],
  ref: string,
  analyse: (dirs: string[], indexes: number[], files?: BaseFiles) => Promise<T[]>,
  options: { onDemand?: boolean } = {},
): Promise<BaseRun<T>> {
  return checkPrepared(prepareBase(folders, ref, options), analyse);
}

/**
 * What `checkBase` does before it analyses anything: git's answers and the trees, all of it git's
 * own work in other processes, which a check starts first and awaits after checking HEAD. Its
 * failure (a ref that is not a commit) is thrown where the result is awaited; a base that is
 * not checked after all is `discardBase`d.
 */
export async function prepareBase(folders: readonly string[], ref: string, options: { onDemand?: boolean; repositories?: Repositories } = {}): Promise<PreparedBase> {
  // One `rev-parse` per folder, all at once (or the answers the check asked already), and the
  // merge-base in the first folder's repository meanwhile (the one repository of most checks);
  // each other repository's after its first folder's.
  const asked = options.repositories ?? new Repositories();
  const repos = folders.map((folder) => asked.of(folder));
  const first = folders[0] === undefined ? undefined : runMergeBase(folders[0], ref);
  const byTop = new Map<string, { repo: Repository; commit: string; items: { index: number; prefix: string }[] }>();
  for (const [index, folder] of folders.entries()) {
    const repo = await repos[index]!;
    if (!repo) throw usage('cli.git.noRepository', { folder });
    let group = byTop.get(repo.top);
    if (!group) {
      group = { repo, commit: await mergeBase(repo, ref, index === 0 && first ? first : runMergeBase(repo.top, ref)), items: [] };
      byTop.set(repo.top, group);
    }
    group.items.push({ index, prefix: repo.prefix });
  }
  const groups: PreparedBase['groups'] = [];
  try {
    for (const group of byTop.values()) {
      const base = await materialize(group.repo, group.commit, group.items.map((i) => i.prefix), options.onDemand === true).catch((err: unknown) => {
        throw unwritten(group.commit, err);
      });
      groups.push({ commit: group.commit, items: group.items, base });
    }
  } catch (err) {
    await Promise.all(groups.map((g) => g.base.dispose()));
    throw err;
  }
  return { ref, groups };
}

/** Removes the trees of a base that is not checked after all (HEAD's check failed); never throws. */
export async function discardBase(prepared: Promise<PreparedBase>): Promise<void> {
  const p = await prepared.catch(() => undefined);
  await Promise.all((p?.groups ?? []).map((g) => g.base.dispose().catch(() => undefined)));
}

/** The second half of `checkBase`: `analyse` on each prepared tree, which is removed afterwards. */
export async function checkPrepared<T>(prepared: Promise<PreparedBase>, analyse: (dirs: string[], indexes: number[], files?: BaseFiles) => Promise<T[]>): Promise<BaseRun<T>> {
  const { ref, groups } = await prepared;
  const findings: T[] = [];
  try {
    for (const { commit, items, base } of groups) {
      const dirs = items.map((i) => below(base.mirror, i.prefix) ?? base.mirror);
      const found = await analyse(dirs, items.map((i) => i.index), base.files);
      // A file the check could not be given must not pass for one the base lacks.
      const failed = base.stream.failed ?? base.files?.failed;
      if (failed) throw unwritten(commit, failed);
      pushAll(findings, found);
    }
  } finally {
    await Promise.all(groups.map((g) => g.base.dispose()));
  }
  return { ref, commit: [...new Set(groups.map((g) => g.commit))].join(', '), findings };
}

/**
 * git failing to give the tree (a partial clone, a snapshot without its largest objects) or a
 * full disk: said as what it is, not as an internal error.
 */
function unwritten(commit: string, err: unknown): Error {
  return usage('cli.git.baseUnwritten', { commit: commit.slice(0, 12), detail: err instanceof Error ? err.message : String(err) });
}
