import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import type { FileEdit } from '../finding.js';
import { MAX_YAML_DEPTH } from '../manifest/bounded-parse.js';
import { appendToSeq, applyChange, applyEdits, replaceScalar, setMissing } from './yaml-edit.js';

const SRC = `# Registry for the fraud team
version: 1   # schema

organization:
  name: "Example KK"
  contacts: { incident: ai@example.com }

components:
  # the scorer
  - id: fraud-scorer
    paths: ["services/fraud/**"]   # code
    risk:
      level: high
    incidents:
      - id: INC-1
        reported: null   # not yet

  - id: chat-bot
    risk:   # todo
`;

/** Every line of `before` survives in `after`, in order. */
function assertKeepsLines(before: string, after: string): void {
  const lines = after.split('\n');
  let i = 0;
  for (const l of before.split('\n')) {
    while (i < lines.length && lines[i] !== l) i++;
    assert.ok(i < lines.length, `line kept: ${JSON.stringify(l)}`);
  }
}

describe('yaml-edit', () => {
  it('adds a nested map under an existing block map, touching no other line', () => {
    const out = applyChange(SRC, setMissing(SRC, ['components', 0, 'risk', 'assessment'], { path: 'docs/r.md', date: '2026-11-25' })!);
    assertKeepsLines(SRC, out);
    assert.ok(out.includes('      level: high\n      assessment:\n        path: docs/r.md\n        date: 2026-11-25\n'));
    assert.deepEqual(parseDocument(out).getIn(['components', 0, 'risk', 'assessment', 'path']), 'docs/r.md');
  });

  it('fills an empty key and keeps its trailing comment', () => {
    const out = applyChange(SRC, setMissing(SRC, ['components', 1, 'risk', 'level'], 'minimal')!);
    assert.ok(out.includes('    risk:   # todo\n      level: minimal'), out);
  });

  it('adds a missing parent chain', () => {
    const out = applyChange(SRC, setMissing(SRC, ['components', 1, 'contacts', 'incident'], 'x@example.com')!);
    assertKeepsLines(SRC, out);
    assert.equal(parseDocument(out).getIn(['components', 1, 'contacts', 'incident']), 'x@example.com');
  });

  it('extends a flow map in place', () => {
    const out = applyChange(SRC, setMissing(SRC, ['organization', 'contacts', 'escalation'], 'e@example.com')!);
    assert.ok(out.includes('  contacts: { incident: ai@example.com, escalation: e@example.com }'), out);
  });

  it('replaces a scalar and keeps the comment after it', () => {
    const out = applyChange(SRC, replaceScalar(SRC, ['components', 0, 'incidents', 0, 'reported'], '2026-11-25')!);
    assert.ok(out.includes('        reported: 2026-11-25   # not yet'), out);
  });

  it('appends to a block sequence keeping the blank-line rhythm', () => {
    const out = applyChange(SRC, appendToSeq(SRC, ['components'], { id: 'new-one', kind: 'llm-app' })!);
    assertKeepsLines(SRC, out);
    assert.ok(out.endsWith('\n  - id: new-one\n    kind: llm-app\n') || out.includes('\n\n  - id: new-one\n    kind: llm-app'), out);
    assert.equal(parseDocument(out).getIn(['components', 2, 'id']), 'new-one');
  });

  it('a list with blank lines between its items gets one before the new item; a dense list none', () => {
    const spaced = 'l:\n  - a\n\n  - b\nz: 1\n';
    assert.equal(applyChange(spaced, appendToSeq(spaced, ['l'], 'c')!), 'l:\n  - a\n\n  - b\n\n  - c\nz: 1\n');
    const dense = 'l:\n  - a\n  - b\nz: 1\n';
    assert.equal(applyChange(dense, appendToSeq(dense, ['l'], 'c')!), 'l:\n  - a\n  - b\n  - c\nz: 1\n');
    const single = '\nl:\n  - a\nz: 1\n';
    assert.equal(applyChange(single, appendToSeq(single, ['l'], 'b')!), '\nl:\n  - a\n  - b\nz: 1\n');
    const blankWithSpaces = 'l:\n  - a\n  \t\n  - b\n';
    assert.equal(applyChange(blankWithSpaces, appendToSeq(blankWithSpaces, ['l'], 'c')!), 'l:\n  - a\n  \t\n  - b\n\n  - c\n');
    const top = '- a\n\n- b\n';
    assert.equal(applyChange(top, appendToSeq(top, [], 'c')!), '- a\n\n- b\n\n- c\n');
  });

  it('creates the sequence when the key is missing, and writes into an empty document', () => {
    const out = applyChange('version: 1\n', appendToSeq('version: 1\n', ['components'], { id: 'a' })!);
    assert.equal(out, 'version: 1\ncomponents:\n  - id: a\n');
    assert.equal(applyChange('', setMissing('', ['version'], 1)!), 'version: 1\n');
  });

  it('keeps CRLF line endings', () => {
    const crlf = 'version: 1\r\ncomponents:\r\n  - id: a\r\n    risk:\r\n      level: high\r\n';
    const out = applyChange(crlf, setMissing(crlf, ['components', 0, 'risk', 'basis'], 'Annex III')!);
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
  });

  it('refuses invalid YAML rather than guessing', () => {
    assert.equal(setMissing('a: [\n', ['b'], 1), undefined);
  });
});

