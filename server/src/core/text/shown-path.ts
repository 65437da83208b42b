/**
 * Paths in outputs, one to one with the files they name.
 *
 * A file name that is not valid UTF-8 is held as text with each byte that is not part of a valid
 * sequence as a lone low surrogate U+DC80–U+DCFF (`nameOfBytes`): no valid name decodes to one,
 * so such a path never equals the path of another file, whatever that file's name holds.
 *
 * Shown (`shownPath`), such a byte is `\xNN`. So that no other name shows the same, a backslash is
 * doubled and a C1 control character (U+0080–U+009F, which `visible` would also write `\xNN`) is
 * written `\u00NN`: every backslash in a shown path starts an escape, and the shown path can be
 * read back into exactly one name.
 */

const FIRST = 0xdc80;
const LAST = 0xdcff;

/** A name's bytes as text: valid UTF-8 decoded, every other byte as U+DC00 + the byte (0x80–0xFF). */
export function nameOfBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const len = validSequence(bytes, i);
    if (len > 0) {
      out += new TextDecoder().decode(bytes.subarray(i, i + len));
      i += len;
    } else {
      out += String.fromCharCode(0xdc00 + (bytes[i] as number));
      i++;
    }
  }
  return out;
}

/** The length of the valid UTF-8 sequence at `i` (1–4), or 0 when none starts there. */
function validSequence(b: Uint8Array, i: number): number {
  const b0 = b[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && (b[i + k] as number) >= lo && (b[i + k] as number) <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The bytes a path stands for when its name was not valid UTF-8, as `%XX`; each other character by `encode`. */
export function encodeNameBytes(p: string, encode: (plain: string) => string): string {
  let out = '';
  let run = '';
  for (const ch of p) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= FIRST && c <= LAST) {
      out += encode(run) + `%${(c - 0xdc00).toString(16).toUpperCase()}`;
      run = '';
    } else run += ch;
  }
  return out + encode(run);
}

/** A path as outputs show it: bytes that are not UTF-8 as `\xNN`, a backslash doubled, C1 controls as `\u00NN` (see above). */
export function shownPath(p: string): string {
  return p.replace(/[\\\u0080-\u009f\udc80-\udcff]/gu, (ch) => {
    if (ch === '\\') return '\\\\';
    const c = ch.charCodeAt(0);
    return c >= FIRST ? `\\x${(c - 0xdc00).toString(16)}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}
