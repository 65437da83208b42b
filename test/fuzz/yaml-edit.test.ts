import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { appendToSeq, applyChange, replaceScalar, setMissing, type TextChange } from '../../server/src/core/fixes/yaml-edit.js';
import { check, fuzzTimeout } from './support.js';
import { plainKey, render, scalar, toJs, yamlDoc, type YScalar } from './yaml-gen.js';

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values a fix writes: scalars, small maps and lists (as a fix adds `risk.assessment` or an incident). */
const newValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: scalar as fc.Arbitrary<YScalar> },
  { weight: 1, arbitrary: fc.dictionary(plainKey, scalar as fc.Arbitrary<Json>, { minKeys: 1, maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(scalar as fc.Arbitrary<Json>, { minLength: 1, maxLength: 3 }) },
);

interface Places {
  maps: { path: Path; keys: string[] }[];
  seqs: Path[];
  scalars: Path[];
  nulls: Path[];
}

function places(v: unknown, path: Path = [], out: Places = { maps: [], seqs: [], scalars: [], nulls: [] }): Places {
  if (Array.isArray(v)) {
    out.seqs.push(path);
    v.forEach((x, i) => places(x, [...path, i], out));
  } else if (v !== null && typeof v === 'object') {
    out.maps.push({ path, keys: Object.keys(v) });
    for (const [k, x] of Object.entries(v)) places(x, [...path, k], out);
  } else if (path.length > 0) {
    out.scalars.push(path);
    if (v === null || v === '') out.nulls.push(path);
  }
  return out;
}

function getAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) cur = (cur as Record<string | number, unknown>)[seg];
  return cur;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let cur = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) {
    if (cur[seg] === undefined || cur[seg] === null) cur[seg] = {};
    cur = cur[seg] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

const clone = <T>(v: T): T => structuredClone(v);

/** Each comment written in `before` is still there in `after`, in the same order. */
function assertCommentsKept(comments: string[], after: string): void {
  let from = 0;
  for (const c of comments) {
    const written = `#${c ? ` ${c}` : ''}`;
    const at = after.indexOf(written, from);
    assert.ok(at >= 0, `comment kept: ${written}\n---\n${after}`);
    from = at + written.length;
  }
}

function parsed(text: string): unknown {
  const doc = parseDocument(text);
  assert.deepEqual(doc.errors.map((e) => e.message), [], `the edited text parses:\n${text}`);
  return doc.toJS();
}

interface Case {
  op: 'setMissing' | 'setNull' | 'replaceScalar' | 'appendToSeq' | 'appendNew';
  path: Path;
  value: Json;
}

/** Picks an applicable edit for the document's value; undefined when it has no such place. */
function pickCase(js: unknown, choice: number, key: string, extra: string, value: Json): Case | undefined {
  const p = places(js);
  const ops: Case[] = [];
  const map = p.maps[choice % Math.max(1, p.maps.length)];
  if (map && !map.keys.includes(key)) {
    ops.push({ op: 'setMissing', path: [...map.path, key], value });
    ops.push({ op: 'setMissing', path: [...map.path, key, extra], value });
    ops.push({ op: 'appendNew', path: [...map.path, key], value });
  }
  const nul = p.nulls[choice % Math.max(1, p.nulls.length)];
  if (nul && typeof nul[nul.length - 1] === 'string') ops.push({ op: 'setNull', path: nul, value });
  const sc = p.scalars[choice % Math.max(1, p.scalars.length)];
  if (sc) ops.push({ op: 'replaceScalar', path: sc, value: typeof value === 'object' && value !== null ? 'x' : value });
  const seq = p.seqs[choice % Math.max(1, p.seqs.length)];
  if (seq) ops.push({ op: 'appendToSeq', path: seq, value });
  return ops.length ? ops[choice % ops.length] : undefined;
}

function apply(text: string, c: Case): TextChange | undefined {
  switch (c.op) {
    case 'setMissing':
    case 'setNull':
      return setMissing(text, c.path, c.value);
    case 'replaceScalar':
      return replaceScalar(text, c.path, c.value);
    default:
      return appendToSeq(text, c.path, c.value);
  }
}

function expected(js: unknown, c: Case): unknown {
  const out = clone(js);
  const value = clone(c.value);
  if (c.op === 'appendToSeq') (getAt(out, c.path) as unknown[]).push(value);
  else if (c.op === 'appendNew') setAt(out, c.path, [value]);
  else setAt(out, c.path, value);
  return out;
}

const stats = { applied: 0, declined: 0 };

describe('fuzz: YAML fixes keep every comment and key', function () {
  fuzzTimeout(this);

  it('the generator writes valid YAML that parses back to its tree', () =>
    check(
      fc.property(yamlDoc(), (tree) => {
        assert.deepEqual(parsed(render(tree)), toJs(tree));
      }),
    ));

  it('setMissing / appendToSeq / replaceScalar change only what they say', () =>
    check(
      fc.property(yamlDoc(), fc.nat(), plainKey, plainKey, newValue, fc.boolean(), (tree, choice, key, extra, value, crlf) => {
        const comments: string[] = [];
        let text = render(tree, comments);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const js = parsed(text);
        const c = pickCase(js, choice, key, extra, value);
        if (!c) return;
        const change = apply(text, c);
        if (!change) {
          stats.declined++;
          return;
        }
        stats.applied++;
        assert.ok(change.start >= 0 && change.start <= change.end && change.end <= text.length, 'the change is inside the text');
        const out = applyChange(text, change);
        assert.deepEqual(parsed(out), expected(js, c), `${c.op} ${JSON.stringify(c.path)} = ${JSON.stringify(c.value)}\n--- before\n${text}--- after\n${out}`);
        assertCommentsKept(comments, out);
        if (crlf) assert.ok(!/[^\r]\n/.test(out), 'line breaks stay CRLF');
      }),
      3,
    ));

  after(() => {
    // Most generated cases must apply, or the property proves little.
    const total = stats.applied + stats.declined;
    if (process.env.AIGOV_FUZZ_DEBUG) process.stdout.write(`  yaml edits: ${stats.applied} applied, ${stats.declined} declined\n`);
    if (total > 50) assert.ok(stats.applied / total > 0.5, `only ${stats.applied} of ${total} edits applied`);
  });
});
