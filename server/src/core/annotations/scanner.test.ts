import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { LANGUAGES, languageForId, languageForPath, type CommentSyntax } from './languages.js';
import { blankSpans, codeOnly } from './blank.js';
import { lex, type LexResult } from './scanner.js';

// lex() compiles each syntax object once and keeps the result for the life of the process. Every
// language's syntax is compiled here, while the test files load: a mutation run switches a
// changed lexer on only after that, so a table compiled under one mutant is never left for the
// tests of the next (the tests of compile() itself lex with copies of the syntaxes).
for (const { syntax } of LANGUAGES) lex('', syntax);

function syntaxOf(path: string): CommentSyntax {
  const info = languageForPath(path);
  assert.ok(info, `no language for ${path}`);
  return info.syntax;
}

/** The text inside each comment, trimmed. */
function commentTexts(path: string, text: string): string[] {
  return lex(text, syntaxOf(path)).comments.map((c) => text.slice(c.contentSpan.start, c.contentSpan.end).trim());
}

function stringTexts(path: string, text: string): string[] {
  return lex(text, syntaxOf(path)).strings.map((s) => text.slice(s.start, s.end));
}

describe('languages', () => {
  it('covers at least 30 distinct languages with unique ids', () => {
    const ids = new Set(LANGUAGES.map((l) => l.id));
    assert.equal(ids.size, LANGUAGES.length);
    assert.ok(ids.size >= 30, `only ${ids.size} languages`);
  });

  it('maps every extension to one language only', () => {
    const seen = new Map<string, string>();
    for (const l of LANGUAGES) {
      for (const e of l.extensions) {
        assert.equal(seen.get(e), undefined, `${e} in ${l.id} and ${seen.get(e) ?? ''}`);
        seen.set(e, l.id);
        assert.equal(e, e.toLowerCase());
      }
    }
  });

  it('chooses by basename, then case-insensitive extension', () => {
    const cases: [string, string | undefined][] = [
      ['src/app/main.py', 'python'],
      ['LEGACY/MAIN.PY', 'python'],
      ['web/App.tsx', 'typescriptreact'],
      ['web/app.jsx', 'javascriptreact'],
      ['Dockerfile', 'dockerfile'],
      ['deploy/Dockerfile.gpu', 'dockerfile'],
      ['Makefile', 'makefile'],
      ['native/CMakeLists.txt', 'cmake'],
      ['notes.txt', undefined],
      ['analysis/fit.m', 'matlab'],
      ['scripts/run.ps1', 'powershell'],
      ['infra/main.tf', 'terraform'],
      ['proto/model.proto', 'proto'],
      ['Jenkinsfile', 'groovy'],
      ['README', undefined],
      // Case-insensitive basenames, and the variants of a basename with a suffix.
      ['docker/containerfile', 'dockerfile'],
      ['GNUMAKEFILE', 'makefile'],
      ['build/Containerfile.arm64', 'dockerfile'],
      ['Makefile.am', 'makefile'],
      ['src/makefile.in', 'makefile'],
    ];
    for (const [path, id] of cases) assert.equal(languageForPath(path)?.id, id, path);
  });

  it('finds notebook kernel languages by id or alias', () => {
    assert.equal(languageForId('python3')?.id, 'python');
    assert.equal(languageForId('R')?.id, 'r');
    assert.equal(languageForId('C++')?.id, 'cpp');
    assert.equal(languageForId('wolfram'), undefined);
    assert.equal(languageForId(' Python\n')?.id, 'python');
  });
});

