import { strict as assert } from 'node:assert';
import { Alias, Document, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { AliasLimitError, toPlain } from './to-plain.js';

function plain(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false, logLevel: 'error' });
  return toPlain(doc, text);
}

describe('toPlain', () => {
  it('gives the data toJS gives: maps, sequences, scalars, nulls', () => {
    const text = 'version: 1\nname: x\nempty:\nlist: [1, two, null, {a: b}]\nnested: { deep: [ [true] ] }\n';
    assert.deepEqual(plain(text), parseDocument(text).toJS());
    assert.deepEqual(plain(text), { version: 1, name: 'x', empty: null, list: [1, 'two', null, { a: 'b' }], nested: { deep: [[true]] } });
    assert.equal(plain(''), null);
    assert.equal(plain('just text\n'), 'just text');
  });

  it('resolves an alias to the last anchor of that name before it', () => {
    assert.deepEqual(plain('a: &x 1\nb: *x\nc: &x [2]\nd: *x\ne: &m { k: v }\nf: *m\n'), { a: 1, b: 1, c: [2], d: [2], e: { k: 'v' }, f: { k: 'v' } });
  });

  it('shares the value of an anchored collection, and a cycle as toJS makes it', () => {
    const r = plain('a: &x [1, *x]\nb: *x\n') as { a: unknown[]; b: unknown };
    assert.equal(r.a[1], r.a);
    assert.equal(r.b, r.a);
  });

  it('throws on an alias with no anchor before it', () => {
    const text = 'a: *x\nb: &x 1\n';
    assert.throws(() => toPlain(parseDocument(text, { logLevel: 'silent' }), text), /the alias \*x has no anchor &x before it/);
  });

  it('turns a key-value pair held as a sequence item into a one-key map', () => {
    assert.deepEqual(plain('list: !!pairs\n  - a: 1\n  - b: 2\n'), { list: [{ a: 1 }, { b: 2 }] });
  });

  it('names keys as toJS does: a scalar as text, null as empty, a collection as written', () => {
    const r = plain('1: one\ntrue: yes\n? \n: nothing\n? [a, b]\n: list\n? { k: v }\n: map\n') as Record<string, unknown>;
    assert.deepEqual(r, { 1: 'one', true: 'yes', '': 'nothing', '[a, b]': 'list', '{ k: v }': 'map' });
    // An aliased collection key: the alias as written.
    assert.deepEqual(plain('a: &k [x]\n? *k\n: v\n'), { a: ['x'], '*k': 'v' });
  });

  it('makes `__proto__` and a repeated name own properties, the last value winning', () => {
    const r = plain('__proto__: { polluted: true }\nname: a\nname: b\n1: x\n"1": y\n') as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(r, '__proto__'), { value: { polluted: true }, writable: true, enumerable: true, configurable: true });
    assert.equal((r as { polluted?: unknown }).polluted, undefined);
    assert.equal(r.name, 'b');
    assert.equal(r['1'], 'y');
    assert.deepEqual(Object.keys(r).sort(), ['1', '__proto__', 'name']);
  });

  it('counts the values aliases repeat: up to 10,000 plus 10 for each value written', () => {
    // \`a\` stands for n + 1 values (the sequence and its items), and each of the k aliases repeats
    // them all. Written: the map, key \`a\`, the sequence, its n items, a key and an alias per line.
    const doc = (n: number, k: number): string => `a: &a [${Array(n).fill('x').join(',')}]\n${Array.from({ length: k }, (_, i) => `b${i}: *a`).join('\n')}\n`;
    // n = 165, k = 80: written 3 + 165 + 160 = 328, limit 13,280; repeated 80 × 166 = 13,280.
    const atLimit = plain(doc(165, 80)) as Record<string, unknown[]>;
    assert.equal(atLimit.b79?.length, 165);
    // One more item: repeated 80 × 167 = 13,360 over a limit of 13,290.
    let err: unknown;
    try {
      plain(doc(166, 80));
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof AliasLimitError, String(err));
    assert.equal(err.limit, 13_290);
    assert.equal(err.message, 'aliases repeat more than 13290 values');
  });

  it('counts the keys and values of an aliased mapping or list of pairs', () => {
    // \`a\` stands for 1 + 2 × 50 values; written: 3 + 100 + 2k; the limit 10,000 + 10 × written.
    const entries = Array.from({ length: 50 }, (_, i) => `k${i}: x`);
    const aliases = (k: number): string => Array.from({ length: k }, (_, i) => `b${i}: *a`).join('\n');
    for (const head of [`a: &a { ${entries.join(', ')} }`, `a: &a !!pairs\n${entries.map((e) => `  - ${e}`).join('\n')}`]) {
      // 136 aliases repeat 13,736 of 13,750 allowed; 137 repeat 13,837 of 13,770.
      assert.doesNotThrow(() => plain(`${head}\n${aliases(136)}\n`));
      assert.throws(() => plain(`${head}\n${aliases(137)}\n`), (e: unknown) => e instanceof AliasLimitError && e.limit === 13_770);
    }
  });

  it('names a null key as empty, and a block collection key by its text without the line break', () => {
    assert.deepEqual(plain('null: a\n'), { '': 'a' });
    assert.deepEqual(plain('~: a\n'), { '': 'a' });
    assert.deepEqual(plain('? - a\n  - b\n: v\n'), { '- a\n  - b': 'v' });
  });

  it('counts an alias to a collection still being read as one value', () => {
    // Each \`*x\` inside the anchored sequence counts 1, not the size of the sequence so far.
    const n = 3000;
    const r = plain(`a: &x [${Array(n).fill('*x').join(',')}]\n`) as { a: unknown[] };
    assert.equal(r.a.length, n);
    assert.equal(r.a[n - 1], r.a);
  });

  it('reads data nested 100,000 levels deep, anchors and aliases included, without the call stack', () => {
    // The parser gives up after some thousand levels, a number that depends on the stack it is
    // given: built node by node, the document stands for any depth a parser could give.
    const depth = 100_000;
    const leaf = new Scalar('leaf');
    leaf.anchor = 'leaf';
    let node: YAMLMap | YAMLSeq | Scalar = leaf;
    for (let i = 0; i < depth; i++) {
      if (i % 3 === 0) {
        const seq = new YAMLSeq();
        seq.items.push(node, new Alias('leaf'));
        node = seq;
      } else if (i % 3 === 1) {
        const map = new YAMLMap();
        map.items.push(new Pair(new Scalar('k'), node));
        node = map;
      } else {
        // A key-value pair held as a sequence item.
        const seq = new YAMLSeq();
        seq.items.push(new Pair(new Scalar('p'), node));
        node = seq;
      }
    }
    node.anchor = 'top';
    const top = new YAMLMap();
    top.items.push(new Pair(new Scalar('a'), node), new Pair(new Scalar('b'), new Alias('top')));
    const doc = new Document();
    doc.contents = top;
    const r = toPlain(doc as Document.Parsed, '') as { a: unknown; b: unknown };
    assert.equal(r.b, r.a);
    let cur: unknown = r.a;
    let levels = 0;
    while (typeof cur === 'object' && cur !== null) {
      const i = depth - 1 - levels;
      if (i % 3 === 0) {
        assert.ok(Array.isArray(cur) && cur.length === 2 && cur[1] === 'leaf', `level ${levels}`);
        cur = cur[0];
      } else if (i % 3 === 1) {
        assert.deepEqual(Object.keys(cur), ['k'], `level ${levels}`);
        cur = (cur as { k: unknown }).k;
      } else {
        assert.ok(Array.isArray(cur) && cur.length === 1, `level ${levels}`);
        assert.deepEqual(Object.keys(cur[0] as object), ['p'], `level ${levels}`);
        cur = (cur[0] as { p: unknown }).p;
      }
      levels++;
    }
    assert.equal(levels, depth);
    assert.equal(cur, 'leaf');
  });
});
