import type { CancellationToken, FileListing, FileStat, ListedRead, ListedReadOptions, ListingShortcuts, SkippedFile, Workspace } from '../core/workspace.js';
import { REGISTRY_FILENAMES } from '../core/manifest/registry.js';
import { dirname, joinPath } from '../core/paths.js';

/** Text of a file an editor holds open, by workspace-relative path. */
type OpenText = (path: string) => string | undefined;

const encoder = new TextEncoder();

/**
 * The engine's window on a workspace folder in the server: open documents as the editor holds
 * them, every other file from the disk.
 */
export class OverlayWorkspace implements Workspace, ListingShortcuts {
  constructor(
    private readonly disk: Workspace,
    private readonly openText: OpenText,
  ) {}

  get shortcuts(): ListingShortcuts {
    return this;
  }

  get name(): string {
    return this.disk.name;
  }

  listFiles(token?: CancellationToken): Promise<FileListing> {
    return this.disk.listFiles(token);
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    const text = this.openText(path);
    return text !== undefined ? encoder.encode(text) : this.disk.readFile(path);
  }

  async readListed<T>(path: string, use: (bytes: Uint8Array) => T, options?: ListedReadOptions): Promise<ListedRead<T>> {
    const text = this.openText(path);
    // The editor's text has no version on disk: it is never taken as unchanged, nor cached.
    if (text !== undefined) return { value: use(encoder.encode(text)) };
    if (this.disk.shortcuts) return this.disk.shortcuts.readListed(path, use, options);
    const bytes = await this.disk.readFile(path);
    return bytes ? { value: use(bytes) } : undefined;
  }

  async readSample(path: string, head: number, tail: number): Promise<{ head: Uint8Array; tail: Uint8Array; size: number } | 'unreadable' | undefined> {
    if (this.disk.readSample && this.openText(path) === undefined) return this.disk.readSample(path, head, tail);
    const bytes = await this.readFile(path);
    return bytes ? { head: bytes.subarray(0, head), tail: bytes.subarray(Math.max(0, bytes.length - tail)), size: bytes.length } : undefined;
  }

  async probeListed(path: string): Promise<'file' | 'other' | SkippedFile['reason'] | undefined> {
    if (this.openText(path) !== undefined) return 'file';
    return this.disk.shortcuts ? this.disk.shortcuts.probeListed(path) : 'file';
  }

  /** None: what version control vouches for is the disk, not the editor's text. */
  contentIds(): Promise<ReadonlyMap<string, string> | undefined> {
    return Promise.resolve(undefined);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const text = this.openText(path);
    if (text === undefined) return this.disk.stat(path);
    const st = await this.disk.stat(path);
    if (st?.escapes) return st;
    return { type: 'file', size: text.length, mtimeMs: st?.mtimeMs ?? Date.now() };
  }
}

/**
 * A tiny listing for the first answer while the workspace is still being indexed: the open
 * documents and the registry files that can govern them (their folder and every folder above).
 */
export class PriorityWorkspace implements Workspace {
  constructor(
    private readonly base: Workspace,
    private readonly paths: () => string[],
  ) {}

  get name(): string {
    return this.base.name;
  }

  async listFiles(): Promise<FileListing> {
    const files = new Set<string>();
    for (const p of this.paths()) {
      files.add(p);
      for (const r of await registryChain(this.base, p)) files.add(r);
    }
    return { files: [...files].sort(), skipped: [] };
  }

  readFile(path: string): Promise<Uint8Array | undefined> {
    return this.base.readFile(path);
  }

  stat(path: string): Promise<FileStat | undefined> {
    return this.base.stat(path);
  }
}

/** Registry files that exist in the folder of `path` and in every folder above it. */
export async function registryChain(ws: Workspace, path: string): Promise<string[]> {
  const out: string[] = [];
  let dir = dirname(path);
  for (;;) {
    for (const name of REGISTRY_FILENAMES) {
      const p = joinPath(dir, name);
      if (p === path) continue;
      const st = await ws.stat(p);
      if (st?.type === 'file' && !st.escapes) out.push(p);
    }
    if (dir === '') return out;
    dir = dirname(dir);
  }
}
