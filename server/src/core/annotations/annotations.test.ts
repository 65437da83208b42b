import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { formatMessage } from '../i18n/format.js';
import type { Range } from '../text/line-index.js';
import { SourceFile } from '../text/source-file.js';
import { languageIdForPath, scanAnnotations, type FileAnnotations } from './annotations.js';
import { toKebab } from './tags.js';

function scan(path: string, text: string): FileAnnotations {
  return scanAnnotations(new SourceFile(path, text));
}

function r(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function ids(path: string, text: string): string[] {
  return scan(path, text).annotations.map((a) => a.id);
}

describe('scanAnnotations: @aigov', () => {
  it('reads a file annotation with exact ranges', () => {
    const result = scan('src/score.py', 'import openai\n# @aigov fraud-scorer\n');
    assert.equal(result.language, 'python');
    assert.deepEqual(result.annotations, [{ id: 'fraud-scorer', scope: 'file', range: r(1, 2, 1, 21), idRange: r(1, 9, 1, 21) }]);
    assert.deepEqual(result.suppressions, []);
    assert.deepEqual(result.malformed, []);
  });

  const families: [string, string][] = [
    ['a.py', '# @aigov fraud-scorer'],
    ['a.ts', '// @aigov fraud-scorer'],
    ['a.java', '/* @aigov fraud-scorer */'],
    ['a.go', '/*@aigov fraud-scorer*/'],
    ['a.sql', '-- @aigov fraud-scorer'],
    ['a.html', '<!-- @aigov fraud-scorer -->'],
    ['a.md', '<!--@aigov fraud-scorer-->'],
    ['a.m', '% @aigov fraud-scorer'],
    ['a.clj', ';; @aigov fraud-scorer'],
    ['a.vb', "' @aigov fraud-scorer"],
    ['a.f90', '! @aigov fraud-scorer'],
    ['a.hs', '{- @aigov fraud-scorer -}'],
    ['a.ml', '(* @aigov fraud-scorer *)'],
    ['a.lua', '--[[ @aigov fraud-scorer ]]'],
    ['a.ps1', '<# @aigov fraud-scorer #>'],
    ['a.rb', '=begin\n@aigov fraud-scorer\n=end'],
    ['a.rs', '/// @aigov fraud-scorer'],
    ['Dockerfile', 'FROM python:3.12\n# @aigov fraud-scorer'],
  ];
  for (const [path, text] of families) {
    it(`finds the tag in ${path} ${JSON.stringify(text)}`, () => {
      const result = scan(path, text);
      assert.deepEqual(result.annotations.map((a) => a.id), ['fraud-scorer']);
      assert.deepEqual(result.malformed, []);
      const a = result.annotations[0];
      assert.ok(a);
      const lines = text.split('\n');
      const line = lines[a.idRange.start.line] ?? '';
      assert.equal(line.slice(a.idRange.start.character, a.idRange.end.character), 'fraud-scorer');
    });
  }

  it('keeps the closing marker out of the id and the range', () => {
    const result = scan('a.c', 'int x; /* @aigov edge-model */');
    assert.deepEqual(result.annotations, [{ id: 'edge-model', scope: 'file', range: r(0, 10, 0, 27), idRange: r(0, 17, 0, 27) }]);
  });

  it('reads one tag per line of a block comment', () => {
    const text = '/**\n * @aigov first-one\n * @aigov second-one scope=file\n */\nexport {};';
    const result = scan('a.ts', text);
    assert.deepEqual(result.annotations, [
      { id: 'first-one', scope: 'file', range: r(1, 3, 1, 19), idRange: r(1, 10, 1, 19) },
      { id: 'second-one', scope: 'file', range: r(2, 3, 2, 31), idRange: r(2, 10, 2, 20) },
    ]);
  });

  it('ignores tag text inside string literals', () => {
    assert.deepEqual(ids('a.js', 'const a = "// @aigov x"; const b = `\n# @aigov y\n`;'), []);
    assert.deepEqual(ids('a.py', "a = '# @aigov x'\nb = \"\"\"\n# @aigov y\n\"\"\""), []);
    assert.deepEqual(ids('a.rs', 'let s = r#"// @aigov x"#;'), []);
    assert.deepEqual(ids('a.cs', 'var s = @"C:\\ // @aigov x";'), []);
  });

  it('only takes whole-word tags', () => {
    const result = scan('a.py', '# @aigovernance rules\n# mail me at team@aigov.example\n# see @aigov.example');
    assert.deepEqual(result, { annotations: [], suppressions: [], malformed: [], lex: result.lex, language: 'python' });
  });

  it('does not see shell $# or YAML a#b as comments', () => {
    assert.deepEqual(ids('run.sh', 'echo $#@aigov x\necho a#@aigov y # @aigov real'), ['real']);
    assert.deepEqual(ids('c.yaml', 'key: a# @aigov x\nother: v # @aigov real\n'), ['real']);
  });

  it('reads annotations after CRLF line breaks', () => {
    const result = scan('a.py', 'x = 1\r\n\r\n# @aigov crlf-model\r\ny = 2\r\n');
    assert.deepEqual(result.annotations, [{ id: 'crlf-model', scope: 'file', range: r(2, 2, 2, 19), idRange: r(2, 9, 2, 19) }]);
  });

  it('reads a tag in a comment left open at the end of the file', () => {
    const result = scan('a.c', 'int x;\n/* @aigov open-end');
    assert.deepEqual(result.annotations.map((a) => [a.id, a.idRange]), [['open-end', r(1, 10, 1, 18)]]);
  });
});

describe('scanAnnotations: scope=block', () => {
  it('covers a Python def and its decorator through the end of the indented body', () => {
    const text = [
      'import os',
      '# @aigov ranker scope=block',
      '',
      '@cache',
      'def rank(items,',
      '         k=3):',
      '    best = items[:k]',
      '',
      '    # still inside',
      '    return best',
      '',
      'def other():',
      '    pass',
    ].join('\n');
    const [a] = scan('rank.py', text).annotations;
    assert.deepEqual(a, { id: 'ranker', scope: 'block', range: r(1, 2, 1, 27), idRange: r(1, 9, 1, 15), blockRange: r(3, 0, 9, 15) });
  });

  it('covers a brace-delimited JavaScript function to its matching brace', () => {
    const text = [
      '// @aigov summariser scope=block',
      'export async function summarise(text) {',
      '  const s = "}";',
      '  if (text) { return `${s}`; }',
      '  // }',
      '}',
      'export const after = 1;',
    ].join('\n');
    const [a] = scan('sum.js', text).annotations;
    assert.deepEqual(a?.blockRange, r(1, 0, 5, 1));
  });

  it('covers an Allman-style C# method and a Ruby def ... end', () => {
    const cs = '// @aigov scorer scope=block\n[Obsolete]\npublic int Score()\n{\n  return 1;\n}\nint y;';
    assert.deepEqual(scan('a.cs', cs).annotations[0]?.blockRange, r(1, 0, 5, 1));
    const rb = '# @aigov scorer scope=block\ndef score\n  1\nend\nputs 1';
    assert.deepEqual(scan('a.rb', rb).annotations[0]?.blockRange, r(1, 0, 3, 3));
  });

  it('covers a single statement and leaves blockRange out when nothing follows', () => {
    const ts = '// @aigov client scope=block\nconst client = new OpenAI({\n  apiKey,\n});\nconst x = 1;';
    assert.deepEqual(scan('a.ts', ts).annotations[0]?.blockRange, r(1, 0, 3, 3));
    const tail = scan('a.py', 'x = 1\n# @aigov tail scope=block\n\n');
    assert.equal(tail.annotations[0]?.blockRange, undefined);
    assert.equal(tail.annotations[0]?.scope, 'block');
  });
});

describe('scanAnnotations: suppressions', () => {
  it('targets the same line when the comment trails code', () => {
    const result = scan('a.py', 'import openai  # @aigov-ignore AIGOV301 -- vetted by legal\n');
    assert.deepEqual(result.suppressions, [
      { codes: ['AIGOV301'], reason: 'vetted by legal', scope: 'line', range: r(0, 17, 0, 58), targetLine: 0 },
    ]);
  });

  it('targets the next non-blank, non-comment-only line', () => {
    const text = 'x = 1\n# @aigov-ignore AIGOV301, AIGOV302 -- legacy path\n\n# another comment\n   \nimport openai\n';
    const [s] = scan('a.py', text).suppressions;
    assert.deepEqual(s, { codes: ['AIGOV301', 'AIGOV302'], reason: 'legacy path', scope: 'line', range: r(1, 2, 1, 49), targetLine: 5 });
  });

  it('targets the code after a block comment on the same line', () => {
    const [s] = scan('a.ts', '/* @aigov-ignore AIGOV301 -- demo */ import OpenAI from "openai";').suppressions;
    assert.equal(s?.targetLine, 0);
  });

  it('reads file-wide suppressions and leaves a missing reason undefined', () => {
    const result = scan('a.go', '// @aigov-ignore-file AIGOV301\npackage main\n// @aigov-ignore AIGOV302 --   \nvar x = 1');
    assert.deepEqual(result.suppressions, [
      { codes: ['AIGOV301'], scope: 'file', range: r(0, 3, 0, 30) },
      { codes: ['AIGOV302'], scope: 'line', range: r(2, 3, 2, 28), targetLine: 3 },
    ]);
    assert.deepEqual(result.malformed, []);
  });

  it('does not read a second tag inside the reason', () => {
    const result = scan('a.py', '# @aigov-ignore AIGOV201 -- the @aigov tag names a retired component\nx = 1');
    assert.equal(result.annotations.length, 0);
    assert.equal(result.suppressions[0]?.reason, 'the @aigov tag names a retired component');
  });

  it('leaves the target undefined when no code follows', () => {
    const [s] = scan('a.sql', 'SELECT 1;\n-- @aigov-ignore AIGOV301 -- nothing below\n\n-- end').suppressions;
    assert.equal(s?.targetLine, undefined);
  });
});

describe('scanAnnotations: malformed tags', () => {
  it('reports a missing id', () => {
    const malformed = scan('a.py', '# @aigov\n').malformed;
    assert.deepEqual(malformed, [{ range: r(0, 2, 0, 8), messageId: 'AIGOV202.noId' }]);
    assert.equal(formatMessage(malformed[0]!, 'en'), "'@aigov' needs a component id, e.g. '@aigov fraud-scorer'.");
  });

  it('suggests the kebab-case form of an id', () => {
    const result = scan('a.ts', '// @aigov FraudScorer_v2');
    assert.equal(result.annotations.length, 0);
    assert.equal(result.malformed.length, 1);
    assert.deepEqual(result.malformed[0]?.range, r(0, 10, 0, 24));
    assert.deepEqual(result.malformed[0]?.data, { suggestion: 'fraud-scorer-v2' });
    assert.equal(toKebab('HTTPServer Model'), 'http-server-model');
    assert.equal(toKebab('--x__y--'), 'x-y');
  });

  it('reports an unknown scope and option but keeps the annotation', () => {
    const result = scan('a.py', '# @aigov chat-bot scope=blok\n# @aigov chat-bot scop=block');
    assert.deepEqual(
      result.annotations.map((a) => [a.id, a.scope]),
      [
        ['chat-bot', 'file'],
        ['chat-bot', 'file'],
      ],
    );
    assert.deepEqual(
      result.malformed.map((m) => [m.range, m.data]),
      [
        [r(0, 18, 0, 28), { suggestion: 'scope=block' }],
        [r(1, 18, 1, 28), { suggestion: 'scope=block' }],
      ],
    );
  });

  it('reports suppressions with no code or a bad code', () => {
    const result = scan('a.py', '# @aigov-ignore -- because\n# @aigov-ignore FOO12 -- r\n# @aigov-ignore aigov301 -- r\nx = 1');
    assert.deepEqual(
      result.malformed.map((m) => [m.range, m.data]),
      [
        [r(0, 2, 0, 26), undefined],
        [r(1, 16, 1, 21), undefined],
        [r(2, 16, 2, 24), { suggestion: 'AIGOV301' }],
      ],
    );
    assert.deepEqual(
      result.suppressions.map((s) => s.codes),
      [['AIGOV301']],
    );
  });

  it('reports a misspelt tag name and a reason without its separator', () => {
    const result = scan('a.py', '# @aigov-ingore AIGOV301 -- r\n# @aigov-ignore AIGOV301 because reasons\nx = 1');
    assert.deepEqual(result.malformed[0]?.data, { suggestion: '@aigov-ignore' });
    assert.deepEqual(result.malformed[1]?.range, r(1, 25, 1, 40));
    assert.equal(result.suppressions[0]?.reason, 'because reasons');
  });
});

describe('scanAnnotations: notebooks', () => {
  // Escapes before the tag on the same raw line: \" \\ \u00e9 and \t.
  const notebook = String.raw`{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# @aigov not-in-markdown\n"]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "s = \"caf\u00e9 \\ \"\t# @aigov nb-model\n",
    "x = '# @aigov in-string'\n",
    "# @aigov-ignore AIGOV301 -- demo\n",
    "\n",
    "import openai"
   ]
  },
  {
   "cell_type": "code",
   "metadata": {},
   "source": "# @aigov second-cell scope=block\ndef f():\n    return 1\n"
  }
 ],
 "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}`;

  it('maps tags in code cells back to the raw JSON text', () => {
    const result = scan('nb/demo.ipynb', notebook);
    assert.equal(result.language, 'python');
    const lines = notebook.split('\n');
    const line13 = lines[13] ?? '';
    const tagAt = line13.indexOf('@aigov nb-model');
    assert.equal(tagAt, 30);
    assert.deepEqual(result.annotations[0], { id: 'nb-model', scope: 'file', range: r(13, 30, 13, 45), idRange: r(13, 37, 13, 45) });
    assert.deepEqual(result.suppressions, [{ codes: ['AIGOV301'], reason: 'demo', scope: 'line', range: r(15, 7, 15, 37), targetLine: 17 }]);
    const second = result.annotations[1];
    assert.equal(second?.id, 'second-cell');
    assert.deepEqual(second?.idRange, r(23, 23, 23, 34));
    // The block is `def f():` through `return 1`, inside the one-line JSON string.
    assert.deepEqual(second?.blockRange, r(23, 48, 23, 70));
    assert.equal(result.annotations.length, 2);
    assert.equal(result.malformed.length, 0);
    assert.ok((result.lex?.comments.length ?? 0) >= 3);
  });

  it('gives the comments and strings of code cells as spans of the raw JSON text', () => {
    const lexed = scan('nb/demo.ipynb', notebook).lex;
    const raw = (s: { start: number; end: number }): string => notebook.slice(s.start, s.end);
    assert.deepEqual(lexed?.comments.map((c) => raw(c.span)), ['# @aigov nb-model', '# @aigov-ignore AIGOV301 -- demo', '# @aigov second-cell scope=block']);
    assert.deepEqual(lexed?.comments.map((c) => raw(c.contentSpan)), [' @aigov nb-model', ' @aigov-ignore AIGOV301 -- demo', ' @aigov second-cell scope=block']);
    assert.deepEqual(lexed?.strings.map(raw), ['\\"caf\\u00e9 \\\\ \\"', "'# @aigov in-string'"]);
  });

  it('uses the kernel language', () => {
    const nb = JSON.stringify({
      cells: [{ cell_type: 'code', source: ['-- @aigov sql-cell\n', "SELECT '-- @aigov no'"] }],
      metadata: { language_info: { name: 'sql' } },
    });
    assert.deepEqual(
      scan('q.ipynb', nb).annotations.map((a) => a.id),
      ['sql-cell'],
    );
  });

  it('reads a .NET polyglot notebook\'s cells in their own languages', () => {
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'code', metadata: { polyglot_notebook: { kernelName: 'csharp' } }, source: ['// @aigov cs-cell\n', 'var s = "# @aigov no";'] },
        { cell_type: 'code', metadata: {}, source: ['#!pwsh\n', '# @aigov ps-cell\n'] },
        { cell_type: 'code', metadata: {}, source: ['#!kql\n', '// @aigov not-kql\n'] },
      ],
      metadata: { kernelspec: { language: 'C#', name: '.net-csharp' }, language_info: { name: 'polyglot-notebook' } },
    });
    const result = scan('p.ipynb', nb);
    assert.equal(result.language, 'csharp');
    assert.deepEqual(result.annotations.map((a) => a.id), ['cs-cell', 'ps-cell']);
  });

  it('returns an empty result for invalid JSON or an unknown kernel language', () => {
    assert.deepEqual(scan('bad.ipynb', '{"cells": [ {"cell_type": "code", "source": ["# @aigov x"] ]'), { annotations: [], suppressions: [], malformed: [] });
    assert.deepEqual(scan('bad.ipynb', ''), { annotations: [], suppressions: [], malformed: [] });
    const odd = JSON.stringify({ cells: [{ cell_type: 'code', source: '# @aigov x' }], metadata: { kernelspec: { language: 'wolfram' } } });
    assert.deepEqual(scan('odd.ipynb', odd).annotations, []);
  });
});

