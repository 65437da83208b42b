import { strict as assert } from 'node:assert';
import { formatMessage } from '../i18n/format.js';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { duplicateKeys, ParsedRegistry } from './registry.js';
import { MAX_YAML_TOKENS } from './bounded-parse.js';
import { SourceFile } from '../text/source-file.js';
import { formatRange } from '../text/line-index.js';
import { schemas } from './schema.js';

function parse(text: string, path = '.aigov.yaml'): ParsedRegistry {
  return new ParsedRegistry(new SourceFile(path, text));
}

describe('ParsedRegistry', () => {
  it('keeps valid components and their exact id ranges', () => {
    const r = parse('version: 1\ncomponents:\n  - id: a\n  - id: b-2\n');
    assert.deepEqual(r.components.map((c) => [c.id, c.index, formatRange(c.idRange)]), [
      ['a', 0, '3:9-3:10'],
      ['b-2', 1, '4:9-4:12'],
    ]);
    assert.deepEqual(r.schemaProblems, []);
  });

  it('places a syntax error at the parser position, never line 0 by default', () => {
    const r = parse('version: 1\ncomponents:\n  - id: a\n    name: x\n    name: y\n');
    assert.equal(r.syntaxErrors.length, 1);
    assert.equal(formatRange(r.syntaxErrors[0]!.range), '5:5-5:9');
    assert.equal(r.components.length, 0);
  });

  it('reports an unknown key on the key itself, with a suggestion, and allows x- keys', () => {
    const r = parse('version: 1\ncomponents:\n  - id: a\n    ownr: me@example.co.jp\n    x-mine: 1\n');
    assert.equal(r.schemaProblems.length, 1);
    const p = r.schemaProblems[0]!;
    assert.equal(formatRange(p.range), '4:5-4:9');
    assert.match(formatMessage(p, 'en'), /Unknown key 'ownr'\. Did you mean 'owner'\?/);
    assert.equal(p.data?.suggestion, 'owner');
  });

  it('reports an invalid enum value on the value, with a suggestion', () => {
    const r = parse('version: 1\ncomponents:\n  - id: a\n    risk: { level: hgh }\n');
    const p = r.schemaProblems[0]!;
    assert.equal(formatRange(p.range), '4:20-4:23');
    assert.match(formatMessage(p, 'en'), /got 'hgh'\. Did you mean 'high'\?/);
  });

  it('keeps the rest of a component when one field is invalid', () => {
    const r = parse('version: 1\ncomponents:\n  - id: a\n    owner: me@example.co.jp\n    logging: { enabled: "yes" }\n');
    assert.equal(r.components.length, 1);
    assert.equal(r.components[0]!.data.owner, 'me@example.co.jp');
    assert.equal(r.components[0]!.data.logging?.enabled, undefined);
  });

  it('drops a component whose id is invalid but keeps the others', () => {
    const r = parse('version: 1\ncomponents:\n  - id: Not Kebab\n  - id: ok\n');
    assert.deepEqual(r.components.map((c) => c.id), ['ok']);
    assert.equal(r.components[0]!.index, 1);
    assert.match(formatMessage(r.schemaProblems[0]!, 'en'), /kebab-case/);
  });

  it('lands a missing required key on the parent', () => {
    const r = parse('version: 1\ncomponents:\n  - name: nameless\n');
    const p = r.schemaProblems[0]!;
    assert.match(formatMessage(p, 'en'), /Missing required key 'id'/);
    assert.equal(p.range.start.line, 2);
  });

  it('stops an alias bomb with a finding instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      const prev = names[i - 1];
      lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const r = parse(`${lines.join('\n')}\n`);
    assert.equal(r.syntaxErrors.length, 1);
    assert.match(r.syntaxErrors[0]!.message, /aliases are limited/);
  });

  it('treats an empty file as no data, and a scalar document as a schema problem', () => {
    assert.equal(parse('').data, undefined);
    const r = parse('just a string\n');
    assert.equal(r.schemaProblems.length, 1);
  });

  it('reads CRLF files with the same ranges', () => {
    const r = parse('version: 1\r\ncomponents:\r\n  - id: a\r\n    ownr: x\r\n');
    assert.equal(formatRange(r.schemaProblems[0]!.range), '4:5-4:9');
  });
});

