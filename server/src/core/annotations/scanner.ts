/**
 * A single-pass lexer that tells comments and string literals from code. It never throws and runs
 * in linear time: every look-ahead either consumes what it scanned or is bounded (character
 * literals), and a failed regex look-ahead is not retried on the same line.
 */
import type { Span } from '../text/line-index.js';
import { NextIndex } from '../text/next-index.js';
import type { BlockCommentSyntax, CommentSyntax, StringSyntax } from './languages.js';

export interface CommentToken {
  span: Span;
  /** text inside the markers */
  contentSpan: Span;
  kind: 'line' | 'block';
}

export interface LexResult {
  comments: CommentToken[];
  strings: Span[];
}

interface Candidate {
  kind: 'line' | 'block' | 'string';
  open: string;
  block?: BlockCommentSyntax;
  str?: StringSyntax;
  /** Starts with a letter: must not continue a word (`REM`, Rust `r#"`). */
  wordStart: boolean;
}

interface Compiled {
  byFirst: Map<number, Candidate[]>;
  /** Finds the next character that can start a token (or is the code escape), from `lastIndex`. */
  starts: RegExp;
  codeEscape: number;
  prefixes: Set<string>;
  maxPrefix: number;
}

const LF = 10;
const CR = 13;
const SLASH = 47;
const BACKSLASH = 92;
const KIND_ORDER = { block: 0, line: 1, string: 2 } as const;
const REGEX_AFTER = new Set('(,=:[!&|?{};~+-*%<>^'.split('').map((c) => c.charCodeAt(0)));
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'void', 'yield', 'await', 'delete', 'throw', 'new', 'instanceof']);

const cache = new WeakMap<CommentSyntax, Compiled>();

function compile(syntax: CommentSyntax): Compiled {
  const hit = cache.get(syntax);
  if (hit) return hit;
  const all: Candidate[] = [
    ...syntax.block.map((block) => ({ kind: 'block' as const, open: block.open, block, wordStart: isLetter(block.open.charCodeAt(0)) })),
    ...syntax.line.map((open) => ({ kind: 'line' as const, open, wordStart: isLetter(open.charCodeAt(0)) })),
    ...syntax.strings.map((str) => ({ kind: 'string' as const, open: str.open, str, wordStart: isLetter(str.open.charCodeAt(0)) })),
  ].filter((c) => c.open.length > 0);
  // Longest opener first; on a tie a block comment beats a line comment beats a string.
  all.sort((a, b) => b.open.length - a.open.length || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const byFirst = new Map<number, Candidate[]>();
  for (const c of all) {
    const key = c.open.charCodeAt(0);
    const list = byFirst.get(key);
    if (list) list.push(c);
    else byFirst.set(key, [c]);
  }
  if (syntax.regex && !byFirst.has(SLASH)) byFirst.set(SLASH, []);
  const prefixes = new Set((syntax.stringPrefixes ?? []).map((p) => p.toLowerCase()));
  const codeEscape = syntax.codeEscape ? syntax.codeEscape.charCodeAt(0) : -1;
  const firsts = [...byFirst.keys(), ...(codeEscape >= 0 ? [codeEscape] : [])];
  // A character class of UTF-16 code units (no `u` flag): the search runs in the regex engine.
  const starts = new RegExp(firsts.length > 0 ? `[${firsts.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]` : '[^\\s\\S]', 'g');
  const compiled: Compiled = {
    byFirst,
    starts,
    codeEscape,
    prefixes,
    maxPrefix: [...prefixes].reduce((max, p) => Math.max(max, p.length), 0),
  };
  cache.set(syntax, compiled);
  return compiled;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c > 127;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === LF || c === CR || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
}

function isNewline(c: number): boolean {
  return c === LF || c === CR;
}

function atLineStart(text: string, i: number): boolean {
  return i === 0 || isNewline(text.charCodeAt(i - 1));
}

/** Offset of the first line break at or after `i`, or the text length. */
function lineEndFrom(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === LF || c === CR) return j;
    j++;
  }
  return n;
}

/** Offset of the first line break at or after `i` (`lfOnly`: the text has no CR). */
function lineEnd(text: string, i: number, lfOnly: boolean): number {
  if (!lfOnly) return lineEndFrom(text, i);
  const j = text.indexOf('\n', i);
  return j < 0 ? text.length : j;
}

/**
 * The comments and string literals of `text`. Runs of code are skipped without looking at each
 * character's candidates (only characters that can open a token stop the skip), and the last
 * significant code character before a `/` (the regex heuristic) is found by looking back over the
 * blanks since the last stop, so every character is still looked at a bounded number of times.
 */