describe('languageIdForPath', () => {
  it('names the language, notebooks included', () => {
    assert.equal(languageIdForPath('a/b.py'), 'python');
    assert.equal(languageIdForPath('a/b.ipynb'), 'jupyter');
    assert.equal(languageIdForPath('a/b.unknown'), undefined);
    assert.deepEqual(scan('notes.txt', '# @aigov x'), { annotations: [], suppressions: [], malformed: [] });
  });
});

describe('scanAnnotations: robustness', () => {
  it('never throws on arbitrary text and keeps ranges inside the file', () => {
    const piece = fc.constantFrom('@aigov', '@aigov-ignore', '-ignore-file', ' x-y', ' AIGOV301', ' -- ', 'scope=block', '#', '//', '/*', '*/', '"', "'", '\\', '\n', '\r\n', '{', '}', ':', '  ', 'def f():', '<!--', '-->', '\\u00e9');
    const paths = ['a.py', 'a.ts', 'a.rs', 'a.sql', 'a.html', 'a.yaml', 'a.sh', 'a.rb', 'n.ipynb'];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom(...paths), (parts, path) => {
        let text = parts.join('');
        if (path.endsWith('.ipynb')) text = JSON.stringify({ cells: [{ cell_type: 'code', source: [text, text] }] });
        const file = new SourceFile(path, text);
        const result = scanAnnotations(file);
        const ranges = [...result.annotations.flatMap((a) => [a.range, a.idRange, ...(a.blockRange ? [a.blockRange] : [])]), ...result.suppressions.map((s) => s.range), ...result.malformed.map((m) => m.range)];
        for (const range of ranges) {
          const start = file.lineIndex.offsetAt(range.start);
          const end = file.lineIndex.offsetAt(range.end);
          assert.ok(start <= end && end <= text.length, JSON.stringify(range));
        }
      }),
      { numRuns: 400 },
    );
  });
});