describe('ParsedRegistry problems, as the user reads them', () => {
  const problems = (text: string): string[] => {
    const r = parse(text);
    return [
      ...r.syntaxErrors.map((e) => `${formatRange(e.range)} ${e.message} ${JSON.stringify(e.data)}`),
      ...r.schemaProblems.map((p) => `${formatRange(p.range)} ${formatMessage(p, 'en')} ${JSON.stringify(p.path)} ${JSON.stringify(p.data)}`),
    ];
  };

  it('a second document: one problem from its `---` on, in words of the registry', () => {
    assert.deepEqual(problems('a: 1\n---\nb: 2\n'), [
      '2:1-4:1 the file holds a second YAML document from this `---` on. A registry is one document: put every component in its one `components` list, or a separate part of the repository in the .aigov.yaml of its own folder {"yamlCode":"MULTIPLE_DOCS"}',
    ]);
  });

  it('a parser message without its line and column', () => {
    assert.deepEqual(problems('a: [1, 2\n'), ['2:1-2:1 Flow sequence in block collection must be sufficiently indented and end with a ] {"yamlCode":"BAD_INDENT"}']);
  });

  it('a key written again, at each repetition, in document order, on the whole key', () => {
    assert.deepEqual(problems('a: 1\nname: 2\nb: 3\nname: 4\nname: 5\n'), [
      '4:1-4:5 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}',
      '5:1-5:5 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}',
    ]);
    // Keys equal as values, in nested and flow mappings; a key of one item is not a key of the next.
    assert.deepEqual(problems('x:\n  1: a\n  "1": b\nitems: [{ k: 1 }, { k: 2, k: 3 }]\n'), ['4:27-4:28 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}']);
    // In the value of a pair held as a list item.
    assert.deepEqual(problems('x-a: !!pairs\n  - a: { k: 1, k: 2 }\n'), ['2:16-2:17 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}']);
  });

  it('keys written again 100,000 levels deep, in keys and values, without the call stack', () => {
    // How deep a document the parser gives depends on the stack it is given: built node by node,
    // the document stands for any depth. A mapping at each level, its key written twice at the bottom.
    const key = (value: string, at: number): Scalar => Object.assign(new Scalar(value), { range: [at, at + 1, at + 1] });
    const bottom = new YAMLMap();
    bottom.items.push(new Pair(key('k', 7), new Scalar(1)), new Pair(key('k', 9), new Scalar(2)));
    let node: YAMLMap | YAMLSeq = bottom;
    for (let i = 0; i < 100_000; i++) {
      const next: YAMLMap | YAMLSeq = i % 2 === 0 ? new YAMLSeq() : new YAMLMap();
      if (next instanceof YAMLSeq) next.items.push(node);
      else next.items.push(new Pair(key('a', 1), node), new Pair(key('b', 2), null));
      node = next;
    }
    // A mapping as a key holds a key written twice as well.
    const asKey = new YAMLMap();
    asKey.items.push(new Pair(key('x', 3), new Scalar(1)), new Pair(key('x', 5), new Scalar(2)));
    const top = new YAMLMap();
    top.items.push(new Pair(asKey, node));
    const doc = new Document();
    doc.contents = top;
    assert.deepEqual(
      duplicateKeys(doc as Document.Parsed).sort((a, b) => a.pos - b.pos),
      [5, 9].map((pos) => ({ pos, end: pos + 1, message: 'Map keys must be unique', code: 'DUPLICATE_KEY' })),
    );
  });

  it('syntax errors of the parser and repeated keys together, in document order', () => {
    assert.deepEqual(problems('a: 1\na: 2\nb: [1, 2\n'), [
      '2:1-2:2 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}',
      '4:1-4:1 Flow sequence in block collection must be sufficiently indented and end with a ] {"yamlCode":"BAD_INDENT"}',
    ]);
  });

  it('an alias with no anchor before it', () => {
    assert.deepEqual(problems('a: *b\n'), ['1:1-1:1 The YAML could not be read: the alias *b has no anchor &b before it. {"yamlCode":"BAD_ALIAS"}']);
  });

  it('aliases over the limit: the limit in the message', () => {
    // 600 aliases of 101 values; 1,303 values written.
    const lines = [`a: &a [${Array(100).fill('x').join(', ')}]`];
    for (let i = 0; i < 600; i++) lines.push(`b${i}: *a`);
    assert.deepEqual(problems(`${lines.join('\n')}\n`), [
      '1:1-1:1 The YAML expands too far: aliases are limited to 23030 repeated values in this file (10 for each value written, plus 10,000). {"yamlCode":"ALIAS_LIMIT"}',
    ]);
  });

  it('a document that is not a mapping', () => {
    assert.deepEqual(problems('- a\n- b\n'), ['1:1-3:1 A registry file is a mapping with `version` and `components`. [] undefined']);
    assert.deepEqual(problems('just a string\n'), ['1:1-1:14 A registry file is a mapping with `version` and `components`. [] undefined']);
    assert.deepEqual(problems('~\n'), []);
    assert.deepEqual(problems('# only a comment\n'), []);
  });

  it('numbers and booleans written as text: the value to write, as a suggestion', () => {
    assert.deepEqual(problems('version: "1"\ncomponents:\n  - id: x\n    logging: { enabled: " true ", retention_days: "-30.5" }\n    labeling: { visible: "false" }\n    gpai: { compute_flops: "1e25", systemic_risk: "yes" }\n'), [
      `1:10-1:13 version: Expected a number, got the text '1' (in quotes): write 1 without quotes. ["version"] {"kind":"invalid_type","suggestion":"1"}`,
      `4:25-4:33 components[0].logging.enabled: Expected true or false, got the text ' true ' (in quotes): write true without quotes. ["components",0,"logging","enabled"] {"kind":"invalid_type","suggestion":"true"}`,
      `4:51-4:58 components[0].logging.retention_days: Expected a number, got the text '-30.5' (in quotes): write -30.5 without quotes. ["components",0,"logging","retention_days"] {"kind":"invalid_type","suggestion":"-30.5"}`,
      `5:26-5:33 components[0].labeling.visible: Expected true or false, got the text 'false' (in quotes): write false without quotes. ["components",0,"labeling","visible"] {"kind":"invalid_type","suggestion":"false"}`,
      '6:28-6:34 components[0].gpai.compute_flops: Invalid input: expected number, received string ["components",0,"gpai","compute_flops"] {"kind":"invalid_type"}',
      '6:51-6:56 components[0].gpai.systemic_risk: Invalid input: expected boolean, received string ["components",0,"gpai","systemic_risk"] {"kind":"invalid_type"}',
    ]);
    // Two decimals; a mapping written as the text "true" is no quoted boolean.
    assert.deepEqual(problems('version: 1\ncomponents:\n  - id: x\n    records: { retention_years: "7.25" }\n    monitoring: "true"\n'), [
      '5:17-5:23 components[0].monitoring: Invalid input: expected object, received string ["components",0,"monitoring"] {"kind":"invalid_type"}',
      `4:33-4:39 components[0].records.retention_years: Expected a number, got the text '7.25' (in quotes): write 7.25 without quotes. ["components",0,"records","retention_years"] {"kind":"invalid_type","suggestion":"7.25"}`,
    ]);
  });

  it('a value not among the allowed ones: the values, what was written when it is text, a suggestion', () => {
    assert.deepEqual(problems('version: 1\ncomponents:\n  - id: x\n    public_sector: true\n    roles: [provider, deployr]\n'), [
      `5:23-5:30 components[0].roles[1]: Expected one of 'provider', 'deployer', 'importer', 'distributor', 'developer', 'business-user', got 'deployr'. Did you mean 'deployer'? ["components",0,"roles",1] {"kind":"invalid_value","suggestion":"deployer"}`,
      `4:20-4:24 components[0].public_sector: Expected one of 'authority', 'public-service'. ["components",0,"public_sector"] {"kind":"invalid_value"}`,
    ]);
  });

  it('a date that is not one, a list or a mapping of the wrong type, an unknown key with its suggestion', () => {
    assert.deepEqual(problems('version: 1\norganization: { nme: x }\ncomponents:\n  - 3\n  - id: ok\n    placed_on_market: 2026-13-01\n'), [
      `2:17-2:20 Unknown key 'nme'. Did you mean 'name'? Keys of your own start with 'x-'. ["organization","nme"] {"kind":"unknown-key","key":"nme","suggestion":"name"}`,
      '4:5-4:6 components[0]: Invalid input: expected object, received number ["components",0] {"kind":"invalid_type"}',
      '6:23-6:33 components[1].placed_on_market: Expected a date written as YYYY-MM-DD. ["components",1,"placed_on_market"] {"kind":"invalid_format"}',
    ]);
    assert.deepEqual(problems('version: 1\ncomponents:\n  - id: x\n    zzzzzz: 1\n'), [
      `4:5-4:11 Unknown key 'zzzzzz'. Keys of your own start with 'x-'. ["components",0,"zzzzzz"] {"kind":"unknown-key","key":"zzzzzz"}`,
    ]);
  });

  it('a key written again far into the file, an empty key, a key longer than 200 characters', () => {
    // The mark covers the whole key wherever it is, and at most 200 characters of it.
    assert.deepEqual(problems(`a: 1\n${'#'.repeat(230)}\nkey: 1\nkey: 2\n`), ['4:1-4:4 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}']);
    assert.deepEqual(problems(': 1\n: 2\n'), ['2:1-2:2 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}']);
    const long = 'k'.repeat(250);
    assert.deepEqual(problems(`${long}: 1\n${long}: 2\n`), ['2:1-2:201 Map keys must be unique {"yamlCode":"DUPLICATE_KEY"}']);
  });

  it('a comment that touches the value before it is a syntax error, as YAML has it', () => {
    assert.deepEqual(problems('version: 1\norganization:\n  name: "Org"#ours\n'), [
      '3:14-3:19 Comments must be separated from other tokens by white space characters {"yamlCode":"MISSING_CHAR"}',
    ]);
  });

  it('an alias that holds itself: the version is kept, the rest reported', () => {
    const r = parse('version: 1\norganization: &org\n  name: *org\n');
    assert.equal(r.data?.version, 1);
    assert.deepEqual(r.schemaProblems.map((p) => formatMessage(p, 'en')), ['organization.name: Invalid input: expected string, received object']);
  });

  it('an x- key that holds itself drops nothing else, at the top or in a component', () => {
    const r = parse('version: 1\nx-self: &a\n  loop: *a\norganization:\n  name: Org\n  contacts:\n    incident: sec@example.org\ncomponents:\n  - id: bot\n    x-tree: &t { up: *t }\n    owner: team@example.org\n');
    assert.deepEqual(r.schemaProblems, []);
    assert.deepEqual(r.data?.organization, { name: 'Org', contacts: { incident: 'sec@example.org' } });
    assert.deepEqual(r.components.map((c) => [c.id, c.data.owner]), [['bot', 'team@example.org']]);
  });

  it('a mapping that holds itself under a known key: the key is reported, the rest kept', () => {
    const r = parse('version: 1\norganization: &o\n  name: Org\n  parent: *o\ncomponents:\n  - id: a\n');
    assert.deepEqual(r.schemaProblems.map((p) => formatMessage(p, 'en')), ["Unknown key 'parent'. Keys of your own start with 'x-'."]);
    assert.deepEqual(r.data?.organization, { name: 'Org' });
    assert.deepEqual(r.components.map((c) => c.id), ['a']);
  });

  it('data nested thousands of levels deep through aliases in x- keys drops nothing, at the top or in a component', () => {
    // 20 anchors of 250 nested lists, each holding the one before: 5,000 levels in 10 KB.
    const chain = (indent: string): string =>
      Array.from({ length: 20 }, (_, i) => `${indent}- &a${i} ${'['.repeat(250)}${i === 0 ? '1' : `*a${i - 1}`}${']'.repeat(250)}`).join('\n');
    const org = 'organization:\n  name: Org\n  contacts:\n    incident: sec@example.org\n';
    const top = parse(`version: 1\nx-deep:\n${chain('  ')}\n${org}components:\n  - id: bot\n    owner: team@example.org\n`);
    const inComponent = parse(`version: 1\n${org}components:\n  - id: bot\n    owner: team@example.org\n    x-deep:\n${chain('      ')}\n`);
    for (const r of [top, inComponent]) {
      assert.deepEqual([r.syntaxErrors, r.schemaProblems], [[], []]);
      assert.deepEqual(r.data?.organization, { name: 'Org', contacts: { incident: 'sec@example.org' } });
      assert.deepEqual(r.components.map((c) => [c.id, c.data.owner]), [['bot', 'team@example.org']]);
    }
  });

  it('a value that holds itself, repeated by aliases from outside it: copied as before while small, a finding when it would grow with the square', () => {
    // `*v` stands for 2 values where aliases are counted (its `*a` is inside &a), yet each copy of it holds &a again:
    // 1,000 of them copy a million values from a file of 7,094 characters.
    const cross = (n: number): string => `version: 1\nx-a: &a\n  - &v [*a]\n  - [${Array(n).fill('0').join(', ')}]\nx-b: [${Array(n).fill('*v').join(', ')}]\norganization: { name: Org }\ncomponents:\n  - id: bot\n`;
    const small = parse(cross(3));
    assert.deepEqual([small.syntaxErrors, small.schemaProblems], [[], []]);
    assert.deepEqual(small.data, { version: 1, organization: { name: 'Org' }, components: [{ id: 'bot' }] });
    assert.deepEqual(problems(cross(1000)), [
      '1:1-1:1 The YAML expands too far: values that hold themselves, repeated through aliases, make more than 180256 values (24 for each character of the file, plus 10,000). {"yamlCode":"ALIAS_LIMIT"}',
    ]);
    const big = parse(cross(1000));
    assert.deepEqual([big.raw, big.data, big.components, big.schemaProblems], [undefined, undefined, [], []]);
  });

  it('lists and mappings nested more than 256 levels: one finding at the first level too deep, at any depth', () => {
    const message = 'the lists and mappings of this YAML are nested too deeply to be read (more than 256 levels): a registry needs a few, write the deep part flatter';
    // The top-level mapping is the first level, x-deep's value the second.
    // Each form, and where in it the 256th list or mapping (the 257th level) starts.
    const forms: [string, (n: number) => string, number][] = [
      ['flow lists', (n) => `${'['.repeat(n)}${']'.repeat(n)}`, 255],
      ['flow mappings', (n) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`, 4 * 255],
      ['block lists', (n) => `\n  ${'- '.repeat(n)}1`, 3 + 2 * 255],
      ['block mappings as keys', (n) => `\n  ${'? '.repeat(n)}a`, 3 + 2 * 255],
      ['block mappings indented', (n) => Array.from({ length: n }, (_, i) => `\n${' '.repeat(i + 1)}a:`).join('') + ' 1', (255 * 254) / 2 + 4 * 255 + 257],
    ];
    for (const [name, deep, first] of forms) {
      const text = (n: number): string => `version: 1\norganization: { name: Org }\nx-deep: ${deep(n)}\ncomponents: []\n`;
      const read = parse(text(255));
      assert.deepEqual(read.syntaxErrors, [], `${name}: 256 levels are read`);
      assert.deepEqual(read.data?.organization, { name: 'Org' });
      for (const n of [256, 3_000]) {
        if (name === 'block mappings indented' && n > 256) continue; // n² characters
        const r = parse(text(n));
        assert.deepEqual(r.syntaxErrors.map((e) => [e.message, e.data]), [[message, { yamlCode: 'RESOURCE_EXHAUSTION' }]], `${name}: ${n + 1} levels`);
        // At the list or mapping of the 257th level; thousands of levels of block lists may be given at the start of the file.
        const at = text(n).indexOf('x-deep: ') + 8 + first;
        const places = [formatRange(r.rangeOf({ start: at, end: at + 1 })), ...(n > 256 && name.startsWith('block') ? ['1:1-1:2'] : [])];
        assert.ok(places.includes(formatRange(r.syntaxErrors[0]!.range)), `${name}: ${n + 1} levels, at ${formatRange(r.syntaxErrors[0]!.range)}`);
        assert.equal(r.data, undefined);
      }
    }
  });

  it('a registry of more names, values and marks than the limit is not read: one syntax error where the limit is passed', () => {
    // `version`, `:`, `1`, `x-big`, `:`, `[`, then `a` and `,` for each item, then `]`.
    const text = (n: number): string => `version: 1\nx-big: [${'a,'.repeat(n)}]\n`;
    const within = (MAX_YAML_TOKENS - 8) / 2;
    assert.deepEqual(parse(text(within)).syntaxErrors, []);
    const r = parse(text(within + 1));
    const message = 'this YAML holds more than 250,000 names, values and marks (`-`, `:`, `,`, brackets, anchors, aliases), far more than a registry needs, so it is not read: split it into the .aigov.yaml files of the folders its components cover';
    assert.deepEqual(r.syntaxErrors.map((e) => [e.message, e.data]), [[message, { yamlCode: 'RESOURCE_EXHAUSTION' }]]);
    // At the first token past the limit: the `]`.
    const at = 'x-big: ['.length + 2 * (within + 1) + 1;
    assert.equal(formatRange(r.syntaxErrors[0]!.range), `2:${at}-2:${at + 1}`);
    assert.equal(r.doc, undefined);
    assert.equal(r.data, undefined);
  });

  it('a __proto__ key is a key like any other, never the data\'s prototype', () => {
    const r = parse('version: 1\norganization:\n  __proto__:\n    name: Evil\n');
    assert.equal((r.data?.organization as { name?: string } | undefined)?.name, undefined);
  });

  it('a rule key that is no finding code: what one looks like, on the key', () => {
    assert.deepEqual(problems('version: 1\nrules:\n  aigov1: error\n  AIGOV5*: info\n'), [
      '3:3-3:9 rules.aigov1: Rule keys are finding codes like AIGOV101, or a family such as AIGOV5* ["rules","aigov1"] {"kind":"invalid_key"}',
    ]);
  });

  it('keeps the valid data: a component that is not a mapping is skipped, the others keep their index', () => {
    const r = parse('version: 1\norganization: { nme: x, name: Org }\ncomponents:\n  - 3\n  - [a]\n  - id: ok\n    roles: [provider, bogus]\n');
    assert.deepEqual(r.data, { version: 1, organization: { name: 'Org' }, components: [{ id: 'ok', roles: ['provider'] }] });
    assert.deepEqual(r.components.map((c) => [c.id, c.index, formatRange(c.range)]), [['ok', 2, '6:5-8:1']]);
    assert.deepEqual(r.components[0]!.raw, { id: 'ok', roles: ['provider', 'bogus'] });
    assert.equal(r.components[0]!.registry, r);
    assert.ok(r.hasComponentSeq);
    assert.deepEqual(parse('version: 1\ncomponents: 3\n').data, { version: 1, components: [] });
    assert.equal(parse('version: 1\ncomponents: 3\n').hasComponentSeq, false);
    assert.equal(parse('- a\n').hasComponentSeq, false);
  });

  it('locate and has: ranges of paths, and the start of the file when it does not parse', () => {
    const r = parse('version: 1\ncomponents:\n  - id: a\n    risk: { level: high }\n', 'sub/.aigov.yaml');
    assert.equal(r.path, 'sub/.aigov.yaml');
    assert.equal(r.dir, 'sub');
    assert.equal(formatRange(r.locate(['components', 0, 'risk', 'level'])), '4:13-4:18');
    assert.equal(formatRange(r.locate(['components', 0, 'risk', 'level'], 'value')), '4:20-4:24');
    assert.equal(r.has(['components', 0, 'risk', 'level']), true);
    assert.equal(r.has(['components', 0, 'owner']), false);
    const broken = parse('a: [\n');
    assert.equal(broken.data, undefined);
    assert.equal(broken.raw, undefined);
  });
});

describe('ParsedRegistry validation', () => {
  it('validates without zod compiling functions: every parse of the registry and its components asks for that', () => {
    const asked: unknown[] = [];
    const { registry, component } = schemas();
    const spied = [registry, component].map((schema) => {
      const own = Object.getOwnPropertyDescriptor(schema, 'safeParse');
      const original = schema.safeParse.bind(schema);
      Object.defineProperty(schema, 'safeParse', {
        configurable: true,
        writable: true,
        value: (data: unknown, params?: unknown) => {
          asked.push(params);
          return original(data, params as Parameters<typeof original>[1]);
        },
      });
      return { schema, own };
    });
    try {
      const r = parse('version: 1\norganization: { name: Example }\ncomponents:\n  - id: a\n    owner: 1\n    risk: { level: high, bogus: 2 }\n  - id: b\n    kind: model\n');
      assert.deepEqual(
        r.components.map((c) => c.id),
        ['a', 'b'],
      );
      assert.ok(r.schemaProblems.length >= 2, 'the bad owner and the unknown key are found');
    } finally {
      for (const { schema, own } of spied) {
        if (own) Object.defineProperty(schema, 'safeParse', own);
        else delete (schema as { safeParse?: unknown }).safeParse;
      }
    }
    // The whole file once, then pruned parses of the rest and of each component.
    assert.ok(asked.length >= 4, `validated ${asked.length} times`);
    for (const params of asked) assert.deepEqual(params, { jitless: true });
  });
});
