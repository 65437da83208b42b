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
  /** The version at which `path` held nothing under the engine settings `key`, if any. */
  emptyVersion(key: string, path: string): FileVersion | undefined;
  /** Replaces the remembered set after a full index. */
  update(key: string, empty: ReadonlyMap<string, FileVersion>): void;
}

/** A cache held in memory (tests, and the base of persisted stores). */
export class MemoryFactsCache implements FactsCache {
  protected key = '';
  protected entries = new Map<string, FileVersion>();

  isKnownEmpty(key: string, path: string, version: FileVersion): boolean {
    const e = this.emptyVersion(key, path);
    return e !== undefined && e.size === version.size && e.mtimeMs === version.mtimeMs;
  }

  emptyVersion(key: string, path: string): FileVersion | undefined {
    return key === this.key ? this.entries.get(path) : undefined;
  }

  update(key: string, empty: ReadonlyMap<string, FileVersion>): void {
    if (key === this.key && sameEntries(this.entries, empty)) return;
    this.key = key;
    this.entries = new Map(empty);
    this.changed = true;
  }

  /** Whether `update` changed anything since the store was loaded (a store need not write it again). */
  protected changed = false;
}

function sameEntries(a: ReadonlyMap<string, FileVersion>, b: ReadonlyMap<string, FileVersion>): boolean {
  if (a.size !== b.size) return false;
  for (const [p, v] of b) {
    const w = a.get(p);
    if (w === undefined || w.size !== v.size || w.mtimeMs !== v.mtimeMs) return false;
  }
  return true;
}
