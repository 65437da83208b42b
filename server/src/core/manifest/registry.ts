import type { Document } from 'yaml';
import { yaml } from './yaml-lib.js';
import type { SourceFile } from '../text/source-file.js';
import type { Range, Span } from '../text/line-index.js';
import { dirname } from '../paths.js';
import { didYouMean, suggest } from '../suggest.js';
import { msg, type Message, type MessageArg } from '../i18n/format.js';
import { schemas, schemaWalk, type ComponentData, type RegistryData } from './schema.js';
import { VALIDATION } from './validation.js';
import { KeyIndex, locate, type YamlPath } from './locate.js';
import { AliasLimitError, toPlain } from './to-plain.js';
import { MAX_YAML_DEPTH, MAX_YAML_TOKENS, parseBounded } from './bounded-parse.js';

export { isRegistryPath, REGISTRY_FILENAMES } from './names.js';

interface RegistryProblem {
  message: string;
  range: Range;
  /** YAML path of the offending node, when known. */
  path?: YamlPath;
  data?: Record<string, unknown>;
}

/** A value that does not match the schema (AIGOV002), as a message. */
type SchemaProblem = Omit<RegistryProblem, 'message'> & Message;

export interface ComponentEntry {
  id: string;
  /** Index in the `components` sequence. */
  index: number;
  /** Validated data, with invalid parts pruned. */
  data: ComponentData;
  /** The raw JS value as written (for presence checks and x- keys). */
  raw: Record<string, unknown>;
  registry: ParsedRegistry;
  /** Range of the `id` value. */
  idRange: Range;
  /** Range of the whole item. */
  range: Range;
}

/** One parsed `.aigov.yaml`: its document, validated data, problems and components. */
export class ParsedRegistry {
  readonly dir: string;
  readonly doc: Document.Parsed | undefined;
  readonly data: RegistryData | undefined;
  readonly raw: unknown;
  readonly syntaxErrors: RegistryProblem[] = [];
  readonly schemaProblems: SchemaProblem[] = [];
  readonly components: ComponentEntry[] = [];
  /** The keys of each mapping, indexed once for `locate`. */
  private readonly keys = new KeyIndex();

  constructor(readonly source: SourceFile) {
    this.dir = dirname(source.path);
    let doc: Document.Parsed | undefined;
    try {
      const parsed = parseBounded(source.text, {
        // Checked below with one index per mapping: the parser compares each key with every earlier one.
        uniqueKeys: false,
        strict: true,
        keepSourceTokens: false,
        // Problems become findings; `yaml` must not also print warnings (collection keys) to stderr.
        logLevel: 'error',
      });
      // Deeper than the parser is given: at the first list or mapping too deep.
      if ('tooDeep' in parsed) this.syntaxErrors.push({ message: TOO_DEEP, range: this.rangeOf({ start: parsed.tooDeep, end: parsed.tooDeep + 1 }), data: { yamlCode: 'RESOURCE_EXHAUSTION' } });
      else if ('tooLarge' in parsed) this.syntaxErrors.push({ message: tooLarge(), range: this.rangeOf({ start: parsed.tooLarge, end: parsed.tooLarge + 1 }), data: { yamlCode: 'RESOURCE_EXHAUSTION' } });
      else doc = parsed;
    } catch (err) {
      // Within the limit the parser's recursion stays short; a caller that leaves it little stack can still make it give up.
      const deep = err instanceof RangeError;
      this.syntaxErrors.push({
        message: deep ? TOO_DEEP : `The YAML could not be parsed: ${String(err)}`,
        range: this.rangeOf({ start: 0, end: 0 }),
        ...(deep ? { data: { yamlCode: 'RESOURCE_EXHAUSTION' } } : {}),
      });
    }
    this.doc = doc;
    if (!doc) return;
    const errors = [...doc.errors.map((e) => ({ pos: e.pos[0], end: e.pos[1], message: e.code === 'MULTIPLE_DOCS' ? MULTIPLE_DOCS : e.code === 'RESOURCE_EXHAUSTION' ? TOO_DEEP : cleanYamlMessage(e.message), code: e.code as string })), ...duplicateKeys(doc)];
    errors.sort((a, b) => a.pos - b.pos);
    for (const e of errors) {
      this.syntaxErrors.push({ message: e.message, range: this.rangeOf(widenToToken(source.text, e.pos, e.end)), data: { yamlCode: e.code } });
    }
    if (this.syntaxErrors.length > 0) return;
    let raw: unknown;
    let copies: DataCopies | undefined;
    try {
      raw = toPlain(doc, source.text);
      copies = copiesOf(raw, new CopyBudget(COPY_VALUES_BASE + COPY_VALUES_PER_CHARACTER * source.text.length));
    } catch (err) {
      const limit = err instanceof AliasLimitError;
      this.syntaxErrors.push({
        message: limit
          ? `The YAML expands too far: aliases are limited to ${err.limit} repeated values in this file (10 for each value written, plus 10,000).`
          : err instanceof CopyLimitError
            ? `The YAML expands too far: values that hold themselves, repeated through aliases, make more than ${err.limit} values (${COPY_VALUES_PER_CHARACTER} for each character of the file, plus 10,000).`
            : `The YAML could not be read: ${err instanceof Error ? err.message : String(err)}.`,
        range: this.rangeOf({ start: 0, end: 0 }),
        data: { yamlCode: limit || err instanceof CopyLimitError ? 'ALIAS_LIMIT' : 'BAD_ALIAS' },
      });
      return;
    }
    this.raw = raw;
    if (raw === null || raw === undefined) return; // empty file: AIGOV004 reports the missing version
    if (!copies) {
      this.schemaProblems.push({ ...msg('AIGOV002.notAMapping'), range: this.spanRange(doc.contents?.range ? { start: doc.contents.range[0], end: doc.contents.range[1] } : { start: 0, end: 0 }), path: [] });
      return;
    }
    this.collectSchemaProblems(raw);
    this.data = this.buildData(raw as Record<string, unknown>, copies);
  }

