import { strict as assert } from 'node:assert';
import { blankXmlComments, tomlHeader, tomlKeyValue, tomlStrings, xmlTagAttributes, yamlQuoted } from './manifest-scan.js';

describe('manifest scanning: TOML lines', () => {
  it('reads the table a header opens, single or double brackets, quotes and blanks dropped', () => {
    const cases: [string, string | undefined][] = [
      ['[a.b]', 'a.b'],
      ['  [[a.b]]  ', 'a.b'],
      ['\t[a]\t', 'a'],
      ['[ "tool" . poetry ]', 'tool.poetry'],
      ["[ 'x'.\ty ]", 'x.y'],
      ['[ a b ]', 'a b'],
      ['[a] x', undefined],
      ['[a]]]', undefined],
      ['[]', undefined],
      ['[ ]', undefined],
      ['[a', undefined],
      ['a]', undefined],
      ['x = [a]', undefined],
      ['', undefined],
    ];
    for (const [line, table] of cases) assert.equal(tomlHeader(line), table, JSON.stringify(line));
  });

  it('reads `key = value` with bare, "quoted" and \'literal\' keys, dotted or not, and where each part starts', () => {
    const k = (...parts: [string, number][]): { text: string; at: number }[] => parts.map(([text, at]) => ({ text, at }));
    const cases: [string, ReturnType<typeof tomlKeyValue>][] = [
      ['a = 1', { keys: k(['a', 0]), value: '1', valueAt: 4 }],
      ['  "x y" = "v"', { keys: k(['x y', 3]), value: '"v"', valueAt: 10 }],
      ["'lit' =\t 3", { keys: k(['lit', 1]), value: '3', valueAt: 9 }],
      ['b-c_d = x', { keys: k(['b-c_d', 0]), value: 'x', valueAt: 8 }],
      ['A0z9 = x', { keys: k(['A0z9', 0]), value: 'x', valueAt: 7 }],
      ['Z9=', { keys: k(['Z9', 0]), value: '', valueAt: 3 }],
      ['\ta  =  b  ', { keys: k(['a', 1]), value: 'b  ', valueAt: 7 }],
      // Dotted keys: bare, "quoted" and 'literal' parts, blanks around the dots.
      ['a.b-c_d = x', { keys: k(['a', 0], ['b-c_d', 2]), value: 'x', valueAt: 10 }],
      ['async-openai.workspace = true', { keys: k(['async-openai', 0], ['workspace', 13]), value: 'true', valueAt: 25 }],
      ['"a.b".c = 1', { keys: k(['a.b', 1], ['c', 6]), value: '1', valueAt: 10 }],
      ["x . 'y z' .\tw=2", { keys: k(['x', 0], ['y z', 5], ['w', 12]), value: '2', valueAt: 14 }],
      ['"a\\"b".c = 1', { keys: k(['a\\"b', 1], ['c', 7]), value: '1', valueAt: 11 }],
      ["'a\\'.c = 1", { keys: k(['a\\', 1], ['c', 5]), value: '1', valueAt: 9 }],
      ['"" = 1', undefined],
      ['"a = 1', undefined],
      ['"a\\" = 1', undefined],
      ['a', undefined],
      ['a 1', undefined],
      ['= 1', undefined],
      ['ä = 1', undefined],
      ['a:b = 1', undefined],
      ['a. = 1', undefined],
      ['.a = 1', undefined],
      ['a..b = 1', undefined],
      ['a."" = 1', undefined],
      ['a.b c = 1', undefined],
    ];
    for (const [line, kv] of cases) assert.deepEqual(tomlKeyValue(line), kv, JSON.stringify(line));
  });

  it('finds the one-line strings of an array line and whether a `]` outside them closes it', () => {
    const cases: [string, ReturnType<typeof tomlStrings>][] = [
      ['"a", "b" ]', { strings: [{ value: 'a', at: 0 }, { value: 'b', at: 5 }], closes: true }],
      // A backslash escapes only in a basic string: the literal one ends at its quote.
      ["'a\\', \"b\\\"c\"", { strings: [{ value: 'a\\', at: 0 }, { value: 'b\\"c', at: 6 }], closes: false }],
      ['"a]" ', { strings: [{ value: 'a]', at: 0 }], closes: false }],
      ["x = ['a', 'b'", { strings: [{ value: 'a', at: 5 }, { value: 'b', at: 10 }], closes: false }],
      [']', { strings: [], closes: true }],
      ['"open', { strings: [], closes: false }],
      ['"a\\', { strings: [], closes: false }],
      ['"a\nb" ]', { strings: [], closes: false }],
      ['"a\r" ]', { strings: [], closes: false }],
      ['"a"\n]', { strings: [{ value: 'a', at: 0 }], closes: true }],
    ];
    for (const [line, found] of cases) assert.deepEqual(tomlStrings(line), found, JSON.stringify(line));
  });
});

