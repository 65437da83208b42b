import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { parseBounded } from '../manifest/bounded-parse.js';
import { yaml } from '../manifest/yaml-lib.js';
import { LineIndex } from '../text/line-index.js';
import type { FileEdit } from '../finding.js';

/**
 * Edits of a user's YAML that touch only the lines they add or change. The `yaml` Document API
 * finds the nodes and writes the new values; every other byte (comments, key order, quoting,
 * blank lines, flow style) stays as the user wrote it.
 */

export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

type Path = readonly (string | number)[];

const STRINGIFY = { lineWidth: 0, minContentWidth: 0 } as const;

function keyOf(p: Pair): unknown {
  return yaml().isScalar(p.key) ? p.key.value : p.key;
}

/**
 * The document, when it parses without errors within the registry's depth limit: the `yaml`
 * library walks a value again by recursion to write it, taking about twice the stack for each
 * level that reading it took, and the stack must never run out in an edit. A text nested deeper,
 * or with more tokens than a registry may hold, is not edited (the registry reports it, AIGOV001).
 */
function parse(text: string): Document.Parsed | undefined {
  const doc = parseBounded(text, { keepSourceTokens: false, logLevel: 'error' });
  return !('errors' in doc) || doc.errors.length > 0 ? undefined : doc;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function indentBlock(yamlText: string, indent: string, eol: string): string {
  return yamlText
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l.length > 0 ? indent + l : l))
    .join(eol);
}

/** Column of a node's first character. */
function columnOf(index: LineIndex, node: Node | null | undefined): number {
  return node?.range ? index.positionAt(node.range[0]).character : 0;
}

/** Offset of the end of the line holding `offset - 1` (content end, before the break). */
function endOfLineBefore(index: LineIndex, offset: number): number {
  const pos = index.positionAt(Math.max(0, offset - 1));
  return index.lineEnd(pos.line);
}

/** Builds `{a: {b: value}}` from keys [a, b]. */
function nest(keys: readonly (string | number)[], value: unknown): unknown {
  let v = value;
  for (let i = keys.length - 1; i >= 0; i--) v = { [String(keys[i])]: v };
  return v;
}

/** Adds `key: value` at the end of a block map. */
function appendToBlockMap(text: string, index: LineIndex, map: YAMLMap, entries: Record<string, unknown>): TextChange {
  const eol = eolOf(text);
  const first = map.items[0] as Pair;
  const last = map.items[map.items.length - 1] as Pair;
  const indent = ' '.repeat(columnOf(index, first.key as Node));
  const lastEnd = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1] ?? 0;
  const at = endOfLineBefore(index, lastEnd);
  return { start: at, end: at, newText: eol + indentBlock(yaml().stringify(entries, STRINGIFY), indent, eol) };
}

/** A scalar as written inside `[...]` or `{...}`, where `,[]{}` must be quoted as well. */
function flowScalar(value: unknown): string {
  return trimYaml(yaml().stringify([value], { ...STRINGIFY, collectionStyle: 'flow', flowCollectionPadding: false })).slice(1, -1);
}

