import assert from 'node:assert/strict';
import { codeOnly } from '../annotations/blank.js';
import { languageForId } from '../annotations/languages.js';
import { lex } from '../annotations/scanner.js';
import { jsImports, packageOf } from './imports-js.js';

/** `name@start-end` of each module reference (`type` when type-only) in a TypeScript text. */
function refs(text: string): string[] {
  const lexed = lex(text, languageForId('typescript')!.syntax);
  return jsImports(text, codeOnly(text, lexed), lexed.strings, false).map((r) => `${r.name}@${r.span.start}-${r.span.end}${r.typeOnly ? ' type' : ''}`);
}

/** The package names only. */
function names(text: string): string[] {
  return refs(text).map((r) => r.split('@').slice(0, -1).join('@'));
}

describe('npm package of a module specifier', () => {
  it('keeps the package name, without subpath or version', () => {
    assert.equal(packageOf('openai@4.2')?.name, 'openai');
    assert.equal(packageOf('@langchain/openai@0.3')?.name, '@langchain/openai');
    assert.deepEqual(packageOf('npm:openai@4'), { name: 'openai', offset: 4 });
    assert.equal(packageOf('lodash/fp/')?.name, 'lodash');
    assert.equal(packageOf('lodash/a.')?.name, 'lodash');
    assert.equal(packageOf('lodash/a#')?.name, 'lodash');
  });

  it('takes no scope alone, URL or Windows path for a package', () => {
    assert.equal(packageOf('@openai'), undefined);
    assert.equal(packageOf('openai/x:y'), undefined);
    assert.equal(packageOf('openai/x\\y'), undefined);
  });
});

describe('javascript module references', () => {
  it('reads specifiers of one character to 258, complete strings only', () => {
    assert.deepEqual(refs("require('q')\n"), ['q@9-10']);
    const long = 'a'.repeat(258);
    assert.deepEqual(names(`require('${long}')\n`), [long]);
    assert.deepEqual(names(`require('${long}b')\n`), []);
    assert.deepEqual(names("const a = require('openai\nconst b = 1\n"), []);
  });

  it('skips template literals with a substitution, not a plain string holding ${', () => {
    assert.deepEqual(names('const m = await import(`openai/${sub}`);\n'), []);
    assert.deepEqual(names("const m = require('openai/${sub}');\n"), ['openai']);
  });

  it('gives the range of the name after an npm: prefix', () => {
    assert.deepEqual(refs("import OpenAI from 'npm:openai@4';\n"), ['openai@24-32']);
  });

  it('takes only require and import calls, whatever word comes before', () => {
    assert.deepEqual(names("describe('openai', () => {});\n"), []);
    assert.deepEqual(names("import a from './a'\nconst name = 'openai'\n"), []);
    assert.deepEqual(refs("const t = typeof require('openai');\n"), ['openai@26-32']);
  });

  it('finds the keyword of a from-clause as a whole word, whatever letters and digits touch it', () => {
    const text = "import {\n  Aexport, Zexport, aexport, zexport, x0export, x9export, _export,\n} from 'openai';\n";
    assert.deepEqual(names(text), ['openai']);
  });

  it('looks back at most 5,000 characters for the keyword of a from-clause', () => {
    const clause = (n: number) => `import {${' '.repeat(n)}} from 'openai';\n`;
    assert.deepEqual(names(clause(4990)), ['openai']);
    assert.deepEqual(names(clause(4991)), []);
    assert.deepEqual(names(`${'// filler\n'.repeat(600)}import { A } from 'openai';\n`), ['openai']);
  });

  it('takes no from-clause after a semicolon for part of the statement before it', () => {
    assert.deepEqual(names("import a from './a'; log(from 'openai');\n"), []);
  });

  it('reads an import statement at a statement start only', () => {
    for (const before of ['const a = 1; ', '{ ', '} ', 'x\n', 'x\r', 'x\r\n', '']) assert.deepEqual(names(`${before}import 'openai'\n`), ['openai'], JSON.stringify(before));
    for (const before of ['a ', 'const a = 1\nb ', 'a.\n', 'a =\n', 'a <\n', 'a >\n', 'a (\n', 'a,\n']) assert.deepEqual(names(`${before}import 'openai'\n`), [], JSON.stringify(before));
  });

  it('tells type-only clauses from value imports', () => {
    assert.deepEqual(refs("import { type A, type B, } from 'openai';\n"), ['openai@33-39 type']);
    assert.deepEqual(refs("import type { type, Other } from 'openai';\n"), ['openai@34-40 type']);
    assert.deepEqual(refs("import {} from 'openai';\n"), ['openai@16-22']);
    assert.deepEqual(refs("import { type A, B } from 'openai';\n"), ['openai@27-33']);
    assert.deepEqual(refs("import type , { A } from 'openai';\n"), ['openai@26-32']);
    assert.deepEqual(refs("import type  , { A } from 'openai';\n"), ['openai@27-33']);
  });
});
