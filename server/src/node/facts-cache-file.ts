import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryFactsCache } from '../core/facts-cache.js';
import { hash64 } from '../core/fingerprint.js';
import type { FileVersion } from '../core/workspace.js';

interface Stored {
  format: 1;
  /** The aigov version that wrote it: a new version may detect what an old one did not. */
  tool: string;
  root: string;
  key: string;
  entries: [string, number, number][];
}

/** The default cache folder: $XDG_CACHE_HOME/aigov, else ~/.cache/aigov. Nothing is written into the repository. */
export function defaultCacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'aigov');
}

/**
 * The facts cache persisted as one JSON file per workspace root. A file from another aigov
 * version, another root or a damaged file is ignored (everything is read again), never trusted.
 */
export class FileFactsCache extends MemoryFactsCache {
  readonly file: string;

  constructor(
    readonly root: string,
    private readonly tool: string,
    dir = defaultCacheDir(),
  ) {
    super();
    this.file = path.join(dir, `${hash64(path.resolve(root))}.json`);
    try {
      const s = JSON.parse(readFileSync(this.file, 'utf8')) as Stored;
      if (s.format === 1 && s.tool === tool && s.root === path.resolve(root) && Array.isArray(s.entries)) {
        this.key = s.key;
        this.entries = new Map(s.entries.map(([p, size, mtimeMs]) => [p, { size, mtimeMs } satisfies FileVersion]));
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  /** Writes the cache atomically; a failure only costs speed next time. */
  save(): boolean {
    const data: Stored = { format: 1, tool: this.tool, root: path.resolve(this.root), key: this.key, entries: [...this.entries].map(([p, v]) => [p, v.size, v.mtimeMs]) };
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, this.file);
      return true;
    } catch {
      return false;
    }
  }
}
