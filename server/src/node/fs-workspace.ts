import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_EXCLUDES } from '../core/excludes.js';
import { byPath } from '../core/paths.js';
import { Breather } from './breather.js';
import { lstatQuiet } from './fs-quiet.js';
import { gitContentIds } from './git-content-ids.js';
import type { Repositories } from './repository.js';
import { GitListing, mergeListings, registryFolders } from './git-listing.js';
import { gitText, mayBeInWorkTree } from './git.js';
import { ListedReads } from './listed-reads.js';
import { failureOf, type ReadFs } from './read-fs.js';
import { readHeadTail } from './read-sample.js';
import { RootPolicy } from './root-policy.js';
import { walk } from './walk.js';
import type { CancellationToken, FileListing, FileVersion, FileStat, ListedRead, ListedReadOptions, ListingShortcuts, SkippedFile, Workspace } from '../core/workspace.js';
import { pushAll } from '../core/arrays.js';

const EXCLUDED_SEGMENT = new RegExp(`(?:^|/)(?:${DEFAULT_EXCLUDES.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:/|$)`);

function hasExcludedSegment(rel: string): boolean {
  return EXCLUDED_SEGMENT.test(rel);
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
  /** What files and folders are read with (default `node:fs`; tests pass one that fails). */
  readFs?: ReadFs;
  /**
   * The folder's files were written from the blobs its git listing names, byte for byte, and
   * nothing has changed them since (a pull request's base, see cli/git-base.ts): the listing's
   * ids are their content ids as they stand. git cannot tell that itself: no index holds stat
   * data of them.
   */
  writtenFromIndex?: boolean;
  /** git's answers about the repositories of a command's folders, asked once for all that need them. */
  repositories?: Repositories;
}

/**
 * A workspace over a folder on disk. Paths never leave `root`; symlinks out of it are refused
 * (`RootPolicy`). It lists with git when it can (`GitListing`), else by walking (`walk`), and
 * offers the indexing shortcuts itself (`ListedReads`, git's content ids).
 */
export class NodeWorkspace implements Workspace, ListingShortcuts {
  readonly root: string;
  readonly name: string;
  private readonly policy: RootPolicy;
  private readonly breather = new Breather();
  private readonly reads: ListedReads;
  /** The `ls-files --stage` of the content ids asked for last, until a listing takes it for its tracked files. */
  private staged: GitListing | undefined;

  constructor(
    root: string,
    readonly options: NodeWorkspaceOptions = {},
  ) {
    this.policy = new RootPolicy(root, options.maxFileBytes, options.readFs);
    this.root = this.policy.root;
    this.name = path.basename(this.root);
    this.reads = new ListedReads(this.policy, this.breather);
  }

  get shortcuts(): ListingShortcuts {
    return this;
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
    const files = await walk(this.policy, this.breather, this.options.stats === true, skipped, plain, stats, token);
    files.sort();
    skipped.sort(byPath);
    // The walk saw every folder on the way itself.
    this.reads.reset(plain, false);
    return { files, skipped, ...(this.options.stats ? { stats } : {}) };
  }

