import { strict as assert } from 'node:assert';
import { hasFindingsAtOrAbove, sortFindings, type Finding, type Severity } from './finding.js';

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
});
