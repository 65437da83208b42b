import { LineIndex, type Range, type Span } from './line-index.js';

/** The text of one workspace file with its line index, built once. */
export class SourceFile {
  private index: LineIndex | undefined;

  constructor(
    /** Workspace-relative POSIX path. */
    readonly path: string,
    readonly text: string,
    /** Editor version, or -1 for text read from disk. */
    readonly version = -1,
  ) {}

  get lineIndex(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }

  rangeOf(span: Span): Range {
    return this.lineIndex.rangeOf(span);
  }
}

export interface DecodeResult {
  text: string;
  /** Why the bytes are not analysed as text, when they are not. */
  skipped?: 'binary' | 'too-large' | 'not-utf8';
}

/** Larger files are skipped: generated bundles and data, not code anyone annotates. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * Decodes file bytes as UTF-8 (BOM removed) or UTF-16 with a BOM. Binary content (a NUL in the
 * first 8 KiB) and invalid UTF-8 are reported as skipped, never thrown.
 */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_TEXT_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return { text: '', skipped: 'too-large' };
  if (bytes.length >= 2) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
      try {
        const label = b0 === 0xff ? 'utf-16le' : 'utf-16be';
        return { text: new TextDecoder(label, { fatal: true }).decode(bytes.subarray(2)) };
      } catch {
        return { text: '', skipped: 'not-utf8' };
      }
    }
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { text: '', skipped: 'binary' };
  }
  try {
    // ignoreBOM: false (the default) strips a UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: '', skipped: 'not-utf8' };
  }
}
