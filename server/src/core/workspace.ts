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
  reason: 'binary' | 'too-large' | 'not-utf8' | 'unreadable' | 'symlink-loop' | 'outside-workspace' | 'not-a-file';
}

/** Size and modification time of a listed file: what a cache of per-file results is keyed by. */
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
