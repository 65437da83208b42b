import assert from 'node:assert/strict';
import type { FileEdit, Finding } from '../finding.js';
import type { FixContext } from './context.js';
import { suppressionFixes } from './suppress.js';

function fixesOn(file: string, text: string, line: number): Extract<FileEdit, { kind: 'replace' }>[] {
  const f: Finding = { code: 'AIGOV201', severity: 'warning', message: 'm', file, range: { start: { line, character: 0 }, end: { line, character: 1 } } };
  const ctx = { today: '2026-06-01', textOf: () => text, exists: () => true } as unknown as FixContext;
  return suppressionFixes(f, ctx).map((p) => p.edits[0] as Extract<FileEdit, { kind: 'replace' }>);
}

describe('fixes/suppress: where the reason goes', () => {
  it('the cursor is right after "-- ", past the indent of the line, inside a block comment too', () => {
    const [line, file] = fixesOn('app.py', 'def f():\n    x = 1\n', 1);
    assert.equal(line!.newText, '    # @aigov-ignore AIGOV201 -- \n');
    assert.equal(line!.newText.slice(line!.cursor), '\n');
    assert.equal(file!.newText.slice(0, file!.cursor), '# @aigov-ignore-file AIGOV201 -- ');
    const [css] = fixesOn('site.css', '  a { color: red }\n', 0);
    assert.equal(css!.newText, '  /* @aigov-ignore AIGOV201 --  */\n');
    assert.equal(css!.newText.slice(0, css!.cursor), '  /* @aigov-ignore AIGOV201 -- ');
  });
});
