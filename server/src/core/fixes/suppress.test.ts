import assert from 'node:assert/strict';
import type { FileEdit, Finding } from '../finding.js';
import type { FixContext } from './context.js';
import { suppressionFixes } from './suppress.js';
import { applyEdits } from './yaml-edit.js';

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

function contextWith(files: Record<string, string>): FixContext {
  return { model: undefined as never, today: '2026-11-25', textOf: (p) => files[p], exists: (p) => p in files };
}

function finding(code: string, file: string, line: number): Finding {
  return { code, severity: 'warning', message: 'm', file, range: { start: { line, character: 4 }, end: { line, character: 9 } } };
}

describe('suppression fixes', () => {
  const py = 'def f():\n    import openai\n\treturn 1\n';

  it('a line suppression goes above the finding with its indentation, a file one at the top, each with an empty reason', () => {
    const files = { 'src/a.py': py };
    const [line, file] = suppressionFixes(finding('AIGOV201', 'src/a.py', 1), contextWith(files));
    assert.equal(line?.title, 'Suppress AIGOV201 on this line (write the reason after --)');
    assert.equal(file?.title, 'Suppress AIGOV201 in this file (write the reason after --)');
    assert.equal(line?.safe, false, 'the reason is still to be written');
    assert.equal(file?.safe, false);
    assert.equal(line?.code, 'AIGOV201');
    assert.equal(applyEdits(py, line!.edits), 'def f():\n    # @aigov-ignore AIGOV201 -- \n    import openai\n\treturn 1\n');
    assert.equal(applyEdits(py, file!.edits), '# @aigov-ignore-file AIGOV201 -- \ndef f():\n    import openai\n\treturn 1\n');
    const [tabbed] = suppressionFixes(finding('AIGOV201', 'src/a.py', 2), contextWith(files));
    assert.equal(applyEdits(py, tabbed!.edits), 'def f():\n    import openai\n\t# @aigov-ignore AIGOV201 -- \n\treturn 1\n');
  });

  it('keeps CRLF and writes the comment of the file language', () => {
    const ts = 'const a = 1;\r\n  call();\r\n';
    const [line] = suppressionFixes(finding('AIGOV201', 'a.ts', 1), contextWith({ 'a.ts': ts }));
    assert.equal(applyEdits(ts, line!.edits), 'const a = 1;\r\n  // @aigov-ignore AIGOV201 -- \r\n  call();\r\n');
    const css = 'a {}\n';
    const [, file] = suppressionFixes(finding('AIGOV201', 'a.css', 0), contextWith({ 'a.css': css }));
    assert.equal(applyEdits(css, file!.edits), '/* @aigov-ignore-file AIGOV201 --  */\na {}\n');
  });

  it('offers nothing for a suppression finding, an unreadable file or a file without comments', () => {
    assert.deepEqual(suppressionFixes(finding('AIGOV204', 'src/a.py', 1), contextWith({ 'src/a.py': py })), []);
    assert.deepEqual(suppressionFixes(finding('AIGOV201', 'src/a.py', 1), contextWith({})), []);
    assert.deepEqual(suppressionFixes(finding('AIGOV201', 'data.unknown-ext', 0), contextWith({ 'data.unknown-ext': 'x\n' })), []);
  });
});