describe('lex: comment styles', () => {
  const families: [string, string, string[]][] = [
    ['a.py', 'x = 1  # hash\n', ['hash']],
    ['a.ts', 'a(); // slash\n/* block */ b();', ['slash', 'block']],
    ['a.sql', "SELECT 1; -- dash\n/* block */", ['dash', 'block']],
    ['a.lua', 'x = 1 -- dash\n--[[ long\ncomment ]] y = 2\n--[==[ level ]==]', ['dash', 'long\ncomment', 'level']],
    ['a.hs', 'main = pure () -- dash\n{- block -}', ['dash', 'block']],
    ['a.html', '<p>hi</p><!-- markup -->', ['markup']],
    ['a.md', '# Title\n<!-- note -->', ['note']],
    ['a.m', 'x = 1; % percent', ['percent']],
    ['a.tex', '50\\% off % percent', ['percent']],
    ['a.clj', '(def x 1) ; semi', ['semi']],
    ['a.lisp', '(car x) ; semi\n#| outer #| inner |# still |#', ['semi', 'outer #| inner |# still']],
    ['a.vb', "Dim x = 1 ' tick\nREM remark", ['tick', 'remark']],
    ['a.f90', 'x = 1 ! bang', ['bang']],
    ['a.adb', 'X := 1; -- dash', ['dash']],
    ['a.asm', 'mov eax, 1 ; semi', ['semi']],
    ['a.ml', 'let x = 1 (* paren (* nested *) star *)', ['paren (* nested *) star']],
    ['a.fs', 'let x = 1 // slash\n(* paren *)', ['slash', 'paren']],
    ['a.ps1', '$x = 1 # hash\n<# block #>', ['hash', 'block']],
    ['a.rb', 'x = 1 # hash\n=begin\ndoc\n=end\n', ['hash', 'doc']],
    ['a.php', "<?php # hash\n// slash\n/* block */", ['hash', 'slash', 'block']],
    ['a.erl', 'X = $%, % percent', ['percent']],
    ['a.ex', 'x = ?# # hash', ['hash']],
    ['a.jl', 'x = 1 # hash\n#= outer #= inner =# =#', ['hash', 'outer #= inner =#']],
    ['a.nim', 'let x = 1 # hash\n#[ block ]#', ['hash', 'block']],
    ['a.tf', 'a = 1 # hash\nb = 2 // slash\n/* block */', ['hash', 'slash', 'block']],
    ['a.scss', '.a { color: red; } // slash', ['slash']],
    ['a.css', '.a { color: red; } /* block */', ['block']],
    ['a.groovy', "def x = '//no' // slash", ['slash']],
    ['a.zig', 'const s = \\\\ // in string\n; // slash', ['slash']],
    ['a.bat', ':: colons\nREM remark\necho 1', ['colons', 'remark']],
    ['Dockerfile', '# hash\nRUN echo hi # shell', ['hash', 'shell']],
    ['Makefile', 'X = a\\#b # hash', ['hash']],
    ['CMakeLists.txt', '#[[ bracket ]]\nset(X "#no") # hash', ['bracket', 'hash']],
    ['a.toml', 'a = "#no" # hash\nb=1#tight', ['hash', 'tight']],
    ['a.vue', '<template><!-- markup --></template>\n<script>\n// slash\n</script>', ['markup', 'slash']],
  ];
  for (const [path, text, expected] of families) {
    it(`${path}: ${expected.join(', ').replace(/\n/g, ' ')}`, () => {
      assert.deepEqual(commentTexts(path, text), expected);
    });
  }

  it('gives exact spans for a block comment spanning lines', () => {
    const text = 'a();\n/* one\n two */ b();';
    const { comments } = lex(text, syntaxOf('a.js'));
    assert.deepEqual(comments, [{ span: { start: 5, end: 19 }, contentSpan: { start: 7, end: 17 }, kind: 'block' }]);
  });

  it('opens and closes a line-start block only at the start of a line, the first line too', () => {
    assert.deepEqual(commentTexts('a.rb', '=begin\ndoc\nx =end\n=end\ny = 1 # hash'), ['doc\nx =end', 'hash']);
    assert.deepEqual(commentTexts('a.rb', 'x =begin\n  1\nend # hash'), ['hash']);
    assert.deepEqual(commentTexts('a.rb', '=begin\n=begin\n=end\ny = 1 # hash'), ['=begin', 'hash']);
  });

  it('steps over the whole close of a nested comment before looking for an opener', () => {
    assert.deepEqual(commentTexts('a.rs', '/* a /* b */*/ x // yes'), ['a /* b */', 'yes']);
  });

  it('nests block comments only where the language does', () => {
    assert.deepEqual(commentTexts('a.rs', '/* a /* b */ c */ x'), ['a /* b */ c']);
    assert.deepEqual(commentTexts('a.swift', '/* a /* b */ c */ x'), ['a /* b */ c']);
    assert.deepEqual(commentTexts('a.hs', '{- a {- b -} c -} x'), ['a {- b -} c']);
    assert.deepEqual(commentTexts('a.c', '/* a /* b */ c */ x'), ['a /* b']);
  });

  it('keeps line comment spans off the CRLF line break', () => {
    const text = '# one\r\nx = 1 # two\r\n';
    const { comments } = lex(text, syntaxOf('a.py'));
    assert.deepEqual(
      comments.map((c) => c.span),
      [
        { start: 0, end: 5 },
        { start: 13, end: 18 },
      ],
    );
  });
});

