import assert from 'node:assert/strict';
import { parseNotebook, rawSpan, rawStart } from './notebook.js';

const nb = (cells: unknown[], metadata?: unknown): string => JSON.stringify({ cells, ...(metadata === undefined ? {} : { metadata }), nbformat: 4 });
const code = (source: unknown, more: object = {}): object => ({ cell_type: 'code', metadata: {}, source, ...more });

describe('parseNotebook', () => {
  it('decodes the escapes of a cell and maps every unit back to its raw offsets', () => {
    // One cell, two source strings: `a\u00e9\n` and `\"b`.
    const raw = String.raw`{"cells":[{"cell_type":"code","source":["a\u00e9\n","\"b"]}]}`;
    const parsed = parseNotebook(raw);
    const cell = parsed?.cells[0];
    assert.ok(cell);
    assert.equal(cell.text, 'a\u00e9\n"b');
    const first = raw.indexOf('"a') + 1;
    const second = raw.indexOf(String.raw`"\"b`) + 1;
    // a, \u00e9 (six raw characters), \n (two), \" (two), b; then the closing quote of the last string.
    assert.deepEqual([...cell.rawStarts], [first, first + 1, first + 7, second, second + 2, second + 3]);
    assert.deepEqual([...cell.rawEnds], [first + 1, first + 7, first + 9, second + 2, second + 3]);
    assert.equal(raw.slice(rawStart(cell, 1), rawStart(cell, 2)), String.raw`\u00e9`);
    // A span across the two strings ends on the last character's own raw end, not on the next string.
    assert.deepEqual(rawSpan(cell, { start: 1, end: 3 }), { start: first + 1, end: first + 9 });
    assert.deepEqual(rawSpan(cell, { start: 2, end: 2 }), { start: first + 7, end: first + 7 });
    // Offsets outside the text are clamped.
    assert.equal(rawStart(cell, -5), first);
    assert.equal(rawStart(cell, 99), second + 3);
  });

  it('reads the source of code cells only, as one string or a list of strings (an empty list: no cell)', () => {
    const parsed = parseNotebook(nb([code('x = 1'), { cell_type: 'markdown', source: ['# md'] }, code(['a\n', 'b']), code([]), code('')]));
    assert.deepEqual(parsed?.cells.map((c) => [c.index, c.text]), [
      [0, 'x = 1'],
      [2, 'a\nb'],
      [4, ''],
    ]);
    assert.equal(parsed?.cells[0]?.language, undefined);
    assert.equal(Object.hasOwn(parsed?.cells[0] ?? {}, 'language'), false);
  });

  it('reads no strings from anywhere else than a cell\'s own source and cell_type', () => {
    const cells = [
      // Source nested one level too deep, or as an object.
      code([['import a']]),
      code({ text: 'import b' }),
      // A cell_type that is not a string, and a string id after the real cell_type.
      { cell_type: ['code'], source: 'import c' },
      { cell_type: 'code', id: 'x1', source: 'import d', attachments: { vscode: { languageId: 'csharp' } } },
    ];
    const parsed = parseNotebook(JSON.stringify({ cells, other: [code('import e')], metadata: {} }));
    assert.deepEqual(parsed?.cells.map((c) => [c.index, c.text, c.language]), [[3, 'import d', undefined]]);
  });

  it('takes a cell\'s language from its magic line, then its metadata in order', () => {
    const meta = (m: object): object => code('x', { metadata: m });
    const parsed = parseNotebook(
      nb(
        [
          code(['#!pwsh\n', 'x'], { metadata: { polyglot_notebook: { kernelName: 'csharp' } } }),
          meta({ polyglot_notebook: { kernelName: 'csharp' }, vscode: { languageId: 'python' } }),
          meta({ dotnet_interactive: { language: 'dotnet-interactive.fsharp' }, vscode: { languageId: 'python' } }),
          meta({ vscode: { languageId: ' SQL ' } }),
          // Keys of the wrong name or at the wrong depth name nothing.
          meta({ vscode: { language: 'csharp' }, polyglot: { kernelName: 'csharp' }, notebook: { vscode: { languageId: 'csharp' } } }),
          meta({ vscode: { languageId: { id: 'csharp' } } }),
          meta({ vscode: { languageId: 'polyglot-notebook' } }),
        ],
        { language_info: { name: 'python' } },
      ),
    );
    assert.deepEqual(parsed?.cells.map((c) => c.language), ['pwsh', 'csharp', 'fsharp', 'sql', undefined, undefined, undefined]);
  });

  it('takes the notebook\'s language from the first known of its four names', () => {
    const lang = (metadata: unknown): string | undefined => parseNotebook(nb([code('x')], metadata))?.language;
    assert.equal(lang(undefined), 'python');
    assert.equal(lang({}), 'python');
    assert.equal(lang({ language_info: { name: 'R' }, kernelspec: { language: 'julia', name: 'sql' } }), 'r');
    assert.equal(lang({ language_info: { name: 'wolfram' }, kernelspec: { language: 'julia' } }), 'julia');
    assert.equal(lang({ kernelspec: { name: 'julia-1.9', language: 'Julia' } }), 'julia');
    assert.equal(lang({ language_info: { name: 'polyglot-notebook' }, polyglot_notebook: { kernelInfo: { defaultKernelName: 'fsharp' } }, kernelspec: { name: 'sql' } }), 'fsharp');
    assert.equal(lang({ kernelspec: { name: '.net-powershell' } }), 'powershell');
    // None known: the first one written; none at all: C# for a polyglot notebook, else Python.
    assert.equal(lang({ kernelspec: { name: 'wolfram' }, polyglot_notebook: { kernelInfo: { defaultKernelName: 'kql' } } }), 'kql');
    assert.equal(lang({ language_info: { name: 'Polyglot-Notebook ' } }), 'csharp');
    assert.equal(lang({ language_info: { name: '  ' } }), 'python');
    // Names outside the notebook's metadata, at another depth or under another key are not read.
    assert.equal(parseNotebook(JSON.stringify({ cells: [code('x')], other: { language_info: { name: 'ruby' }, kernelspec: { language: 'ruby' } } }))?.language, 'python');
    assert.equal(
      lang({
        language_info: { name: ['ruby'], other: 'ruby' },
        kernelspec: { language: ['ruby'], display: 'ruby', name: { x: 'ruby' } },
        polyglot_notebook: { kernelInfo: { defaultKernelName: ['ruby'], other: 'ruby' }, other: { defaultKernelName: 'ruby' } },
        other: { kernelInfo: { defaultKernelName: 'ruby' }, name: 'ruby', language: 'ruby' },
        x: { language_info: { name: 'ruby' } },
      }),
      'python',
    );
  });

  it('refuses JSON with comments or trailing commas, as Jupyter does', () => {
    assert.ok(parseNotebook('{"cells": [{"cell_type": "code", "source": "x"}]}'));
    assert.equal(parseNotebook('{"cells": [{"cell_type": "code", "source": "x"}] /* c */}'), undefined);
    assert.equal(parseNotebook('{"cells": [{"cell_type": "code", "source": "x"},]}'), undefined);
  });
});
