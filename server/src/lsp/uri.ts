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
  // A name that is not UTF-8 (`nameOfBytes`) has its very bytes in the URI, as `%XX`.
  if (!/[\udc80-\udcff]/u.test(fsPath)) return URI.file(fsPath).toString();
  const bytes: string[] = [];
  // NUL is in no path: each stands for one byte, in order.
  const plain = fsPath.replace(/[\udc80-\udcff]/gu, (ch) => {
    bytes.push((ch.charCodeAt(0) - 0xdc00).toString(16).toUpperCase());
    return '\u0000';
  });
  let i = 0;
  return URI.file(plain)
    .toString()
    .replace(/%00/g, () => `%${bytes[i++] ?? '00'}`);
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
