import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { languageForId } from '../annotations/languages.js';
import { codeOnly } from '../annotations/blank.js';
import { lex } from '../annotations/scanner.js';
import { findCalls, findServiceClients } from './calls.js';
import { CodeView } from './code-view.js';
import { indexMarks, jsImports } from './imports-js.js';
import { pythonImports } from './imports-python.js';

const PYTHON = languageForId('python')!.syntax;

/** Python-shaped text: imports, calls, comments, strings and docstrings across lines, CRLF. */
const pythonText = fc
  .array(
    fc.constantFrom('import', 'from', ' ', '\t', '\n', '\r\n', '\r', '#', '"', "'", '"""', "'''", '\\', 'os', 'openai', 'boto3', '.', ',', '(', ')', ';', ':', 'as', 'x', 'client', '"bedrock-runtime"', 'import_module', '__import__', '.chat(', 'é', '\u2028'),
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

const NEEDLES = ['import', 'from', '(', '.chat(', 'import_module', '__import__', 'os', '#', ' ', '\n', 'x y', ''];

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
