import type { FileVersion } from './workspace.js';

/**
 * Remembers which files held nothing the engine reports on (no annotation, suppression or AI
 * use), keyed by size and modification time, so that a later run need not read them again.
 * Files that hold something are always read: fixes and fingerprints need their text.
 * The store behind it (a file on disk, memory) belongs to the caller.
 */
export interface FactsCache {
  /** True when `path` at this version held nothing under the same engine settings `key`. */
  isKnownEmpty(key: string, path: string, version: FileVersion): boolean;
  /** Replaces the remembered set after a full index. */
  update(key: string, empty: ReadonlyMap<string, FileVersion>): void;
}

/** A cache held in memory (tests, and the base of persisted stores). */
export class MemoryFactsCache implements FactsCache {
  protected key = '';
  protected entries = new Map<string, FileVersion>();

  isKnownEmpty(key: string, path: string, version: FileVersion): boolean {
    if (key !== this.key) return false;
    const e = this.entries.get(path);
    return e !== undefined && e.size === version.size && e.mtimeMs === version.mtimeMs;
  }

  update(key: string, empty: ReadonlyMap<string, FileVersion>): void {
    this.key = key;
    this.entries = new Map(empty);
  }
}
