/** File-system calls that answer undefined (or nothing) instead of throwing. */
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';

export function lstatQuiet(abs: string): Stats | undefined {
  try {
    return lstatSync(abs);
  } catch {
    return undefined;
  }
}

export function statQuiet(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

export function realpathQuiet(abs: string): string | undefined {
  try {
    return realpathSync.native(abs);
  } catch {
    return undefined;
  }
}

export function readTextQuiet(abs: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    return '';
  }
}

/**
 * How a file on disk is recognised again (`FileVersion`): its size and its status-change time.
 * Every write moves the change time, and, unlike the modification time, no call sets it back: a
 * file rewritten with the same size and its mtime restored is still seen to have changed. A chmod
 * or a rename moves it too: the file is then read again, which costs a read, never a finding.
 */
export function versionOf(st: Pick<Stats, 'size' | 'ctimeMs'>): { size: number; mtimeMs: number } {
  return { size: st.size, mtimeMs: st.ctimeMs };
}