/** Trims YAML white space only: `.trim()` would also eat a trailing U+3000 or U+00A0 of a plain scalar. */
function trimYaml(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/** True when the node at `path` sits inside a flow collection, where block syntax is not allowed. */
function inFlowAt(doc: Document.Parsed, path: Path): boolean {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if ((yaml().isMap(node) || yaml().isSeq(node)) && node.flow) return true;
    if (yaml().isMap(node)) node = node.get(seg, true);
    else if (yaml().isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return false;
  }
  return false;
}

/** A value in flow style: `{ a: 1 }`, `[ a, b ]` or a scalar quoted for a flow collection. */
function flowText(value: unknown): string {
  return yaml().stringify(yaml().parseDocument('{}').createNode(value, { flow: true }), STRINGIFY).trim();
}

/**
 * Adds entries to a flow map `{ a: 1 }` after its last entry, so that the rest of its text
 * (comments between entries, quoting, line breaks) stays as written. An empty map is rewritten.
 */
function addToFlowMap(map: YAMLMap, entries: Record<string, unknown>): TextChange {
  const last = map.items[map.items.length - 1];
  const at = last ? (last.value as Node | null)?.range?.[1] ?? (last.key as Node | null)?.range?.[1] : undefined;
  if (at === undefined) {
    const [start, end] = map.range ?? [0, 0];
    return { start, end, newText: flowText({ ...(map.toJSON() as Record<string, unknown>), ...entries }) };
  }
  return { start: at, end: at, newText: `, ${flowText(entries).slice(1, -1).trim()}` };
}

/**
 * Sets `path` to `value` when the key is missing (or its value is null/empty), adding only the
 * lines needed under the deepest existing map. Returns undefined when the path is blocked by a
 * non-map value or the text is not valid YAML.
 */
export function setMissing(text: string, path: Path, value: unknown): TextChange | undefined {
  const doc = parse(text);
  if (!doc) return undefined;
  const index = new LineIndex(text);
  let node: unknown = doc.contents;
  if (node === null || (yaml().isScalar(node) && (node.value === null || node.value === ''))) {
    const body = yaml().stringify(nest(path, value), STRINGIFY);
    // A document that is only `~`, `null` or `""`: the map takes that value's place (a map
    // written after it would be a second, invalid, top-level value).
    if (yaml().isScalar(node) && node.range && node.range[1] > node.range[0]) {
      return { start: node.range[0], end: node.range[1], newText: indentBlock(body, '', eolOf(text)) };
    }
    return { start: text.length, end: text.length, newText: (text.length > 0 && !text.endsWith('\n') ? eolOf(text) : '') + body };
  }
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    const rest = path.slice(i + 1);
    if (yaml().isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return undefined;
      continue;
    }
    if (!yaml().isMap(node) || typeof seg !== 'string') return undefined;
    const pair = node.items.find((p) => keyOf(p) === seg);
    if (!pair) {
      const entries = { [seg]: nest(rest, value) };
      if (node.flow) return addToFlowMap(node, entries);
      if (node.items.length === 0) return undefined;
      return appendToBlockMap(text, index, node, entries);
    }
    const v = pair.value as Node | null;
    if (v === null || (yaml().isScalar(v) && (v.value === null || v.value === ''))) {
      // Inside `{ key: null }` a block cannot be written: the value is written in flow style.
      if (node.flow) {
        const payload = flowText(nest(rest, value));
        if (v?.range && v.range[1] > v.range[0]) return { start: v.range[0], end: v.range[1], newText: payload };
        const keyEnd = (pair.key as Node | null)?.range?.[1];
        if (keyEnd === undefined) return undefined;
        const colon = text.indexOf(':', keyEnd);
        return colon >= 0 && colon < (node.range?.[1] ?? 0) ? { start: colon + 1, end: colon + 1, newText: ` ${payload}` } : { start: keyEnd, end: keyEnd, newText: `: ${payload}` };
      }
      // `key:` or `key: null` or `key: ""`: replace the value with the new block.
      const keyNode = pair.key as Node;
      const keyStart = keyNode.range?.[0] ?? 0;
      const keyCol = columnOf(index, keyNode);
      const payload = nest(rest, value);
      const valueIsCollection = payload !== null && typeof payload === 'object';
      const start = v?.range ? v.range[0] : (keyNode.range?.[1] ?? keyStart) + 1;
      const end = v?.range ? v.range[1] : start;
      if (!valueIsCollection) {
        // `key: # note`: the value goes before the comment, a space apart.
        const beforeComment = text[end] === '#' ? ' ' : '';
        return { start: v?.range ? start : start - 1, end, newText: (v?.range ? '' : ' ') + trimYaml(yaml().stringify(payload, STRINGIFY)) + beforeComment };
      }
      const eol = eolOf(text);
      const from = v?.range ? keyNode.range?.[1] ?? start : start - 1;
      const lineEnd = endOfLineBefore(index, Math.max(end, from + 1));
      const body = eol + indentBlock(yaml().stringify(payload, STRINGIFY), ' '.repeat(keyCol + 2), eol);
      // Keep a trailing comment on the key's line: insert the block after the line.
      const colonEnd = text.indexOf(':', keyNode.range?.[1] ?? keyStart);
      const comment = text.slice(end, lineEnd);
      if (v?.range && /\S/.test(text.slice(v.range[0], v.range[1]))) {
        return { start: colonEnd + 1, end: lineEnd, newText: (/^\s*#/.test(comment) ? ` ${trimYaml(comment)}` : '') + body };
      }
      return { start: lineEnd, end: lineEnd, newText: body };
    }
    if (rest.length === 0) return undefined; // present: nothing to add
    node = v;
  }
  return undefined;
}

/** Replaces the scalar value at `path` (which must exist) with `value`. */
export function replaceScalar(text: string, path: Path, value: unknown): TextChange | undefined {
  const doc = parse(text);
  if (!doc) return undefined;
  const node = doc.getIn(path, true) as Node | undefined;
  if (!node || !yaml().isScalar(node) || !node.range) {
    return setMissing(text, path, value);
  }
  const [start, end] = node.range;
  return { start, end, newText: inFlowAt(doc, path) ? flowScalar(value) : trimYaml(yaml().stringify(value, STRINGIFY)) };
}

/** Appends an item to the sequence at `path`, creating the key when missing. */
export function appendToSeq(text: string, path: Path, item: unknown): TextChange | undefined {
  const doc = parse(text);
  if (!doc) return undefined;
  const index = new LineIndex(text);
  const seq = doc.getIn(path, true) as Node | undefined | null;
  if (seq === undefined || seq === null || (yaml().isScalar(seq) && seq.value === null)) return setMissing(text, path, [item]);
  if (!yaml().isSeq(seq)) return undefined;
  const s = seq as YAMLSeq;
  const eol = eolOf(text);
  if (s.flow || s.items.length === 0) {
    const [start, end] = s.range ?? [0, 0];
    const merged = [...(s.toJSON() as unknown[]), item];
    const body = yaml().stringify({ x: merged }, STRINGIFY).replace(/^x:\n?/, '');
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const blockValue = typeof path[path.length - 1] === 'string' && yaml().isMap(parent) && !parent.flow;
    if (s.flow && s.items.length === 0 && blockValue) {
      // `key: []` in a block map → a block sequence under the key; a comment after `[]` stays on
      // the key's line.
      const key = (parent as YAMLMap).items.find((p) => p.value === s)?.key as Node | undefined;
      const colon = text.lastIndexOf(':', start);
      const lineEnd = endOfLineBefore(index, end);
      const after = text.slice(end, lineEnd);
      if (key && colon >= 0 && /^[ \t]*$/.test(text.slice(colon + 1, start)) && /^[ \t]*(#.*)?$/.test(after)) {
        const comment = after.includes('#') ? ` ${trimYaml(after)}` : '';
        return { start: colon + 1, end: lineEnd, newText: comment + eol + indentBlock(body, ' '.repeat(columnOf(index, key)), eol) };
      }
    }
    return { start, end, newText: yaml().stringify(merged, { ...STRINGIFY, collectionStyle: 'flow' }).trim() };
  }
  const first = s.items[0] as Node;
  // The "- " sits two columns left of the item's content.
  const dashCol = Math.max(0, columnOf(index, first) - 2);
  const lastItem = s.items[s.items.length - 1] as Node;
  const at = endOfLineBefore(index, lastItem.range?.[1] ?? s.range?.[1] ?? text.length);
  const rendered = yaml().stringify([item], STRINGIFY);
  // Keep the blank-line rhythm of the list: if items are separated by blank lines, add one.
  const sep = s.items.length > 1 && hasBlankLineBefore(text, index, s.items[1] as Node) ? eol : '';
  return { start: at, end: at, newText: eol + sep + indentBlock(rendered, ' '.repeat(dashCol), eol) };
}

function hasBlankLineBefore(text: string, index: LineIndex, node: Node): boolean {
  const line = index.positionAt(node.range?.[0] ?? 0).line;
  return line > 0 && index.lineText(line - 1).trim() === '';
}

export function applyChange(text: string, c: TextChange): string {
  return text.slice(0, c.start) + c.newText + text.slice(c.end);
}

/** Converts an offset change into a FileEdit for `file`. */
export function toFileEdit(file: string, text: string, c: TextChange): FileEdit {
  const index = new LineIndex(text);
  return { kind: 'replace', file, range: index.rangeOf({ start: c.start, end: c.end }), newText: c.newText };
}

/** Applies FileEdits (replace only) for one file, last first. */
export function applyEdits(text: string, edits: readonly FileEdit[]): string {
  const index = new LineIndex(text);
  const changes = edits
    .filter((e): e is Extract<FileEdit, { kind: 'replace' }> => e.kind === 'replace')
    .map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const c of changes) out = applyChange(out, c);
  return out;
}

/**
 * Several changes made one after the other (each step sees the text the previous one left) as one
 * change of `text`: the span between the common prefix and suffix. Undefined when a step fails.
 */
export function chainChanges(text: string, steps: readonly ((current: string) => TextChange | undefined)[]): TextChange | undefined {
  let current = text;
  for (const step of steps) {
    const c = step(current);
    if (!c) return undefined;
    current = applyChange(current, c);
  }
  let start = 0;
  const max = Math.min(text.length, current.length);
  while (start < max && text.charCodeAt(start) === current.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && text.charCodeAt(text.length - 1 - end) === current.charCodeAt(current.length - 1 - end)) end++;
  return { start, end: text.length - end, newText: current.slice(start, current.length - end) };
}
