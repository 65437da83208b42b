import type { Finding } from './finding.js';

/** Two hex digits of each byte value. */
const HEX_BYTES = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Pure, stable across runs. In signed
 * 32-bit integers throughout (the same bits as unsigned: `Math.imul` and `^` see only the bits),
 * which V8 keeps out of the heap where `>>> 0` values above 2^31 are not; digits from a table.
 */
export function hash64(s: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0xcbf29ce4 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ (c & 0xff), 0x01000193);
    h2 = Math.imul(h2 ^ (c >>> 8) ^ (i & 0xff), 0x01000193);
    h1 = Math.imul(h1 ^ (h2 >>> 13), 0x01000193);
  }
  return hexWord(h1) + hexWord(h2);
}

/** The 8 hex digits of a 32-bit word. */
function hexWord(w: number): string {
  return HEX_BYTES[w >>> 24]! + HEX_BYTES[(w >>> 16) & 0xff]! + HEX_BYTES[(w >>> 8) & 0xff]! + HEX_BYTES[w & 0xff]!;
}

/**
 * Stable identities for findings that survive edits elsewhere in the file: the code, the file,
 * the text of the finding's line (trimmed) and its identifying data, never the line number.
 * Identical contexts get an occurrence counter. `hash`: hash64, or one that remembers its answers.
 */
export function fingerprints<F extends Pick<Finding, 'code' | 'file' | 'data'>>(findings: readonly F[], lineText: (f: F) => string | undefined, hash: (s: string) => string = hash64): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const id = typeof f.data?.id === 'string' ? f.data.id : '';
    const field = typeof f.data?.field === 'string' ? f.data.field : '';
    const base = [f.code, f.file, (lineText(f) ?? '').trim(), id, field].join('\u0000');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${hash(base)}:${n + 1}`;
  });
}
