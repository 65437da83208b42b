import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { SourceFile } from '../text/source-file.js';
import { detectInSource } from './index.js';
import { nextStatement, pythonImports, type Keyword } from './imports-python.js';
import { DEFAULT_DETECTION_CONFIG } from './types.js';

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
        // Every `import` of the code, as pythonImports hands them over instead of a search.
        const every: number[] = [];
        for (let i = code.indexOf('import'); i >= 0; i = code.indexOf('import', i + 1)) every.push(i);
        // One pair of keywords per walk: the walk's positions only grow, as in pythonImports.
        for (const [first, listed] of [0, ...starts.map((s) => s % (code.length + 1))].flatMap((f) => [[f, false], [f, true]] as const)) {
          const froms: Keyword = { word: 'from', at: -2 };
          const imports: Keyword = listed ? { word: 'import', at: -2, all: every } : { word: 'import', at: -2 };
          let from = first;
          for (;;) {
            const expected = byRegex(code, from);
            const got = nextStatement(code, from, froms, imports);
            assert.deepEqual(got && { word: got.word, at: got.at }, expected, `${JSON.stringify(code)} from ${from}${listed ? ', listed' : ''}`);
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

  it('reads the names after `import` from their first letter, with or without a bracket', () => {
    const alternatives = (code: string) => pythonImports(code, code, []).map((r) => (r.alternatives ?? []).map((a) => `${a.name}@${a.span.start}`));
    assert.deepEqual(alternatives('from a import bc, de\n'), [['a.bc@14', 'a.de@18']]);
    assert.deepEqual(alternatives('from a import (bc)\n'), [['a.bc@15']]);
  });
});

describe('python imports as detections', () => {
  /** `library@line:col-line:col` (1-based) of each import detection. */
  const found = (text: string): string[] =>
    detectInSource(new SourceFile('app/main.py', text), undefined, DEFAULT_DETECTION_CONFIG)
      .filter((d) => d.kind === 'import')
      .map((d) => `${d.library}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`);

  it('reads every name of an import list past its aliases', () => {
    assert.deepEqual(found('import openai as oa, anthropic as an\n'), ['openai@1:8-1:14', 'anthropic@1:22-1:31']);
    assert.deepEqual(found('from google.cloud import storage as gcs, aiplatform as ai\n'), ['google.cloud.aiplatform@1:6-1:52']);
  });

  it('reads a parenthesised from-import across lines, to the sub-module the table knows', () => {
    assert.deepEqual(found('from google.cloud import (\n    storage,\n    aiplatform,\n)\n'), ['google.cloud.aiplatform@1:6-3:15']);
  });

  it('takes no half-written `from x` without `import` for an import', () => {
    // (`import os` on the line before: without an import keyword nearby, the file is not parsed.)
    assert.deepEqual(found('import os\nfrom openai\nx = 1\n'), []);
  });

  it('reads import_module and __import__ with a string argument, and nothing else', () => {
    assert.deepEqual(found('m = importlib.import_module("openai")\n'), ['openai@1:30-1:36']);
    assert.deepEqual(found("__import__('anthropic')\n"), ['anthropic@1:13-1:22']);
    assert.deepEqual(found('import os\nm = my_import_module("openai")\n'), []);
    // The argument is a name: the string on the next line is no module name.
    assert.deepEqual(found('mod = importlib.import_module(args.sdk)\nprint("openai")\n'), []);
    // Inside brackets a call may break its line before its own bracket; a name alone is no call.
    assert.deepEqual(found('m = (importlib.import_module\n    ("openai"))\n'), ['openai@2:7-2:13']);
    assert.deepEqual(found('pair = (importlib.import_module, "openai")\n'), []);
  });

  it('finds import_module and __import__ at the text\'s start and end, both in one text', () => {
    assert.deepEqual(found('__import__("openai")'), ['openai@1:13-1:19']);
    assert.deepEqual(found('import_module("openai")'), ['openai@1:16-1:22']);
    assert.deepEqual(found('m = __import__("mistralai")\nimport_module("openai")'), ['mistralai@1:17-1:26', 'openai@2:16-2:22']);
    // Several names back to back; the later `import` of `__import__import__` starts no name of its own.
    assert.deepEqual(found('a=import_module("openai");b=__import__("cohere");__import__import__("groq")'), ['openai@1:18-1:24', 'cohere@1:41-1:47']);
  });

  it('reads no dynamic import in a comment or a string, and the ones after them', () => {
    const text = 'import torch\n# import_module("openai")\ns = "__import__(\'cohere\')"\n"__"import__("groq")\n__import__("anthropic")\n';
    assert.deepEqual(found(text), ['torch@1:8-1:13', 'anthropic@5:13-5:22']);
  });

  it('reads the same in text with characters beyond Latin-1', () => {
    assert.deepEqual(found('# \u30e2\u30c7\u30eb \ud83e\udd16\nm = importlib.import_module("openai")  # \u2026\nfrom anthropic import Anthropic\n'), ['openai@2:30-2:36', 'anthropic@3:6-3:15']);
  });
});
