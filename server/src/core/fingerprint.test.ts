import { strict as assert } from 'node:assert';
import { Engine } from './engine.js';
import type { Finding } from './finding.js';
import { fingerprints, hash64 } from './fingerprint.js';
import { InMemoryWorkspace } from './testing/memory-workspace.js';

function finding(line: number, data: Record<string, unknown>, code = 'AIGOV201', file = 'a.py'): Finding {
  return { code, severity: 'error', message: 'm', file, range: { start: { line, character: 0 }, end: { line, character: 1 } }, data };
}

describe('fingerprints', () => {
  it('two findings with the same code, file, line text and id get the same hash with :1 and :2', () => {
    const prints = fingerprints([finding(0, { id: 'nope' }), finding(4, { id: 'nope' })], () => '  # @aigov nope');
    assert.match(prints[0]!, /^[0-9a-f]{16}:1$/);
    assert.match(prints[1]!, /^[0-9a-f]{16}:2$/);
    assert.equal(prints[0]!.slice(0, 16), prints[1]!.slice(0, 16));
  });

  it('counts each context on its own, in finding order', () => {
    const lines = ['x', 'y', 'x', 'x', 'y'];
    const prints = fingerprints(lines.map((_, i) => finding(i, { id: 'c' })), (f) => lines[f.range.start.line]);
    assert.deepEqual(prints.map((p) => p.slice(17)), ['1', '1', '2', '3', '2']);
    assert.equal(new Set(prints).size, lines.length, 'no two findings share a fingerprint');
  });

  it('does not depend on the line number nor on indentation; does depend on code, file, line text, id and field', () => {
    const base = fingerprints([finding(3, { id: 'c', field: 'owner' })], () => 'owner: x')[0];
    assert.equal(fingerprints([finding(9, { id: 'c', field: 'owner' })], () => '    owner: x  ')[0], base);
    for (const other of [
      fingerprints([finding(3, { id: 'c', field: 'owner' }, 'AIGOV105')], () => 'owner: x'),
      fingerprints([finding(3, { id: 'c', field: 'owner' }, 'AIGOV201', 'b.py')], () => 'owner: x'),
      fingerprints([finding(3, { id: 'c', field: 'owner' })], () => 'owner: y'),
      fingerprints([finding(3, { id: 'd', field: 'owner' })], () => 'owner: x'),
      fingerprints([finding(3, { id: 'c', field: 'purpose' })], () => 'owner: x'),
      fingerprints([finding(3, { id: 'c' })], () => 'owner: x'),
    ]) {
      assert.notEqual(other[0]!.slice(0, 16), base!.slice(0, 16));
      assert.ok(other[0]!.endsWith(':1'));
    }
  });

  it('a line without text (a missing file) still gets a fingerprint, as an empty line, counted like any other', () => {
    const prints = fingerprints([finding(0, {}), finding(0, {})], () => undefined);
    assert.deepEqual(prints.map((p) => p.slice(17)), ['1', '2']);
    assert.equal(prints[0], fingerprints([finding(0, {})], () => '   ')[0]);
  });

  it('hash64 gives the values of earlier versions: baselines written then must still match', () => {
    assert.equal(hash64(''), '811c9dc5cbf29ce4');
    assert.equal(hash64('a'), '497c9011f2ecfaec');
    assert.equal(hash64('AIGOV201\u0000x.py\u0000# @aigov nope\u0000nope\u0000'), '38b063db49dee14c');
    assert.equal(hash64('\u3042\u{1F600}'), '6b1d9282db5b3a19');
  });

  it('hash64 gives what the plain unsigned FNV-1a pair gives, leading zero digits and high bits alike', () => {
    // The definition, as first written: unsigned words, digits padded.
    const reference = (s: string): string => {
      let h1 = 0x811c9dc5;
      let h2 = 0xcbf29ce4;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ (c & 0xff), 0x01000193) >>> 0;
        h2 = Math.imul(h2 ^ (c >>> 8) ^ (i & 0xff), 0x01000193) >>> 0;
        h1 = Math.imul(h1 ^ (h2 >>> 13), 0x01000193) >>> 0;
      }
      return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
    };
    let small = 0;
    let high = 0;
    for (let n = 0; n < 3000; n++) {
      const s = `AIGOV${n % 700}\u0000src/${n}.py\u0000${'\u00e9x'.repeat(n % 13)}\u0000${String.fromCharCode(n * 37)}`;
      const h = hash64(s);
      assert.equal(h, reference(s), s);
      if (/^0|^.{8}0/.test(h)) small++;
      if (/^[89a-f]|^.{8}[89a-f]/.test(h)) high++;
    }
    assert.ok(small > 0 && high > 0, 'words with leading zero digits and with the high bit set were met');
  });

  it('hash64 is 16 hex digits and tells close strings apart', () => {
    assert.match(hash64(''), /^[0-9a-f]{16}$/);
    assert.equal(hash64('abc'), hash64('abc'));
    const seen = new Set(['a', 'b', 'ab', 'ba', 'aa', '\u0100', '\u0001', 'a\u0000', '\u0000a'].map(hash64));
    assert.equal(seen.size, 9);
  });

  it('an engine run: the same unknown id twice in a file gives two fingerprints', async () => {
    const e = new Engine(new InMemoryWorkspace({ '.aigov.yaml': 'version: 1\ncomponents: []\n', 'a.py': '# @aigov nope\nx = 1\n# @aigov nope\n' }), { today: '2026-11-25' });
    await e.indexAll();
    const found = e.findings().filter((f) => f.code === 'AIGOV201');
    assert.equal(found.length, 2);
    const prints = fingerprints(found, (f) => e.factsOf(f.file)?.source?.lineIndex.lineText(f.range.start.line));
    assert.notEqual(prints[0], prints[1]);
    assert.deepEqual(prints.map((p) => p.slice(17)), ['1', '2']);
  });
});
