/**
 * Imports of Java/Kotlin/Scala/Groovy, Go, C# and Rust from real syntax, on the code of a text
 * (comments and strings read as blanks: a `CodeView`, or the blanked copy; Go import paths are
 * read back from the string spans). The statements' regular expressions run only over the lines
 * that hold their keyword in code (`eachLineMatch`).
 */
import type { Span } from '../text/line-index.js';
import { eachLineMatch, type CodeText } from './code-view.js';
import { firstSpanFrom, isIdentChar, keywordAt, lineAround, readDotted, readIdent, skipWs, stringContent, type ImportRef } from './cursor.js';

/** The first offset at or after `from` where `word` is written in code. */
function word(code: CodeText, w: string): (from: number) => number {
  return (from) => code.indexOf(w, from);
}

// ---- Java, Kotlin, Scala, Groovy ---------------------------------------------------------------

const JVM_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?/gm;

/** `import a.b.C;`, `import static a.b.C.m;`, Kotlin `import a.b.C as D`, `import a.b.*`. */
export function jvmImports(code: CodeText, text: string): ImportRef[] {
  const out: ImportRef[] = [];
  eachLineMatch(code, text, word(code, 'import'), JVM_IMPORT, (at, m) => {
    const d = readDotted(code, at + m[0].length, false, true);
    if (d) out.push({ eco: 'jvm', name: d.name.endsWith('.*') ? d.name.slice(0, -2) : d.name, span: d.span });
  });
  return out;
}

// ---- fully qualified names (Java/Kotlin, C#) ------------------------------------------------------

/** Lines whose names are the file's own package or an import, which the import parsers read. */
const DECLARATION = /^[ \t]*(?:(?:global[ \t]+)?using|import|package|namespace)\b/;

/**
 * Names written fully qualified in code (`new dev.langchain4j.model.openai.OpenAiChatModel(…)`,
 * `global::Azure.AI.OpenAI.AzureOpenAIClient`), which need no import. `pattern` is the table's
 * alternation of multi-segment names (`LibraryTable.qualified`); the first use of each is enough.
 */
export function qualifiedNames(code: CodeText, text: string, eco: 'jvm' | 'dotnet', pattern: RegExp): ImportRef[] {
  const out: ImportRef[] = [];
  const seen = new Set<string>();
  // A match in code is a match of the names in the text, whatever comes before it: the lines to
  // look at are those where the pattern without its look-behind finds the text.
  const candidates = withoutLookbehind(pattern);
  const next = (from: number): number => {
    candidates.lastIndex = from;
    return candidates.exec(text)?.index ?? -1;
  };
  eachLineMatch(code, text, next, pattern, (at, m) => {
    if (seen.has(m[0])) return;
    const line = lineAround(code, at, 400);
    if (DECLARATION.test(code.slice(line.start, at))) return;
    const d = readDotted(code, at);
    if (!d) return;
    seen.add(m[0]);
    out.push({ eco, name: d.name, span: d.span, pathUse: true });
    return d.span.end;
  });
  return out;
}

const LOOKBEHIND = /^\(\?<!(?:\[(?:\\.|[^\]\\])*\]|\\.|[^()[\\])*\)/;
const loose = new WeakMap<RegExp, RegExp>();

/** `pattern` without a look-behind at its start (it then finds every place it finds, and more). */
function withoutLookbehind(pattern: RegExp): RegExp {
  let re = loose.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source.replace(LOOKBEHIND, ''), pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    loose.set(pattern, re);
  }
  return re;
}

// ---- C# -------------------------------------------------------------------------------------------

const USING = /^[ \t]*(?:global[ \t]+)?using[ \t]+/gm;