describe('yaml-edit keeps comments', () => {
  const cases: [string, string, (text: string) => ReturnType<typeof setMissing>, string][] = [
    ['a key added under `a: null # keep me`', 'a: null # keep me\n', (t) => setMissing(t, ['a', 'b'], 1), 'a: # keep me\n  b: 1\n'],
    ['a map added under `a: ~ # keep me`', 'a: ~ # keep me\nz: 2\n', (t) => setMissing(t, ['a', 'b'], { c: 1 }), 'a: # keep me\n  b:\n    c: 1\nz: 2\n'],
    ['a key added under `a: "" # keep me`', 'a: "" # keep me\nz: 2\n', (t) => setMissing(t, ['a', 'b'], 1), 'a: # keep me\n  b: 1\nz: 2\n'],
    ['a key added under `a: # keep me` (no value)', 'a: # keep me\nz: 2\n', (t) => setMissing(t, ['a', 'b'], 1), 'a: # keep me\n  b: 1\nz: 2\n'],
    ['a key added under `a:` with a comment line below', 'a:    # keep me\n  # and me\nz: 2\n', (t) => setMissing(t, ['a', 'b'], 1), 'a:    # keep me\n  b: 1\n  # and me\nz: 2\n'],
    ['a scalar written over `a: null # keep me`', 'a: null # keep me\n', (t) => setMissing(t, ['a'], 'x'), 'a: x # keep me\n'],
    ['a scalar written into `a: # keep me`', 'a: # keep me\n', (t) => setMissing(t, ['a'], 'x'), 'a: x # keep me\n'],
    ['a scalar written into `a:   # keep me`', 'a:   # keep me\nz: 1\n', (t) => setMissing(t, ['a'], 'x'), 'a:   x # keep me\nz: 1\n'],
    ['a key appended after `a: 1 # one`', 'm:\n  a: 1 # one\n# after m\nz: 1\n', (t) => setMissing(t, ['m', 'b'], 2), 'm:\n  a: 1 # one\n  b: 2\n# after m\nz: 1\n'],
    ['a key appended after a nested map ending in a comment', 'm:\n  a:\n    x: 1 # deep\n  # tail of m\nz: 1\n', (t) => setMissing(t, ['m', 'b'], 2), 'm:\n  a:\n    x: 1 # deep\n  b: 2\n  # tail of m\nz: 1\n'],
    ['a key appended among comment lines', '# head\nv: 1 # one\n\n# above\nm:\n  # inside\n  k: v # kv\n', (t) => setMissing(t, ['m', 'j'], 'w'), '# head\nv: 1 # one\n\n# above\nm:\n  # inside\n  k: v # kv\n  j: w\n'],
    ['an item appended after `- b # last`', 'l:\n  - a # first\n  - b # last\n# end\n', (t) => appendToSeq(t, ['l'], 'c'), 'l:\n  - a # first\n  - b # last\n  - c\n# end\n'],
    ['a key added to `{ a: 1 } # flow`', 'c: { a: 1 } # flow\n', (t) => setMissing(t, ['c', 'b'], 2), 'c: { a: 1, b: 2 } # flow\n'],
    ['a key added to a flow map with a comment inside', 'c: { a: 1, # one\n  b: 2 }\n', (t) => setMissing(t, ['c', 'x'], 2), 'c: { a: 1, # one\n  b: 2, x: 2 }\n'],
    ['a map added to a flow map with comments inside', 'c: {\n  a: 1, # one\n  b: "q" # two\n}\n', (t) => setMissing(t, ['c', 'x', 'y'], 'z'), 'c: {\n  a: 1, # one\n  b: "q", x: { y: z } # two\n}\n'],
    ['an item appended to `[a] # list`', 'l: [a] # list\n', (t) => appendToSeq(t, ['l'], 'b'), 'l: [ a, b ] # list\n'],
    ['an item appended to `[] # list`', 'l: [] # list\nz: 1\n', (t) => appendToSeq(t, ['l'], 'b'), 'l: # list\n  - b\nz: 1\n'],
    ['an item appended under `l: # list`', 'l: # list\n', (t) => appendToSeq(t, ['l'], 'b'), 'l: # list\n  - b\n'],
    ['a date replaced before `# when`', 'd: 2026-01-01 # when\n', (t) => replaceScalar(t, ['d'], '2026-12-05'), 'd: 2026-12-05 # when\n'],
    ['a key added under `a: null # keep me` in CRLF', 'a: null # keep me\r\nz: 1\r\n', (t) => setMissing(t, ['a', 'b'], 1), 'a: # keep me\r\n  b: 1\r\nz: 1\r\n'],
  ];
  for (const [what, before, edit, after] of cases) {
    it(what, () => {
      const change = edit(before);
      assert.ok(change, 'the edit applies');
      assert.equal(applyChange(before, change), after);
    });
  }
});

