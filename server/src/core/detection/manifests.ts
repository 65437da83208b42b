/**
 * Dependency manifests as evidence: each AI dependency gives one detection on the exact line
 * (and name) that declares it. Comments never count. Every parser is line- or tag-based and linear,
 * but for conda files, which the `yaml` library reads within the limits of a registry.
 */
import type { Document, Scalar } from 'yaml';
import { visit } from '../text/jsonc.js';
import { codeOnly } from '../annotations/blank.js';
import { languageForPath } from '../annotations/languages.js';
import { lex } from '../annotations/scanner.js';
import { parseBoundedAll } from '../manifest/bounded-parse.js';
import { yaml } from '../manifest/yaml-lib.js';
import { basename, dirname } from '../paths.js';
import type { Span } from '../text/line-index.js';
import { lineAround, stringContent } from './cursor.js';
import { blankXmlComments, lines, requirementLines, tomlHeader, tomlKeyValue, tomlLines, tomlStrings, xmlTagAttributes, yamlQuoted } from './manifest-scan.js';
import type { LibraryMatch, LibraryTable } from './table.js';

type ManifestKind = 'requirements' | 'pyproject' | 'pipfile' | 'package.json' | 'go.mod' | 'pom' | 'gradle' | 'gradle-catalog' | 'msbuild' | 'packages.config' | 'cargo' | 'conda';

export interface ManifestHit {
  match: LibraryMatch;
  /** The dependency name as written. */
  name: string;
  span: Span;
  /** 'pypi', 'npm', 'go', 'maven', 'nuget', 'cargo', 'conda'. */
  ecosystem: string;
}

/** The manifest kind of a path, by file name. */
export function manifestKind(path: string): ManifestKind | undefined {
  const base = basename(path);
  const lower = base.toLowerCase();
  // (The patterns only run on names that can match them: this is asked of every listed file.)
  if ((lower.includes('requirements') || lower.startsWith('constraints')) && (/^requirements.*\.(?:txt|in)$/.test(lower) || /^(?:dev-|test-)?requirements\.txt$/.test(lower) || /^constraints.*\.txt$/.test(lower))) return 'requirements';
  if (lower.endsWith('.txt') && basename(dirname(path)).toLowerCase() === 'requirements') return 'requirements';
  if (lower === 'pyproject.toml') return 'pyproject';
  if (base === 'Pipfile') return 'pipfile';
  if (lower === 'package.json') return 'package.json';
  if (lower === 'go.mod') return 'go.mod';
  if (lower === 'pom.xml') return 'pom';
  if (lower === 'build.gradle' || lower === 'build.gradle.kts') return 'gradle';
  if (lower === 'libs.versions.toml') return 'gradle-catalog';
  if (/\.(?:cs|fs|vb)proj$/.test(lower) || lower === 'directory.packages.props' || lower === 'directory.build.props') return 'msbuild';
  if (lower === 'packages.config') return 'packages.config';
  if (lower === 'cargo.toml') return 'cargo';
  if (lower === 'environment.yml' || lower === 'environment.yaml' || lower === 'conda.yml' || lower === 'conda.yaml') return 'conda';
  return undefined;
}

export function detectManifest(path: string, text: string, table: LibraryTable): ManifestHit[] {
  const kind = manifestKind(path);
  switch (kind) {
    case 'requirements':
      return requirements(text, table);
    case 'pyproject':
    case 'pipfile':
    case 'cargo':
    case 'gradle-catalog':
      return toml(kind, text, table);
    case 'package.json':
      return packageJson(text, table);
    case 'go.mod':
      return goMod(text, table);
    case 'pom':
      return pom(text, table);
    case 'gradle':
      return gradle(path, text, table);
    case 'msbuild':
    case 'packages.config':
      return nuget(text, table);
    case 'conda':
      return conda(text, table);
    default:
      return [];
  }
}

// ---- helpers ----------------------------------------------------------------------------------

/**
 * The TOML string that ends a match, "basic" or 'literal' (the pattern ends in
 * `(?:"([^"]+)"|'([^']+)')`): its content, group 1 or 2, with its offset in the text searched.
 * Names and coordinates hold no escapes, so both kinds read alike.
 */
