/**
 * Small hand-written scanning steps shared by the import parsers. They run on the code-only text
 * (comments and strings blanked, offsets unchanged), move forward only, and never backtrack.
 */
import type { Span } from '../text/line-index.js';
import type { CodeText } from './code-view.js';

/** What an import parser found: a module/package/namespace name and where it is written. */
export interface ImportRef {
  eco: 'python' | 'npm' | 'jvm' | 'go' | 'dotnet' | 'crates';
  name: string;
  span: Span;
  /** TS `import type` / `export type`, `typeof import()`, declaration files. */
  typeOnly?: boolean;
  /** Python `from a import b`: `a.b` candidates when `a` itself is not in the table. */
  alternatives?: { name: string; span: Span }[];
  /** Reached through a path in code rather than an import statement (Rust `crate::x`). */
  pathUse?: boolean;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 /* $ */ || c > 127;
}

export function isIdentChar(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11;
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

/** Skips spaces and tabs, `\` line continuations, and line breaks when `lines` is set. */
export function skipWs(code: CodeText, i: number, lines = false): number {
  const n = code.length;
  while (i < n) {
    const c = code.charCodeAt(i);
    if (isSpace(c) || (lines && isNewline(c))) i++;
    else if (c === 92 /* \ */ && isNewline(code.charCodeAt(i + 1))) i += code.charCodeAt(i + 1) === 13 && code.charCodeAt(i + 2) === 10 ? 3 : 2;
    else break;
  }
  return i;
}

/** End of the identifier starting at `i`, or `i` when none starts there. */
export function readIdent(code: CodeText, i: number): number {
  if (i >= code.length || !isIdentStart(code.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < code.length && isIdentChar(code.charCodeAt(j))) j++;
  return j;
}

/** `a.b.c` (spaces allowed around dots): the joined name and its span, or undefined. */
export function readDotted(code: CodeText, i: number, lines = false, allowStar = false): { name: string; span: Span } | undefined {
  let end = readIdent(code, i);
  if (end === i) return undefined;
  const parts = [code.slice(i, end)];
  for (;;) {
    const dot = skipWs(code, end, lines);
    if (code.charCodeAt(dot) !== 46 /* . */) break;
    const next = skipWs(code, dot + 1, lines);
    if (allowStar && code.charCodeAt(next) === 42 /* * */) {
      end = next + 1;
      break;
    }
    const e = readIdent(code, next);
    if (e === next) break;
    parts.push(code.slice(next, e));
    end = e;
  }
  return { name: parts.join('.'), span: { start: i, end } };
}

/** Whether the keyword `kw` is written at `i` as a whole word. */
export function keywordAt(code: CodeText, i: number, kw: string): boolean {
  if (!code.startsWith(kw, i)) return false;
  if (i > 0 && isIdentChar(code.charCodeAt(i - 1))) return false;
  return !isIdentChar(code.charCodeAt(i + kw.length));
}

/** Index of the last non-whitespace character before `i` (exclusive), or -1; looks back at most `limit`. */
export function prevNonWs(code: CodeText, i: number, limit = 400): number {
  const stop = Math.max(0, i - limit);
  for (let k = i - 1; k >= stop; k--) {
    const c = code.charCodeAt(k);
    if (!isSpace(c) && !isNewline(c)) return k;
  }
  return -1;
}

/** The word ending at `end` (inclusive index), e.g. 'require' before '('. */
export function wordEndingAt(code: CodeText, end: number): { word: string; start: number } {
  let s = end;
  while (s >= 0 && isIdentChar(code.charCodeAt(s)) && end - s < 64) s--;
  return { word: code.slice(s + 1, end + 1), start: s + 1 };
}

/** Index of the first span starting at or after `offset` (spans sorted by start). */
export function firstSpanFrom(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The inside of a string literal span: after the prefix letters and opening quote(s), before the
 * closing quote(s). Undefined for multi-line or oversized literals.
 */
export function stringContent(text: string, s: Span): Span | undefined {
  if (s.end - s.start > 400) return undefined;
  let i = s.start;
  while (i < s.end && isIdentChar(text.charCodeAt(i))) i++;
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39 && q !== 96) return undefined;
  let open = 1;
  while (open < 3 && i + open < s.end && text.charCodeAt(i + open) === q) open++;
  if (open === 2) return { start: i + 1, end: i + 1 }; // ""
  const start = i + open;
  const end = s.end - open;
  if (end < start || text.charCodeAt(end) !== q) return undefined;
  for (let k = start; k < end; k++) if (isNewline(text.charCodeAt(k))) return undefined;
  return { start, end };
}

/** Line start and end (exclusive, before the break) around `i`, each looked for at most `limit` away. */
export function lineAround(text: CodeText, i: number, limit = 600): Span {
  let s = i;
  const stop = Math.max(0, i - limit);
  while (s > stop && !isNewline(text.charCodeAt(s - 1))) s--;
  let e = i;
  const end = Math.min(text.length, i + limit);
  while (e < end && !isNewline(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}
