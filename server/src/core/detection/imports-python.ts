/**
 * Python imports from real syntax: `import a.b as c, d`, `from a.b import (x, y)` across lines,
 * relative imports (`from . import x`, `from .openai import y`) excluded, and the dynamic forms
 * `importlib.import_module("x")` / `__import__("x")`. Runs on code-only text.
 */
import type { Span } from '../text/line-index.js';
import type { CodeText } from './code-view.js';
import { firstSpanFrom, keywordAt, readDotted, readIdent, skipWs, stringContent, wordEndingAt, type ImportRef } from './cursor.js';

const MODULE_NAME = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*$/;

export function pythonImports(text: string, code: CodeText, strings: readonly Span[], stub = false): ImportRef[] {
  const out: ImportRef[] = [];
  // Every `import` of the code, found in one search: the statements start with it and the
  // dynamic imports' names (`import_module`, `__import__`) hold it, so neither searches again.
  const importAt = everyImport(code);
  const froms: Keyword = { word: 'from', at: -2 };
  const imports: Keyword = { word: 'import', at: -2, all: importAt };
  let from = 0;
  for (;;) {
    const kw = nextStatement(code, from, froms, imports);
    if (kw === undefined) break;
    const kwEnd = kw.at + kw.word.length;
    const next = kw === imports ? parseImport(code, kwEnd, out) : parseFrom(code, kwEnd, out);
    from = Math.max(kwEnd, next);
  }
  dynamicImports(text, code, strings, importAt, out);
  // A `.pyi` stub declares types: its imports are dependencies, not use.
  if (stub) for (const r of out) r.typeOnly = true;
  return out;
}

/** A keyword and where it was last found (-2: not searched yet, -1: not after that). */
export interface Keyword {
  readonly word: 'from' | 'import';
  at: number;
  /** Every offset of `word` in the code, ascending, when already known: looked up, not searched. */
  readonly all?: readonly number[];
}

/**
 * The offsets of every `import` in `code`, ascending. `import` cannot overlap itself, so a search
 * that goes on after each match misses none.
 */
function everyImport(code: CodeText): number[] {
  const out: number[] = [];
  for (let at = code.indexOf('import'); at >= 0; at = code.indexOf('import', at + 6)) out.push(at);
  return out;
}

/** The keyword's first offset at or after `from`, or -1: from its list when it has one. */
function findKeyword(code: CodeText, kw: Keyword, from: number): number {
  const all = kw.all;
  if (all === undefined) return code.indexOf(kw.word, from);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < all.length ? (all[lo] as number) : -1;
}

/**
 * The next `from` or `import` at or after `from` that starts a statement: at a line start, or
 * after `;` or `:` (`try: import x`), with only spaces and tabs before it, and followed by a
 * space, tab, `\` or `(`; the same as a multi-line regular expression
 * `(?:^|[;:])[ \t]*(from|import)(?=[ \t\\(])` matching at or after `from`. The words are found
 * by `indexOf`, each search kept until the scan passes it, so the code is searched once.
 */
export function nextStatement(code: CodeText, from: number, froms: Keyword, imports: Keyword): Keyword | undefined {
  let search = from;
  for (;;) {
    if (froms.at !== -1 && froms.at < search) froms.at = findKeyword(code, froms, search);
    if (imports.at !== -1 && imports.at < search) imports.at = findKeyword(code, imports, search);
    const kw = froms.at < 0 ? imports : imports.at < 0 || froms.at < imports.at ? froms : imports;
    const at = kw.at;
    if (at < 0) return undefined;
    search = at + 1;
    const after = code.charCodeAt(at + kw.word.length);
    if (after !== 32 && after !== 9 && after !== 92 /* \ */ && after !== 40 /* ( */) continue;
    let b = at;
    while (b > 0 && (code.charCodeAt(b - 1) === 32 || code.charCodeAt(b - 1) === 9)) b--;
    const before = b === 0 ? -1 : code.charCodeAt(b - 1);
    // The statement starts at the `;` or `:`, or at the line start: not before `from`.
    const start = before === 59 /* ; */ || before === 58 /* : */ ? b - 1 : before === -1 || isLineTerminator(before) ? b : -1;
    if (start >= from) return kw;
  }
}

