/**
 * JavaScript/TypeScript module references from real syntax: `import … from 'x'`, `import 'x'`,
 * `export … from 'x'`, `require('x')`, dynamic `import('x')`. `import type`, `export type`,
 * all-`type` specifier lists, `typeof import('x')` and declaration files are type-only. Relative,
 * absolute, URL and `node:` specifiers are the project's own code or the platform.
 */
import type { Span } from '../text/line-index.js';
import type { CodeText } from './code-view.js';
import { prevNonWs, wordEndingAt, type ImportRef } from './cursor.js';

const PACKAGE = /^(?:@[a-z0-9~][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i;
const LOOK_BACK = 5000;

/** The npm package a bare specifier names (`@scope/name` or `name`), without subpath or version. */
export function packageOf(spec: string): { name: string; offset: number } | undefined {
  let s = spec;
  let offset = 0;
  if (s.startsWith('npm:')) {
    s = s.slice(4);
    offset = 4;
  }
  if (s === '' || s.startsWith('.') || s.startsWith('/') || s.startsWith('#') || s.includes(':') || s.includes('\\')) return undefined;
  const parts = s.split('/');
  let name = s.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : '') : (parts[0] ?? '');
  const at = name.indexOf('@', name.startsWith('@') ? 1 : 0);
  if (at > 0) name = name.slice(0, at);
  return PACKAGE.test(name) ? { name, offset } : undefined;
}

export function jsImports(text: string, code: CodeText, strings: readonly Span[], declarationFile: boolean): ImportRef[] {
  const out: ImportRef[] = [];
  let marks: Marks | undefined;
  const lazyMarks = (): Marks => (marks ??= indexMarks(code));
  for (const s of strings) {
    const q = text.charCodeAt(s.start);
    if ((q !== 39 && q !== 34 && q !== 96) || s.end - s.start < 3 || s.end - s.start > 260) continue;
    if (text.charCodeAt(s.end - 1) !== q) continue;
    const content = text.slice(s.start + 1, s.end - 1);
    if (q === 96 && content.includes('${')) continue;
    const kind = contextOf(code, s.start, lazyMarks);
    if (!kind) continue;
    const pkg = packageOf(content);
    if (!pkg) continue;
    const start = s.start + 1 + pkg.offset;
    const ref: ImportRef = { eco: 'npm', name: pkg.name, span: { start, end: s.end - 1 } };
    if (declarationFile || kind === 'type') ref.typeOnly = true;
    out.push(ref);
  }
  return out;
}

/** Where `import`/`export` keywords and `;` are in the code, found once per file. */
interface Marks {
  keywords: number[];
  keywordEnds: number[];
  semicolons: number[];
}

/** A character of `\w` (what `\b` tells words by). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The next `word` at or after `from` that stands alone, as `/\bword\b/` finds it; -1 when none. */
function nextWord(code: CodeText, word: string, from: number): number {
  for (let at = code.indexOf(word, from); at >= 0; at = code.indexOf(word, at + 1)) {
    if (!isWordChar(code.charCodeAt(at - 1)) && !isWordChar(code.charCodeAt(at + word.length))) return at;
  }
  return -1;
}

export function indexMarks(code: CodeText): Marks {
  const keywords: number[] = [];
  const keywordEnds: number[] = [];
  // The `import`s and `export`s in text order, as `/\b(?:import|export)\b/g` finds them.
  let imp = nextWord(code, 'import', 0);
  let exp = nextWord(code, 'export', 0);
  while (imp >= 0 || exp >= 0) {
    const isImport = exp < 0 || (imp >= 0 && imp < exp);
    const at = isImport ? imp : exp;
    if (code.charCodeAt(at - 1) !== 46 /* . */) {
      keywords.push(at);
      keywordEnds.push(at + 6);
    }
    if (isImport) imp = nextWord(code, 'import', at + 6);
    else exp = nextWord(code, 'export', at + 6);
  }
  const semicolons: number[] = [];
  for (let i = code.indexOf(';'); i >= 0; i = code.indexOf(';', i + 1)) semicolons.push(i);
  return { keywords, keywordEnds, semicolons };
}

/** Index of the last value below `x` in a sorted array, or -1. */
function lastBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether the string at `at` is a module specifier: 'value', 'type', or undefined. */
function contextOf(code: CodeText, at: number, marks: () => Marks): 'value' | 'type' | undefined {
  const j = prevNonWs(code, at);
  if (j < 0) return undefined;
  if (code.charCodeAt(j) === 40 /* ( */) {
    const k = prevNonWs(code, j);
    if (k < 0) return undefined;
    const { word, start } = wordEndingAt(code, k);
    if ((word !== 'require' && word !== 'import') || code.charCodeAt(start - 1) === 46 /* . */) return undefined;
    if (word === 'import') {
      const before = prevNonWs(code, start);
      if (before >= 0 && wordEndingAt(code, before).word === 'typeof') return 'type';
    }
    return 'value';
  }
  const { word, start } = wordEndingAt(code, j);
  if (word === 'import') return atStatementStart(code, start) ? 'value' : undefined;
  if (word !== 'from') return undefined;
  // The `import`/`export` that opens the statement: the nearest one before `from`, with no `;` between.
  const m = marks();
  const k = lastBelow(m.keywords, start);
  const kw = m.keywords[k];
  const kwEnd = m.keywordEnds[k];
  if (kw === undefined || kwEnd === undefined || start - kw > LOOK_BACK) return undefined;
  const semi = m.semicolons[lastBelow(m.semicolons, start)];
  if ((semi !== undefined && semi > kw) || !atStatementStart(code, kw)) return undefined;
  return isTypeOnlyClause(code.slice(kwEnd, start).trim()) ? 'type' : 'value';
}

/**
 * An `import`/`export` statement starts a line or follows `;`, `{` or `}`: the same words in JSX
 * text (`<p>import X from 'y'</p>`) or prose do not.
 */
function atStatementStart(code: CodeText, at: number): boolean {
  const k = prevNonWs(code, at);
  if (k < 0) return true;
  const c = code.charCodeAt(k);
  if (c === 59 /* ; */ || c === 123 /* { */ || c === 125 /* } */) return true;
  for (let i = k + 1; i < at; i++) {
    const w = code.charCodeAt(i);
    if (w === 10 || w === 13) return code.charCodeAt(k) !== 46 /* . */ && !isContinuation(c);
  }
  return false;
}

/** A line ending in one of these continues an expression (`a =\n import`, `x <\n import`). */
function isContinuation(c: number): boolean {
  return c === 62 /* > */ || c === 60 /* < */ || c === 61 /* = */ || c === 40 /* ( */ || c === 44 /* , */;
}

function isTypeOnlyClause(clause: string): boolean {
  // `import type X from`, `import type { A } from`, `export type * from`; not `import type from`.
  if (/^type[\s{*]/.test(clause) && !/^type\s*,/.test(clause)) return true;
  const m = /^\{([^{}]*)\}$/.exec(clause);
  if (!m) return false;
  const specs = (m[1] ?? '').split(',').map((x) => x.trim()).filter((x) => x.length > 0);
  return specs.length > 0 && specs.every((x) => /^type\s/.test(x));
}
