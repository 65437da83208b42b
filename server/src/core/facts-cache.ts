import type { FileVersion } from './workspace.js';

/**
 * How a file that held nothing is recognised again: its size and mtime as read, and/or the id
 * a version control system gives its content (git's blob id), when it vouched that the file in
 * the working tree is the one it recorded. An id survives a fresh clone; a size and mtime do not.
 */
export interface KnownFile {
  size?: number;
  mtimeMs?: number;
  contentId?: string;
}

/**
 * Remembers which files held nothing the engine reports on (no annotation, suppression or AI
 * use), so that a later run need not read them again. Files that hold something are always
 * read: fixes and fingerprints need their text. The store behind it (a file on disk, memory)
 * belongs to the caller.
 */
export interface FactsCache {
  /** True when `path` at this size and mtime held nothing under the same engine settings `key`. */
  isKnownEmpty(key: string, path: string, version: FileVersion): boolean;
  /** True when `path` with this content id held nothing under the same engine settings `key`. */
  isKnownEmptyContent(key: string, path: string, contentId: string): boolean;
  /** Whether anything is remembered under the engine settings `key` (a cold cache answers false). */
  knows(key: string): boolean;
  /** The size and mtime at which `path` held nothing under the engine settings `key`, if known. */
  emptyVersion(key: string, path: string): FileVersion | undefined;
  /** Replaces the remembered set after a full index. */
  update(key: string, empty: ReadonlyMap<string, KnownFile>): void;
  /**
   * Optional: loads a persisted store now. The engine calls it once the listing has started, so
   * that the load overlaps the listing's own processes; otherwise the first question loads it.
   */
  load?(): void;
}

/** A cache held in memory (tests, and the base of persisted stores). */
export class MemoryFactsCache implements FactsCache {
  protected key = '';
  protected entries = new Map<string, KnownFile>();

  load(): void {}

  isKnownEmpty(key: string, path: string, version: FileVersion): boolean {
    const e = this.entry(key, path);
    return e !== undefined && e.size === version.size && e.mtimeMs === version.mtimeMs;
  }

  isKnownEmptyContent(key: string, path: string, contentId: string): boolean {
    return contentId !== '' && this.entry(key, path)?.contentId === contentId;
  }

  knows(key: string): boolean {
    this.load();
    return key === this.key && this.entries.size > 0;
  }

  emptyVersion(key: string, path: string): FileVersion | undefined {
    const e = this.entry(key, path);
    return e?.size !== undefined && e.mtimeMs !== undefined ? { size: e.size, mtimeMs: e.mtimeMs } : undefined;
  }

  update(key: string, empty: ReadonlyMap<string, KnownFile>): void {
    this.load();
    if (key === this.key && sameEntries(this.entries, empty)) return;
    this.key = key;
    this.entries = new Map(empty);
    this.changed = true;
  }

  private entry(key: string, path: string): KnownFile | undefined {
    this.load();
    return key === this.key ? this.entries.get(path) : undefined;
  }

  /** Whether `update` changed anything since the store was loaded (a store need not write it again). */
  protected changed = false;
}

function sameEntries(a: ReadonlyMap<string, KnownFile>, b: ReadonlyMap<string, KnownFile>): boolean {
  if (a.size !== b.size) return false;
  for (const [p, v] of b) {
    const w = a.get(p);
    if (w === undefined || w.size !== v.size || w.mtimeMs !== v.mtimeMs || w.contentId !== v.contentId) return false;
  }
  return true;
}
