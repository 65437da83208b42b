/**
 * The cheap first look at a file's raw text, before any lexing: does any import-like line name a
 * library of the table? It finds the import keywords with `indexOf`, reads only those lines (and
 * the next, for continuations), and probes the table's maps. Comments and strings are not told
 * apart here: a `true` only means "worth lexing"; the parsers decide.
 */
import { isIdentChar, lineAround } from './cursor.js';
import { packageOf } from './imports-js.js';
import type { LibraryTable } from './table.js';

export type ParserKind = 'python' | 'js' | 'jvm' | 'go' | 'csharp' | 'rust';

const IDENT = /[A-Za-z_][\w]*/g;
const DOTTED = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/g;
const QUOTED = /(["'`])([^"'`\r\n]{1,300})\1/g;
/** Lines read around one keyword. */
const MAX_LINE = 600;
/** Keyword occurrences looked at per file; more means a generated file, looked at in full. */
const MAX_HITS = 5000;
/** Characters of a bracketed import (a Go import block, a Python call) read at most. */
const BLOCK_WINDOW = 20000;

/**
 * Words searched for. Python's `import_module` and `__import__` contain `import`: one search
 * finds all three (`isKeyword` tells them apart), so the text is scanned once.
 */
const KEYWORDS: Record<ParserKind, readonly string[]> = {
  python: ['import'],
  js: ['from', 'require', 'import'],
  jvm: ['import'],
  go: ['import'],
  csharp: ['using'],
  rust: ['use', 'crate'],
};

/** Whether the text may import a library of the table. */
export function mayImport(text: string, kind: ParserKind, table: LibraryTable): boolean {
  if (kind === 'js') return jsMayImport(text, table);
  if (kind === 'rust' && rustPathUse(text, table.rustNames)) return true;
  if (kind === 'jvm' || kind === 'csharp') {
    // A fully qualified name needs no import.
    const qualified = kind === 'jvm' ? table.qualified.jvm : table.qualified.dotnet;
    qualified.lastIndex = 0;
    if (qualified.test(text)) return true;
  }
  const test = tester(kind, table);
  for (const kw of KEYWORDS[kind]) {
    let at = text.indexOf(kw);
    let hits = 0;
    while (at >= 0) {
      if (!(wholeWord(text, at, kw.length) || (kind === 'python' && pythonImportCall(text, at)))) {
        at = text.indexOf(kw, at + kw.length);
        continue;
      }
      if (++hits > MAX_HITS) return true;
      const line = lineAround(text, at, MAX_LINE);
      // The next line too: `import os, \` continuations, `require(\n 'x')`, Go import blocks.
      let end = line.end;
      /** Past a bracketed import read whole: nothing in it is looked at again. */
      let skipTo = line.end;
      if (kind === 'go') {
        // The block's `)`, past comments and strings (`// old imports (deprecated)`).
        skipTo = end = goBlockEnd(text, at + kw.length);
      } else {
        const next = lineAround(text, Math.min(text.length, line.end + 1), MAX_LINE);
        end = Math.max(line.end, next.end);
        // `import_module(` with its argument further down, past a comment: to the closing bracket.
        const open = kind === 'python' && !wholeWord(text, at, kw.length) ? charBefore(text, 40 /* ( */, at, line.end) : -1;
        if (open >= 0) skipTo = end = Math.max(end, closingBracket(text, open, 'hash'));
      }
      if (test(text.slice(line.start, end))) return true;
      // A block is done with; else a keyword on the next line gets its own look (with the line
      // after it).
      at = text.indexOf(kw, Math.max(skipTo, at + kw.length));
    }
  }
  return false;
}

/**
 * JavaScript/TypeScript: the specifier right after `from`, `import` or `require` (past an optional
 * `(`), read in place. A comment in the way answers true: the parser, which sees past comments,
 * decides. The parser takes only strings in these places, so nothing it would find is missed.
 */
function jsMayImport(text: string, table: LibraryTable): boolean {
  for (const kw of KEYWORDS.js) {
    let hits = 0;
    for (let at = text.indexOf(kw); at >= 0; at = text.indexOf(kw, at + kw.length)) {
      if (!wholeWord(text, at, kw.length)) continue;
      if (++hits > MAX_HITS) return true;
      if (jsSpecifierAfter(text, at + kw.length, table)) return true;
    }
  }
  return false;
}

function jsSpecifierAfter(text: string, from: number, table: LibraryTable): boolean {
  let i = skipBlank(text, from);
  if (text.charCodeAt(i) === 40 /* ( */) i = skipBlank(text, i + 1);
  const q = text.charCodeAt(i);
  if (q === 47 /* / */) {
    const next = text.charCodeAt(i + 1);
    return next === 47 || next === 42; /* a comment: `//` or `/*` */
  }
  if (q !== 39 /* ' */ && q !== 34 /* " */ && q !== 96 /* ` */) return false;
  // As QUOTED: 1 to 300 characters, none a quote or a line break, then the opening quote.
  const limit = Math.min(text.length, i + 302);
  let j = i + 1;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 39 || c === 34 || c === 96 || c === 10 || c === 13) break;
  }
  if (text.charCodeAt(j) !== q || j === i + 1 || j - i - 1 > 300) return false;
  const pkg = packageOf(text.slice(i + 1, j));
  return pkg !== undefined && table.lookup('npm', pkg.name) !== undefined;
}