  get path(): string {
    return this.source.path;
  }

  rangeOf(span: Span): Range {
    return this.source.rangeOf(span);
  }

  private spanRange(span: Span): Range {
    return this.source.rangeOf(span);
  }

  /** Range of the key (or value) at a path; the nearest ancestor key when it is missing. */
  locate(path: YamlPath, which: 'key' | 'value' = 'key'): Range {
    if (!this.doc) return this.rangeOf({ start: 0, end: 0 });
    return this.rangeOf(locate(this.doc, path, which, this.keys).span);
  }

  /** True when the path exists in the document. */
  has(path: YamlPath): boolean {
    return !!this.doc && locate(this.doc, path, 'key', this.keys).exact;
  }

  private collectSchemaProblems(raw: unknown): void {
    const r = schemas().registry.safeParse(raw, VALIDATION);
    if (r.success) return;
    for (const issue of r.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        const known = schemaWalk().knownKeysAt(schemas().registry, path);
        for (const key of issue.keys) {
          if (key.startsWith('x-')) continue;
          const s = suggest(key, known);
          this.schemaProblems.push({
            ...msg('AIGOV002.unknownKey', { key, didYouMean: didYouMean(s) }),
            range: this.locate([...path, key], 'key'),
            path: [...path, key],
            data: { kind: 'unknown-key', key, ...(s ? { suggestion: s } : {}) },
          });
        }
        continue;
      }
      const present = this.has(path);
      const data: Record<string, unknown> = { kind: issue.code };
      const at = pathLabel(path);
      // A key that breaks its pattern (`rules:`): zod names the record ("Invalid key in record")
      // and keeps the key's own message, which says what a key looks like, inside.
      const badKey = issue.code === 'invalid_key';
      let message = msg('AIGOV002.invalid', { path: at, detail: (badKey ? issue.issues[0]?.message : undefined) ?? issue.message });
      if (issue.code === 'invalid_value' && 'values' in issue) {
        const values = (issue.values as unknown[]).map(String);
        const actual = valueAt(raw, path);
        const s = typeof actual === 'string' ? suggest(actual, values) : undefined;
        message = msg('AIGOV002.notOneOf', {
          path: at,
          values: values.map((v): MessageArg => msg('common.quoted', { value: v })),
          actual: typeof actual === 'string' ? msg('AIGOV002.got', { actual }) : '',
          didYouMean: didYouMean(s),
        });
        if (s) data.suggestion = s;
      } else if (issue.code === 'invalid_type' && !present) {
        const key = path[path.length - 1];
        message = msg('AIGOV002.missingKey', { path: at, key: String(key) });
      } else if (issue.code === 'invalid_type' && present && (issue.expected === 'number' || issue.expected === 'boolean')) {
        // `version: "1"`, `public_sector: "true"`: the value is right but written as text.
        const expected: 'number' | 'boolean' = issue.expected === 'number' ? 'number' : 'boolean';
        const actual = valueAt(raw, path);
        const unquoted = typeof actual === 'string' ? unquotedScalar(actual, expected) : undefined;
        if (unquoted !== undefined) {
          message = msg(expected === 'number' ? 'AIGOV002.quotedNumber' : 'AIGOV002.quotedBoolean', { path: at, actual: String(actual), value: unquoted });
          data.suggestion = unquoted;
        }
      } else if (issue.code === 'invalid_format' && 'format' in issue && issue.format === 'date') {
        message = msg('AIGOV002.notADate', { path: at });
      }
      this.schemaProblems.push({
        ...message,
        range: this.locate(path, present && !badKey ? 'value' : 'key'),
        path,
        data,
      });
    }
  }

  private buildData(raw: Record<string, unknown>, copies: DataCopies): RegistryData | undefined {
    const { components } = raw;
    const top = schemaWalk().parsePruned(schemas().registry, copies.rest);
    const result: RegistryData = top ?? { version: typeof raw.version === 'number' ? raw.version : 0 };
    const entries: ComponentData[] = [];
    if (Array.isArray(components)) {
      components.forEach((item, index) => {
        const copy = copies.components.get(index);
        if (copy === undefined) return;
        const data = schemaWalk().parsePruned(schemas().component, copy);
        if (!data) return;
        entries.push(data);
        this.components.push({
          id: data.id,
          index,
          data,
          raw: item as Record<string, unknown>,
          registry: this,
          idRange: this.locate(['components', index, 'id'], 'value'),
          range: this.locate(['components', index], 'value'),
        });
      });
    }
    result.components = entries;
    return result;
  }

  /** The sequence node holding the components, when present. */
  get hasComponentSeq(): boolean {
    const c = this.doc && yaml().isMap(this.doc.contents) ? this.doc.get('components', true) : undefined;
    return yaml().isSeq(c);
  }
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let cur = raw;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** The number or boolean a quoted scalar spells (`"1"`, `" true "`), or undefined. */
function unquotedScalar(text: string, expected: 'number' | 'boolean'): string | undefined {
  const t = text.trim();
  if (expected === 'boolean') return t === 'true' || t === 'false' ? t : undefined;
  return /^-?\d{1,15}(?:\.\d{1,15})?$/.test(t) ? t : undefined;
}

