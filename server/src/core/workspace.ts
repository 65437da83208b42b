/**
 * The engine's only window on files. The CLI implements it over the disk; the language
 * server over open documents plus the disk; tests in memory.
 */
export interface FileStat {
  type: 'file' | 'directory' | 'other';
  size: number;
  mtimeMs: number;
  /** The path is a symbolic link (or passes through one) that resolves outside the workspace. */
  escapes?: boolean;
}

export interface SkippedFile {
  path: string;
  reason: 'binary' | 'too-large' | 'not-utf8' | 'unreadable' | 'symlink-loop' | 'outside-workspace' | 'not-a-file' | 'name-not-utf8';
}

/**
 * Size and time of last change of a listed file: what a cache of per-file results is keyed by.
 * `mtimeMs` is whatever time the workspace tells changes by; on disk it is the status-change
 * time, which every write moves and no call sets back (node/fs-quiet.ts `versionOf`).
 */
export interface FileVersion {
  size: number;
  mtimeMs: number;
}

export interface FileListing {
  /** Workspace-relative POSIX paths of regular files, ignore rules applied, sorted. */
  files: string[];
  /** Files passed over while listing, counted and reported. */
  skipped: SkippedFile[];
  /** Size and mtime of listed regular files, when the listing had them at no extra cost. */
  stats?: ReadonlyMap<string, FileVersion>;
  /**
   * The rest of the listing, when it comes in two parts (a repository's untracked files come
   * from a slower walk than its tracked ones): other files and skips, with no `stats` and no
   * further `more`. `files` can be read meanwhile. Undefined when the listing was cancelled.
   */
  more?: Promise<FileListing | undefined>;
}

/**
 * What reading a listed file gave: the value its bytes were turned into, the reason it is passed
 * over (a listing that does not stat every file finds these only when it reads), or undefined
 * when the file is gone or cannot be read.
 */
export type ListedRead<T> = { value: T; version?: FileVersion } | { unchanged: FileVersion } | { skipped: SkippedFile['reason'] } | undefined;

/** What a lending read is asked for besides the bytes. */
export interface ListedReadOptions {
  /** Also answer the file's size and mtime as read (what a cache is keyed by). */
  version?: boolean;
  /** Do not read the file when it still has this size and mtime: answer `{ unchanged }`. */
  unchangedIf?: FileVersion;
}

export interface Workspace {
  /** A display name for the root, e.g. its folder name. */
  readonly name: string;
  /** Lists the files to analyse, honouring .gitignore and the default excludes. */
  listFiles(token?: CancellationToken): Promise<FileListing>;
  /** The file's bytes, or undefined when it does not exist or cannot be read. Never throws. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Stat without following into the content. Undefined when missing. Never throws. */
  stat(path: string): Promise<FileStat | undefined>;
  /**
   * Optional: the first `head` and last `tail` bytes of a file and its size, without reading the
   * rest (a model file's signature and a zip's directory); undefined when it does not exist (or
   * leads out of the root), 'unreadable' when it is there and cannot be read. Never throws.
   * Without it, the whole file is read and cut.
   */
  readSample?(path: string, head: number, tail: number): Promise<{ head: Uint8Array; tail: Uint8Array; size: number } | 'unreadable' | undefined>;
  /** Optional speed-ups for indexing the last listing; without them every file is read with `readFile`. */
  readonly shortcuts?: ListingShortcuts;
}

/**
 * What a workspace over a real file system can do faster than `readFile` and `stat` while the
 * engine indexes the files of its last listing.
 */
export interface ListingShortcuts {
  /**
   * Reads a file of the last listing: its bytes are lent to `use` for the duration of the call
   * only (they may sit in a buffer that the next read reuses), so `use` must copy or decode what
   * it keeps. Throws only what `use` throws.
   */
  readListed<T>(path: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>>;
  /**
   * For a file of the last listing whose content cannot matter: what it is, without reading it.
   * 'file' for a regular file in the workspace (also through a symlink), a skip reason for a
   * symlink that loops or leads out, 'other' for anything else; undefined when gone.
   */
  probeListed(path: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined>;
  /**
   * Ids of file contents that a version control system recorded and vouches are still what the
   * working tree holds (git's blob ids of regular files unchanged since the index), by path. A
   * path missing from the map is not vouched for (changed, untracked, a symlink, marked
   * assume-unchanged or skip-worktree). Undefined outside a repository. Never rejects. A cache
   * keyed by these ids holds across fresh clones, where sizes and mtimes do not.
   */
  contentIds(token?: CancellationToken): Promise<ReadonlyMap<string, string> | undefined>;
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = { isCancellationRequested: false };

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

export const nullLogger: Logger = {
  info() {},
  warn() {},
  error() {},
};
