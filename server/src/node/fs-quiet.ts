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
