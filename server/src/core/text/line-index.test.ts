import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { compareRanges, comparePositions, formatRange, LineIndex } from './line-index.js';

describe('LineIndex', () => {
  it('puts each offset on the line that LF, CR and CRLF breaks make', () => {
    const ch = fc.constantFrom('a', 'é', '\n', '\r', '\r\n', '\u2028');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const index = new LineIndex(text);
        const lines = text.split(/\r\n|\r|\n/);
        assert.equal(index.lineCount, lines.length);
        let offset = 0;
        lines.forEach((line, n) => {
          assert.equal(index.lineStart(n), offset);
          assert.equal(index.lineText(n), line);
          for (let c = 0; c <= line.length; c++) assert.deepEqual(index.positionAt(offset + c), { line: n, character: c });
          offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('LineIndex: line breaks and clamping', () => {
  // Four lines ended by LF, CRLF and a lone CR: 'a' [0,1) 'bc' [2,4) 'd' [6,7) 'e' [8,9).
  const text = 'a\nbc\r\nd\re';
  const index = new LineIndex(text);

  it('LF, CRLF and a lone CR each end one line', () => {
    assert.equal(index.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => index.lineText(l)), ['a', 'bc', 'd', 'e']);
    assert.deepEqual([0, 1, 2, 3].map((l) => index.lineStart(l)), [0, 2, 6, 8]);
    assert.deepEqual([0, 1, 2, 3].map((l) => index.lineEnd(l)), [1, 4, 7, 9]);
    assert.equal(new LineIndex('\r\r\n\n').lineCount, 4);
    assert.deepEqual(new LineIndex('x\r\n').lineText(0), 'x');
    // An empty line between two lone CRs ends where it starts; the CR before it is the previous line's break.
    const crs = new LineIndex('a\r\rb');
    assert.deepEqual([0, 1, 2].map((l) => [crs.lineStart(l), crs.lineEnd(l)]), [[0, 1], [2, 2], [3, 4]]);
  });

  it('a text that ends with a line break has an empty last line; an empty text has one line', () => {
    const ended = new LineIndex('x\n');
    assert.equal(ended.lineCount, 2);
    assert.equal(ended.lineText(1), '');
    assert.equal(ended.lineEnd(1), 2);
    const empty = new LineIndex('');
    assert.equal(empty.lineCount, 1);
    assert.equal(empty.lineText(0), '');
    assert.deepEqual(empty.positionAt(3), { line: 0, character: 0 });
  });

  it('positionAt: every offset, the line breaks included, and offsets past either end', () => {
    const expected = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 0],
      [2, 1],
      [3, 0],
      [3, 1],
    ];
    for (let o = 0; o <= text.length; o++) {
      assert.deepEqual(index.positionAt(o), { line: expected[o]![0], character: expected[o]![1] }, `offset ${o}`);
    }
    assert.deepEqual(index.positionAt(-4), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 3, character: 1 });
  });

  it('positionAt finds the line in a long text (binary search over line starts)', () => {
    const long = new LineIndex(Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n'));
    let offset = 0;
    for (let line = 0; line < 1000; line++) {
      assert.deepEqual(long.positionAt(offset + 2), { line, character: 2 });
      assert.equal(long.offsetAt({ line, character: 2 }), offset + 2);
      offset += `line ${line}`.length + 1;
    }
  });

  it('offsetAt clamps to the line: no character past its end or before its start, no line past the text', () => {
    assert.equal(index.offsetAt({ line: 1, character: 0 }), 2);
    assert.equal(index.offsetAt({ line: 1, character: 2 }), 4);
    assert.equal(index.offsetAt({ line: 1, character: 3 }), 4, 'not into the CRLF');
    assert.equal(index.offsetAt({ line: 1, character: -3 }), 2);
    assert.equal(index.offsetAt({ line: 2, character: 5 }), 7, 'not into the lone CR');
    assert.equal(index.offsetAt({ line: 3, character: 5 }), 9);
    assert.equal(index.offsetAt({ line: -1, character: 5 }), 0);
    assert.equal(index.offsetAt({ line: -2, character: 5 }), 0);
    assert.equal(index.offsetAt({ line: 4, character: 0 }), text.length);
    assert.equal(index.offsetAt({ line: 40, character: 0 }), text.length);
  });

  it('lineStart clamps the line number to the text', () => {
    assert.equal(index.lineStart(-1), 0);
    assert.equal(index.lineStart(4), 8);
    assert.equal(index.lineStart(40), 8);
  });

  it('rangeOf maps a span to start and end positions', () => {
    assert.deepEqual(index.rangeOf({ start: 3, end: 8 }), { start: { line: 1, character: 1 }, end: { line: 3, character: 0 } });
  });
});

describe('positions and ranges', () => {
  const at = (line: number, character: number) => ({ line, character });

  it('compare by line, then by character', () => {
    assert.ok(comparePositions(at(1, 9), at(2, 0)) < 0);
    assert.ok(comparePositions(at(2, 0), at(1, 9)) > 0);
    assert.ok(comparePositions(at(2, 3), at(2, 4)) < 0);
    assert.ok(comparePositions(at(2, 5), at(2, 4)) > 0);
    assert.equal(comparePositions(at(2, 4), at(2, 4)), 0);
  });

  it('ranges compare by start, then by end', () => {
    assert.ok(compareRanges({ start: at(0, 1), end: at(5, 0) }, { start: at(0, 2), end: at(0, 3) }) < 0);
    assert.ok(compareRanges({ start: at(0, 1), end: at(0, 4) }, { start: at(0, 1), end: at(0, 3) }) > 0);
    assert.equal(compareRanges({ start: at(0, 1), end: at(0, 3) }, { start: at(0, 1), end: at(0, 3) }), 0);
  });

  it('formatRange prints one-based line:column', () => {
    assert.equal(formatRange({ start: at(0, 0), end: at(2, 7) }), '1:1-3:8');
  });
});
