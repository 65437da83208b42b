import { strict as assert } from 'node:assert';
import { type Document, parseAllDocuments, parseDocument } from 'yaml';
import { MAX_YAML_DEPTH, MAX_YAML_TOKENS, parseBounded, parseBoundedAll } from './bounded-parse.js';

const OPTIONS = { logLevel: 'error' } as const;

function parsed(text: string): Document.Parsed {
  const r = parseBounded(text, OPTIONS);
  assert.ok('errors' in r, `${text.slice(0, 40)} is read`);
  return r;
}

describe('parseBounded', () => {
  it('gives the document parseDocument gives: its data, errors and warnings', () => {
    for (const text of ['', 'a: 1\nb: [x, { y: z }]\n', 'a: [1, 2\n', 'a: 1\na: 2\n', '- &x 1\n- *x\n', '? [a]\n: b\n']) {
      const doc = parsed(text);
      const expected = parseDocument(text, OPTIONS);
      assert.deepEqual(doc.toJS(), expected.toJS(), text);
      assert.deepEqual(doc.errors.map((e) => [e.code, e.pos]), expected.errors.map((e) => [e.code, e.pos]), text);
      assert.deepEqual(doc.warnings.map((e) => e.code), expected.warnings.map((e) => e.code), text);
      assert.equal(doc.contents?.range?.[1], expected.contents?.range?.[1]);
    }
  });

  it('gives the first document, with a MULTIPLE_DOCS error where the second starts', () => {
    const doc = parsed('a: 1\n---\nb: 2\n---\nc: 3\n');
    assert.deepEqual(doc.toJS(), { a: 1 });
    assert.deepEqual(doc.errors.map((e) => [e.code, e.pos]), [['MULTIPLE_DOCS', [5, 14]]]);
  });

  it(`composes ${MAX_YAML_DEPTH} levels; one more is too deep, at the first list or mapping too deep`, () => {
    const lists = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    assert.equal(MAX_YAML_DEPTH, 256);
    let value: unknown = parsed(lists(256)).toJS();
    for (let i = 0; i < 256; i++) value = (value as unknown[])[0];
    assert.equal(value, undefined);
    assert.deepEqual(parseBounded(lists(257), OPTIONS), { tooDeep: 256 });
    // Branches too deep, in values and keys: the first one written, a key before its value.
    const map = (n: number, key: string): string => `${'{a: '.repeat(n)}${key}${'}'.repeat(n)}`;
    parsed(`first: [${lists(3)}, ${map(254, '1')}]\n`);
    const text = `first: [${lists(3)}, ${map(255, '1')}]\n? ${map(256, 'k')}\n: x\n`;
    assert.deepEqual(parseBounded(text, OPTIONS), { tooDeep: text.indexOf(map(255, '1')) + 4 * 254 });
    // The first document too deep, not a later one.
    const docs = `${lists(257)}\n---\n${lists(300)}\n`;
    assert.deepEqual(parseBounded(docs, OPTIONS), { tooDeep: 256 });
    const pair = `? ${map(256, 'k')}\n: ${map(256, 'v')}\n`;
    assert.deepEqual(parseBounded(pair, OPTIONS), { tooDeep: 2 + 4 * 255 });
    // Block lists under a mapping, the first level.
    const block = `a:\n  ${'- '.repeat(255)}x\nb:\n  ${'- '.repeat(256)}x\n`;
    parsed(block.slice(0, block.indexOf('b:')));
    assert.deepEqual(parseBounded(block, OPTIONS), { tooDeep: block.indexOf('b:') + 5 + 2 * 255 });
  });

  it('block lists nested so deep that building their syntax tree would run out of stack: where the first too deep starts', () => {
    // Leaving 40,000 levels at once, with a key after them, was a recursion in the parser: the
    // reading stops as soon as one level too many is open.
    assert.deepEqual(parseBounded(`a:\n  ${'- '.repeat(40_000)}x\nb: 1\n`, OPTIONS), { tooDeep: 5 + 2 * 255 });
  });

  it(`reads ${MAX_YAML_TOKENS} names, values and marks; at one more it stops, at the start of that one`, () => {
    assert.equal(MAX_YAML_TOKENS, 250_000);
    // `[`, then `a` and `,` for each item, then `]`: 2n + 2 tokens.
    const list = (n: number): string => `[${'a,'.repeat(n)}]`;
    const half = (MAX_YAML_TOKENS - 2) / 2;
    assert.equal((parsed(list(half)).toJS() as unknown[]).length, half);
    assert.deepEqual(parseBounded(list(half + 1), OPTIONS), { tooLarge: MAX_YAML_TOKENS });
    // Blanks, line breaks and comments do not count; keys, values, `:`, `-`, anchors, aliases, tags and `---` do.
    const spaced = `# c\n${'  - a   # c\n'.repeat(half)}\n\n`;
    assert.equal((parsed(`x:\n${spaced}`).toJS() as { x: unknown[] }).x.length, half);
    // `---`, then 6 tokens for each unit, then 4: the last `*b` is one past the limit.
    const marks = `---\n${'- !!str &b a\n- *b\n'.repeat((MAX_YAML_TOKENS - 4) / 6)}- c\n- *b\n`;
    assert.ok('errors' in parseBounded(marks.slice(0, marks.lastIndexOf('- *b')), OPTIONS));
    const past = parseBounded(marks, OPTIONS);
    assert.deepEqual(past, { tooLarge: marks.lastIndexOf('*b') });
    // A document marker and a byte-order mark: `---` counts, the mark does not.
    assert.ok('errors' in parseBounded(`\ufeff${list(half)}`, OPTIONS));
  });
});

describe('parseBoundedAll', () => {
  it('gives every document parseAllDocuments gives; an empty file, one empty document', () => {
    for (const text of ['a: 1\n---\nb: [x\n---\n- c\n...\n', '--- a\n--- b\n']) {
      const docs = parseBoundedAll(text, OPTIONS);
      assert.ok(Array.isArray(docs), text);
      const expected = parseAllDocuments(text, OPTIONS);
      assert.ok(Array.isArray(expected));
      assert.deepEqual(docs.map((d) => d.toJS()), expected.map((d) => d.toJS()), text);
      assert.deepEqual(docs.map((d) => d.errors.map((e) => [e.code, e.pos])), expected.map((d) => d.errors.map((e) => [e.code, e.pos])), text);
    }
    assert.deepEqual((parseBoundedAll('', OPTIONS) as Document.Parsed[]).map((d) => [d.contents, d.errors]), [[null, []]]);
  });

  it('reads up to the first token past the limit, as if the file ended there; the depth of every document counts', () => {
    // `[`, then `a` and `,` for each item: the limit falls on the `,` after item (MAX_YAML_TOKENS / 2).
    const docs = parseBoundedAll(`[${'a,'.repeat(MAX_YAML_TOKENS)}]\n---\nb\n`, OPTIONS);
    assert.ok(Array.isArray(docs));
    assert.equal(docs.length, 1);
    assert.equal((docs[0]!.toJS() as unknown[]).length, MAX_YAML_TOKENS / 2);
    assert.deepEqual(docs[0]!.errors.map((e) => e.code), ['MISSING_CHAR']);
    assert.equal(docs[0]!.range[2], MAX_YAML_TOKENS);
    const deep = `a: 1\n---\n${'['.repeat(MAX_YAML_DEPTH + 1)}${']'.repeat(MAX_YAML_DEPTH + 1)}\n`;
    assert.deepEqual(parseBoundedAll(deep, OPTIONS), { tooDeep: deep.indexOf('[') + MAX_YAML_DEPTH });
  });
});
