import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { REGISTRY_FILENAMES } from '../core/manifest/names.js';
import { decodeText, MAX_TEXT_BYTES } from '../core/text/source-file.js';
import type { ProjectModel } from '../core/model/project-model.js';
import type { SkippedFile } from '../core/workspace.js';

/** A registry in a folder above a checked folder, as the engine takes it (`EngineOptions.above`). */
export interface RegistryAboveFile {
  /** Its path from the checked folder, POSIX (`../../.aigov.yaml`). */
  path: string;
  /** The checked folder's path from the registry's folder, POSIX, with a trailing slash. */
  offset: string;
  /** Its text; undefined when it could not be read (`problem` says why). */
  text?: string;
  problem?: SkippedFile['reason'];
  /** Where it is on disk. */
  abs: string;
}

/** The registries above that could be read, as the engine takes them (`EngineOptions.above`). */
export function readRegistries(found: readonly RegistryAboveFile[]): { path: string; offset: string; text: string }[] {
  return found.flatMap(({ path: p, offset, text }) => (text === undefined ? [] : [{ path: p, offset, text }]));
}

/** The registries above that were read but do not parse, as the engine's model saw them. */
export function unparsedAbove(found: readonly RegistryAboveFile[], model: Pick<ProjectModel, 'above'>): RegistryAboveFile[] {
  return found.filter((r) => model.above.some((reg) => reg.path === r.path && reg.syntaxErrors.length > 0));
}

/** How a pull request's base is asked for its files: written as they are needed (`BaseFiles`). */
interface TreeFiles {
  /** The folder the base's tree is written to: the top of its repository. */
  top: string;
  ensure(abs: string): Promise<void>;
}

/**
 * The registries in the folders above `root` that the check of `root` alone would not see, nearest
 * first: one per folder (`.aigov.yaml` before `.aigov.yml`), from the folder above `root` up to the
 * top of the git work tree holding it. Outside a work tree, and for the top itself, none: a stray
 * registry in a home folder governs nothing. A symlinked registry must stay inside the work tree.
 * `tree`: a base written as it is read, whose registries are written first.
 */
export async function registriesAbove(root: string, tree?: TreeFiles): Promise<RegistryAboveFile[]> {
  const real = realOrSame(root);
  const top = tree ? realOrSame(tree.top) : workTreeTop(real);
  const paths = top === undefined ? [] : candidates(real, top);
  if (tree) for (const { abs } of paths) await tree.ensure(abs);
  return readFirst(real, top ?? real, paths);
}

/** `registriesAbove` of a folder on disk, at once (the language server's folder when it starts indexing). */
export function registriesAboveNow(root: string): RegistryAboveFile[] {
  const real = realOrSame(root);
  const top = workTreeTop(real);
  return top === undefined ? [] : readFirst(real, top, candidates(real, top));
}

/**
 * Where a registry of `registriesAbove(root)` may be, present or not, as real paths: the registry
 * names in each folder above `root` up to the top of its work tree. A change to one of them (made,
 * edited, removed) may change how `root` is governed; none outside a work tree.
 */
export function registryPlacesAbove(root: string): string[] {
  const real = realOrSame(root);
  const top = workTreeTop(real);
  return top === undefined ? [] : candidates(real, top).map((c) => c.abs);
}

/** Whether two readings of the registries above a folder hold the same files with the same text. */
export function sameRegistriesAbove(a: readonly RegistryAboveFile[], b: readonly RegistryAboveFile[]): boolean {
  return a.length === b.length && a.every((r, i) => r.abs === b[i]?.abs && r.text === b[i]?.text && r.problem === b[i]?.problem);
}

/** A path as `registryPlacesAbove` spells it: its folder's real path, when that exists. */
export function realPlace(p: string): string {
  return path.join(realOrSame(path.dirname(p)), path.basename(p));
}

/** Where a registry may be in each folder above `real` up to `top`, nearest first. */
function candidates(real: string, top: string): { dir: string; abs: string }[] {
  if (real === top || !isBelow(top, real)) return [];
  const out: { dir: string; abs: string }[] = [];
  for (let dir = path.dirname(real); ; dir = path.dirname(dir)) {
    for (const name of REGISTRY_FILENAMES) out.push({ dir, abs: path.join(dir, name) });
    if (dir === top || path.dirname(dir) === dir) return out;
  }
}

/** The first registry there is in each folder, read. */
function readFirst(real: string, top: string, paths: readonly { dir: string; abs: string }[]): RegistryAboveFile[] {
  const out: RegistryAboveFile[] = [];
  let done = '';
  for (const { dir, abs } of paths) {
    if (dir === done) continue;
    const read = readRegistry(abs, top);
    if (read === undefined) continue;
    out.push({ path: posix(path.relative(real, abs)), offset: `${posix(path.relative(dir, real))}/`, abs, ...read });
    done = dir;
  }
  return out;
}

/** The nearest folder at or above `dir` that holds a `.git` (a folder, or a file for a linked work tree). */
function workTreeTop(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (lstatSync(path.join(d, '.git'), { throwIfNoEntry: false })) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** A registry file's text or why it cannot be read; undefined when there is none. */
function readRegistry(abs: string, top: string): { text: string } | { problem: SkippedFile['reason'] } | undefined {
  try {
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (!st) return undefined;
    if (st.isSymbolicLink()) {
      const target = realpathSync(abs);
      if (!isBelow(top, target)) return { problem: 'outside-workspace' };
    }
    const file = statSync(abs);
    if (!file.isFile()) return { problem: 'not-a-file' };
    if (file.size > MAX_TEXT_BYTES) return { problem: 'too-large' };
    const decoded = decodeText(readFileSync(abs));
    return decoded.skipped ? { problem: decoded.skipped } : { text: decoded.text };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ELOOP' ? 'symlink-loop' : code === 'ENOENT' ? 'outside-workspace' : 'unreadable' };
  }
}

function realOrSame(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function isBelow(top: string, p: string): boolean {
  const rel = path.relative(top, p);
  // `..config/app` is below; `..` and `../x` are not.
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function posix(p: string): string {
  return p.split(path.sep).join('/');
}
