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
      const at = textIndexOf(this.text, needle, from);
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
    let k = this.firstSpanEndingAfter(a);
    let s = this.spans[k];
    if (s === undefined || s.start >= b) return this.text.slice(a, b);
    // Code between the spans as it is; inside a span a space, or the line break that is there.
    let out = '';
    let pos = a;
    while (s !== undefined && s.start < b) {
      const from = Math.max(pos, s.start);
      const to = Math.min(b, s.end);
      if (from > pos) out += this.text.slice(pos, from);
      for (let i = from; i < to; i++) {
        const c = this.text.charCodeAt(i);
        out += c === LF ? '\n' : c === CR ? '\r' : ' ';
      }
      pos = to;
      s = this.spans[++k];
    }
    return pos < b ? out + this.text.slice(pos, b) : out;
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

/**
 * Where a needle is searched for by a piece of it: its offset in the needle and the piece, or
 * undefined for the whole needle. V8 searches a needle of 7 or more characters by Boyer-Moore-
 * Horspool, which looks at the text every few characters; a needle of up to 6 characters it
 * searches with `memchr` for its first character, many times faster when that character is rare
 * in code. So a long needle with an upper-case letter (or a rare lower-case one) is searched by
 * the (at most) 6 characters from there, each find checked for the whole needle.
 */
const PIECES = new Map<string, { offset: number; piece: string } | undefined>();
const RARE_LOWER = 'jqxzkvwyb';
/**
 * Each find of a piece is checked for the whole needle, so the search costs up to the needle's
 * length per character of text: only needles of the library table's size are searched so
 * (`libraries.extra` names are the user's text, of any length; V8's own search stays linear).
 */
const MAX_PIECE_NEEDLE = 64;

function pieceOf(needle: string): { offset: number; piece: string } | undefined {
  if (PIECES.has(needle)) return PIECES.get(needle);
  let offset = -1;
  if (needle.length >= 7 && needle.length <= MAX_PIECE_NEEDLE) {
    let rank = 2;
    for (let j = 0; j + 3 <= needle.length && rank > 0; j++) {
      const c = needle.charCodeAt(j);
      const r = c >= 65 && c <= 90 ? 0 : RARE_LOWER.includes(needle[j] as string) ? 1 : 2;
      if (r < rank) {
        rank = r;
        offset = j;
      }
    }
  }
  const found = offset < 0 ? undefined : { offset, piece: needle.slice(offset, offset + 6) };
  // Needles come from the library table and its registries' extras: few, but keep the map small.
  if (PIECES.size < 1024) PIECES.set(needle, found);
  return found;
}

/** `text.indexOf(needle, from)`, searched by the needle's rare piece when it has one. */
function textIndexOf(text: string, needle: string, from: number): number {
  const p = pieceOf(needle);
  if (p === undefined) return text.indexOf(needle, from);
  for (let at = text.indexOf(p.piece, from + p.offset); at >= 0; at = text.indexOf(p.piece, at + 1)) {
    if (text.startsWith(needle, at - p.offset)) return at - p.offset;
  }
  return -1;
}

/** Offset after the last line break before `i`, or 0. */
function lineStartBefore(text: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === LF || c === CR) return k + 1;
  }
  return 0;
}

/** Offset of the first line break at or after `i`, or the text length. */
function lineEndFrom(text: string, i: number): number {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || c === CR) return k;
  }
  return text.length;
}

/**
 * Runs the global regular expression `re` over `code` (the code of `text`: a `CodeView`, or the
 * blanked copy) and calls `onMatch` with each match and its offset, as `re.exec` on the blanked
 * copy would find them, without making that copy: only the lines where `next` finds a candidate
 * are blanked and searched. Sound when no match of `re` spans a line break (CR or LF) and
 * `next(from)` is -1 or on or before the line of every match that starts at or after `from` (a
 * word every match holds, looked for in `code`). `onMatch` returns where the next match may start
 * at the earliest, when that is past the match's end (as a parser moving `lastIndex` on).
 */
export function eachLineMatch(code: CodeText, text: string, next: (from: number) => number, re: RegExp, onMatch: (index: number, match: RegExpExecArray) => number | void): void {
  let from = 0;
  for (;;) {
    const at = next(from);
    if (at < 0) return;
    const start = lineStartBefore(text, at);
    const end = lineEndFrom(text, at);
    const line = code.slice(start, end);
    re.lastIndex = Math.max(0, from - start);
    from = end;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      const matchEnd = start + m.index + Math.max(1, m[0].length);
      const resume = Math.max(matchEnd, onMatch(start + m.index, m) ?? 0);
      if (resume > end) {
        from = resume;
        break;
      }
      re.lastIndex = resume - start;
    }
  }
}
