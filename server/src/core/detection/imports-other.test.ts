import assert from 'node:assert/strict';
import { codeOnly } from '../annotations/blank.js';
import { languageForId } from '../annotations/languages.js';
import { lex } from '../annotations/scanner.js';
import type { ImportRef } from './cursor.js';
import { csharpImports, goImports, jvmImports, qualifiedNames, rustImports } from './imports-other.js';

/** `name@start-end` of each reference, `path` when reached through a path in code. */
function show(refs: readonly ImportRef[]): string[] {
  return refs.map((r) => `${r.name}@${r.span.start}-${r.span.end}${r.pathUse ? ' path' : ''}`);
}

function go(text: string): string[] {
  const lexed = lex(text, languageForId('go')!.syntax);
  return show(goImports(text, codeOnly(text, lexed), lexed.strings)).map((r) => r.replace(/@.*/, ''));
}

function csharp(code: string): ImportRef[] {
  return csharpImports(code, code);
}

function rust(code: string, names: readonly string[] = []): string[] {
  return show(rustImports(code, code, new Set(names)));
}

describe('java and kotlin imports', () => {
  it('reads a star import to its package, with the star in the range', () => {
    assert.deepEqual(show(jvmImports('import com.openai.*;\nimport dev.ai.Model;\n', 'import com.openai.*;\nimport dev.ai.Model;\n')), ['com.openai@7-19', 'dev.ai.Model@28-40']);
  });

  it('reads a fully qualified name once, in full, as a path use', () => {
    assert.deepEqual(show(qualifiedNames('x = a.b.c.d();\n', 'x = a.b.c.d();\n', 'jvm', /a\.b|c\.d/g)), ['a.b.c.d@4-11 path']);
  });
});

describe('c# using directives', () => {
  it('reads the target of an alias and of global::', () => {
    assert.deepEqual(show(csharp('using Ai = Microsoft.Extensions.AI;\nusing X = global::Azure.AI.OpenAI;\n')), ['Microsoft.Extensions.AI@11-34', 'Azure.AI.OpenAI@54-69']);
  });

  it('takes only a name followed by a semicolon', () => {
    assert.deepEqual(show(csharp('using var d = x;\nusing OpenAI\n')), []);
  });
});

describe('go imports', () => {
  it('reads one import line to its end, also at the end of the file', () => {
    assert.deepEqual(go('import "fmt"\nfunc f() { g("github.com/a/b") }\n'), ['fmt']);
    assert.deepEqual(go('import "fmt"\nvar x = g("github.com/a/b")\n'), ['fmt']);
    assert.deepEqual(go('import "fmt"'), ['fmt']);
    assert.deepEqual(go('import "fmt"; var s = "github.com/a/b"\n'), ['fmt']);
  });

  it('reads a block to its bracket, or to the end of the file when it has none', () => {
    assert.deepEqual(go('import (\n\t"a"\n)\nfunc f() { g("b") }\n'), ['a']);
    assert.deepEqual(go('import (\n\t"a"\n\t"b"'), ['a', 'b']);
    assert.deepEqual(go('import ("a"; "b")\n'), ['a', 'b']);
    assert.deepEqual(go('import (\r\t"a"\r\t"b"\r)\r'), ['a', 'b']);

  });

  it('reads nothing inside a block as a statement of its own, nor on the line the block ends', () => {
    assert.deepEqual(go('import (\n\t"a"\nimport "x") import "y"\n'), ['a', 'x']);
  });

  it('reads aliases, dot and blank imports, with tabs or spaces', () => {
    assert.deepEqual(go('import (\n\toa\t"a"\n\t. "b"\n\t_ "c"\n)\n'), ['a', 'b', 'c']);
    assert.deepEqual(go('import . "b"\n'), ['b']);
  });

  it('takes no empty path', () => {
    assert.deepEqual(go('import ""\n'), []);
  });
});

describe('rust crates', () => {
  it('reads use, ::-rooted use and extern crate, not the local roots', () => {
    assert.deepEqual(rust('use ort::X;\nuse ::tch::Y;\nextern crate candle;\nuse std::io;\nuse self::a;\nuse ;\n'), ['ort@4-7', 'tch@18-21', 'candle@39-45']);
  });

  it('reads the first segment of every top-level item of a use group', () => {
    assert.deepEqual(rust('use {a::x, b::{y, z::{w}}, c};\n'), ['a@5-6', 'b@11-12', 'c@27-28']);
    assert.deepEqual(rust('use {a,b};\n'), ['a@5-6', 'b@7-8']);
    assert.deepEqual(rust('use {a::{b}, c};\n'), ['a@5-6', 'c@13-14']);
  });

  it('stops a use group at a semicolon, and after 4,000 characters', () => {
    assert.deepEqual(rust('use {a::x;\nfn f(p: u8, q: u8) {}\n'), ['a@5-6']);
    assert.deepEqual(rust(`use {${' '.repeat(3998)}a};\n`), ['a@4003-4004']);
    assert.deepEqual(rust(`use {${' '.repeat(3999)}a};\n`), []);
  });

  it('finds a path use of a known crate, not a method, a child path or a qualified type', () => {
    assert.deepEqual(rust('ort::init();\n', ['ort']), ['ort@0-3 path']);
    assert.deepEqual(rust('::ort::init();\n', ['ort']), ['ort@2-5 path']);
    assert.deepEqual(rust('let v = it.ort::<u8>();\nlet w = crate::ort::x;\nlet t = <T as Tr>::ort::x;\n', ['ort']), []);
  });

  it('finds a path use in a type written right after its colon', () => {
    assert.deepEqual(rust('fn f(s:ort::Session) {}\n', ['ort']), ['ort@7-10 path']);
    // As rustfmt writes it (a blank after the colon), and after a longer name.
    assert.deepEqual(rust('fn f(x: ort::Session) {}\n', ['ort']), ['ort@8-11 path']);
    assert.deepEqual(rust('fn f(xy:ort::Session) {}\n', ['ort']), ['ort@8-11 path']);
    assert.deepEqual(rust('struct S { s:candle_core::Tensor }\n', ['candle_core']), ['candle_core@13-24 path']);
    assert.deepEqual(rust('let w = a::ort::x;\nfn f(s: T::ort::X) {}\n', ['ort']), []);
  });

  it('drops only the crates a local mod shadows', () => {
    assert.deepEqual(rust('mod a;\nuse ort::X;\nuse a::Y;\n'), ['ort@11-14']);
  });
});