describe('lex: strings', () => {
  it('does not see comments inside strings', () => {
    assert.deepEqual(commentTexts('a.js', 'x = "// @aigov x"; y = \'/* no */\'; // yes'), ['yes']);
    assert.deepEqual(commentTexts('a.py', "x = '# @aigov x'  # yes"), ['yes']);
    assert.deepEqual(commentTexts('a.go', 'x := "// no" + `# no // no`'), []);
  });

  it('handles escapes and doubled quotes', () => {
    assert.deepEqual(stringTexts('a.js', String.raw`x = "a\"b // c"; // d`), [String.raw`"a\"b // c"`]);
    assert.deepEqual(commentTexts('a.sql', "SELECT 'it''s -- no' -- yes"), ['yes']);
    assert.deepEqual(commentTexts('a.vb', 'x = "say ""hi"" \' no" \' yes'), ['yes']);
  });

  it('reads Python triple-quoted and prefixed strings', () => {
    const text = 'doc = """first\n# @aigov not-a-tag\n"""  # real\nb = rb\'# no\'  # also';
    assert.deepEqual(commentTexts('a.py', text), ['real', 'also']);
    assert.deepEqual(stringTexts('a.py', text), ['"""first\n# @aigov not-a-tag\n"""', "rb'# no'"]);
  });

  it('reads Rust raw strings and tells lifetimes from char literals', () => {
    const text = 'let s = r#"say "// hi""#; // one\nfn f<\'a>(x: &\'a str) -> char { \'"\' } // two\nlet b = b\'\\\'\'; // three';
    assert.deepEqual(commentTexts('a.rs', text), ['one', 'two', 'three']);
    assert.deepEqual(stringTexts('a.rs', text), ['r#"say "// hi""#', '\'"\'', "b'\\''"]);
  });

  it('treats a JavaScript template literal, lines and all, as a string', () => {
    const text = 'const t = `line ${a}\n// @aigov no\n`; // yes';
    assert.deepEqual(commentTexts('a.ts', text), ['yes']);
    assert.deepEqual(stringTexts('a.ts', text), ['`line ${a}\n// @aigov no\n`']);
  });

  it('reads C# verbatim strings with doubled quotes and no backslash escapes', () => {
    const text = 'var p = @"C:\\dir\\ ""q"" // no"; // yes';
    assert.deepEqual(stringTexts('a.cs', text), ['@"C:\\dir\\ ""q"" // no"']);
    assert.deepEqual(commentTexts('a.cs', text), ['yes']);
  });

  it('does not take shell $# or a#b for comments', () => {
    assert.deepEqual(commentTexts('a.sh', 'echo $# ${#arr[@]} a#b \\# # real'), ['real']);
    assert.deepEqual(commentTexts('a.sh', "echo 'it''s' # yes"), ['yes']);
  });

  it('does not take YAML a#b for a comment, nor an apostrophe for a quote', () => {
    const text = 'key: a#b\nmsg: it\'s # one\nq: "x # y" # two\n';
    assert.deepEqual(commentTexts('a.yaml', text), ['one', 'two']);
  });

  it('tells MATLAB transpose, Haskell primes and Ada attributes from quotes', () => {
    assert.deepEqual(commentTexts('a.m', "y = x'; z = 'it''s % no' % yes"), ['yes']);
    assert.deepEqual(commentTexts('a.hs', "f x' = 'a' -- yes"), ['yes']);
    assert.deepEqual(commentTexts('a.adb', "N := S'Length; C := '''; -- yes"), ['yes']);
    assert.deepEqual(commentTexts('a.ml', "let f (x : 'a) = '\"' (* yes *)"), ['yes']);
  });

  it('reads Lua long strings', () => {
    assert.deepEqual(commentTexts('a.lua', 's = [[ -- no ]] .. [==[ ]] -- no ]==] -- yes'), ['yes']);
  });

  it('tells regex literals from division', () => {
    assert.deepEqual(commentTexts('a.js', 'const r = /[/*]/g; // one\nconst q = a / b; // two'), ['one', 'two']);
    assert.deepEqual(commentTexts('a.js', "if (x) return /'/.test(s); // yes"), ['yes']);
  });

  it('ends a multi-line literal at its close, past escapes, escaped closes and line breaks', () => {
    const py = 'a = """x \\""" \\\\""" # one\r\nb = """p\\\r\nq""" # two\n' + "c = '''\\'''' # three";
    assert.deepEqual(stringTexts('a.py', py), ['"""x \\""" \\\\"""', '"""p\\\r\nq"""', "'''\\''''"]);
    assert.deepEqual(commentTexts('a.py', py), ['one', 'two', 'three']);
    const ts = 'const t = `a\\`b\n${c}\\\\`; // one\nconst u = `\\`; // two\n';
    assert.deepEqual(stringTexts('a.ts', ts), ['`a\\`b\n${c}\\\\`', '`\\`; // two\n']);
    assert.deepEqual(commentTexts('a.ts', ts), ['one']);
  });

  it('tells a regex from a division across comments and blanks before the slash', () => {
    assert.deepEqual(commentTexts('a.js', 'x = a /* one */ / b; // two\ny = c\n  / d / 2; // three'), ['one', 'two', 'three']);
    assert.deepEqual(commentTexts('a.js', 'return /* one */ /[/*]/.test(s); // two'), ['one', 'two']);
    assert.deepEqual(stringTexts('a.js', 'f("a") / 2; x = ("b")\n/ 3; y = (\n/x/)'), ['"a"', '"b"', '/x/']);
  });

  it('ends an unterminated single-line string at the line break', () => {
    assert.deepEqual(commentTexts('a.js', 'x = "open\n// yes'), ['yes']);
  });

  it('runs an unterminated string or block comment to the end of the text', () => {
    const s = lex('x = """open\n# no', syntaxOf('a.py'));
    assert.deepEqual(s, { comments: [], strings: [{ start: 4, end: 16 }] });
    const c = lex('x(); /* open\n// no', syntaxOf('a.ts'));
    assert.deepEqual(c.comments, [{ span: { start: 5, end: 18 }, contentSpan: { start: 7, end: 18 }, kind: 'block' }]);
    assert.deepEqual(lex('#', syntaxOf('a.py')).comments, [{ span: { start: 0, end: 1 }, contentSpan: { start: 1, end: 1 }, kind: 'line' }]);
    assert.deepEqual(lex("'", syntaxOf('a.rs')), { comments: [], strings: [] });
  });
});

