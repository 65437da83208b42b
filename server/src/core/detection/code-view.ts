/**
 * The code of a text with its comments and string literals blanked (`codeOnly`), without the
 * copy: each question is answered from the original text and the lexer's spans. The import
 * parsers and call finders look at a few places of a file (around each `import`, each call
 * needle), so they need not pay for a blanked copy of every character, most of which is
 * docstrings and comments they never look at.
 */
import { codeOnly, lexSpans } from '../annotations/blank.js';
import type { LexResult } from '../annotations/scanner.js';
import type { Span } from '../text/line-index.js';

/** What the parsers ask of code: a string answers it, and so does a `CodeView`. */
export interface CodeText {
  readonly length: number;
  charCodeAt(index: number): number;
  indexOf(needle: string, position?: number): number;
  slice(start?: number, end?: number): string;
  startsWith(needle: string, position?: number): boolean;
}

const SPACE = 32;
const LF = 10;
const CR = 13;

/**
 * `codeOnly(text, lexed)` answered in place: a position inside a comment or string reads as a
 * space, or as the line break that is there. Every answer equals the same question asked of
 * the blanked string.
 */
export class CodeView implements CodeText {
  readonly length: number;
  private readonly spans: readonly Span[];
  /** The span looked up last: questions mostly move forward, one span at a time. */
  private last = 0;
  private whole: string | undefined;

  constructor(
    private readonly text: string,
    private readonly lexed: LexResult,
  ) {
    this.length = text.length;
    this.spans = lexSpans(lexed);
  }

  /** Index of the span holding `i`, or -1. */
  spanAt(i: number): number {
    const spans = this.spans;
    const k = this.last;
    const s = spans[k];
    if (s !== undefined && s.start <= i) {
      if (i < s.end) return k;
      const next = spans[k + 1];
      if (next === undefined || i < next.start) return -1;
      if (i < next.end) return (this.last = k + 1);
    }
    // Binary search: the last span starting at or before `i`.
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).start <= i) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return -1;
    this.last = found;
    return i < (spans[found] as Span).end ? found : -1;
  }

  charCodeAt(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c !== c || this.spanAt(i) < 0) return c; // NaN outside the text, as a string answers
    return c === LF || c === CR ? c : SPACE;
  }

  indexOf(needle: string, position = 0): number {
    if (needle.length === 0) return Math.min(this.length, Math.max(0, position));
    if (/\s/.test(needle)) return this.blankedText().indexOf(needle, position);
    // A needle without blanks matches the code where it matches the text and touches no span.
    let from = Math.max(0, position);
    for (;;) {
      const at = this.text.indexOf(needle, from);
      if (at < 0) return -1;
      const k = this.firstSpanEndingAfter(at);
      const s = this.spans[k];
      if (s === undefined || s.start >= at + needle.length) return at;
      // Any match starting before the span's end touches it.
      from = Math.max(at + 1, s.end);
    }
  }

  slice(start = 0, end = this.length): string {
    const a = Math.max(0, Math.min(this.length, start < 0 ? this.length + start : start));
    const b = Math.max(a, Math.min(this.length, end < 0 ? this.length + end : end));
    const k = this.firstSpanEndingAfter(a);
    const s = this.spans[k];
    if (s === undefined || s.start >= b) return this.text.slice(a, b);
    let out = '';
    for (let i = a; i < b; i++) out += String.fromCharCode(this.charCodeAt(i));
    return out;
  }

  startsWith(needle: string, position = 0): boolean {
    const p = Math.min(this.length, Math.max(0, position));
    if (p + needle.length > this.length) return false;
    for (let j = 0; j < needle.length; j++) if (this.charCodeAt(p + j) !== needle.charCodeAt(j)) return false;
    return true;
  }

  /** Index of the first span whose end is after `i` (it holds `i` or starts after it), or the span count. */
  private firstSpanEndingAfter(i: number): number {
    const k = this.spanAt(i);
    if (k >= 0) return k;
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as Span).end <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The blanked copy itself (`codeOnly`), made once, for a question the view does not answer in place. */
  blankedText(): string {
    return (this.whole ??= codeOnly(this.text, this.lexed));
  }
}
