import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { LineIndex } from './line-index.js';

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
