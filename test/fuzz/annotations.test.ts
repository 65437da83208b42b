import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { scanAnnotations } from '../../server/src/core/annotations/annotations.js';
import { LANGUAGES } from '../../server/src/core/annotations/languages.js';
import { lex } from '../../server/src/core/annotations/scanner.js';
import { formatMessage } from '../../server/src/core/i18n/format.js';
import { LineIndex } from '../../server/src/core/text/line-index.js';
import { SourceFile } from '../../server/src/core/text/source-file.js';
import { anyText, assertRangeInside, check, fuzzTimeout, tokenText } from './support.js';

/** Every extension and basename the language table knows, plus notebooks and unknown files. */
const PATHS = [...LANGUAGES.flatMap((l) => [...l.extensions.map((e) => `src/file${e}`), ...l.basenames.map((b) => `src/${b}`)]), 'nb.ipynb', 'README', 'data.unknownext', 'Dockerfile.dev', 'Makefile.am'];

/** Comment openers, string quotes and tag words of every language, to make the lexers work. */
const TOKENS = [
  ...new Set([
    ...LANGUAGES.flatMap((l) => [...l.syntax.line, ...l.syntax.block.flatMap((b) => [b.open, b.close]), ...l.syntax.strings.flatMap((s) => [s.open, s.close])]),
    '@aigov',
    '@aigov ',
    '@aigov fraud-scorer',
    '@aigov Fraud_Scorer',
    ' scope=block',
    ' scope=file',
    ' scope=nope',
    '@aigov-ignore',
    '@aigov-ignore-file',
    ' AIGOV101',
    ' aigov301,AIGOV302',
    ' -- ',
    ' because',
    '\n',
    '\r\n',
    '\r',
    ' ',
    '\t',
    '\\',
    '{',
    '}',
    '(',
    ')',
    'x',
    'def f():\n    ',
    'r#"',
    '"#',
    '$"',
    '/',
    '=',
  ]),
].filter((t) => t.length > 0);

const text = fc.oneof(anyText, tokenText(TOKENS, 150));

/** A notebook whose cells hold `sources`, written as JSON arrays of lines (as Jupyter does). */
const notebook = fc
  .record({
    cells: fc.array(fc.record({ type: fc.constantFrom('code', 'markdown', 'raw'), source: text, lang: fc.option(fc.constantFrom('python', 'r', 'julia', 'typescript', 'sql', 'nope'), { nil: undefined }) }, { requiredKeys: ['type', 'source'] }), { maxLength: 4 }),
    lang: fc.constantFrom('python', 'R', 'julia', 'scala', ''),
    asString: fc.boolean(),
  })
  .map(({ cells, lang, asString }) =>
    JSON.stringify(
      {
        cells: cells.map((c) => ({
          cell_type: c.type,
          metadata: c.lang ? { vscode: { languageId: c.lang } } : {},
          source: asString ? c.source : c.source.split(/(?<=\n)/),
        })),
        metadata: lang ? { language_info: { name: lang } } : {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      asString ? 0 : 1,
    ),
  );

function offsetText(src: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const idx = new LineIndex(src);
  return src.slice(idx.offsetAt(r.start), idx.offsetAt(r.end));
}

function assertScan(path: string, src: string): void {
  const res = scanAnnotations(new SourceFile(path, src));
  const notebook = path.endsWith('.ipynb');
  for (const a of res.annotations) {
    assert.ok(a.id.length > 0, 'an annotation names an id');
    assert.ok(a.scope === 'file' || a.scope === 'block');
    assertRangeInside(a.range, src, 'annotation');
    assertRangeInside(a.idRange, src, 'annotation id');
    if (a.blockRange) assertRangeInside(a.blockRange, src, 'block');
    if (!notebook) assert.equal(offsetText(src, a.idRange), a.id, 'the id range covers the id as written');
  }
  for (const s of res.suppressions) {
    assertRangeInside(s.range, src, 'suppression');
    assert.ok(Array.isArray(s.codes));
    if (s.targetLine !== undefined) assert.ok(s.targetLine >= 0 && s.targetLine < new LineIndex(src).lineCount, 'target line inside the file');
  }
  for (const m of res.malformed) {
    assertRangeInside(m.range, src, 'malformed');
    assert.ok(formatMessage(m, 'en').length > 0);
  }
  for (const c of res.lex?.comments ?? []) assert.ok(c.span.start <= c.span.end && c.span.end <= src.length && c.contentSpan.start >= c.span.start && c.contentSpan.end <= c.span.end, 'comment spans nest');
}

describe('fuzz: comment scanner and annotation parser', function () {
  fuzzTimeout(this);

  it('never throws on arbitrary text for any language, and its ranges are inside the file', () =>
    check(
      fc.property(fc.constantFrom(...PATHS), text, (path, src) => assertScan(path, src)),
      6,
    ));

  it('lexes comments and strings in order, without overlap, inside the text', () =>
    check(
      fc.property(fc.constantFrom(...LANGUAGES), text, (lang, src) => {
        const r = lex(src, lang.syntax);
        const spans = [...r.comments.map((c) => c.span), ...r.strings].sort((a, b) => a.start - b.start);
        let end = 0;
        for (const s of spans) {
          assert.ok(s.start >= end && s.start <= s.end && s.end <= src.length, `span ${s.start}-${s.end} after ${end} in ${src.length}`);
          end = s.end;
        }
      }),
      4,
    ));

  it('never throws on notebooks, valid or damaged', () =>
    check(
      fc.property(notebook, fc.nat(), fc.boolean(), (nb, cut, damage) => {
        assertScan('nb.ipynb', nb);
        if (damage) assertScan('nb.ipynb', nb.slice(0, cut % (nb.length + 1)));
      }),
      2,
    ));

  it('finds a tag written in a line comment of each language', () =>
    check(
      fc.property(fc.constantFrom(...LANGUAGES.filter((l) => l.syntax.line.length > 0)), fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}$/), (lang, id) => {
        const ext = lang.extensions[0] ?? '';
        const path = ext ? `src/f${ext}` : `src/${lang.basenames[0]}`;
        const src = `${lang.syntax.line[0]} @aigov ${id}\n`;
        const res = scanAnnotations(new SourceFile(path, src));
        assert.deepEqual(res.annotations.map((a) => a.id), [id], `${lang.id}: ${JSON.stringify(src)}`);
      }),
      0.5,
    ));

  it('scans adversarial input in linear time (200 KB of openers and quotes per language)', function () {
    this.timeout(120000);
    const unit = ['/*', '"', "'", '`', '#', '--', '(*', '{-', '<!--', '\\', '@aigov ', '"""', "'''", '\n', 'r#"', '$"', '%', ';'];
    const slow: string[] = [];
    for (const lang of LANGUAGES) {
      const big = Array.from({ length: 200000 / 20 }, (_, i) => unit[i % unit.length]! + unit[(i * 7) % unit.length]!).join('').repeat(2);
      const ext = lang.extensions[0] ?? '';
      const t0 = Date.now();
      scanAnnotations(new SourceFile(ext ? `f${ext}` : lang.basenames[0]!, big));
      const ms = Date.now() - t0;
      if (ms > 3000) slow.push(`${lang.id}: ${ms} ms`);
    }
    assert.deepEqual(slow, []);
  });
});
