/**
 * Random YAML documents for the property tests: a value tree rendered with block and flow
 * styles, comment lines, trailing comments and blank lines. The renderer always writes valid
 * YAML; `mutate` breaks it on purpose.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { isWellFormed } from './support.js';

export type YScalar = null | boolean | number | string;
export type YVal = YScalar | YMap | YSeq;
export interface YEntry {
  key: string;
  value: YVal;
  comment?: string;
  trailing?: string;
  blank: boolean;
}
export interface YMap {
  kind: 'map';
  flow: boolean;
  entries: YEntry[];
}
export interface YSeq {
  kind: 'seq';
  flow: boolean;
  items: { value: YVal; comment?: string; trailing?: string }[];
}

const RESERVED = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'nan', 'inf', 'Null', 'NULL', 'True', 'False', 'TRUE', 'FALSE', '~']);

export const REGISTRY_KEYS = ['version', 'components', 'id', 'name', 'kind', 'owner', 'roles', 'risk', 'level', 'basis', 'paths', 'contacts', 'incident', 'escalation', 'assessment', 'path', 'date', 'next_review', 'incidents', 'detected', 'severity', 'reported', 'status', 'frameworks', 'organization', 'policy', 'require', 'when', 'fields', 'rules', 'detection', 'ignore', 'libraries', 'extra', 'model', 'card', 'upstream_models', 'provider', 'jurisdictions', 'intended_purpose', 'x-note', 'registrations', 'review_interval_days'];

export const plainKey = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/).filter((k) => !RESERVED.has(k) && !/^(0x|0o|[0-9])/.test(k));

/** One-line strings, including ones that need quoting in YAML. */
export const yamlString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('yes', 'no', 'null', '~', 'true', '0x1F', '1e3', '010', '- item', '[x]', '{y: 1}', '&anchor', '*alias', '!tag', '%TAG', '@at', '`tick', 'a: b', 'a #b', ' lead', 'trail ', "it's", 'say "hi"', '2026-02-30', 'high', 'fraud-scorer', 'docs/risk/a.md', '../../etc/passwd', '/etc/passwd', 'é日本', 'AIGOV101'),
).filter((s) => !/[\r\n\u0085\u2028\u2029]/.test(s) && isWellFormed(s));

export const scalar: fc.Arbitrary<YScalar> = fc.oneof(
  { weight: 4, arbitrary: yamlString },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
);

/** Comment text as written after `# `; trailing blanks are not content, so none are generated. */
export const commentText = fc.string({ unit: 'grapheme-ascii', maxLength: 24 }).map((s) => s.replace(/[\r\n]/g, ' ').trim());

/** A document tree: the root is a map. `keys` biases the key vocabulary (e.g. the registry schema). */
export function yamlDoc(keys: fc.Arbitrary<string> = plainKey, maxDepth = 4): fc.Arbitrary<YMap> {
  const { map } = fc.letrec<{ value: YVal; map: YMap; seq: YSeq }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth }, { weight: 3, arbitrary: scalar }, { weight: 1, arbitrary: tie('map') }, { weight: 1, arbitrary: tie('seq') }),
    map: fc.record({
      kind: fc.constant('map' as const),
      flow: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      entries: fc.uniqueArray(
        fc.record({ key: keys, value: tie('value'), comment: fc.option(commentText, { nil: undefined }), trailing: fc.option(commentText, { nil: undefined }), blank: fc.boolean() }, { requiredKeys: ['key', 'value', 'blank'] }),
        { selector: (e) => e.key, maxLength: 5 },
      ),
    }),
    seq: fc.record({
      kind: fc.constant('seq' as const),
      flow: fc.boolean(),
      items: fc.array(fc.record({ value: tie('value'), comment: fc.option(commentText, { nil: undefined }), trailing: fc.option(commentText, { nil: undefined }) }, { requiredKeys: ['value'] }), { maxLength: 4 }),
    }),
  }));
  return map.map((m) => ({ ...m, flow: false }));
}

const isColl = (v: YVal): v is YMap | YSeq => v !== null && typeof v === 'object';
const isBlock = (v: YVal): v is YMap | YSeq => isColl(v) && !v.flow && (v.kind === 'map' ? v.entries.length > 0 : v.items.length > 0);