describe('yaml-edit never overwrites a value and never writes invalid YAML', () => {
  const edited = (before: string, change: ReturnType<typeof setMissing>): string => {
    assert.ok(change, 'the edit applies');
    const after = applyChange(before, change);
    assert.deepEqual(parseDocument(after).errors, [], `valid YAML: ${JSON.stringify(after)}`);
    return after;
  };

  it('a value that is there, or a path blocked by one, is left alone', () => {
    assert.equal(setMissing('a: 1\n', ['a'], 2), undefined);
    assert.equal(setMissing('a: 1\n', ['a', 'b'], 2), undefined);
    assert.equal(setMissing('m:\n  a: 1\n', ['m', 0], 2), undefined, 'a list index into a map');
    assert.equal(setMissing('l: [a]\n', ['l', 5, 'x'], 1), undefined, 'an item that does not exist');
    assert.equal(replaceScalar('m:\n  a: 1\n', ['m'], 'x'), undefined, 'a map is not a scalar to replace');
    assert.equal(appendToSeq('l:\n  a: 1\n', ['l'], 'x'), undefined, 'a map is not a list to append to');
  });

  it('a text of several lines gets no trailing spaces on its blank lines', () => {
    assert.equal(edited('m:\n  k: 1\n', setMissing('m:\n  k: 1\n', ['m', 'note'], 'line one\n\nline three')), 'm:\n  k: 1\n  note: |-\n    line one\n\n    line three\n');
  });

  it('a scalar written inside a flow collection is quoted for it', () => {
    assert.equal(edited('l: [a, b]\n', replaceScalar('l: [a, b]\n', ['l', 1], 'c, d')), 'l: [a, "c, d"]\n');
    assert.equal(edited('c: { a: 1 }\n', replaceScalar('c: { a: 1 }\n', ['c', 'a'], 'x}')), 'c: { a: "x}" }\n');
    assert.equal(edited('c: { a: 1 }\n', replaceScalar('c: { a: 1 }\n', ['c', 'a'], 'plain')), 'c: { a: plain }\n');
  });

  it('an empty or valueless flow map entry is filled in flow style', () => {
    assert.equal(edited('c: {}\n', setMissing('c: {}\n', ['c', 'a'], 1)), 'c: { a: 1 }\n');
    assert.equal(edited('c: { a }\nd: 2\n', setMissing('c: { a }\nd: 2\n', ['c', 'a'], 1)), 'c: { a: 1 }\nd: 2\n');
    assert.equal(edited('c: { a: }\n', setMissing('c: { a: }\n', ['c', 'a'], 1)), 'c: { a: 1 }\n');
    assert.equal(edited('c: { a: null }\n', setMissing('c: { a: null }\n', ['c', 'a', 'b'], 1)), 'c: { a: { b: 1 } }\n');
  });

  it('a document without a final line break, or holding only `~` or `null`, gets the map', () => {
    assert.equal(edited('# c', setMissing('# c', ['version'], 1)), '# c\nversion: 1\n');
    assert.equal(edited('~\n', setMissing('~\n', ['version'], 1)), 'version: 1\n');
    assert.equal(edited('null # empty\n', setMissing('null # empty\n', ['a', 'b'], 1)), 'a:\n  b: 1 # empty\n');
    assert.equal(edited('""\r\n', setMissing('""\r\n', ['a', 'b'], 1)), 'a:\r\n  b: 1\r\n');
  });

  it('an empty key keeps its comment however the key and value are written', () => {
    assert.equal(edited('a : null # keep\n', setMissing('a : null # keep\n', ['a', 'b'], 1)), 'a : # keep\n  b: 1\n');
    assert.equal(edited('"a:b": null # c\n', setMissing('"a:b": null # c\n', ['a:b', 'x'], 1)), '"a:b": # c\n  x: 1\n');
    assert.equal(edited('a: null    # keep me\n', setMissing('a: null    # keep me\n', ['a', 'b'], 1)), 'a: # keep me\n  b: 1\n');
    assert.equal(edited('a:\n  null\nz: 1\n', setMissing('a:\n  null\nz: 1\n', ['a', 'b'], 1)), 'a:\n  b: 1\nz: 1\n');
  });

  it('an empty list `[]` becomes a block list only where a block may stand and no comment is lost', () => {
    const append = (t: string, path: (string | number)[]): string => edited(t, appendToSeq(t, path, 'b'));
    assert.equal(append('l: []\nz: 1\n', ['l']), 'l:\n  - b\nz: 1\n');
    assert.equal(append('l:   []   # list\n', ['l']), 'l: # list\n  - b\n');
    assert.equal(append('m:\n  l: []\n', ['m', 'l']), 'm:\n  l:\n    - b\n');
    assert.equal(append('c: {\n  l: []\n}\n', ['c', 'l']), 'c: {\n  l: [ b ]\n}\n', 'inside a flow map');
    assert.equal(append('l: # c\n  []\n', ['l']), 'l: # c\n  [ b ]\n', 'a comment between the key and the list');
  });

  it('edits of one file are applied last first, an insertion before a replacement at the same place', () => {
    const text = 'a: 1\nb: 2\n';
    const at = (line: number, character: number) => ({ line, character });
    const edits: FileEdit[] = [
      { kind: 'replace', file: 'f', range: { start: at(0, 3), end: at(0, 4) }, newText: '10' },
      { kind: 'create', file: 'g', text: 'x' },
      { kind: 'replace', file: 'f', range: { start: at(1, 3), end: at(1, 3) }, newText: '# ' },
      { kind: 'replace', file: 'f', range: { start: at(1, 3), end: at(1, 4) }, newText: '20' },
    ];
    assert.equal(applyEdits(text, edits), 'a: 10\nb: # 20\n');
  });

  it('keeps the shape of what is already written around a new or replaced value', () => {
    const edit = (text: string, change: ReturnType<typeof setMissing>) => (change ? applyChange(text, change) : undefined);
    assert.equal(edit('a: x\n', replaceScalar('a: x\n', ['a'], 'Agency, Berlin')), 'a: Agency, Berlin\n', 'a block value is not quoted for a flow collection');
    assert.equal(setMissing('hello\n', ['a'], 1), undefined, 'a document that is a scalar is not overwritten');
    assert.equal(edit('# registry\n', setMissing('# registry\n', ['version'], 1)), '# registry\nversion: 1\n', 'no blank line after a comment-only document');
    assert.equal(edit('---\n', setMissing('---\n', ['version'], 1)), '---\nversion: 1\n', 'a document that is only its start marker');
    assert.equal(edit('{ a }', setMissing('{ a }', ['a'], 1)), '{ a: 1 }', 'a flow key written without a colon');
    const nested = 'components:\n  - id: a\n    incidents: []\n';
    assert.equal(edit(nested, appendToSeq(nested, ['components', 0, 'incidents'], { id: 'x' })), 'components:\n  - id: a\n    incidents:\n      - id: x\n');
    const flow = 'x: {\n  incidents: []\n}\n';
    assert.equal(edit(flow, appendToSeq(flow, ['x', 'incidents'], { id: 'x' })), 'x: {\n  incidents: [ { id: x } ]\n}\n', 'no block inside a flow map written over lines');
  });
});

