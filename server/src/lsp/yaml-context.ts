/**
 * Where the cursor is in a `.aigov.yaml`, read from the lines themselves rather than a parse:
 * completion runs on half-typed YAML that no parser accepts. Block mappings, block sequences
 * (`- ` items, also at the parent key's column) and one level of flow `[…]`/`{…}` on a line.
 */

export type YamlPathSeg = string | number;

type YamlContext =
  | { kind: 'key'; path: YamlPathSeg[]; prefix: string; start: number; siblings: Set<string> }
  | { kind: 'value'; path: YamlPathSeg[]; prefix: string; start: number };

interface LineElements {
  dashes: number[];
  key?: { name: string; col: number; hasValue: boolean };
}

const KEY_RE = /^([A-Za-z_][\w.-]*|"[^"]*"|'[^']*')\s*:(?:\s|$)/;

function unquote(k: string): string {
  return (k.startsWith('"') || k.startsWith("'")) && k.length >= 2 ? k.slice(1, -1) : k;
}

function isIgnorable(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#') || t === '---' || t === '...';
}

/** The dashes and the key of one line, with their columns. */
function elementsOf(line: string): LineElements {
  const out: LineElements = { dashes: [] };
  let i = 0;
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      out.dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  const m = KEY_RE.exec(line.slice(i));
  if (m?.[1]) {
    const rest = line.slice(i + m[0].length).trim();
    out.key = { name: unquote(m[1]), col: i, hasValue: rest !== '' && !rest.startsWith('#') };
  }
  return out;
}

/** The path of the mapping or sequence holding an element at `col` on line `lineNo`. */
function parentPath(lines: readonly string[], lineNo: number, col: number, dashCols: readonly number[]): YamlPathSeg[] {
  const segs: YamlPathSeg[] = dashCols.map(() => 0);
  let limit = dashCols[0] ?? col;
  let fromDash = dashCols.length > 0;
  for (let l = lineNo - 1; l >= 0; l--) {
    if (limit === 0 && !fromDash) break;
    const line = lines[l] ?? '';
    if (isIgnorable(line)) continue;
    if (line.trim() === '---') break;
    const el = elementsOf(line);
    const items: { kind: 'dash' | 'key'; col: number; name?: string; hasValue?: boolean }[] = el.dashes.map((c) => ({ kind: 'dash' as const, col: c }));
    if (el.key) items.push({ kind: 'key', col: el.key.col, name: el.key.name, hasValue: el.key.hasValue });
    if (items.length === 0) continue;
    let matched = false;
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k];
      if (!it) continue;
      const isParentKey = it.kind === 'key' && (it.col < limit || (fromDash && it.col === limit && !it.hasValue));
      const isParentDash = it.kind === 'dash' && it.col < limit;
      if (!isParentKey && !isParentDash) continue;
      matched = true;
      segs.unshift(it.kind === 'key' ? (it.name ?? '') : 0);
      limit = it.col;
      fromDash = it.kind === 'dash';
    }
    if (!matched) continue;
  }
  return segs;
}

/** Keys already present in the mapping the cursor is in. */
function siblingKeys(lines: readonly string[], lineNo: number, col: number, itemStartsHere: boolean): Set<string> {
  const out = new Set<string>();
  const scan = (from: number, step: 1 | -1): void => {
    for (let l = from; l >= 0 && l < lines.length; l += step) {
      const line = lines[l] ?? '';
      if (isIgnorable(line)) continue;
      const el = elementsOf(line);
      const first = el.dashes[0] ?? el.key?.col;
      if (first === undefined) continue;
      // Below: a dash left of the cursor's column starts the next item.
      if (step === 1 && first < col) return;
      if (el.key && el.key.col === col) {
        out.add(el.key.name);
        // Above: `- key:` opens the item, so the mapping starts on that line.
        if (el.dashes.length > 0) return;
        continue;
      }
      if (first < col) return;
    }
  };
  if (!itemStartsHere) scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return out;
}

/** The completion context at a zero-based line and UTF-16 character. */
export function yamlContextAt(text: string, line: number, character: number): YamlContext | undefined {
  const lines = text.split(/\r?\n|\r/);
  const full = lines[line];
  if (full === undefined) return undefined;
  const before = full.slice(0, character);
  if (/(^|\s)#/.test(before)) return undefined;
  const el = elementsOf(before);
  let i = el.dashes.length > 0 ? (el.dashes[el.dashes.length - 1] ?? 0) + 1 : 0;
  while (before[i] === ' ') i++;
  const rest = before.slice(i);

  if (!el.key) {
    // Typing a key, or a scalar item of a block sequence.
    if (!/^[\w.-]*$/.test(rest)) return undefined;
    const path = parentPath(lines, line, i, el.dashes);
    return { kind: 'key', path, prefix: rest, start: i, siblings: siblingKeys(lines, line, i, el.dashes.length > 0) };
  }

  const keyPath = [...parentPath(lines, line, el.key.col, el.dashes), el.key.name];
  const colon = before.slice(el.key.col).search(/:(\s|$)/);
  if (colon < 0) return undefined;
  const afterColon = el.key.col + colon + 1;
  // Right after the colon: a value needs its space first.
  if (afterColon === before.length) return undefined;
  const value = before.slice(afterColon);
  const valueStart = afterColon + (value.length - value.trimStart().length);
  const v = value.trimStart();
  if (v.startsWith('[')) {
    const open = before.lastIndexOf('[');
    const sep = Math.max(before.lastIndexOf(','), open);
    let s = sep + 1;
    while (before[s] === ' ') s++;
    return { kind: 'value', path: keyPath, prefix: stripQuote(before.slice(s)), start: s };
  }
  if (v.startsWith('{')) {
    const sep = Math.max(before.lastIndexOf(','), before.lastIndexOf('{'));
    const part = before.slice(sep + 1);
    const colon = part.indexOf(':');
    if (colon < 0) {
      let s = sep + 1;
      while (before[s] === ' ') s++;
      return { kind: 'key', path: keyPath, prefix: before.slice(s), start: s, siblings: flowKeys(before.slice(before.lastIndexOf('{') + 1)) };
    }
    const sub = part.slice(0, colon).trim();
    let s = sep + 1 + colon + 1;
    while (before[s] === ' ') s++;
    return { kind: 'value', path: [...keyPath, unquote(sub)], prefix: stripQuote(before.slice(s)), start: s };
  }
  if (/^["']?[\w.@/-]*$/.test(v)) return { kind: 'value', path: keyPath, prefix: stripQuote(v), start: valueStart + (v.startsWith('"') || v.startsWith("'") ? 1 : 0) };
  return undefined;
}

function stripQuote(s: string): string {
  return s.replace(/^["']/, '');
}

function flowKeys(inner: string): Set<string> {
  const out = new Set<string>();
  for (const part of inner.split(',')) {
    const c = part.indexOf(':');
    if (c > 0) out.add(unquote(part.slice(0, c).trim()));
  }
  return out;
}
