import { strict as assert } from 'node:assert';
import { hasFindingsAtOrAbove, isFindingList, sortFindings, type Finding, type Severity } from './finding.js';

const at = (line: number, character = 0) => ({ start: { line, character }, end: { line, character: character + 1 } });
const finding = (file: string, line: number, code: string, message = 'm', severity: Severity = 'warning', character = 0): Finding => ({ code, severity, message, file, range: at(line, character) });

describe('findings', () => {
  it('sorts by file, then place, then code, then message, whatever order they came in', () => {
    const sorted = [
      finding('a.py', 0, 'AIGOV101', 'a'),
      finding('a.py', 0, 'AIGOV101', 'b'),
      finding('a.py', 0, 'AIGOV201', 'a'),
      finding('a.py', 0, 'AIGOV201', 'a', 'warning', 4),
      finding('a.py', 2, 'AIGOV101', 'a'),
      finding('b.py', 0, 'AIGOV101', 'a'),
      finding('b/c.py', 0, 'AIGOV001', 'a'),
    ];
    const label = (f: Finding) => `${f.file}:${f.range.start.line}:${f.range.start.character} ${f.code} ${f.message}`;
    const expected = sorted.map(label);
    // Every rotation and its reverse: each pair is compared both ways round.
    for (let r = 0; r < sorted.length; r++) {
      const rotated = [...sorted.slice(r), ...sorted.slice(0, r)];
      assert.deepEqual(sortFindings([...rotated]).map(label), expected, `rotation ${r}`);
      assert.deepEqual(sortFindings([...rotated].reverse()).map(label), expected, `rotation ${r}, reversed`);
    }
    const list = [finding('b.py', 0, 'X'), finding('a.py', 0, 'X')];
    assert.equal(sortFindings(list), list, 'in place');
    assert.deepEqual(sortFindings([finding('a.py', 1, 'X'), finding('a.py', 1, 'X')]).length, 2, 'equal findings are both kept');
  });

  it('tells whether any finding is at or above a severity', () => {
    const ranks: Severity[] = ['hint', 'info', 'warning', 'error'];
    for (const [i, have] of ranks.entries()) {
      for (const [j, threshold] of ranks.entries()) {
        assert.equal(hasFindingsAtOrAbove([finding('a.py', 0, 'X', 'm', have)], threshold), i >= j, `${have} against ${threshold}`);
      }
    }
    assert.equal(hasFindingsAtOrAbove([], 'hint'), false);
    assert.equal(hasFindingsAtOrAbove([finding('a.py', 0, 'X', 'm', 'hint'), finding('a.py', 0, 'X', 'm', 'error')], 'error'), true, 'any of them');
  });

  it('tells a list of findings from parsed JSON of any other shape, field by field', () => {
    const full = {
      ...finding('a.py', 2, 'AIGOV101', 'm', 'error', 3),
      messageId: 'id',
      args: { name: 'x' },
      count: 2,
      data: { id: 'x' },
      citation: { framework: 'eu-ai-act', article: 'Art. 50' },
      tags: ['unnecessary', 'deprecated'],
      related: [{ file: 'b.py', message: 'there', range: at(0) }],
    };
    assert.equal(isFindingList([]), true, 'no findings');
    assert.equal(isFindingList([finding('a.py', 0, 'X')]), true, 'the fields every finding has');
    assert.equal(isFindingList([full, finding('a.py', 0, 'X')]), true, 'every optional field too');
    for (const severity of ['hint', 'info', 'warning', 'error']) assert.equal(isFindingList([{ ...full, severity }]), true, severity);
    assert.equal(isFindingList([{ ...full, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]), true, 'position 0:0');
    for (const list of [undefined, null, {}, 'x', { length: 0 }]) assert.equal(isFindingList(list), false, `not a list: ${JSON.stringify(list)}`);
    const broken: [string, unknown][] = [
      ['null', null],
      ['a number', 3],
      ['a list', [full]],
      ['no code', { ...full, code: undefined }],
      ['code a number', { ...full, code: 1 }],
      ['no severity', { ...full, severity: undefined }],
      ['severity not a severity', { ...full, severity: 'fatal' }],
      ['severity inherited, not a severity', { ...full, severity: 'toString' }],
      ['severity not a string', { ...full, severity: 3 }],
      ['no message', { ...full, message: undefined }],
      ['no file', { ...full, file: undefined }],
      ['file a number', { ...full, file: 1 }],
      ['no range', { ...full, range: undefined }],
      ['range a list', { ...full, range: [] }],
      ['range without end', { ...full, range: { start: { line: 0, character: 0 } } }],
      ['range without start', { ...full, range: { end: { line: 0, character: 0 } } }],
      ['start a list', { ...full, range: { start: [], end: { line: 0, character: 0 } } }],
      ['line negative', { ...full, range: at(-1) }],
      ['line a fraction', { ...full, range: { start: { line: 0.5, character: 0 }, end: { line: 1, character: 0 } } }],
      ['line a string', { ...full, range: { start: { line: '0', character: 0 }, end: { line: 1, character: 0 } } }],
      ['character negative', { ...full, range: { start: { line: 0, character: -1 }, end: { line: 1, character: 0 } } }],
      ['character a fraction', { ...full, range: { start: { line: 0, character: 1.5 }, end: { line: 1, character: 0 } } }],
      ['end character missing', { ...full, range: { start: { line: 0, character: 0 }, end: { line: 1 } } }],
      ['messageId a number', { ...full, messageId: 1 }],
      ['args a string', { ...full, args: 'x' }],
      ['count a string', { ...full, count: '2' }],
      ['data a list', { ...full, data: [] }],
      ['data null', { ...full, data: null }],
      ['citation a string', { ...full, citation: 'x' }],
      ['citation without framework', { ...full, citation: { article: 'Art. 50' } }],
      ['citation without article', { ...full, citation: { framework: 'eu-ai-act' } }],
      ['tags not a list', { ...full, tags: 'unnecessary' }],
      ['an unknown tag', { ...full, tags: ['unnecessary', 'other'] }],
      ['related not a list', { ...full, related: { file: 'b.py', message: 'there', range: at(0) } }],
      ['related not a record', { ...full, related: ['b.py'] }],
      ['related without file', { ...full, related: [{ message: 'there', range: at(0) }] }],
      ['related without message', { ...full, related: [{ file: 'b.py', range: at(0) }] }],
      ['related with a bad range', { ...full, related: [{ file: 'b.py', message: 'there', range: at(-1) }] }],
      ['a bad related place after a good one', { ...full, related: [...full.related, { file: 'c.py', range: at(0) }] }],
    ];
    for (const [what, f] of broken) {
      assert.equal(isFindingList([f]), false, what);
      assert.equal(isFindingList([full, f]), false, `${what}, after a good one`);
    }
  });
});