describe('yaml-edit on values nested as deep as the registry reads', () => {
  it('writes out a value as deep as the registry reads; a text nested deeper is not edited, never with an exception', () => {
    // The top-level mapping, the list and the component are three levels; x-deep is the fourth.
    const text = (n: number): string => `version: 1\ncomponents: [{ id: a, x-deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)} }]\n`;
    const read = text(MAX_YAML_DEPTH - 3);
    const added = applyChange(read, appendToSeq(read, ['components'], { id: 'b' })!);
    const before = parseDocument(read).toJS() as { components: unknown[] };
    assert.deepEqual(parseDocument(added).toJS(), { ...before, components: [...before.components, { id: 'b' }] });
    // The library reads thousands of levels (how many depends on the stack left to it and on how
    // far V8 has optimised it), and writes them out with about twice the stack for each level:
    // the deepest it reads here, found by halving.
    const reads = (n: number): boolean => {
      try {
        return parseDocument(text(n)).errors.length === 0;
      } catch {
        return false;
      }
    };
    let [lo, hi] = [1, 4_000];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (reads(mid)) lo = mid;
      else hi = mid;
    }
    assert.ok(lo > 600, `the library reads ${lo} levels`);
    for (const deep of [text(MAX_YAML_DEPTH - 2), text(Math.floor(lo * 0.9))]) {
      assert.equal(appendToSeq(deep, ['components'], { id: 'b' }), undefined);
      assert.equal(replaceScalar(deep, ['version'], 2), undefined);
      assert.equal(setMissing(deep, ['organization', 'name'], 'Org'), undefined);
    }
  });
});
