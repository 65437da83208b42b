import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { DEFAULT_EXCLUDES } from '../core/excludes.js';
import { dirname, joinPath } from '../core/paths.js';
import { absoluteOf } from './uri.js';

const EXCLUDED = new Set(DEFAULT_EXCLUDES);

/**
 * Decides whether a file reported by the editor (opened, or created on disk) belongs to the
 * analysis, with the same rules as the workspace listing: the default excludes and every
 * `.gitignore` from the root down. `.gitignore` files are read once and cached until they change.
 * They are small and read synchronously: an open document's first answer waits on this filter,
 * and a read through the thread pool would wait for the event loop at every step, which a
 * workspace being indexed keeps busy.
 */
export class IgnoreFilter {
  private readonly cache = new Map<string, Ignore | undefined>();

  constructor(private readonly root: string) {}

  /** Forget a changed `.gitignore`. */
  invalidate(gitignorePath: string): void {
    this.cache.delete(dirname(gitignorePath));
  }

  async isIgnored(rel: string, isDirectory = false): Promise<boolean> {
    const segs = rel.split('/');
    if (segs.some((s) => EXCLUDED.has(s))) return true;
    let ignored = false;
    // Check every folder on the way down, then the file itself, against each .gitignore above it.
    for (let depth = 1; depth <= segs.length; depth++) {
      const sub = segs.slice(0, depth).join('/');
      const isDir = depth < segs.length || isDirectory;
      for (let base = 0; base < depth; base++) {
        const baseDir = segs.slice(0, base).join('/');
        const ig = this.rulesOf(baseDir);
        if (!ig) continue;
        const relToBase = base === 0 ? sub : sub.slice(baseDir.length + 1);
        const res = ig.test(isDir ? `${relToBase}/` : relToBase);
        if (res.ignored) ignored = true;
        else if (res.unignored) ignored = false;
      }
      if (ignored && isDir) return true;
    }
    return ignored;
  }

  private rulesOf(dir: string): Ignore | undefined {
    if (this.cache.has(dir)) return this.cache.get(dir);
    let rules: Ignore | undefined;
    try {
      rules = ignore().add(readFileSync(path.normalize(absoluteOf(this.root, joinPath(dir, '.gitignore'))), 'utf8'));
    } catch {
      rules = undefined; // no .gitignore here (or unreadable)
    }
    this.cache.set(dir, rules);
    return rules;
  }
}