export function scalarText(v: YScalar): string {
  return stringify(v, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
}

/** A scalar inside `[...]` or `{...}`, where `,[]{}` need quoting too. */
function flowScalarText(v: YScalar): string {
  return stringify([v], { lineWidth: 0, minContentWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false }).replace(/\n$/, '').slice(1, -1);
}

function flowText(v: YVal, inFlow = false): string {
  if (!isColl(v)) return inFlow ? flowScalarText(v) : scalarText(v);
  if (v.kind === 'map') return v.entries.length ? `{ ${v.entries.map((e) => `${e.key}: ${flowText(e.value, true)}`).join(', ')} }` : '{}';
  return v.items.length ? `[${v.items.map((i) => flowText(i.value, true)).join(', ')}]` : '[]';
}

/** Renders a tree. Every comment written is pushed to `comments`, in document order. */
export function render(root: YMap, comments: string[] = []): string {
  const lines: string[] = [];
  const trail = (t: string | undefined): string => {
    if (t === undefined) return '';
    comments.push(t);
    return `  #${t ? ` ${t}` : ''}`;
  };
  const commentLine = (pad: string, c: string | undefined): void => {
    if (c === undefined) return;
    comments.push(c);
    lines.push(`${pad}#${c ? ` ${c}` : ''}`);
  };
  const map = (m: YMap, indent: number, firstPrefix?: string): void => {
    const pad = ' '.repeat(indent);
    m.entries.forEach((e, i) => {
      const first = i === 0 && firstPrefix !== undefined;
      if (!first && e.blank && lines.length > 0) lines.push('');
      if (!first) commentLine(pad, e.comment);
      const lead = first ? firstPrefix : pad;
      if (isBlock(e.value)) {
        lines.push(`${lead}${e.key}:${trail(e.trailing)}`);
        block(e.value, indent + 2);
      } else {
        lines.push(`${lead}${e.key}: ${flowText(e.value)}${trail(e.trailing)}`);
      }
    });
  };
  const block = (v: YMap | YSeq, indent: number): void => {
    if (v.kind === 'map') return map(v, indent);
    const pad = ' '.repeat(indent);
    for (const item of v.items) {
      commentLine(pad, item.comment);
      const x = item.value;
      if (isBlock(x) && x.kind === 'map') map(x, indent + 2, `${pad}- `);
      else lines.push(`${pad}- ${flowText(x)}${trail(item.trailing)}`);
    }
  };
  map(root, 0);
  return lines.length ? `${lines.join('\n')}\n` : '{}\n';
}

/** The plain JS value of a tree (what `yaml` should parse the rendering back to). */
export function toJs(v: YVal): unknown {
  if (!isColl(v)) return v;
  if (v.kind === 'map') return Object.fromEntries(v.entries.map((e) => [e.key, toJs(e.value)]));
  return v.items.map((i) => toJs(i.value));
}

/** Small random damage: the parsers must survive it. */
export const mutation = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('insert', 'delete', 'duplicate-line', 'swap'),
    text: fc.constantFrom(':', '-', '#', '{', '}', '[', ']', '&a', '*a', '!', '|', '>', "'", '"', '\t', '\n', ' ', '  ', '<<: *a', '? ', '---\n', '...\n', '%YAML 1.1\n', '\uFEFF', '\0'),
  }),
  { maxLength: 4 },
);

export function mutate(text: string, muts: { at: number; op: string; text: string }[]): string {
  let out = text;
  for (const m of muts) {
    const i = out.length ? m.at % (out.length + 1) : 0;
    if (m.op === 'insert') out = out.slice(0, i) + m.text + out.slice(i);
    else if (m.op === 'delete') out = out.slice(0, i) + out.slice(i + 1 + (m.at % 3));
    else if (m.op === 'duplicate-line') {
      const lines = out.split('\n');
      const j = m.at % lines.length;
      lines.splice(j, 0, lines[j] ?? '');
      out = lines.join('\n');
    } else {
      const lines = out.split('\n');
      const j = m.at % lines.length;
      const k = (m.at >> 3) % lines.length;
      [lines[j], lines[k]] = [lines[k] ?? '', lines[j] ?? ''];
      out = lines.join('\n');
    }
  }
  return out;
}