describe('lex: where a literal may start', () => {
  it('reads a regex after a keyword past any JavaScript white space, at the start of a file and after a block', () => {
    for (const ws of [' ', '\t', '\v', '\f', '\u00a0', '\ufeff', '\r\n']) {
      assert.deepEqual(commentTexts('a.js', `return${ws}/'/.test(s); // yes`), ['yes'], JSON.stringify(ws));
    }
    assert.deepEqual(stringTexts('a.js', "/'/.test(s); // yes"), ["/'/"]);
    assert.deepEqual(stringTexts('a.js', "if (a) {}\n/'/.test(s); // yes"), ["/'/"]);
  });

  it('does not read a regex across a line break, escaped or not', () => {
    assert.deepEqual(stringTexts('a.js', 'x = (/a\\\nb/); // yes'), []);
  });

  it('continues a one-line string past an escaped CRLF', () => {
    const text = 'x = "a\\\r\nb // no"; // yes';
    assert.deepEqual(stringTexts('a.js', text), ['"a\\\r\nb // no"']);
    assert.deepEqual(commentTexts('a.js', text), ['yes']);
  });

  it('takes a MATLAB quote after a closing bracket, a quote or a dot for a transpose', () => {
    for (const code of ["y = a(1)'", "y = [1 2]'", "y = c{1}'", "y = x''", "y = x.'"]) {
      assert.deepEqual(commentTexts('a.m', `${code}; % yes`), ['yes'], code);
    }
  });

  it('opens a YAML quoted scalar only after a blank or a flow indicator', () => {
    assert.deepEqual(stringTexts('a.yaml', 'a: ["# x", {"# y": 1}] # one\nb: [1,"# z"] # two\n"c":"# w" # three\n'), ['"# x"', '"# y"', '"# z"', '"c"', '"# w"']);
    assert.deepEqual(commentTexts('a.yaml', 'a: \t"# x" # one\n'), ['one']);
  });

  it('reads a character literal of two UTF-16 units', () => {
    assert.deepEqual(stringTexts('a.rs', "let c = '😀'; // yes"), ["'😀'"]);
  });

  it('moves a string start over a prefix only when the prefix is the whole word', () => {
    assert.deepEqual(stringTexts('a.py', "x = abr'#' + Rb'#'  # yes"), ["'#'", "Rb'#'"]);
  });

  it('reads a regex right after the code that ends a string, and a division right after a string', () => {
    assert.deepEqual(stringTexts('a.js', "f(\"a\",/'/.test(s)); // yes"), ['"a"', "/'/"]);
    assert.deepEqual(commentTexts('a.js', 'x = ("a" / 2); // yes'), ['yes']);
  });

  it('keeps the flags of a regex in its span', () => {
    assert.deepEqual(stringTexts('a.js', 'x = /a/gi; // yes'), ['/a/gi']);
  });

  it('reads escapes and classes inside a regex, and a division after a name at offset 0', () => {
    assert.deepEqual(stringTexts('a.js', "a = /[/]'/; // c"), ["/[/]'/"]);
    assert.deepEqual(stringTexts('a.js', "b = /\\/'/; // c"), ["/\\/'/"]);
    assert.deepEqual(stringTexts('a.js', "c = /'\nd / 2 / e; // c"), ["'"]);
    assert.deepEqual(stringTexts('a.js', 'x / 2 / y; // c'), []);
  });

  it('reads a character escape of several characters', () => {
    assert.deepEqual(stringTexts('a.rs', "let c = '\\u{1F600}'; // c"), ["'\\u{1F600}'"]);
  });

  it('does not read a character literal across a line break', () => {
    assert.deepEqual(stringTexts('a.rs', "a = '\n'; // yes"), []);
    assert.deepEqual(stringTexts('a.rs', "a = '\\x\n'; // yes"), []);
  });

  it('does not open a comment word inside another word', () => {
    assert.deepEqual(commentTexts('a.vb', "Dim aREM = 1 ' yes"), ['yes']);
  });
});

