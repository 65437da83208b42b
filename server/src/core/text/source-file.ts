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
        return { text: (b0 === 0xff ? UTF16LE : UTF16BE).decode(bytes.subarray(2)) };
      } catch {
        return { text: '', skipped: 'not-utf8' };
      }
    }
  }
  // A NUL in the first 8 KiB: `indexOf` runs natively (memchr), not byte by byte in JS.
  if (bytes.subarray(0, 8192).indexOf(0) !== -1) return { text: '', skipped: 'binary' };
  try {
    // ignoreBOM: false (the default) strips a UTF-8 BOM.
    return { text: UTF8.decode(bytes) };
  } catch {
    return { text: '', skipped: 'not-utf8' };
  }
}

// Decoders are stateless between non-streaming `decode` calls: made once, not per file.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true });