/** What `^` of a multi-line regular expression follows: LF, CR, U+2028, U+2029. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** `import a.b as c, d`: returns where the statement ends. */
function parseImport(code: CodeText, i: number, out: ImportRef[]): number {
  let pos = i;
  for (;;) {
    pos = skipWs(code, pos);
    const d = readDotted(code, pos);
    if (!d) return pos;
    out.push({ eco: 'python', name: d.name, span: d.span });
    pos = skipAlias(code, d.span.end, false);
    pos = skipWs(code, pos);
    if (code.charCodeAt(pos) !== 44 /* , */) return pos;
    pos++;
  }
}

/** `from a import x` / `from a import (x as y,\n z)`; relative forms are local code. */
function parseFrom(code: CodeText, i: number, out: ImportRef[]): number {
  let pos = skipWs(code, i);
  if (code.charCodeAt(pos) === 46 /* . */) return pos; // relative import: the project's own module
  const d = readDotted(code, pos);
  if (!d) return pos;
  pos = skipWs(code, d.span.end);
  if (!keywordAt(code, pos, 'import')) return pos;
  pos = skipWs(code, pos + 'import'.length);
  const paren = code.charCodeAt(pos) === 40; /* ( */
  if (paren) pos++;
  const alternatives: { name: string; span: Span }[] = [];
  for (;;) {
    pos = skipWs(code, pos, paren);
    if (code.charCodeAt(pos) === 42 /* * */) {
      pos++;
      break;
    }
    const end = readIdent(code, pos);
    if (end === pos) break;
    alternatives.push({ name: `${d.name}.${code.slice(pos, end)}`, span: { start: pos, end } });
    pos = skipWs(code, skipAlias(code, end, paren), paren);
    if (code.charCodeAt(pos) !== 44 /* , */) break;
    pos++;
  }
  out.push(alternatives.length > 0 ? { eco: 'python', name: d.name, span: d.span, alternatives } : { eco: 'python', name: d.name, span: d.span });
  return pos;
}

function skipAlias(code: CodeText, i: number, lines: boolean): number {
  const p = skipWs(code, i, lines);
  if (!keywordAt(code, p, 'as')) return i;
  const q = skipWs(code, p + 2, lines);
  const e = readIdent(code, q);
  return e === q ? i : e;
}

/** The dynamic import functions, each with the offset of `import` in its name. */
const DYNAMIC: readonly (readonly [string, number])[] = [
  ['import_module', 0],
  ['__import__', 2],
];

/**
 * `importlib.import_module("openai")`, `import_module('x')`, `__import__("x")`: every name holds
 * `import` (at 0 and at 2), so the offsets of `import` in the code (`importAt`) are where they
 * can be. Each name is taken where the code has it, as a search for the name would find it: in
 * order, the next from the end of the one before.
 */
function dynamicImports(text: string, code: CodeText, strings: readonly Span[], importAt: readonly number[], out: ImportRef[]): void {
  for (const [fn, offset] of DYNAMIC) {
    let next = 0;
    for (const i of importAt) {
      const at = i - offset;
      // `text` first: a cheap test that `code` (the same characters outside comments and strings) repeats.
      if (at < next || !text.startsWith(fn, at) || !code.startsWith(fn, at)) continue;
      next = at + fn.length;
      const { start } = wordEndingAt(code, at + fn.length - 1);
      const open = skipWs(code, at + fn.length, true);
      if (start === at && code.charCodeAt(open) === 40 /* ( */) {
        // The argument is the first string after the bracket with only blanks (and comments,
        // blanked in `code` too) between: `import_module(  # the SDK\n  "openai")`.
        const s = strings[firstSpanFrom(strings, open + 1)];
        const inner = s && skipWs(code, open + 1, true) >= s.start ? stringContent(text, s) : undefined;
        const name = inner ? text.slice(inner.start, inner.end) : '';
        // A relative name (`.x`, resolved against a package argument) fails MODULE_NAME: local code.
        if (inner && MODULE_NAME.test(name)) out.push({ eco: 'python', name, span: inner });
      }
    }
  }
}