describe('lex: a syntax object it has not seen before', () => {
  // lex prepares each syntax object once and keeps the result; a copy of a language's syntax is
  // prepared again, and must lex exactly as the language does.
  function lexFresh(path: string, text: string): { comments: string[]; strings: string[] } {
    const { comments, strings } = lex(text, { ...syntaxOf(path) });
    return {
      comments: comments.map((c) => text.slice(c.contentSpan.start, c.contentSpan.end).trim()),
      strings: strings.map((s) => text.slice(s.start, s.end)),
    };
  }

  it('reads comments, strings, prefixes, regexes and code escapes with a copy of each syntax', () => {
    const cases: [string, string, string[], string[]][] = [
      ['a.c', 'int a = 1; /* block */ char c = \'x\'; // line\nputs("s");', ['block', 'line'], ["'x'", '"s"']],
      ['a.py', 'x = rb"raw" + "s"  # note\ny = """doc"""\n', ['note'], ['rb"raw"', '"s"', '"""doc"""']],
      ['a.ts', "const r = /a\\/b/g; // c\nconst d = x / 2 / y; /* e */ f('s');", ['c', 'e'], ['/a\\/b/g', "'s'"]],
      ['a.sh', 'echo \\" x "s" # c\n', ['c'], ['"s"']],
      ['a.clj', '(str \\" "s") ; c', ['c'], ['"s"']],
      ['a.lua', 'x = [[long]] -- c\n--[[ block ]] y', ['c', 'block'], ['[[long]]']],
      // A tagged template: a backtick is not a letter, so it opens a string right after a name.
      ['a.ts', 'const q = gql`// no`; // yes', ['yes'], ['`// no`']],
      // No character is a code escape in a language that has none.
      ['a.py', 'x = 1\u0001# c', ['c'], []],
    ];
    for (const [path, text, comments, strings] of cases) {
      assert.deepEqual(lexFresh(path, text), { comments, strings }, `${path}: ${JSON.stringify(text)}`);
    }
  });

  it('tries the longest opener first whatever order the syntax lists them in', () => {
    const python = syntaxOf('a.py');
    const reversed: CommentSyntax = { ...python, strings: [...python.strings].reverse() };
    const text = `a = """doc""" + '''x''' + '' # c`;
    const { comments, strings } = lex(text, reversed);
    assert.deepEqual(
      strings.map((s) => text.slice(s.start, s.end)),
      ['"""doc"""', "'''x'''", "''"],
    );
    assert.deepEqual(
      comments.map((c) => text.slice(c.contentSpan.start, c.contentSpan.end).trim()),
      ['c'],
    );
  });
});

