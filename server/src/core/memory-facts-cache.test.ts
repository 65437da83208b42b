import { strict as assert } from 'node:assert';
import { MemoryFactsCache, type CachedFacts, type KnownFile } from './facts-cache.js';
import type { Finding } from './finding.js';

/** A memory cache that shows whether an update or a remembered finding changed what a store would write. */
class Watched extends MemoryFactsCache {
  loads = 0;
  override load(): void {
    this.loads++;
  }
  get dirty(): boolean {
    return this.changed;
  }
  clean(): void {
    this.changed = false;
  }
}

const facts = (line: string): CachedFacts => ({ annotations: { annotations: [], suppressions: [], malformed: [] }, detections: [], lines: { 0: line } });
const finding: Finding = { code: 'AIGOV201', severity: 'warning', message: 'm', file: 'a.py', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };

describe('memory facts cache', () => {
  it('knows a file by its size and mtime, or by a content id, under the same settings only', () => {
    const c = new Watched();
    assert.equal(c.knows('k'), false, 'cold');
    c.update('k', new Map<string, KnownFile>([['a.py', { size: 3, mtimeMs: 1, contentId: 'id' }], ['b.py', { contentId: '' }]]));
    assert.equal(c.knows('k'), true);
    assert.equal(c.knows('other'), false);
    assert.deepEqual(c.knownByVersion('k', 'a.py', { size: 3, mtimeMs: 1 }), { size: 3, mtimeMs: 1, contentId: 'id' });
    assert.equal(c.knownByVersion('k', 'a.py', { size: 4, mtimeMs: 1 }), undefined);
    assert.equal(c.knownByVersion('k', 'a.py', { size: 3, mtimeMs: 2 }), undefined);
    assert.equal(c.knownByVersion('other', 'a.py', { size: 3, mtimeMs: 1 }), undefined);
    assert.equal(c.knownByVersion('k', 'gone.py', { size: 3, mtimeMs: 1 }), undefined);
    assert.deepEqual(c.knownByContent('k', 'a.py', 'id'), { size: 3, mtimeMs: 1, contentId: 'id' });
    assert.equal(c.knownByContent('k', 'a.py', 'other'), undefined);
    assert.equal(c.knownByContent('k', 'b.py', ''), undefined, 'an empty id vouches for nothing');
    assert.equal(c.knownByContent('other', 'a.py', 'id'), undefined);
    assert.equal(c.known('other', 'a.py'), undefined);
    assert.ok(c.loads > 0, 'loads the store before answering');
    c.update('k', new Map());
    assert.equal(c.knows('k'), false, 'nothing remembered');
  });

  it('marks itself changed only when the files, their versions, ids or whether they hold something changed', () => {
    const held = facts('x');
    const base = new Map<string, KnownFile>([['a.py', { size: 3, mtimeMs: 1, contentId: 'id', facts: held }], ['b.py', { size: 3, mtimeMs: 1 }]]);
    const c = new Watched();
    c.update('k', base);
    assert.equal(c.dirty, true);
    const same = (change: (m: Map<string, KnownFile>) => void): boolean => {
      c.update('k', base);
      c.clean();
      const next = new Map(base);
      change(next);
      c.update('k', next);
      return !c.dirty;
    };
    assert.equal(
      same(() => {}),
      true,
    );
    assert.equal(
      same((m) => m.set('a.py', { size: 3, mtimeMs: 1, contentId: 'id', facts: facts('y') })),
      true,
      'other facts of a file that still holds something: the content decides them',
    );
    assert.equal(
      same((m) => m.set('a.py', { size: 4, mtimeMs: 1, contentId: 'id', facts: held })),
      false,
    );
    assert.equal(
      same((m) => m.set('a.py', { size: 3, mtimeMs: 2, contentId: 'id', facts: held })),
      false,
    );
    assert.equal(
      same((m) => m.set('a.py', { size: 3, mtimeMs: 1, contentId: 'id2', facts: held })),
      false,
    );
    assert.equal(
      same((m) => m.set('a.py', { size: 3, mtimeMs: 1, contentId: 'id' })),
      false,
    );
    assert.equal(
      same((m) => m.set('c.py', { size: 3, mtimeMs: 1 })),
      false,
    );
    assert.equal(
      same((m) => {
        m.delete('b.py');
        m.set('c.py', { size: 3, mtimeMs: 1 });
      }),
      false,
    );
    c.update('k', base);
    c.clean();
    c.update('other', base);
    assert.equal(c.dirty, true, 'other settings');
  });

  it('keeps findings with the very facts they were made from, and gives them back only for those', () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    assert.equal(c.findingsOf('f', 'a.py', held), undefined, 'none remembered yet');
    c.clean();
    c.rememberFindings('f', 'a.py', held, [finding]);
    assert.equal(c.dirty, true);
    assert.deepEqual(c.findingsOf('f', 'a.py', held), [finding]);
    assert.equal(c.findingsOf('other', 'a.py', held), undefined, 'another findings key');
    assert.equal(c.findingsOf('f', 'a.py', facts('x')), undefined, 'equal facts, not the same');
    assert.equal(c.findingsOf('f', 'a.py', { annotations: held.annotations, detections: [] }), undefined, 'other detections');
    assert.equal(c.findingsOf('f', 'a.py', { annotations: { ...held.annotations }, detections: held.detections }), undefined, 'other annotations');
    assert.equal(c.findingsOf('f', 'b.py', held), undefined);
    c.clean();
    c.rememberFindings('f', 'a.py', held, [finding]);
    assert.equal(c.dirty, false, 'the same findings again');
    c.rememberFindings('g', 'a.py', held, [finding]);
    assert.equal(c.dirty, true, 'under another key');
    c.clean();
    c.rememberFindings('g', 'a.py', held, []);
    assert.equal(c.dirty, true, 'other findings');
    c.clean();
    c.rememberFindings('g', 'a.py', facts('x'), [finding]);
    c.rememberFindings('g', 'b.py', held, [finding]);
    assert.equal(c.dirty, false, 'not the facts held: nothing remembered');
    assert.deepEqual(c.findingsOf('g', 'a.py', held), []);
    // An update with the same facts keeps the findings; other facts drop them.
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 2, facts: held }]]));
    assert.deepEqual(c.findingsOf('g', 'a.py', held), []);
    const fresh = facts('x');
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 3, facts: fresh }]]));
    assert.equal(c.findingsOf('g', 'a.py', fresh), undefined);
    c.update('k2', new Map([['a.py', { size: 3, mtimeMs: 3, facts: fresh }]]));
    c.rememberFindings('g', 'a.py', fresh, [finding]);
    c.update('k3', new Map([['a.py', { size: 3, mtimeMs: 3, facts: fresh }]]));
    assert.equal(c.findingsOf('g', 'a.py', fresh), undefined, 'other settings: findings dropped');
  });

  it("knows facts a cache gave by the cache's record alone, without reading their detections", () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    c.rememberFindings('f', 'a.py', held, [finding]);
    const unread = () => assert.fail('detections read');
    const given = { annotations: { ...held.annotations }, get detections(): never { return unread(); }, cached: held };
    assert.deepEqual(c.findingsOf('f', 'a.py', given), [finding], 'the very record');
    const other = { annotations: held.annotations, detections: held.detections, cached: facts('x') };
    assert.equal(c.findingsOf('f', 'a.py', other), undefined, 'another record, even with the same annotations and detections');
    c.rememberFindings('g', 'a.py', other, [finding]);
    assert.equal(c.findingsOf('g', 'a.py', held), undefined, 'nothing remembered for another record');
    c.rememberFindings('g', 'a.py', given, []);
    assert.deepEqual(c.findingsOf('g', 'a.py', held), [], 'remembered for the very record');
  });

  it('parses the findings it kept once, and a copy made for another check gives the same', () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    c.rememberFindings('f', 'a.py', held, [finding]);
    const first = c.findingsOf('f', 'a.py', held);
    assert.deepEqual(first, [finding]);
    assert.equal(c.findingsOf('f', 'a.py', held), first, 'not parsed again');
    assert.equal(c.fork().findingsOf('f', 'a.py', held), first, "the base's check of a pull request");
    c.rememberFindings('f', 'a.py', held, []);
    assert.deepEqual(c.findingsOf('f', 'a.py', held), [], 'new findings, parsed anew');
  });

  it("reads the listing's answers it kept once, and gives the findings only while each answer is the same", () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    c.rememberFindings('f', 'a.py', held, [finding], new Map([['openai.py', false], ['pkg/__init__.py', true]]));
    const listing = new Set(['pkg/__init__.py']);
    const asked: string[] = [];
    const listed = (p: string) => {
      asked.push(p);
      return listing.has(p);
    };
    const parse = JSON.parse;
    let answersRead = 0;
    JSON.parse = (text: string, ...rest: unknown[]) => {
      if (text.includes('openai.py')) answersRead++;
      return (parse as (t: string, ...r: unknown[]) => unknown)(text, ...rest);
    };
    try {
      assert.deepEqual(c.findingsOf('f', 'a.py', held, listed), [finding]);
      assert.deepEqual(c.findingsOf('f', 'a.py', held, listed), [finding]);
      assert.equal(answersRead, 1, 'parsed once');
    } finally {
      JSON.parse = parse;
    }
    assert.deepEqual(asked.sort(), ['openai.py', 'openai.py', 'pkg/__init__.py', 'pkg/__init__.py']);
    listing.add('openai.py');
    assert.equal(c.findingsOf('f', 'a.py', held, listed), undefined, 'a module named like the library came');
    assert.equal(c.findingsOf('f', 'a.py', held), undefined, 'nothing to answer with');
    listing.delete('openai.py');
    assert.deepEqual(c.findingsOf('f', 'a.py', held, listed), [finding]);
  });

  it('computes findings again when the answers it kept are damaged', () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    const entry = (c as unknown as { entries: Map<string, KnownFile> }).entries.get('a.py') as KnownFile;
    const json = JSON.stringify([finding]);
    for (const asked of ['[', '{}', '[["a.py"]]', '[["a.py", 1]]', '[[1, true]]', '[["a.py", true, 0]]', '["a.py"]']) {
      entry.findings = { key: 'f', json, asked };
      assert.equal(c.findingsOf('f', 'a.py', held, () => true), undefined, asked);
    }
    entry.findings = { key: 'f', json, asked: '[["a.py", true]]' };
    assert.deepEqual(c.findingsOf('f', 'a.py', held, () => true), [finding]);
  });

  it('keeps the answers the listing gave anew, even with the same findings', () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    const listing = (...paths: string[]) => (p: string) => paths.includes(p);
    c.rememberFindings('f', 'a.py', held, [finding], new Map([['openai.py', false]]));
    assert.deepEqual(c.findingsOf('f', 'a.py', held, listing()), [finding]);
    // A module named like the library came and the findings are alike: the new answer is kept.
    c.clean();
    c.rememberFindings('f', 'a.py', held, [finding], new Map([['openai.py', true]]));
    assert.equal(c.dirty, true);
    assert.deepEqual(c.findingsOf('f', 'a.py', held, listing('openai.py')), [finding]);
    assert.equal(c.findingsOf('f', 'a.py', held, listing()), undefined);
  });

  it('computes findings again when what it kept is damaged', () => {
    const held = facts('x');
    const c = new Watched();
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held, findings: { key: 'f', json: '{' } }]]));
    c.update('k', new Map([['a.py', { size: 3, mtimeMs: 1, facts: held }]]));
    const entry = (c as unknown as { entries: Map<string, KnownFile> }).entries.get('a.py') as KnownFile;
    entry.findings = { key: 'f', json: '{' };
    assert.equal(c.findingsOf('f', 'a.py', held), undefined);
    entry.findings = { key: 'f', json: '{"not": "a list"}' };
    assert.equal(c.findingsOf('f', 'a.py', held), undefined);
    // A list, but not of findings as a report reads them.
    const at = (line: unknown, character: unknown = 0) => ({ line, character });
    const range = { start: at(0), end: at(0, 1) };
    const base = { ...finding, range };
    for (const bad of [
      null,
      7,
      [],
      { ...base, code: 5 },
      { ...base, severity: 'fatal' },
      { ...base, severity: 'toString' },
      { ...base, message: null },
      { ...base, file: ['a.py'] },
      { ...base, range: null },
      { ...base, range: { start: at(0) } },
      { ...base, range: { start: at('0'), end: at(0) } },
      { ...base, range: { start: at(-1), end: at(0) } },
      { ...base, range: { start: at(0.5), end: at(0) } },
      { ...base, range: { start: at(0), end: at(0, -2) } },
      { ...base, messageId: 3 },
      { ...base, args: 'x' },
      { ...base, args: [] },
      { ...base, count: '2' },
      { ...base, data: [] },
      { ...base, citation: { framework: 'EU AI Act' } },
      { ...base, tags: ['odd'] },
      { ...base, related: [null] },
      { ...base, related: [{ file: 'b.py', message: 'm' }] },
      { ...base, related: {} },
    ]) {
      entry.findings = { key: 'f', json: JSON.stringify([base, bad]) };
      assert.equal(c.findingsOf('f', 'a.py', held), undefined, JSON.stringify(bad));
    }
    const whole = { ...base, messageId: 'AIGOV201.unknown', args: { id: 'x' }, count: 2, data: { id: 'x' }, citation: { framework: 'f', article: 'a' }, tags: ['unnecessary', 'deprecated'], related: [{ file: 'b.py', message: 'm', range }] };
    entry.findings = { key: 'f', json: JSON.stringify([base, whole]) };
    assert.deepEqual(c.findingsOf('f', 'a.py', held), [base, whole], 'every field of the right type');
  });
});
