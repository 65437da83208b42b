import * as path from 'node:path';
import { URI } from 'vscode-uri';

/** The file-system path of a `file:` URI, or undefined for any other scheme. */
export function fsPathOf(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? path.normalize(u.fsPath) : undefined;
  } catch {
    return undefined;
  }
}

export function uriOfFsPath(fsPath: string): string {
  return URI.file(fsPath).toString();
}

/** `child` relative to `root` with POSIX separators, or undefined when it lies outside. */
export function relativeInside(root: string, child: string): string | undefined {
  const rel = path.relative(root, child);
  if (rel === '') return '';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** The absolute path of a workspace-relative POSIX path. */
export function absoluteOf(root: string, rel: string): string {
  return rel === '' ? root : path.join(root, ...rel.split('/'));
}