function pathLabel(path: readonly (string | number)[]): string {
  if (path.length === 0) return '';
  return `${path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[')}: `;
}

/** The copies the pruning parse consumes: the top level without `components`, each component that is a mapping. */
interface DataCopies {
  rest: unknown;
  components: Map<number, unknown>;
}

/**
 * Values the copies may make: with the limit of `toPlain` on what aliases repeat (10 for each value
 * written, plus 10,000) and at most two values written for each character, only a value that holds
 * itself, reached through an alias from outside itself, is copied beyond it (its anchor once more at
 * each alias: the copy of a small file could grow with the square of its length).
 */
const COPY_VALUES_BASE = 10_000;
const COPY_VALUES_PER_CHARACTER = 24;

class CopyLimitError extends Error {
  constructor(readonly limit: number) {
    super(`the copies make more than ${limit} values`);
  }
}

/** The values left to the copies of one file. */
class CopyBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  spend(): void {
    if (++this.used > this.limit) throw new CopyLimitError(this.limit);
  }
}

/** The copies of a mapping's data, or undefined when the data is no mapping. */
function copiesOf(raw: unknown, budget: CopyBudget): DataCopies | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { components, ...rest } = raw as Record<string, unknown>;
  const copies: DataCopies = { rest: plainCopy(rest, budget), components: new Map() };
  if (Array.isArray(components)) {
    components.forEach((item: unknown, index) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) copies.components.set(index, plainCopy(item, budget));
    });
  }
  return copies;
}

/** A collection being copied: its source, its copy, and the next of its entries to copy. */
interface CopyFrame {
  source: object;
  entries: [string, unknown][];
  copy: unknown[] | Record<string, unknown>;
  next: number;
}