export function lex(text: string, syntax: CommentSyntax): LexResult {
  const compiled = compile(syntax);
  const { starts, byFirst } = compiled;
  const comments: CommentToken[] = [];
  const strings: Span[] = [];
  const n = text.length;
  const lfOnly = text.indexOf('\r') < 0;
  let i = 0;
  /** Index of the last code character that is not whitespace before `codeFrom`, for the regex heuristic. */
  let prevSig = -1;
  /** Where the current run of plain code began: its significant characters are not in `prevSig` yet. */
  let codeFrom = 0;
  let regexBlockedUntil = -1;
  /** Where the next escape of each multi-line literal syntax is, searched once per text. */
  const escapes = new Map<string, NextIndex>();
  while (i < n) {
    starts.lastIndex = i;
    if (!starts.test(text)) break;
    i = starts.lastIndex - 1;
    const ch = text.charCodeAt(i);
    // The run of code before `i` ends here: its last significant character, if any, is `prevSig`.
    for (let k = i - 1; k >= codeFrom; k--) {
      if (!isSpace(text.charCodeAt(k))) {
        prevSig = k;
        break;
      }
    }
    codeFrom = i;
    if (ch === compiled.codeEscape) {
      prevSig = Math.min(i + 1, n - 1);
      i += 2;
      codeFrom = i;
      continue;
    }
    const candidates = byFirst.get(ch);
    let next = -1;
    if (candidates !== undefined) {
      for (const cand of candidates) {
        if (!text.startsWith(cand.open, i)) continue;
        if (cand.wordStart && i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
        if (cand.kind === 'line') {
          if (syntax.lineAfterSpace && i > 0 && !isSpace(text.charCodeAt(i - 1))) continue;
          const end = lineEnd(text, i + cand.open.length, lfOnly);
          comments.push({ span: { start: i, end }, contentSpan: { start: i + cand.open.length, end }, kind: 'line' });
          next = end;
          break;
        }
        if (cand.kind === 'block' && cand.block) {
          if (cand.block.atLineStart && !atLineStart(text, i)) continue;
          const { contentEnd, end } = scanBlock(text, i, cand.block);
          comments.push({ span: { start: i, end }, contentSpan: { start: i + cand.open.length, end: contentEnd }, kind: 'block' });
          next = end;
          break;
        }
        if (cand.str) {
          const end = scanString(text, i, cand.str, escapes);
          if (end < 0) continue;
          strings.push({ start: withPrefix(text, i, compiled), end });
          prevSig = end - 1;
          next = end;
          break;
        }
      }
      if (next < 0 && ch === SLASH && syntax.regex && i >= regexBlockedUntil && regexMayStart(text, prevSig)) {
        const end = scanRegex(text, i);
        if (end > 0) {
          strings.push({ start: i, end });
          prevSig = end - 1;
          next = end;
        } else {
          regexBlockedUntil = lineEndFrom(text, i);
        }
      }
    }
    if (next >= 0) {
      i = next;
      codeFrom = i;
      continue;
    }
    // Not a token after all: the character is plain code (the run goes on from `codeFrom`).
    i++;
  }
  return { comments, strings };
}

function scanBlock(text: string, i: number, b: BlockCommentSyntax): { contentEnd: number; end: number } {
  const n = text.length;
  if (!b.nested && !b.atLineStart && b.close.length > 0) {
    const close = text.indexOf(b.close, i + b.open.length);
    return close < 0 ? { contentEnd: n, end: n } : { contentEnd: close, end: close + b.close.length };
  }
  const open0 = b.open.charCodeAt(0);
  const close0 = b.close.charCodeAt(0);
  let depth = 1;
  let j = i + b.open.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === close0 && text.startsWith(b.close, j) && (!b.atLineStart || atLineStart(text, j))) {
      depth--;
      if (depth === 0) return { contentEnd: j, end: j + b.close.length };
      j += b.close.length;
      continue;
    }
    if (b.nested && c === open0 && text.startsWith(b.open, j)) {
      depth++;
      j += b.open.length;
      continue;
    }
    j++;
  }
  return { contentEnd: n, end: n };
}