/** `using A.B;`, `using static A.B;`, `using X = A.B;`, `global using A;`; not `using (…)` or `using var`. */
export function csharpImports(code: CodeText, text: string): ImportRef[] {
  const out: ImportRef[] = [];
  eachLineMatch(code, text, word(code, 'using'), USING, (at, m) => {
    let pos = at + m[0].length;
    if (keywordAt(code, pos, 'static')) pos = skipWs(code, pos + 6);
    // Alias: `X = A.B`.
    const aliasEnd = readIdent(code, pos);
    if (aliasEnd > pos) {
      const eq = skipWs(code, aliasEnd);
      if (code.charCodeAt(eq) === 61 /* = */ && code.charCodeAt(eq + 1) !== 61) pos = skipWs(code, eq + 1);
    }
    if (code.startsWith('global::', pos)) pos += 8;
    const d = readDotted(code, pos);
    if (!d) return;
    if (code.charCodeAt(skipWs(code, d.span.end)) !== 59 /* ; */) return;
    out.push({ eco: 'dotnet', name: d.name, span: d.span });
  });
  return out;
}

// ---- Go -------------------------------------------------------------------------------------------

const GO_IMPORT = /^[ \t]*import\b/gm;

/** `import "x"`, `import alias "x"`, and grouped `import ( … )` blocks with aliases, `_` and `.`. */
export function goImports(text: string, code: CodeText, strings: readonly Span[]): ImportRef[] {
  const out: ImportRef[] = [];
  eachLineMatch(code, text, word(code, 'import'), GO_IMPORT, (at, m) => {
    // Comments and strings are blanks in `code`: a bracket in them ends nothing.
    const kwEnd = at + m[0].length;
    const paren = skipWs(code, kwEnd, true);
    let end: number;
    if (code.charCodeAt(paren) === 40 /* ( */) {
      const close = code.indexOf(')', paren);
      end = close < 0 ? code.length : close;
    } else {
      // Line breaks stay where they are in the code.
      const nl = text.indexOf('\n', kwEnd);
      end = nl < 0 ? code.length : nl;
    }
    for (let k = firstSpanFrom(strings, kwEnd); k < strings.length; k++) {
      const s = strings[k];
      if (!s || s.start >= end) break;
      if (!aliasOnly(code, s.start)) continue;
      const inner = stringContent(text, s);
      if (!inner || inner.end === inner.start) continue;
      out.push({ eco: 'go', name: text.slice(inner.start, inner.end), span: inner });
    }
    return end;
  });
  return out;
}

