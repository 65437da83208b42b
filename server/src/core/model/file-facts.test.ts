import { strict as assert } from 'node:assert';
import type { Detection } from '../detection/types.js';
import type { CachedFacts } from '../facts-cache.js';
import { EMPTY_ANNOTATIONS, factsHoldSomething, holdsSomething, KnownFileFacts, type FileFacts } from './file-facts.js';

const DETECTION = { kind: 'sdk-import', library: 'openai', provider: 'openai' } as unknown as Detection;

/** A cache's record whose detections count how often they are asked for (a store may parse them only then). */
function record(detections: Detection[], more: Partial<CachedFacts> = {}): { facts: CachedFacts; asked: () => number } {
  let asked = 0;
  const facts = {
    annotations: EMPTY_ANNOTATIONS,
    lines: { 0: 'import openai' },
    ...more,
    get detections() {
      asked++;
      return detections;
    },
  } as CachedFacts;
  return { facts, asked: () => asked };
}

describe('file facts', () => {
  it('known from a cache: the record\'s annotations and lines, the version given, detections when asked for', () => {
    const { facts, asked } = record([DETECTION]);
    const known: FileFacts = new KnownFileFacts('a.py', facts, { size: 3, mtimeMs: 7, contentId: 'blob' });
    assert.equal(known.path, 'a.py');
    assert.equal(known.kind, 'source');
    assert.equal(known.cached, facts);
    assert.equal(known.annotations, facts.annotations);
    assert.equal(known.lines, facts.lines);
    assert.deepEqual([known.size, known.mtimeMs, known.contentId], [3, 7, 'blob']);
    assert.equal(known.source, undefined);
    assert.equal(known.skipped, undefined);
    assert.equal(asked(), 0, 'not read while the facts are made');
    assert.deepEqual(known.detections, [DETECTION]);
    assert.equal(asked(), 1);
  });

  it('known from a cache: each part of the version given, even 0 or empty, and only those', () => {
    const { facts } = record([]);
    const version = (f: FileFacts) => [f.size, f.mtimeMs, f.contentId];
    assert.deepEqual(version(new KnownFileFacts('a.py', facts, {})), [undefined, undefined, undefined]);
    assert.deepEqual(version(new KnownFileFacts('a.py', facts, { size: 0 })), [0, undefined, undefined]);
    assert.deepEqual(version(new KnownFileFacts('a.py', facts, { mtimeMs: 0 })), [undefined, 0, undefined]);
    assert.deepEqual(version(new KnownFileFacts('a.py', facts, { contentId: '' })), [undefined, undefined, '']);
  });

  it('holds something: a vouched record without reading its detections, else by what it holds', () => {
    const vouched = record([], { vouched: true });
    assert.equal(factsHoldSomething(new KnownFileFacts('a.py', vouched.facts, {})), true);
    assert.equal(vouched.asked(), 0, 'a vouched record is not asked for its detections');
    const unvouched = record([]);
    assert.equal(factsHoldSomething(new KnownFileFacts('a.py', unvouched.facts, {})), false, 'an empty record the store did not vouch for');
    assert.equal(factsHoldSomething(new KnownFileFacts('a.py', record([DETECTION]).facts, {})), true, 'a detection');
    const plain = (detections: Detection[], annotations = EMPTY_ANNOTATIONS): FileFacts => ({ path: 'a.py', kind: 'source', annotations, detections });
    assert.equal(factsHoldSomething(plain([])), false);
    assert.equal(factsHoldSomething(plain([DETECTION])), true);
    assert.equal(factsHoldSomething(plain([], { ...EMPTY_ANNOTATIONS, malformed: [{}] } as unknown as typeof EMPTY_ANNOTATIONS)), true);
    for (const key of ['annotations', 'suppressions', 'malformed'] as const) {
      assert.equal(holdsSomething({ ...EMPTY_ANNOTATIONS, [key]: [{}] } as unknown as typeof EMPTY_ANNOTATIONS, []), true, key);
    }
    assert.equal(holdsSomething(EMPTY_ANNOTATIONS, []), false);
  });
});
