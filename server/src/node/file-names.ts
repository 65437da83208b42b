import { isUtf8 } from 'node:buffer';
import { readdirSync } from 'node:fs';

const FATAL = new TextDecoder('utf-8', { fatal: true });

/** Bytes a UTF-8 sequence starting with `b` takes, or 0 when no valid sequence starts with it. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * A file name that is not valid UTF-8, as text: its valid sequences decoded, every other byte as
 * `\xNN` (`bad\xff.py`). Such a name cannot be turned back into its bytes by decoding it as UTF-8,
 * so the file cannot be read by it; it is shown so, and listed as skipped.
 */
export function shownName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = sequenceLength(b);
    if (len > 0 && i + len <= bytes.length) {
      try {
        out += FATAL.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        // not a valid sequence: the byte is escaped
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i++;
  }
  return out;
}

/** The names in a folder that are not valid UTF-8, shown by `shownName`; none when it cannot be read. */
export function undecodableNames(abs: string): string[] {
  try {
    return readdirSync(abs, { encoding: 'buffer' })
      .filter((b) => !isUtf8(b))
      .map(shownName);
  } catch {
    return [];
  }
}

/** A path from `git ls-files -z` as text, and whether it is exact (valid UTF-8). */
export function pathOfBytes(bytes: Uint8Array): { path: string; exact: boolean } {
  return isUtf8(bytes) ? { path: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), exact: true } : { path: shownName(bytes), exact: false };
}