describe('manifest scanning: YAML quoted scalars', () => {
  it('reads a quoted scalar that closes on its line, escapes decoded, with where each character was written', () => {
    /** `value|offset of each character and of the closing quote|end`, or undefined. */
    const read = (line: string, at = 0): string | undefined => {
      const q = yamlQuoted(line, at);
      return q && `${q.value}|${q.offsets.join(',')}|${q.end}`;
    };
    const cases: [string, number, string | undefined][] = [
      ['"openai"', 0, 'openai|1,2,3,4,5,6,7|8'],
      ["  - 'openai>=1' # c", 4, 'openai>=1|5,6,7,8,9,10,11,12,13,14|15'],
      ["'it''s'", 0, "it's|1,2,3,5,6|7"],
      ["'a\\'", 0, 'a\\|1,2,3|4'],
      ['"a # b"', 0, 'a # b|1,2,3,4,5,6|7'],
      ['"\\x41b"', 0, 'Ab|1,5,6|7'],
      ['"\\u00e9\\U0001F600"', 0, '\u00e9\u{1F600}|1,7,7,17|18'],
      ['"\\"\\\\\\/\\ "', 0, '"\\/ |1,3,5,7,9|10'],
      ['"\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e"', 0, '\0\x07\b\t\t\n\v\f\r\x1b|1,3,5,7,9,11,13,15,17,19,21|22'],
      ['"\\N\\_\\L\\P"', 0, '\x85\xa0\u2028\u2029|1,3,5,7,9|10'],
      ['""', 0, '|1|2'],
      ["''", 0, '|1|2'],
      // Left open on its line, or with an escape YAML does not have: no scalar.
      ['"openai', 0, undefined],
      ["'openai''", 0, undefined],
      ['"a\\"', 0, undefined],
      ['"a\\', 0, undefined],
      ['"\\q"', 0, undefined],
      ['"\\x4"', 0, undefined],
      ['"\\x4g"', 0, undefined],
      ['"\\u00eZ"', 0, undefined],
      ['"\\UFFFFFFFF"', 0, undefined],
      ['"\\xg4"', 0, undefined],
      ['"a\\x00"', 0, 'a\0|1,2,6|7'],
      ['"\\U0010FFFF"', 0, '\u{10FFFF}|1,1,11|12'],
      ['openai', 0, undefined],
    ];
    for (const [line, at, out] of cases) assert.equal(read(line, at), out, JSON.stringify(line));
  });
});

describe('manifest scanning: XML', () => {
  it('blanks comments to spaces, keeping line breaks and offsets', () => {
    const cases: [string, string][] = [
      ['a<!-- x\ny -->b', 'a      \n     b'],
      ['a<!-- x', 'a      '],
      ['<!---->b<!--c-->d', '       b        d'],
      ['<!-- a -->\r\n<!-- b', '          \r\n      '],
      ['<!-- a --> <!-- b --> c', '                      c'],
      ['none', 'none'],
    ];
    for (const [xml, blanked] of cases) assert.equal(blankXmlComments(xml), blanked, JSON.stringify(xml));
  });

  it('takes the first wanted attribute of each wanted start tag, names compared lower-case', () => {
    const tags = new Set(['packagereference', 'package']);
    const attributes = new Set(['include', 'id']);
    const found = (xml: string): string[] => xmlTagAttributes(xml, tags, attributes).map((a) => `${a.tag}.${a.name}=${a.value}@${a.valueAt}`);
    const cases: [string, string[]][] = [
      ['<PackageReference Include="A" />', ['PackageReference.Include=A@27']],
      ["<Package id='B' version='1'/>", ['Package.id=B@13']],
      ['<package ID="M"/>', ['package.ID=M@13']],
      ['<PackageReference Version="1" Include = "C">', ['PackageReference.Include=C@41']],
      ['<Package\nid\n=\n"K"/>', ['Package.id=K@15']],
      ['<Package\r\nid\t=\r\n"K"/>', ['Package.id=K@17']],
      ['<Other Include="D"/>', []],
      ['<x:Package id="L"/>', []],
      ['text < Package id="O"', []],
      // An empty value is passed over; only the first wanted attribute counts.
      ['<PackageReference Include="" Id="E"/>', ['PackageReference.Id=E@33']],
      ['<PackageReference Include="F" Id="G"/>', ['PackageReference.Include=F@27']],
      // A `>` inside a quoted value does not end the tag; a stray `<` does.
      ['<PackageReference Condition="x>y" Include="N"/>', ['PackageReference.Include=N@43']],
      ['<PackageReference Include="H" <Package id="I"/>', ['PackageReference.Include=H@27', 'Package.id=I@43']],
      ['<PackageReference Include="J', ['PackageReference.Include=J@27']],
      ['<Package data-id="P" id="Q"/>', ['Package.id=Q@25']],
      ['<PackageReference Include>x', []],
      ['<PackageReference Include=Z id="R"/>', ['PackageReference.id=R@32']],
      ['<Package Id=\'S"\' Include="T"/>', ['Package.Id=S"@13']],
      // A quoted value is read whole: a tag inside it is no tag.
      ['<a b="<Package id=\'U\'/>"/><Package id="V"/>', ['Package.id=V@39']],
      ['<Package id="W"><Package id="X">', ['Package.id=W@13', 'Package.id=X@29']],
      ['no tags at all', []],
      ['xPackage id="Q"/>', []],
      // Text between tags is neither a tag nor an attribute.
      ['<Package>id="Y"</Package>', []],
      ['<Description>Package id="Z"</Description>', []],
      ['<PACKAGEREFERENCE INCLUDE="AZ"/>', ['PACKAGEREFERENCE.INCLUDE=AZ@27']],
    ];
    for (const [xml, out] of cases) assert.deepEqual(found(xml), out, xml);
  });

  it('reads an attribute name of every XML name character whole, so its quoted value is skipped', () => {
    const tags = new Set(['package']);
    const attributes = new Set(['id']);
    for (const c of ['A', 'Z', 'a', 'z', '0', '9', '_', '-', '.', ':', 'é']) {
      const xml = `<Package x${c}="<Package id='U'/>" id="V"/>`;
      assert.deepEqual(
        xmlTagAttributes(xml, tags, attributes).map((a) => a.value),
        ['V'],
        xml,
      );
    }
  });
});