  /**
   * Tracked files from git at once, untracked ones (a slower walk, run meanwhile) as the second
   * part (`more`); undefined without git. When git cannot list the untracked files, the walker
   * lists them instead.
   */
  private async listWithGit(token?: CancellationToken): Promise<FileListing | undefined> {
    if (!this.inWorkTree()) return undefined;
    // The content ids' `ls-files --stage`, when they were asked for first, lists the tracked files too.
    const tracked = this.staged ?? this.gitListing('tracked');
    this.staged = undefined;
    const untracked = this.gitListing('untracked');
    const plain = new Set<string>();
    const stats = new Map<string, FileVersion>();
    const first = await this.gitPart(tracked, plain, stats, token);
    if (!(await tracked.result)) return undefined;
    // The index can name files below a folder that has since become a symlink: the read checks
    // the folders on the way (`foldersPlain`) and reads such files through `realpath`.
    this.reads.reset(plain, true);
    const reported = registryFolders(first.named);
    const more = (async (): Promise<FileListing | undefined> => {
      let second = await this.gitPart(untracked, plain, stats, token);
      if (token?.isCancellationRequested) return undefined;
      if (await untracked.result) pushAll(second.skipped, await this.unopenedFolders(untracked));
      else {
        const known = new Set(first.files);
        const skipped: SkippedFile[] = [];
        const walked = await walk(this.policy, this.breather, this.options.stats === true, skipped, new Set(), new Map(), token);
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
    pushAll(first.skipped, [...reported].map((dir) => ({ path: dir, reason: 'not-a-file' as const })));
    first.skipped.sort(byPath);
    return { files: first.files, skipped: first.skipped, ...(this.options.stats ? { stats } : {}), more };
  }

  /**
   * The folders git could not open for untracked files, relative to the root and skipped as
   * unreadable: reported (AIGOV009) like a folder the walker cannot list, never a silent skip.
   */
  private async unopenedFolders(git: GitListing): Promise<SkippedFile[]> {
    if (git.unopened.length === 0) return [];
    // Git names them from the top of the work tree; the root may be a folder below it.
    const prefix = (await gitText(this.root, ['rev-parse', '--show-prefix'])) ?? '';
    const out: SkippedFile[] = [];
    for (const top of git.unopened) {
      if (!top.startsWith(prefix)) continue;
      const rel = top.slice(prefix.length);
      if (rel !== '' && !hasExcludedSegment(rel)) out.push({ path: rel, reason: 'unreadable' });
    }
    return out;
  }

  /** The files of one `git ls-files`, checked on disk as git prints them when listing with stats. */
  private async gitPart(git: GitListing, plain: Set<string>, stats: Map<string, FileVersion>, token?: CancellationToken): Promise<{ files: string[]; named: string[]; skipped: SkippedFile[] }> {
    const files: string[] = [];
    /** Listed paths with a registry name in them (some may be below a folder so named). */
    const named: string[] = [];
    const skipped: SkippedFile[] = [];
    const rootReal = await this.policy.realRootPath();
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
        const st = lstatQuiet(this.policy.abs(f));
        if (!st) continue;
        if (st.isSymbolicLink()) {
          const verdict = await this.policy.followLink(f, rootReal);
          if (verdict === 'file') files.push(f);
          else if (verdict !== 'other') skipped.push({ path: f, reason: verdict });
        } else if (st.isFile()) this.policy.keepStated(f, st, files, plain, stats, skipped);
      }
    }
    // Paths git knows that are not valid UTF-8: listed as skipped, never silently left out.
    for (const f of git.undecodable) if (!hasExcludedSegment(f)) skipped.push({ path: f, reason: 'name-not-utf8' });
    files.sort();
    return { files, named, skipped };
  }

  /** See `ListedReads.takeListed`. */
  takeListed(paths: readonly string[]): string[] {
    return this.reads.takeListed(paths);
  }

  /** See `ListedReads.adoptListed`. */
  adoptListed(paths: readonly string[], checkFolders: boolean): void {
    this.reads.adoptListed(paths, checkFolders);
  }

  /** Whether reads of the last listing check the folders on the way (a git listing): tell `adoptListed`. */
  get checksFolders(): boolean {
    return this.reads.checksFolders;
  }

  readListed<T>(rel: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>> {
    return this.reads.readListed(rel, use, options);
  }

  probeListed(rel: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    return this.reads.probeListed(rel);
  }

  /** Whether git may list the root: it may be in a work tree. */
  protected inWorkTree(): boolean {
    return mayBeInWorkTree(this.root);
  }

  /** `git ls-files` of the root (see `inWorkTree`). */
  protected gitListing(which: 'tracked' | 'untracked' | 'staged'): GitListing {
    return new GitListing(this.root, which);
  }

  async contentIds(token?: CancellationToken): Promise<ReadonlyMap<string, string> | undefined> {
    if (this.options.useGit === false || !this.inWorkTree()) return undefined;
    const staged = this.gitListing('staged');
    // A listing that starts before these ids are ready takes its tracked files from the same process.
    this.staged = staged;
    const ids = this.options.writtenFromIndex ? ((await staged.result) ? new Map(staged.ids) : undefined) : await gitContentIds(this.root, staged, this.options.repositories?.of(this.root));
    // Not taken by then: a later listing asks git afresh.
    if (this.staged === staged) this.staged = undefined;
    return token?.isCancellationRequested ? undefined : ids;
  }

  readFile(rel: string): Promise<Uint8Array | undefined> {
    return this.reads.readFile(rel);
  }

  async readSample(rel: string, head: number, tail: number): Promise<{ head: Uint8Array; tail: Uint8Array; size: number } | 'unreadable' | undefined> {
    try {
      await this.breather.breathe();
      const real = realpathSync.native(this.policy.abs(rel));
      return this.policy.inside(real, await this.policy.realRootPath()) ? readHeadTail(real, head, tail, this.options.readFs) : undefined;
    } catch (err) {
      // There and not readable (permission denied, an input/output error): the caller reports it.
      return failureOf(err) === 'unreadable' ? 'unreadable' : undefined;
    }
  }

  stat(rel: string): Promise<FileStat | undefined> {
    return this.policy.stat(rel);
  }
}