/** Only an import alias (`name`, `_`, `.`) or the block/keyword stands between the line start and `at`. */
function aliasOnly(code: CodeText, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (code.charCodeAt(i) === 32 || code.charCodeAt(i) === 9)) i--;
  const c = code.charCodeAt(i);
  if (c === 46 /* . */) i--;
  else while (i >= 0 && isIdentChar(code.charCodeAt(i))) i--;
  while (i >= 0 && (code.charCodeAt(i) === 32 || code.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const b = code.charCodeAt(i);
  if (b === 10 || b === 13 || b === 40 /* ( */ || b === 59 /* ; */) return true;
  return code.slice(Math.max(0, i - 5), i + 1) === 'import';
}

// ---- Rust -----------------------------------------------------------------------------------------

/** `use`, after attributes (`#[cfg(…)] use …`) and visibility (`pub(crate) use …`). */
const RUST_USE = /^[ \t]*(?:#\[[^\]\r\n]*\][ \t]*)*(?:pub(?:\([\w: \t]*\))?[ \t]+)?use[ \t]+/gm;
const EXTERN_CRATE = /^[ \t]*extern[ \t]+crate[ \t]+/gm;
const MOD_DECL = /\bmod[ \t]+([A-Za-z_]\w*)/g;
const RUST_LOCAL_ROOTS = new Set(['crate', 'self', 'super', 'std', 'core', 'alloc']);

/**
 * `use krate::…;`, `use ::krate::…`, `use {a::x, b::y};`, `extern crate krate;`, and — since Rust
 * 2018 needs no `use` — a path `krate::…` in code for the crates in `names` that the file does not
 * declare as a local `mod`.
 */
export function rustImports(code: CodeText, text: string, names: ReadonlySet<string>): ImportRef[] {
  const out: ImportRef[] = [];
  eachLineMatch(code, text, word(code, 'use'), RUST_USE, (at, m) => {
    let pos = at + m[0].length;
    if (code.startsWith('::', pos)) pos += 2;
    if (code.charCodeAt(pos) === 123 /* { */) useGroup(code, pos, out);
    else pushCrate(code, pos, out);
  });
  eachLineMatch(code, text, word(code, 'extern'), EXTERN_CRATE, (at, m) => pushCrate(code, at + m[0].length, out));
  const seen = new Set(out.map((r) => r.name));
  for (const name of names) {
    if (seen.has(name) || code.indexOf(`${name}::`) < 0) continue;
    const at = pathUse(code, name);
    if (at >= 0) out.push({ eco: 'crates', name, span: { start: at, end: at + name.length }, pathUse: true });
  }
  // A `mod openai;` of the file's own shadows a crate of that name.
  const local = new Set<string>();
  eachLineMatch(code, text, word(code, 'mod'), MOD_DECL, (_at, m) => void (m[1] && local.add(m[1])));
  return local.size === 0 ? out : out.filter((r) => !local.has(r.name));
}

/** Each statement pattern above with the word every match of it holds in code. */
export const STATEMENT_PATTERNS: readonly { word: string; pattern: RegExp }[] = [
  { word: 'import', pattern: JVM_IMPORT },
  { word: 'using', pattern: USING },
  { word: 'import', pattern: GO_IMPORT },
  { word: 'use', pattern: RUST_USE },
  { word: 'extern', pattern: EXTERN_CRATE },
  { word: 'mod', pattern: MOD_DECL },
];

function pushCrate(code: CodeText, pos: number, out: ImportRef[]): void {
  const end = readIdent(code, pos);
  if (end === pos) return;
  const name = code.slice(pos, end);
  if (RUST_LOCAL_ROOTS.has(name)) return;
  out.push({ eco: 'crates', name, span: { start: pos, end } });
}

/** The first path segment of every top-level item of `{a::x, b::{y, z}}`. */
function useGroup(code: CodeText, open: number, out: ImportRef[]): void {
  let depth = 0;
  let expectItem = true;
  const limit = Math.min(code.length, open + 4000);
  for (let i = open; i < limit; i++) {
    const c = code.charCodeAt(i);
    if (c === 123 /* { */) {
      depth++;
      expectItem = depth === 1;
    } else if (c === 125 /* } */) {
      depth--;
      if (depth === 0) return;
    } else if (c === 44 /* , */) {
      expectItem = depth === 1;
    } else if (c === 59 /* ; */) {
      return;
    } else if (expectItem && depth === 1 && isIdentChar(c)) {
      pushCrate(code, i, out);
      expectItem = false;
      i = readIdent(code, i) - 1;
    }
  }
}

/** First `name::` that starts a path (not `crate::name::` or `x.name::`). */
function pathUse(code: CodeText, name: string): number {
  let at = code.indexOf(`${name}::`);
  while (at >= 0) {
    const before = at > 0 ? code.charCodeAt(at - 1) : 32;
    let ok = !isIdentChar(before) && before !== 46; /* . */
    if (ok && before === 58 /* : */ && at >= 2 && code.charCodeAt(at - 2) === 58) {
      // `::name::` is an absolute path only when nothing names a parent before it. After one
      // colon (`x:name::T`, a type without a blank) the path starts at the name.
      ok = !isIdentChar(code.charCodeAt(at - 3)) && code.charCodeAt(at - 3) !== 62; /* > */
    }
    if (ok) return at;
    at = code.indexOf(`${name}::`, at + name.length);
  }
  return -1;
}