function tomlString(m: RegExpExecArray | null): { value: string; at: number } | undefined {
  const value = m?.[1] ?? m?.[2];
  return m && value ? { value, at: m.index + m[0].length - 1 - value.length } : undefined;
}

/** The distribution name at the start of a PEP 508 requirement. */
const PEP508_NAME = /^[ \t]*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

function pypiHit(name: string, start: number, table: LibraryTable): ManifestHit | undefined {
  const match = table.lookup('pypi', name);
  return match ? { match, name, span: { start, end: start + name.length }, ecosystem: 'pypi' } : undefined;
}

function push(out: ManifestHit[], hit: ManifestHit | undefined): void {
  if (hit) out.push(hit);
}

// ---- Python -------------------------------------------------------------------------------------

function requirements(text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  // pip takes a `#` for a comment at the line's start or after whitespace only (a URL's
  // `#egg=name` is no comment). The name is read at the line's start and ends before any `#`, and
  // the option and URL tests look at what comes before it: a comment line has no name, and
  // nothing needs cutting.
  for (const { text: body, pieces } of requirementLines(text)) {
    if (/^\s*-/.test(body)) continue; // options: -r, -e, --index-url
    const m = PEP508_NAME.exec(body);
    const name = m?.[1];
    if (!m || !name) continue;
    if (/^\s*[A-Za-z0-9._-]+:\/\//.test(body)) continue; // a bare URL
    // The name's range is on the line where it starts, in the piece that holds its first
    // character (the last to start at or before it; one cut by a `\` ends with its piece).
    const at = m[0].length - name.length;
    let piece = pieces[0];
    let next = body.length;
    for (const p of pieces) {
      if (p.at > at) {
        next = p.at;
        break;
      }
      piece = p;
    }
    const match = table.lookup('pypi', name);
    if (!piece || !match) continue;
    const start = piece.from + at - piece.at;
    out.push({ match, name, span: { start, end: start + Math.min(name.length, next - at) }, ecosystem: 'pypi' });
  }
  return out;
}

/**
 * Whether the table at a path holds dependencies by name, per TOML manifest. The path is `length`
 * parts long, `part(i)` its i-th: only a few parts are read, each compared with a word, so a long
 * header or key costs no more on each line.
 */
function keyTable(kind: ManifestKind, part: (i: number) => string | undefined, length: number): boolean {
  const last = part(length - 1);
  if (kind === 'pipfile') return length === 1 && (last === 'packages' || last === 'dev-packages');
  if (kind === 'cargo') return last === 'dependencies' || last === 'dev-dependencies' || last === 'build-dependencies';
  if (kind === 'pyproject') return part(0) === 'tool' && part(1) === 'poetry' && (length === 3 || (length === 5 && part(2) === 'group')) && (last === 'dependencies' || last === 'dev-dependencies');
  return false;
}

/**
 * Which part of a key names a dependency, for a key line under the table `tableParts`: 0 for
 * `openai = …` or `openai.version = …` under `[dependencies]`, 1 for `dependencies.openai = …`
 * under `[workspace]`; -1 when none does.
 */
function dependencyPart(kind: ManifestKind, tableParts: readonly string[], keys: readonly { text: string }[]): number {
  const part = (i: number): string | undefined => (i < tableParts.length ? tableParts[i] : keys[i - tableParts.length]?.text);
  for (let i = 0; i < keys.length; i++) if (keyTable(kind, part, tableParts.length + i)) return i;
  return -1;
}

/**
 * Whether a key of pyproject.toml holds an array of PEP 508 strings, by its path: the table's
 * parts, then the key's (`project.dependencies = […]` at the root, `optional-dependencies.x`
 * under `[project]`). Only a few parts are read, each compared with a word.
 */
function arrayKey(tableParts: readonly string[], keys: readonly { text: string }[]): boolean {
  const length = tableParts.length + keys.length;
  const part = (i: number): string | undefined => (i < tableParts.length ? tableParts[i] : keys[i - tableParts.length]?.text);
  const first = part(0);
  if (first === 'project') return (length === 2 && part(1) === 'dependencies') || (length === 3 && part(1) === 'optional-dependencies');
  if (first === 'dependency-groups') return length === 2;
  if (first !== 'tool') return false;
  if (part(1) === 'pdm') return length === 4 && part(2) === 'dev-dependencies';
  return length === 3 && part(1) === 'uv' && part(2) === 'dev-dependencies';
}

function toml(kind: ManifestKind, text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  let current = '';
  let inArray = false;
  const eco = kind === 'cargo' ? 'crates' : 'pypi';
  /** The PEP 508 strings of one line of an array; true when the line closes it. */
  const arrayStrings = (body: string, offset: number): boolean => {
    const { strings, closes } = tomlStrings(body);
    for (const s of strings) {
      const name = PEP508_NAME.exec(s.value)?.[1];
      if (name) push(out, pypiHit(name, offset + s.at + 1 + s.value.indexOf(name), table));
    }
    return closes;
  };
  // One dependency as a table: Cargo `[dependencies.async-openai]`, Poetry
  // `[tool.poetry.dependencies.openai]`. The name is the header's last part, unless the table
  // renames it (Cargo `package = "async-openai"` under `[dependencies.oai]`): the table's own
  // lines are read before it counts.
  let tableDep: { name: string; span: Span } | undefined;
  // Dependencies written as dotted keys (`async-openai.workspace = true`, `x.version` and
  // `x.features` on two lines): one each, at its first line, by its package once the table is
  // read (`oai.package = "async-openai"`).
  const dotted = new Map<string, { name: string; span: Span }>();
  const found = (dep: { name: string; span: Span }): void => {
    const match = table.lookup(eco, dep.name);
    if (match) out.push({ match, name: dep.name, span: dep.span, ecosystem: kind === 'cargo' ? 'cargo' : 'pypi' });
  };
  const endTable = (): void => {
    if (tableDep) found(tableDep);
    tableDep = undefined;
    for (const dep of dotted.values()) found(dep);
    dotted.clear();
  };
  let tableParts: string[] = [];
  for (const line of tomlLines(text)) {
    const body = line.text;
    if (inArray) {
      if (arrayStrings(body, line.start)) inArray = false;
      continue;
    }
    const header = tomlHeader(body);
    if (header !== undefined) {
      endTable();
      current = header;
      tableParts = header.split('.');
      const dep = kind === 'cargo' ? cargoDependencyTable(current) : kind === 'pyproject' ? poetryDependencyTable(current) : undefined;
      const at = dep ? body.lastIndexOf(dep) : -1;
      if (dep && at >= 0) tableDep = { name: dep, span: { start: line.start + at, end: line.start + at + dep.length } };
      continue;
    }
    const kv = tomlKeyValue(body);
    if (!kv) continue;
    const { keys, value } = kv;
    const key = keys.length === 1 ? keys[0]?.text : undefined;
    const valueAt = line.start + kv.valueAt;
    if (tableDep && kind === 'cargo' && key === 'package') {
      const renamed = tomlString(/^(?:"([^"]+)"|'([^']+)')/.exec(value));
      if (renamed) tableDep = { name: renamed.value, span: { start: valueAt + renamed.at, end: valueAt + renamed.at + renamed.value.length } };
      continue;
    }
    const dep = dependencyPart(kind, tableParts, keys);
    const depKey = keys[dep];
    if (kind === 'gradle-catalog') {
      if (current === 'libraries') catalogEntry(value, valueAt, table, out);
    } else if (depKey && dep < keys.length - 1) {
      // A dotted key: `x.version = …`, or the package of a renamed crate, `x.package = "…"`.
      const id = JSON.stringify(keys.slice(0, dep + 1).map((k) => k.text));
      const entry = dotted.get(id) ?? { name: depKey.text, span: { start: line.start + depKey.at, end: line.start + depKey.at + depKey.text.length } };
      dotted.set(id, entry);
      const renamed = kind === 'cargo' && keys.length === dep + 2 && keys[dep + 1]?.text === 'package' ? tomlString(/^(?:"([^"]+)"|'([^']+)')/.exec(value)) : undefined;
      if (renamed) {
        entry.name = renamed.value;
        entry.span = { start: valueAt + renamed.at, end: valueAt + renamed.at + renamed.value.length };
      }
    } else if (depKey) {
      // Cargo renames: `oai = { package = "async-openai", … }` (or 'async-openai').
      const renamed = kind === 'cargo' ? tomlString(/\bpackage[ \t]*=[ \t]*(?:"([^"]+)"|'([^']+)')/.exec(value)) : undefined;
      const name = renamed?.value ?? depKey.text;
      const at = renamed ? valueAt + renamed.at : line.start + depKey.at;
      const match = table.lookup(eco, name);
      if (match) out.push({ match, name, span: { start: at, end: at + name.length }, ecosystem: kind === 'cargo' ? 'cargo' : 'pypi' });
    } else if (kind === 'pyproject' && arrayKey(tableParts, keys) && value.startsWith('[')) {
      if (!arrayStrings(value, valueAt)) inArray = true;
    }
  }
  endTable();
  // Dotted dependencies come when their table ends: the hits in the order of the text.
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The package of a Poetry table `[tool.poetry.dependencies.x]` (also `dev-`, and under `group.<name>`). */
function poetryDependencyTable(table: string): string | undefined {
  return /^tool\.poetry(?:\.group\.[^.]+)?\.(?:dev-)?dependencies\.([^.]+)$/.exec(table)?.[1];
}

/** The crate of a Cargo table `[dependencies.x]` (also `dev-`, `build-`, under `target.…`). */
function cargoDependencyTable(table: string): string | undefined {
  const segs = table.split('.');
  for (let i = 0; i < segs.length - 1; i++) {
    if (!/^(?:dev-|build-)?dependencies$/.test(segs[i] ?? '')) continue;
    const crate = segs.slice(i + 1).join('.');
    // A crate name has at most 64 characters: a longer one is no crate (and is not searched for).
    return crate !== '' && crate.length <= 64 ? crate : undefined;
  }
  return undefined;
}

/**
 * `openai = { module = "com.openai:openai-java", … }`, `{ group = "g", name = "a" }`, `"g:a:v"`,
 * each in basic or literal strings.
 */
function catalogEntry(value: string, at: number, table: LibraryTable, out: ManifestHit[]): void {
  const coord = /(?:module[ \t]*=[ \t]*)?(["'])([\w.-]+):([\w.-]+)(?::[^"']*)?\1/.exec(value);
  if (coord?.[2] && coord[3]) {
    const match = table.lookupMaven(coord[2], coord[3]);
    // The first quote of the match opens the coordinate: `module =` has none.
    const start = at + coord.index + coord[0].search(/["']/) + 1;
    if (match) out.push({ match, name: `${coord[2]}:${coord[3]}`, span: { start, end: start + coord[2].length + 1 + coord[3].length }, ecosystem: 'maven' });
    return;
  }
  const g = tomlString(/\bgroup[ \t]*=[ \t]*(?:"([^"]+)"|'([^']+)')/.exec(value));
  const n = tomlString(/\bname[ \t]*=[ \t]*(?:"([^"]+)"|'([^']+)')/.exec(value));
  if (g && n) {
    const match = table.lookupMaven(g.value, n.value);
    const start = at + n.at;
    if (match) out.push({ match, name: `${g.value}:${n.value}`, span: { start, end: start + n.value.length }, ecosystem: 'maven' });
  }
}

/** A conda match spec: an optional `channel::`, then the package name. */
const CONDA_SPEC = /^(?:[\w.-]+::)?([A-Za-z0-9][\w.-]*)/;

/**
 * How conda files are read: every scalar a string (`- 1.5` is no number), and keys never
 * compared (the parser compares each key with every earlier one; a key written twice is read
 * twice, as the file is read line by line elsewhere).
 */
const CONDA_YAML = { schema: 'failsafe', uniqueKeys: false, keepSourceTokens: false, logLevel: 'error' } as const;

/** How many times a conda file is read: again while a part is nested too deep, with that part left out. */
const CONDA_READS = 3;

/**
 * The documents of a conda file, read by the `yaml` library within the limits of a registry: up
 * to the first token past MAX_YAML_TOKENS, and with a part nested deeper than MAX_YAML_DEPTH left
 * out, its line and the lines after it indented more (a value nested 100,000 deep under `- x:`
 * hides neither the items before it nor those after it). Each reading leaves out more, and
 * there are at most CONDA_READS of them. A file the library reads with errors is read for what
 * it recovers (such a file is often being edited).
 */
function condaDocuments(text: string): Document.Parsed[] {
  let read = text;
  for (let i = 0; i < CONDA_READS; i++) {
    const parsed = parseBoundedAll(read, CONDA_YAML);
    if (Array.isArray(parsed)) return parsed;
    read = blankDeep(read, parsed.tooDeep);
  }
  return [];
}

/** `text` with the line holding `at`, and the lines after it indented more, blanked (line breaks kept). */
function blankDeep(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const indent = (from: number): number => {
    let i = from;
    while (text.charCodeAt(i) === 32) i++;
    return i - from;
  };
  const own = indent(start);
  let end = text.indexOf('\n', start);
  while (end >= 0 && indent(end + 1) > own) end = text.indexOf('\n', end + 1);
  if (end < 0) end = text.length;
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * The items of conda `dependencies` in each document: the scalars in its sequence and in the
 * sequences within it, a mapping's values among them (`- pip: [openai]`), not its keys. An
 * alias is read where its anchor is; a block scalar (`|`, `>`) names nothing.
 */
function conda(text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  const Y = yaml();
  for (const doc of condaDocuments(text)) {
    if (!Y.isMap(doc.contents)) continue;
    // The nodes to read, the next last; `item` when the node is an item of a sequence.
    const stack: { node: unknown; item: boolean }[] = [];
    for (let i = doc.contents.items.length - 1; i >= 0; i--) {
      const pair = doc.contents.items[i]!;
      if (Y.isScalar(pair.key) && pair.key.value === 'dependencies') stack.push({ node: pair.value, item: false });
    }
    while (stack.length > 0) {
      const { node, item } = stack.pop()!;
      if (Y.isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], item: true });
      else if (Y.isMap(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i]!.value, item: false });
      else if (item && Y.isScalar(node)) push(out, condaItem(text, node, table));
    }
  }
  return out;
}

/** The dependency a scalar item names, its range on the name as written (in a quoted one, escapes take more). */
function condaItem(text: string, node: Scalar, table: LibraryTable): ManifestHit | undefined {
  const value = node.value;
  const m = typeof value === 'string' ? CONDA_SPEC.exec(value) : null;
  const name = m?.[1];
  const match = m && name ? table.lookup('pypi', name) : undefined;
  if (!m || !name || !match || !node.range) return undefined;
  const [start, end] = node.range;
  let place: (k: number) => number;
  if (node.type === 'PLAIN') {
    place = (k) => start + k;
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    // Read again from its quote, escapes and all (over lines, the name is on the first: a break
    // ends it). One that does not end where the library ends it was left open, and the library's
    // value is a guess (`"openaix` then a line break reads as `openai`): it names nothing.
    const quoted = yamlQuoted(text, start);
    if (quoted?.end !== end || !quoted.value.startsWith(m[0])) return undefined;
    place = (k) => quoted.offsets[k]!;
  } else {
    return undefined;
  }
  return { match, name, span: { start: place(m[0].length - name.length), end: place(m[0].length) }, ecosystem: 'conda' };
}

// ---- JavaScript, Go ------------------------------------------------------------------------------

const NPM_SECTIONS = new Set(['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']);

function packageJson(text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  visit(text, {
    onObjectProperty(property, offset, length, _line, _col, pathSupplier) {
      const path = pathSupplier();
      if (path.length !== 1 || !NPM_SECTIONS.has(String(path[0]))) return;
      const match = table.lookup('npm', property);
      if (match && !property.startsWith('.')) out.push({ match, name: property, span: { start: offset + 1, end: offset + length - 1 }, ecosystem: 'npm' });
    },
  });
  return out;
}

function goMod(text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  let block = false;
  for (const line of lines(text)) {
    const comment = line.text.indexOf('//');
    // Indirect requirements are someone else's dependencies, not this module's use.
    if (comment >= 0 && /\/\/\s*indirect\b/.test(line.text.slice(comment))) continue;
    const body = comment >= 0 ? line.text.slice(0, comment) : line.text;
    let m: RegExpExecArray | null;
    if (block) {
      if (/^\s*\)/.test(body)) {
        block = false;
        continue;
      }
      m = /^(\s*)(\S+)\s+v\S+/.exec(body);
    } else {
      if (/^\s*require\s*\(\s*$/.test(body)) {
        block = true;
        continue;
      }
      m = /^(\s*require\s+)(\S+)\s+v\S+/.exec(body);
    }
    const path = m?.[2];
    if (!m || !path) continue;
    const match = table.lookup('go', path);
    const start = line.start + (m[1] ?? '').length;
    if (match) out.push({ match, name: path, span: { start, end: start + path.length }, ecosystem: 'go' });
  }
  return out;
}

// ---- JVM, .NET, Rust -------------------------------------------------------------------------------

function pom(text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  const xml = blankXmlComments(text);
  let at = xml.indexOf('<dependency>');
  while (at >= 0) {
    const close = xml.indexOf('</dependency>', at);
    const end = close < 0 ? xml.length : close;
    let block = xml.slice(at, end);
    const excl = block.indexOf('<exclusions>');
    if (excl >= 0) block = block.slice(0, excl);
    const g = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(block);
    const a = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(block);
    if (g?.[1] && a?.[1]) {
      const match = table.lookupMaven(g[1], a[1]);
      const start = at + a.index + a[0].indexOf(a[1]);
      if (match) out.push({ match, name: `${g[1]}:${a[1]}`, span: { start, end: start + a[1].length }, ecosystem: 'maven' });
    }
    at = xml.indexOf('<dependency>', end);
  }
  return out;
}

const COORDINATE = /^([\w.-]+):([\w.-]+)(?::[^:@\s]*)?(?:[:@][\w.-]+)?$/;

function gradle(path: string, text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  const language = languageForPath(path.endsWith('.kts') ? 'x.kts' : 'x.gradle');
  if (!language) return out;
  const lexed = lex(text, language.syntax);
  const code = codeOnly(text, lexed);
  for (const s of lexed.strings) {
    const inner = stringContent(text, s);
    if (!inner) continue;
    const m = COORDINATE.exec(text.slice(inner.start, inner.end));
    if (!m?.[1] || !m[2]) continue;
    // Only in a dependency declaration: the line's code starts with a configuration call.
    const line = lineAround(code, s.start, 200);
    if (!/^\s*[A-Za-z_][\w]*\s*[(\s]/.test(code.slice(line.start, s.start + 1))) continue;
    const match = table.lookupMaven(m[1], m[2]);
    if (match) out.push({ match, name: `${m[1]}:${m[2]}`, span: { start: inner.start, end: inner.start + m[1].length + 1 + m[2].length }, ecosystem: 'maven' });
  }
  return out;
}

/** Tags that name a NuGet package, with the attributes that carry its id. */
const NUGET_TAGS = new Set(['packagereference', 'packageversion', 'globalpackagereference', 'package']);
const NUGET_ID_ATTRIBUTES = new Set(['include', 'update', 'id']);

function nuget(text: string, table: LibraryTable): ManifestHit[] {
  const out: ManifestHit[] = [];
  for (const id of xmlTagAttributes(blankXmlComments(text), NUGET_TAGS, NUGET_ID_ATTRIBUTES)) {
    const match = table.lookup('nuget', id.value);
    if (match) out.push({ match, name: id.value, span: { start: id.valueAt, end: id.valueAt + id.value.length }, ecosystem: 'nuget' });
  }
  return out;
}
