import { isUtf8 } from 'node:buffer';
import { readdirSync } from 'node:fs';
import { nameOfBytes } from '../core/text/shown-path.js';

/**
 * The names in a folder that are not valid UTF-8, as `nameOfBytes` holds them (never equal to a
 * valid name); none when it cannot be read. Such a file cannot be read by a name decoded as text,
 * so it is listed as skipped.
 */
export function undecodableNames(abs: string): string[] {
  try {
    return readdirSync(abs, { encoding: 'buffer' })
      .filter((b) => !isUtf8(b))
      .map(nameOfBytes);
  } catch {
    return [];
  }
}

/** A path from `git ls-files -z` as text (`nameOfBytes` when not valid UTF-8), and whether it is exact (valid UTF-8). */
export function pathOfBytes(bytes: Uint8Array): { path: string; exact: boolean } {
  return isUtf8(bytes) ? { path: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), exact: true } : { path: nameOfBytes(bytes), exact: false };
}
