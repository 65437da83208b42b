import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { appendToSeq, applyChange, replaceScalar, setMissing } from './yaml-edit.js';

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