/** End offset of the string literal opened at `i`, or -1 when `i` does not open one. */
function scanString(text: string, i: number, st: StringSyntax, escapes: Map<string, NextIndex>): number {
  if (i > 0) {
    const prev = text.charCodeAt(i - 1);
    if (st.notAfterWord && (isWordChar(prev) || prev === 41 || prev === 93 || prev === 125 || prev === 39 || prev === 46)) return -1;
    if (st.afterBoundary && !isSpace(prev) && '[{(,:='.indexOf(text[i - 1] ?? '') < 0) return -1;
  }
  if (st.char) return scanChar(text, i, st);
  const n = text.length;
  const { close, escape } = st;
  const close0 = close.charCodeAt(0);
  const escapeIsClose = escape === close;
  const escape0 = escape !== undefined && !escapeIsClose ? escape.charCodeAt(0) : -1;
  let j = i + st.open.length;
  if (st.multiline && close.length > 0) {
    let finder: NextIndex | undefined;
    if (!escapeIsClose && escape) {
      finder = escapes.get(escape);
      if (!finder) escapes.set(escape, (finder = new NextIndex(text, escape)));
    }
    return scanLongString(text, j, close, escape, finder, escapeIsClose);
  }
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === escape0 && escape !== undefined && text.startsWith(escape, j)) {
      j += escape.length;
      // An escaped line break continues the literal; CRLF counts as one.
      if (text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF) j += 2;
      else j += 1;
      continue;
    }
    if (c === close0 && text.startsWith(close, j)) {
      if (escapeIsClose && text.startsWith(close, j + close.length)) {
        j += 2 * close.length;
        continue;
      }
      return j + close.length;
    }
    if (!st.multiline && isNewline(c)) return j;
    j++;
  }
  return n;
}

/**
 * The end of a literal that may span lines (a docstring, a template), from `j` just after its
 * opener: the same steps as `scanString`, but from one escape or close to the next by `indexOf`.
 * Each search result is kept until the scan passes it, so no part of the text is searched twice.
 */
function scanLongString(text: string, j: number, close: string, escape: string | undefined, escapes: NextIndex | undefined, escapeIsClose: boolean): number {
  const n = text.length;
  let nextClose = text.indexOf(close, j);
  for (;;) {
    if (nextClose >= 0 && nextClose < j) nextClose = text.indexOf(close, j);
    const nextEscape = escapes ? escapes.from(j) : -1;
    if (nextEscape >= 0 && (nextClose < 0 || nextEscape <= nextClose)) {
      j = nextEscape + (escape as string).length;
      // An escaped line break continues the literal; CRLF counts as one.
      j += text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF ? 2 : 1;
      continue;
    }
    if (nextClose < 0) return n;
    if (escapeIsClose && text.startsWith(close, nextClose + close.length)) {
      j = nextClose + 2 * close.length;
      continue;
    }
    return nextClose + close.length;
  }
}

/** A character literal: one character or one short escape sequence, then the close. */
function scanChar(text: string, i: number, st: StringSyntax): number {
  const n = text.length;
  const j = i + st.open.length;
  if (j >= n) return -1;
  const c = text.charCodeAt(j);
  if (isNewline(c)) return -1;
  if (st.escape !== undefined && text.startsWith(st.escape, j)) {
    const limit = Math.min(n, j + 12);
    for (let k = j + st.escape.length + 1; k < limit; k++) {
      if (isNewline(text.charCodeAt(k))) return -1;
      if (text.startsWith(st.close, k)) return k + st.close.length;
    }
    return -1;
  }
  const after = j + (c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1);
  return text.startsWith(st.close, after) ? after + st.close.length : -1;
}

/** Moves a string's start back over a prefix such as Python `rb` when it is a whole word. */
function withPrefix(text: string, i: number, compiled: Compiled): number {
  if (compiled.maxPrefix === 0) return i;
  let k = i;
  while (k > 0 && i - k <= compiled.maxPrefix && isWordChar(text.charCodeAt(k - 1))) k--;
  if (k === i || i - k > compiled.maxPrefix) return i;
  return compiled.prefixes.has(text.slice(k, i).toLowerCase()) ? k : i;
}

/** Whether a `/` after the code character at `prevSig` starts a regex rather than a division. */
function regexMayStart(text: string, prevSig: number): boolean {
  if (prevSig < 0) return true;
  const c = text.charCodeAt(prevSig);
  if (REGEX_AFTER.has(c)) return true;
  if (!isLetter(c)) return false;
  let k = prevSig;
  while (k > 0 && prevSig - k < 12 && isWordChar(text.charCodeAt(k - 1))) k--;
  return REGEX_KEYWORDS.has(text.slice(k, prevSig + 1));
}

/** End of the regex literal at `i` (flags included), or -1 when the line ends first. */
function scanRegex(text: string, i: number): number {
  const n = text.length;
  let inClass = false;
  let j = i + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isNewline(c)) return -1;
    if (c === BACKSLASH) {
      if (j + 1 < n && isNewline(text.charCodeAt(j + 1))) return -1;
      j += 2;
      continue;
    }
    if (c === 91 /* [ */) inClass = true;
    else if (c === 93 /* ] */) inClass = false;
    else if (c === SLASH && !inClass) {
      j++;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      return j;
    }
    j++;
  }
  return -1;
}
