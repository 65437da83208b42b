import { strict as assert } from 'node:assert';
import { keywordAt, lineAround, prevNonWs, readDotted, readIdent, skipWs, stringContent, wordEndingAt } from './cursor.js';

const span = (text: string): { start: number; end: number } => ({ start: 0, end: text.length });

describe('detection: scanning steps of the import parsers', () => {
  it('reads identifiers: letters, _, $ and non-ASCII first, digits after', () => {
    for (const id of ['Zed', 'A1', '_x', '$y', 'été', 'a0', 'a9', 'z_Z']) assert.equal(readIdent(`${id}(`, 0), id.length, id);
    for (const c of ['0', '9', '\x7f', '@', '[', '`', '{', '/', ':']) assert.equal(readIdent(`${c}x`, 0), 0, JSON.stringify(c));
    assert.equal(readIdent('a\x7f', 0), 1);
  });

  it('skips spaces, tabs, form feeds, vertical tabs and line continuations; line breaks only when asked', () => {
    assert.equal(skipWs(' \t\f\vx', 0), 4);
    assert.equal(skipWs('  \nx', 0), 2);
    assert.equal(skipWs('  \r\n x', 0, true), 5);
    assert.equal(skipWs('a\\\r\n  b', 1), 6);
    assert.equal(skipWs('a\\\n b', 1), 4);
    assert.equal(skipWs('a\\\nb', 1), 3);
    assert.equal(skipWs('a\\\n\nb', 1), 3);
    assert.equal(skipWs('a\\\rb', 1), 3);
    assert.equal(skipWs('a\\ b', 1), 1);
  });

  it('reads dotted names, across lines only when asked, with a trailing * only when allowed', () => {
    assert.deepEqual(readDotted('a . b.c;', 0), { name: 'a.b.c', span: { start: 0, end: 7 } });
    assert.deepEqual(readDotted('a\n.b', 0), { name: 'a', span: { start: 0, end: 1 } });
    assert.deepEqual(readDotted('a\n.b', 0, true), { name: 'a.b', span: { start: 0, end: 4 } });
    assert.deepEqual(readDotted('a.*;', 0), { name: 'a', span: { start: 0, end: 1 } });
    assert.deepEqual(readDotted('a.*;', 0, false, true), { name: 'a', span: { start: 0, end: 3 } });
    assert.deepEqual(readDotted('a. 1', 0), { name: 'a', span: { start: 0, end: 1 } });
    assert.equal(readDotted('.x', 0), undefined);
  });

  it('finds a keyword only as a whole word', () => {
    assert.equal(keywordAt('import x', 0, 'import'), true);
    assert.equal(keywordAt(' import x', 1, 'import'), true);
    assert.equal(keywordAt('ximport x', 1, 'import'), false);
    assert.equal(keywordAt('imports', 0, 'import'), false);
    assert.equal(keywordAt('export', 0, 'import'), false);
  });

  it('looks back and around at most the limit', () => {
    const far = `x${' '.repeat(500)}`;
    assert.equal(prevNonWs(far, far.length, 400), -1);
    assert.equal(prevNonWs(far, far.length, 600), 0);
    assert.equal(prevNonWs('a \n ', 4), 0);
    const long = 'x'.repeat(1000);
    assert.deepEqual(lineAround(long, 900, 600), { start: 300, end: 1000 });
    assert.deepEqual(lineAround(long, 100, 600), { start: 0, end: 700 });
    assert.deepEqual(lineAround('abc', 1), { start: 0, end: 3 });
    assert.deepEqual(lineAround('a\nbc\r\nd', 3), { start: 2, end: 4 });
  });

  it('reads the word ending at a place, at most 64 characters of it', () => {
    assert.deepEqual(wordEndingAt('x = require', 10), { word: 'require', start: 4 });
    const long = 'a'.repeat(100);
    assert.equal(wordEndingAt(long, 99).word.length, 64);
  });

  it('gives the inside of a string literal: prefixes, each quote, triple quotes, empty ones', () => {
    assert.deepEqual(stringContent('"abc"', span('"abc"')), { start: 1, end: 4 });
    assert.deepEqual(stringContent("'abc'", span("'abc'")), { start: 1, end: 4 });
    assert.deepEqual(stringContent('`abc`', span('`abc`')), { start: 1, end: 4 });
    assert.deepEqual(stringContent('rb"x"', span('rb"x"')), { start: 3, end: 4 });
    assert.deepEqual(stringContent('"""abc"""', span('"""abc"""')), { start: 3, end: 6 });
    assert.deepEqual(stringContent('""', span('""')), { start: 1, end: 1 });
    assert.deepEqual(stringContent('"""x', { start: 0, end: 2 }), { start: 1, end: 1 });
    assert.deepEqual(stringContent('""""""', span('""""""')), { start: 3, end: 3 });
  });

  it('refuses literals that are not one: no quote, another closing quote, a line break, over 400 characters', () => {
    assert.equal(stringContent('(x(', span('(x(')), undefined);
    assert.equal(stringContent('"', span('"')), undefined);
    assert.equal(stringContent('"""', span('"""')), undefined);
    assert.equal(stringContent('"abc\'', span('"abc\'')), undefined);
    assert.equal(stringContent('"a\nb"', span('"a\nb"')), undefined);
    assert.equal(stringContent('"a\rb"', span('"a\rb"')), undefined);
    const ok = `"${'x'.repeat(398)}"`;
    assert.deepEqual(stringContent(ok, span(ok)), { start: 1, end: 399 });
    const over = `"${'x'.repeat(399)}"`;
    assert.equal(stringContent(over, span(over)), undefined);
  });
});
