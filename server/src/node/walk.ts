import * as path from 'node:path';
import type { Dirent } from 'node:fs';
import ignore, { type Ignore } from 'ignore';
import { DEFAULT_EXCLUDES } from '../core/excludes.js';
import { REGISTRY_FILENAMES } from '../core/manifest/names.js';
import type { CancellationToken, FileVersion, SkippedFile } from '../core/workspace.js';
import type { Breather } from './breather.js';
import { undecodableNames } from './file-names.js';
import { lstatQuiet, readTextQuiet } from './fs-quiet.js';
import { failureOf } from './read-fs.js';
import type { RootPolicy } from './root-policy.js';

const EXCLUDED = new Set(DEFAULT_EXCLUDES);
const REGISTRY_NAMES = new Set<string>(REGISTRY_FILENAMES);

/**
 * Walks the tree honouring nested .gitignore files (with negations), without following symlinked
 * folders: the listing without git. Regular files go to `plain` too (no symlink on the way);
 * `withStats` `lstat`s each of them and fills `stats`.
 */
export async function walk(policy: RootPolicy, breather: Breather, withStats: boolean, skipped: SkippedFile[], plain: Set<string>, stats: Map<string, FileVersion>, token?: CancellationToken): Promise<string[]> {
  const out: string[] = [];
  const rootReal = await policy.realRootPath();
  const visit = async (dirRel: string, rules: { base: string; ig: Ignore }[]): Promise<void> => {
    if (token?.isCancellationRequested) return;
    const dirAbs = dirRel ? policy.abs(dirRel) : policy.root;
    await breather.breathe();
    let entries: Dirent[];
    try {
      entries = policy.fs.readdirSync(dirAbs, { withFileTypes: true });
    } catch (err) {
      // Gone since its parent was listed: nothing to say. A folder that cannot be listed may hold
      // anything: it is skipped as unreadable, which the engine reports (the root as '.').
      if (failureOf(err) === 'unreadable') skipped.push({ path: dirRel || '.', reason: 'unreadable' });
      return;
    }
    // A name that is not valid UTF-8 reaches here decoded with U+FFFD in it, a name no file has:
    // such files (and folders) cannot be read by it, so they are listed as skipped, by their bytes.
    const undecodable = entries.some((e) => e.name.includes('\uFFFD')) ? undecodableNames(dirAbs) : [];
    let scoped = rules;
    const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gi) {
      const text = readTextQuiet(path.join(dirAbs, '.gitignore'));
      scoped = [...rules, { base: dirRel, ig: ignore().add(text) }];
    }
    const isIgnored = (rel: string, isDir: boolean): boolean => {
      let ignored = false;
      for (const r of scoped) {
        const sub = r.base ? rel.slice(r.base.length + 1) : rel;
        const res = r.ig.test(isDir ? `${sub}/` : sub);
        if (res.ignored) ignored = true;
        else if (res.unignored) ignored = false;
      }
      return ignored;
    };
    const subdirs: string[] = [];
    const regular: string[] = [];
    for (const name of undecodable) {
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (!isIgnored(rel, false)) skipped.push({ path: rel, reason: 'name-not-utf8' });
    }
    for (const e of entries) {
      const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
      if (EXCLUDED.has(e.name)) continue;
      if (undecodable.length > 0 && e.name.includes('\uFFFD') && !lstatQuiet(path.join(dirAbs, e.name))) continue;
      if (e.isDirectory()) {
        if (isIgnored(rel, true)) continue;
        if (REGISTRY_NAMES.has(e.name)) skipped.push({ path: rel, reason: 'not-a-file' });
        subdirs.push(rel);
      } else if (e.isFile()) {
        if (!isIgnored(rel, false)) regular.push(rel);
      } else if (e.isSymbolicLink()) {
        if (isIgnored(rel, false)) continue;
        const verdict = await policy.followLink(rel, rootReal);
        if (verdict === 'file') out.push(rel);
        else if (verdict !== 'other') skipped.push({ path: rel, reason: verdict });
      }
    }
    for (const rel of regular) {
      if (!withStats) {
        // The read finds sizes (and a file replaced by a symlink meanwhile).
        out.push(rel);
        plain.add(rel);
        continue;
      }
      await breather.breathe();
      const st = lstatQuiet(policy.abs(rel));
      if (st?.isFile()) policy.keepStated(rel, st, out, plain, stats, skipped);
    }
    for (const d of subdirs) await visit(d, scoped);
  };
  await visit('', []);
  return out;
}