describe('codeOnly', () => {
  it('blanks comments and strings, keeping offsets and line breaks', () => {
    const text = 'import os  # c\r\ns = "x\\\ny"\n/* a\n*/ z';
    const syntax = syntaxOf('a.py');
    const blanked = codeOnly(text, lex(text, syntax));
    assert.equal(blanked.length, text.length);
    assert.equal(blanked, 'import os     \r\ns =    \n  \n/* a\n*/ z');
    const js = 'import x from "openai"; // c\n/* b\n*/ y';
    assert.equal(codeOnly(js, lex(js, syntaxOf('a.js'))), 'import x from         ;     \n    \n   y');
  });

  it('is the text with every character of the spans but line breaks made a space', () => {
    const ch = fc.constantFrom('a', ' ', '\n', '\r', 'é', '😀');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 60 }).map((a) => a.join('')), fc.array(fc.nat(70), { maxLength: 12 }), (text, cuts) => {
        const points = [...cuts].sort((a, b) => a - b);
        const spans = [];
        for (let k = 0; k + 1 < points.length; k += 2) spans.push({ start: points[k]!, end: points[k + 1]! });
        let expected = '';
        for (let i = 0; i < text.length; i++) {
          const c = text[i]!;
          expected += c !== '\n' && c !== '\r' && spans.some((sp) => i >= sp.start && i < sp.end) ? ' ' : c;
        }
        assert.equal(blankSpans(text, spans), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('blanks a span of any length in full, past the runs of spaces made in advance', () => {
    for (const n of [127, 128, 129, 300]) {
      const text = `x = "${'a'.repeat(n)}"\ny`;
      assert.equal(codeOnly(text, lex(text, syntaxOf('a.py'))), `x = ${' '.repeat(n + 2)}\ny`, String(n));
    }
  });
});

describe('lex: robustness', () => {
  function checkShape(text: string, result: LexResult): void {
    const spans = [...result.comments.map((c) => c.span), ...result.strings].sort((a, b) => a.start - b.start);
    let last = 0;
    for (const s of spans) {
      assert.ok(s.start >= last && s.end >= s.start && s.end <= text.length, JSON.stringify(s));
      last = s.end;
    }
    for (const c of result.comments) {
      assert.ok(c.span.start <= c.contentSpan.start && c.contentSpan.start <= c.contentSpan.end && c.contentSpan.end <= c.span.end);
    }
  }

  it('never throws and returns ordered, disjoint spans in every language', () => {
    const alphabet = fc.constantFrom(...'"\'`/*#-;%!<>{}[]()=@$\\rbu \n\r\tax|?:.,0'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        for (const l of LANGUAGES) checkShape(text, lex(text, l.syntax));
      }),
      { numRuns: 300 },
    );
  });

  it('lexes and blanks many short literals in linear time (one line, no escape anywhere)', () => {
    const n = 100000;
    const cases: [string, string][] = [['a.ts', '`t` + '], ['a.py', '"""d""" + '], ['a.js', '"s" + '], ['a.py', "'q', "]];
    for (const [path, unit] of cases) {
      const text = unit.repeat(n);
      const t0 = Date.now();
      const lexed = lex(text, syntaxOf(path));
      const code = codeOnly(text, lexed);
      assert.equal(lexed.strings.length, n);
      assert.equal(code.length, text.length);
      assert.ok(Date.now() - t0 < 3000, `${path}: ${Date.now() - t0} ms`);
    }
  });

  it('terminates on a 5 MB single line', () => {
    const unit = 'a = b / c; x = "s\\"" + \'q\' [/ ( /[ $# `t` \\ ';
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    for (const path of ['a.js', 'a.py', 'a.rs', 'a.sh']) {
      const result = lex(text, syntaxOf(path));
      assert.ok(Array.isArray(result.comments));
    }
    const comment = lex(`/*${'x'.repeat(5 * 1024 * 1024)}`, syntaxOf('a.c'));
    assert.equal(comment.comments.length, 1);
  });
});