/**
 * A copy of the document's data for the pruning parse, as JSON would carry it (no `undefined`
 * in a mapping, `null` for it in a list and for a number that is not finite), with a value that
 * holds itself (an alias inside its own anchor) left out where it repeats: the schema reports
 * that key unless it is an `x-` key, and the rest of the file's data is kept (a JSON copy failed
 * on the cycle, and the whole mapping was dropped without a word). Aliases nest data as deep as
 * they like in a small file: the copy keeps its own stack of open collections, never the call
 * stack (copied by a recursive function, data a few thousand levels deep was dropped whole).
 */
function plainCopy(v: object, budget: CopyBudget): unknown {
  const open = new Set<object>();
  const stack: CopyFrame[] = [];
  /** The copy of a value; a collection's copy is filled as the stack reaches it. */
  const start = (x: unknown): unknown => {
    budget.spend();
    if (typeof x === 'number') return Number.isFinite(x) ? x : null;
    if (x === null || typeof x !== 'object') return x;
    if (open.has(x)) return undefined;
    open.add(x);
    const copy: unknown[] | Record<string, unknown> = Array.isArray(x) ? [] : {};
    stack.push({ source: x, entries: Object.entries(x), copy, next: 0 });
    return copy;
  };
  const root = start(v);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const entry = frame.entries[frame.next++];
    if (!entry) {
      open.delete(frame.source);
      stack.pop();
      continue;
    }
    const c = start(entry[1]);
    if (Array.isArray(frame.copy)) frame.copy.push(c ?? null);
    // A `__proto__` key stays a key, as JSON.parse makes it, never the copy's prototype.
    else if (c !== undefined) Object.defineProperty(frame.copy, entry[0], { value: c, writable: true, enumerable: true, configurable: true });
  }
  return root;
}

/**
 * Keys written twice in one mapping (scalar keys with the same value), at each repetition, in no
 * particular order. The walk keeps its own stack of nodes, never the call stack: how deep a
 * document the parser gives depends on the stack it is given.
 */
export function duplicateKeys(doc: Document.Parsed): { pos: number; end: number; message: string; code: string }[] {
  const out: { pos: number; end: number; message: string; code: string }[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (yaml().isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (yaml().isPair(node)) {
      stack.push(node.key, node.value);
    } else if (yaml().isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        stack.push(pair.key, pair.value);
        if (!yaml().isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (!seen.has(value)) {
          seen.add(value);
          continue;
        }
        const pos = pair.key.range?.[0] ?? 0;
        out.push({ pos, end: pos + 1, message: 'Map keys must be unique', code: 'DUPLICATE_KEY' });
      }
    }
  }
  return out;
}

/** The parser marks one character; widen it to the token there (a key, a value) for a readable squiggle. */
function widenToToken(text: string, start: number, end: number): Span {
  let e = Math.max(start, end);
  if (e - start <= 1 && /[^\s:,[\]{}#]/.test(text[start] ?? ' ')) {
    e = start;
    while (e < text.length && e - start < 200 && /[^\s:,[\]{}#]/.test(text[e] ?? ' ')) e++;
  }
  return { start, end: e };
}

// The parser's own text for this one names its API ("please use YAML.parseAllDocuments()").
const MULTIPLE_DOCS =
  'the file holds a second YAML document from this `---` on. A registry is one document: put every component in its one `components` list, or a separate part of the repository in the .aigov.yaml of its own folder';

function cleanYamlMessage(m: string): string {
  const first = m.split('\n')[0] ?? m;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

// The parser's own text for this one is the engine's ("Maximum call stack size exceeded").
const TOO_DEEP = `the lists and mappings of this YAML are nested too deeply to be read (more than ${MAX_YAML_DEPTH} levels): a registry needs a few, write the deep part flatter`;

// Built when a registry is that large: formatting a number for a locale loads ICU's data (~20 ms), not for every start.
const tooLarge = (): string => `this YAML holds more than ${MAX_YAML_TOKENS.toLocaleString('en-US')} names, values and marks (\`-\`, \`:\`, \`,\`, brackets, anchors, aliases), far more than a registry needs, so it is not read: split it into the .aigov.yaml files of the folders its components cover`;
