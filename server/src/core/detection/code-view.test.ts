import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { languageForId } from '../annotations/languages.js';
import { codeOnly } from '../annotations/blank.js';
import { lex } from '../annotations/scanner.js';
import { findCalls, findServiceClients } from './calls.js';
import { CodeView, eachLineMatch } from './code-view.js';
import { lineAround, readDotted } from './cursor.js';
import { csharpImports, goImports, jvmImports, qualifiedNames, rustImports, STATEMENT_PATTERNS } from './imports-other.js';
import { tableFor } from './table.js';
import { indexMarks, jsImports } from './imports-js.js';
import { pythonImports } from './imports-python.js';
import { assertLinear } from '../../../../test/support/growth.js';

const PYTHON = languageForId('python')!.syntax;

/** Python-shaped text: imports, calls, comments, strings and docstrings across lines, CRLF. */
const pythonText = fc
  .array(
    fc.constantFrom('import', 'from', ' ', '\t', '\n', '\r\n', '\r', '#', '"', "'", '"""', "'''", '\\', 'os', 'openai', 'boto3', '.', ',', '(', ')', ';', ':', 'as', 'x', 'client', '"bedrock-runtime"', 'import_module', '__import__', '.chat(', 'é', '\u2028', 'Auto', 'Model', 'text', 'Generation', 'hf_hub_', 'download'),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

const TYPESCRIPT = languageForId('typescript')!.syntax;

/** JavaScript-shaped text: imports, exports, requires, type-only forms, comments, strings, regexes. */
const jsText = fc
  .array(
    fc.constantFrom('import', 'export', 'from', 'require', 'type', 'typeof', ' ', '\n', '\r\n', ';', '{', '}', '(', ')', ',', '.', '*', '=', '<', '>', '/', '//', '/*', '*/', "'", '"', '`', '${', "'openai'", '"@langchain/core/x"', "'./local'", 'x', 'ximport', '_export', '$'),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

const NEEDLES = ['import', 'from', '(', '.chat(', 'import_module', '__import__', 'os', '#', ' ', '\n', 'x y', '', 'AutoModel', 'textGeneration', 'hf_hub_download'];

describe('CodeView', () => {
  it('answers every question as the blanked copy does', () => {
    fc.assert(
      fc.property(pythonText, fc.array(fc.integer({ min: -3, max: 70 }), { maxLength: 12 }), (text, positions) => {
        const lexed = lex(text, PYTHON);
        const code = codeOnly(text, lexed);
        const view = new CodeView(text, lexed);
        const at = (i: number) => `${JSON.stringify(text)} at ${i}`;
        assert.equal(view.length, code.length);
        // Forward, then in the generated order (backward and repeated questions too).
        for (const i of [...Array(text.length + 2).keys(), ...positions]) assert.ok(Object.is(view.charCodeAt(i), code.charCodeAt(i)), at(i));
        for (const i of [0, ...positions]) {
          for (const n of NEEDLES) {
            assert.equal(view.indexOf(n, i), code.indexOf(n, i), `${at(i)} indexOf ${JSON.stringify(n)}`);
            assert.equal(view.startsWith(n, i), code.startsWith(n, i), `${at(i)} startsWith ${JSON.stringify(n)}`);
          }
          for (const j of positions) assert.equal(view.slice(i, j), code.slice(i, j), `${at(i)} slice to ${j}`);
          assert.equal(view.slice(i), code.slice(i), at(i));
        }
        assert.equal(view.indexOf('import'), code.indexOf('import'));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a long needle by its rare piece as a whole search finds it', () => {
    // 'textGeneration' is searched by 'Genera' (4 in), 'hf_hub_download' by 'b_down' (5 in).
    const cases: [string, string, number][] = [
      ['AutoModel(x)', 'AutoModel', 0],
      ['x = AutoModel', 'AutoModel', 0],
      ['textGeneration textGeneration', 'textGeneration', 0],
      ['textGeneration textGeneration', 'textGeneration', 1],
      ['xGeneration textGeneratio textGeneration', 'textGeneration', 0],
      ['hf_hub_downloaf hub_download hf_hub_download', 'hf_hub_download', 0],
      ['# AutoModel\nAutoModel', 'AutoModel', 0],
      ['"textGeneration" textGeneration', 'textGeneration', 0],
      ['é \ud83e\udd16 AutoModelAutoModel', 'AutoModel', 5],
      ['\u30e2\u30c7\u30eb textGeneration', 'textGeneration', 0],
      ['textGeneration', 'textGeneration', 15],
    ];
    for (const [text, needle, from] of cases) {
      const lexed = lex(text, PYTHON);
      const code = codeOnly(text, lexed);
      const view = new CodeView(text, lexed);
      for (let i = from; i <= text.length + 1; i++) assert.equal(view.indexOf(needle, i), code.indexOf(needle, i), `${JSON.stringify(text)} ${needle} from ${i}`);
    }
  });

  it('stays linear with a long needle whose piece matches everywhere (a registry\'s crate name)', () => {
    // `libraries.extra` names are the user's text, of any length: `bbbb…::` over `bbbb…`.
    assertLinear(
      'a long needle over text made of its piece',
      (n) => ({ view: new CodeView('b'.repeat(2 * n), lex('b'.repeat(2 * n), PYTHON)), needle: `${'b'.repeat(n)}::` }),
      ({ view, needle }) => view.indexOf(needle),
      5_000,
    );
  });

  it('finds a needle right after a string or comment, and none inside one', () => {
    for (const text of ['"a"import x\n', "'''doc\nimport os'''import os", '# import os\r\nimport os', 'x = "import"; import os']) {
      const lexed = lex(text, PYTHON);
      const code = codeOnly(text, lexed);
      const view = new CodeView(text, lexed);
      for (let i = 0; i <= text.length; i++) assert.equal(view.indexOf('import', i), code.indexOf('import', i), `${JSON.stringify(text)} from ${i}`);
      assert.equal(view.indexOf('import'), text.lastIndexOf('import'));
    }
  });

  it('finds the import and export keywords a word-bounded regular expression finds', () => {
    fc.assert(
      fc.property(jsText, (code) => {
        const keywords: number[] = [];
        for (const m of code.matchAll(/\b(?:import|export)\b/g)) if (code.charCodeAt(m.index - 1) !== 46) keywords.push(m.index);
        const got = indexMarks(code);
        assert.deepEqual(got.keywords, keywords, JSON.stringify(code));
        assert.deepEqual(got.keywordEnds, keywords.map((k) => k + 6));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the JavaScript parser the same answers as the blanked copy', () => {
    fc.assert(
      fc.property(jsText, fc.boolean(), (text, dts) => {
        const lexed = lex(text, TYPESCRIPT);
        const code = codeOnly(text, lexed);
        const view = new CodeView(text, lexed);
        assert.deepEqual(jsImports(text, view, lexed.strings, dts), jsImports(text, code, lexed.strings, dts), JSON.stringify(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the Python parser and the call finders the same answers as the blanked copy', () => {
    fc.assert(
      fc.property(pythonText, (text) => {
        const lexed = lex(text, PYTHON);
        const code = codeOnly(text, lexed);
        const view = new CodeView(text, lexed);
        assert.deepEqual(pythonImports(text, view, lexed.strings), pythonImports(text, code, lexed.strings), JSON.stringify(text));
        assert.deepEqual(findCalls(view, ['.chat(', 'client', 'openai.x']), findCalls(code, ['.chat(', 'client', 'openai.x']));
        assert.deepEqual(findServiceClients(text, view, lexed.strings, ['bedrock-runtime']), findServiceClients(text, code, lexed.strings, ['bedrock-runtime']));
      }),
      { numRuns: 300 },
    );
  });
});

/** Java-, C#-, Go- and Rust-shaped text: statements, qualified names, comments, strings, odd line breaks. */
const cLikeText = fc
  .array(
    fc.constantFrom('import', 'using', 'global', 'static', 'use', 'pub', 'pub(crate)', '#[cfg(x)]', 'extern', 'crate', 'mod', ' ', '\t', '\n', '\r\n', '\r', '\u2028', '//', '/*', '*/', '"', "'", '`', '"""', '@"', 'r#"', '"#', '\\', 'a.b', 'Azure.AI.OpenAI', 'Microsoft.ML', '.Foo', '.', ';', '=', '(', ')', '{', '}', '::', 'openai', 'ort', 'x', 'é', '=begin', '=end'),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

const C_LIKE = ['java', 'kotlin', 'groovy', 'csharp', 'go', 'rust'];

/** Every match of `re` over `code` by `exec`, `lastIndex` moved on to `bump` of each match when that is further. */
function execAll(code: string, re: RegExp, bump: (i: number) => number): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(code)) !== null) {
    out.push(`${m.index}:${m[0]}:${m[1] ?? ''}`);
    re.lastIndex = Math.max(re.lastIndex, bump(m.index));
  }
  return out;
}

/** `qualifiedNames` as it ran over the whole blanked copy, for comparison. */
function qualifiedOverCopy(code: string, eco: 'jvm' | 'dotnet', pattern: RegExp): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(code)) !== null) {
    if (seen.has(m[0])) continue;
    const line = lineAround(code, m.index, 400);
    if (/^[ \t]*(?:(?:global[ \t]+)?using|import|package|namespace)\b/.test(code.slice(line.start, m.index))) continue;
    const d = readDotted(code, m.index);
    if (!d) continue;
    seen.add(m[0]);
    out.push(`${eco} ${d.name}@${d.span.start}-${d.span.end}`);
    pattern.lastIndex = Math.max(pattern.lastIndex, d.span.end);
  }
  return out;
}

describe('statements found line by line (eachLineMatch)', () => {
  const table = tableFor({ extraLibraries: [], modelIds: false });

  it('finds what each statement pattern finds over the blanked copy, in every C-like language', () => {
    fc.assert(
      fc.property(cLikeText, fc.constantFrom(...C_LIKE), fc.integer({ min: 1, max: 50 }), (text, id, jump) => {
        const lexed = lex(text, languageForId(id)!.syntax);
        const code = codeOnly(text, lexed);
        const view = new CodeView(text, lexed);
        // Every third match moves the search on past its line, as a parser reading a block does.
        const bump = (i: number) => (i % 3 === 0 ? i + jump : 0);
        for (const { word, pattern } of STATEMENT_PATTERNS) {
          const got: string[] = [];
          eachLineMatch(view, text, (from) => view.indexOf(word, from), pattern, (i, m) => {
            got.push(`${i}:${m[0]}:${m[1] ?? ''}`);
            return bump(i);
          });
          assert.deepEqual(got, execAll(code, pattern, bump), `${pattern} in ${JSON.stringify(text)} (${id})`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives qualified names as the pattern over the blanked copy did', () => {
    const patterns = [table.qualified.dotnet, table.qualified.jvm, /(?<![\w$.])(?:a\.b|Microsoft\.ML)(?=\.[A-Za-z_])/g, /a\.b|c\.d/g];
    fc.assert(
      fc.property(cLikeText, fc.constantFrom('java', 'csharp', 'kotlin', 'ruby'), (text, id) => {
        const lexed = lex(text, languageForId(id)!.syntax);
        const code = codeOnly(text, lexed);
        const view = new CodeView(text, lexed);
        for (const p of patterns) {
          const got = qualifiedNames(view, text, 'dotnet', p).map((r) => `dotnet ${r.name}@${r.span.start}-${r.span.end}`);
          assert.deepEqual(got, qualifiedOverCopy(code, 'dotnet', p), `${p} in ${JSON.stringify(text)} (${id})`);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds a qualified name right after a comment that ends in a word character', () => {
    // Ruby's `=end` closes its comment: blanked, the name has a space before it; in the text, a `d`.
    const text = '=begin\n=endMicrosoft.ML.Foo()\n';
    const lexed = lex(text, languageForId('ruby')!.syntax);
    const pattern = /(?<![\w$.])(?:Microsoft\.ML)(?=\.[A-Za-z_])/g;
    const show = (refs: readonly { name: string; span: { start: number; end: number } }[]) => refs.map((r) => `${r.name}@${r.span.start}-${r.span.end}`);
    assert.deepEqual(qualifiedOverCopy(codeOnly(text, lexed), 'dotnet', pattern), ['dotnet Microsoft.ML.Foo@11-27']);
    assert.deepEqual(show(qualifiedNames(new CodeView(text, lexed), text, 'dotnet', pattern)), ['Microsoft.ML.Foo@11-27']);
  });

  it('finds every qualified name of a line that is not the first, past the end of the one before', () => {
    const text = `${'x'.repeat(40)}\nvar a = Azure.AI.OpenAI.Client(); var b = Microsoft.SemanticKernel.Kernel();\n`;
    const lexed = lex(text, languageForId('csharp')!.syntax);
    const names = qualifiedNames(new CodeView(text, lexed), text, 'dotnet', table.qualified.dotnet).map((r) => r.name);
    assert.deepEqual(names, ['Azure.AI.OpenAI.Client', 'Microsoft.SemanticKernel.Kernel']);
  });

  it('gives the Java, C#, Go and Rust parsers the same answers on the view as on the blanked copy', () => {
    fc.assert(
      fc.property(cLikeText, (text) => {
        const at = (id: string) => {
          const lexed = lex(text, languageForId(id)!.syntax);
          return { lexed, code: codeOnly(text, lexed), view: new CodeView(text, lexed) };
        };
        const j = at('java');
        assert.deepEqual(jvmImports(j.view, text), jvmImports(j.code, j.code));
        const c = at('csharp');
        assert.deepEqual(csharpImports(c.view, text), csharpImports(c.code, c.code));
        const g = at('go');
        assert.deepEqual(goImports(text, g.view, g.lexed.strings), goImports(text, g.code, g.lexed.strings));
        const r = at('rust');
        assert.deepEqual(rustImports(r.view, text, new Set(['ort', 'openai'])), rustImports(r.code, r.code, new Set(['ort', 'openai'])));
      }),
      { numRuns: 300 },
    );
  });

  it('blanks a slice that holds spans as the copy does', () => {
    fc.assert(
      fc.property(cLikeText, fc.nat(70), fc.nat(70), (text, a, b) => {
        const lexed = lex(text, languageForId('csharp')!.syntax);
        assert.equal(new CodeView(text, lexed).slice(a, b), codeOnly(text, lexed).slice(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
