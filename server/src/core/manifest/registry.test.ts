import { strict as assert } from 'node:assert';
import { formatMessage } from '../i18n/format.js';
import { ParsedRegistry } from './registry.js';
import { SourceFile } from '../text/source-file.js';
import { formatRange } from '../text/line-index.js';

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
