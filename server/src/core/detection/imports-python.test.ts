import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { nextStatement, pythonImports, type Keyword } from './imports-python.js';

/** The statement starts as a multi-line regular expression finds them, from `from` on. */
function byRegex(code: string, from: number): { word: string; at: number } | undefined {
  const re = /(?:^|[;:])[ \t]*(from|import)(?=[ \t\\(])/gm;
  re.lastIndex = from;
  const m = re.exec(code);
  if (!m) return undefined;
  const word = m[1] as string;
  return { word, at: m.index + m[0].length - word.length };
}

describe('python import statements', () => {
  it('finds the statement starts a multi-line regular expression would, from any position', () => {
    const piece = fc.constantFrom('from', 'import', ' ', '\t', '\n', '\r', ';', ':', '(', '\\', 'a', '.', ',', '\u2028', 'x import');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), fc.array(fc.nat(200), { maxLength: 6 }), (code, starts) => {
        // One pair of keywords per walk: the walk's positions only grow, as in pythonImports.
        for (const first of [0, ...starts.map((s) => s % (code.length + 1))]) {
          const froms: Keyword = { word: 'from', at: -2 };
          const imports: Keyword = { word: 'import', at: -2 };
          let from = first;
          for (;;) {
            const expected = byRegex(code, from);
            const got = nextStatement(code, from, froms, imports);
            assert.deepEqual(got && { word: got.word, at: got.at }, expected, `${JSON.stringify(code)} from ${from}`);
            if (!got) break;
            from = got.at + got.word.length + (from % 3);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads imports after semicolons and colons, not inside words or after code', () => {
    const names = (code: string) => pythonImports(code, code, []).map((r) => `${r.name}@${r.span.start}`);
    assert.deepEqual(names('import a; import b\ntry: from c import d\nx = 1 import e\nreimport f\n  import g'), ['a@7', 'b@17', 'c@29', 'g@75']);
    assert.deepEqual(names('from a import (b,\n import_c)\nimport\\\n d'), ['a@5', 'd@38']);
  });
});