/**
 * Where the Go import declaration after `from` ends: the `)` closing its block when a `(` comes
 * first, else the line end. Comments between the keyword and the block are passed over.
 */
function goBlockEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + BLOCK_WINDOW);
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) i = lineEnd(text, i, limit);
    else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 || e >= limit ? limit : e + 2;
    } else if (c === 40 /* ( */) return closingBracket(text, i, 'c');
    else return lineEnd(text, i, limit); // `import "x"`: one line
  }
  return limit;
}

/**
 * The offset of the `)` that closes the `(` at `open` (or the end of the window), with
 * comments and string literals passed over so that a bracket inside them (`// old imports
 * (deprecated)`, `/* ) *\/`, `"("`) neither opens nor closes anything. `style`: C-like comments
 * (`//`, `/* *\/`, strings in `"`, `'` and `` ` ``) or hash comments (Python: `#`, strings in `"`
 * and `'`, triple-quoted included).
 */
function closingBracket(text: string, open: number, style: 'c' | 'hash'): number {
  const limit = Math.min(text.length, open + BLOCK_WINDOW);
  let depth = 0;
  let i = open;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (style === 'c' && c === 47 /* / */ && text.charCodeAt(i + 1) === 47) i = lineEnd(text, i, limit);
    else if (style === 'c' && c === 47 /* / */ && text.charCodeAt(i + 1) === 42 /* * */) {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 || e >= limit ? limit : e + 2;
    } else if (style === 'hash' && c === 35 /* # */) i = lineEnd(text, i, limit);
    else if (c === 34 /* " */ || c === 39 /* ' */ || (style === 'c' && c === 96) /* ` */) i = stringEnd(text, i, limit, c === 96 || (style === 'hash' && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c));
    else {
      if (c === 40 /* ( */) depth++;
      else if (c === 41 /* ) */ && --depth === 0) return i;
      i++;
    }
  }
  return limit;
}

/** Just past the string literal opening at `i`; `long`: a raw/backquoted or triple-quoted literal, which may span lines. */
function stringEnd(text: string, i: number, limit: number, long: boolean): number {
  const q = text.charCodeAt(i);
  const triple = long && q !== 96;
  const close = triple ? text.slice(i, i + 3) : String.fromCharCode(q);
  if (long) {
    const from = i + close.length;
    if (q === 96) {
      const e = text.indexOf(close, from);
      return e < 0 || e >= limit ? limit : e + 1;
    }
    let j = from;
    while (j < limit) {
      const e = text.indexOf(close, j);
      if (e < 0 || e >= limit) return limit;
      if (text.charCodeAt(e - 1) !== 92 /* \\ */) return e + 3;
      j = e + 1;
    }
    return limit;
  }
  let j = i + 1;
  while (j < limit) {
    const d = text.charCodeAt(j);
    if (d === 92 /* \\ */) j += 2;
    else if (d === q) return j + 1;
    else if (d === 10) return j;
    else j++;
  }
  return limit;
}

/** The first `c` in [from, to), or -1. */
function charBefore(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

function lineEnd(text: string, at: number, limit: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 || nl > limit ? limit : nl;
}

/** Skips spaces, tabs and line breaks. */
function skipBlank(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) break;
    i++;
  }
  return i;
}

/** Rust: a path `krate::…` whose first segment is a crate of the table, in one pass over the `::`s. */
function rustPathUse(text: string, names: ReadonlySet<string>): boolean {
  for (let at = text.indexOf('::'); at >= 0; at = text.indexOf('::', at + 2)) {
    let start = at;
    while (start > 0 && isIdentChar(text.charCodeAt(start - 1))) start--;
    if (start < at && names.has(text.slice(start, at))) return true;
  }
  return false;
}

/** JavaScript reads its specifiers in place (`jsMayImport`); the other languages test a segment of lines. */
function tester(kind: Exclude<ParserKind, 'js'>, table: LibraryTable): (segment: string) => boolean {
  switch (kind) {
    case 'python': {
      const { exact, prefixes } = table.pythonRoots;
      return (seg) => some(seg, IDENT, (id) => exact.has(id) || prefixes.some((p) => id.startsWith(p)));
    }
    case 'jvm':
      return (seg) => some(seg, DOTTED, (d) => table.lookup('jvm', d) !== undefined);
    case 'csharp':
      return (seg) => some(seg, DOTTED, (d) => table.lookup('dotnet', d) !== undefined);
    case 'go':
      return (seg) => someGroup(seg, QUOTED, 2, (s) => table.lookup('go', s) !== undefined);
    case 'rust':
      return (seg) => some(seg, IDENT, (id) => table.rustNames.has(id));
  }
}

function some(seg: string, re: RegExp, f: (s: string) => boolean): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) if (f(m[0])) return true;
  return false;
}

function someGroup(seg: string, re: RegExp, group: number, f: (s: string) => boolean): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) if (f(m[group] ?? '')) return true;
  return false;
}

/** `import` at `at` is part of `import_module` or `__import__`. */
function pythonImportCall(text: string, at: number): boolean {
  if (text.startsWith('import_module', at) && wholeWord(text, at, 13)) return true;
  return at >= 2 && text.startsWith('__import__', at - 2) && wholeWord(text, at - 2, 10);
}

function wholeWord(text: string, at: number, len: number): boolean {
  return (at === 0 || !isIdentChar(text.charCodeAt(at - 1))) && !isIdentChar(text.charCodeAt(at + len));
}
