/**
 * POSIX path helpers for workspace-relative paths. The core never touches the file system;
 * every path it handles is relative to a workspace root, with '/' separators and no leading './'.
 */

/** Normalises a relative path. Returns undefined when it leaves the root ('..' past the top). */
export function normalizeRelative(p: string): string | undefined {
  const out: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

/** Orders things by their `path`, as listings and reports are. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function extname(p: string): string {
  const b = basename(p);
  const i = b.lastIndexOf('.');
  return i <= 0 ? '' : b.slice(i).toLowerCase();
}

export function joinPath(dir: string, rel: string): string {
  return dir === '' ? rel : `${dir}/${rel}`;
}

/** True for an absolute POSIX or Windows path, or a URL-like path. */
export function isAbsoluteLike(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(p) || /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
}

/**
 * Resolves a path written in a registry file (relative to the registry's folder) to a
 * workspace-relative path, or undefined when it points outside the workspace.
 */
export function resolveFrom(dir: string, p: string): string | undefined {
  if (isAbsoluteLike(p)) return undefined;
  return normalizeRelative(joinPath(dir, p));
}

/** `child` is `dir` itself or below it. `dir` '' is the root. */
export function isWithin(dir: string, child: string): boolean {
  return dir === '' || child === dir || child.startsWith(`${dir}/`);
}

/** Path of `p` relative to `dir` (p must be within dir). */
export function relativeTo(dir: string, p: string): string {
  if (dir === '') return p;
  if (p === dir) return '';
  return p.slice(dir.length + 1);
}

/**
 * A glob of a registry (a component's `paths`, `detection.ignore`), relative to the registry's
 * folder, in picomatch's terms: backslashes are separators and leading `./` are dropped; `./` and
 * `.` mean the folder itself, and a trailing `/` a folder: everything below it, as in .gitignore.
 * A blank glob stays empty: it matches nothing. (A leading `/` is left alone: in `paths` it is
 * AIGOV109; `detection.ignore` anchors it at the folder, as .gitignore does.)
 */
export function normalizeGlob(glob: string): string {
  let s = glob.trim().replace(/\\/g, '/');
  if (s === '') return '';
  while (s.startsWith('./')) s = s.slice(2);
  if (s === '' || s === '.') return '**';
  if (s.endsWith('/')) s = `${s}**`;
  return s;
}
