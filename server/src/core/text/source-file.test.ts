import { strict as assert } from 'node:assert';
import { decodeText, MAX_TEXT_BYTES, SourceFile } from './source-file.js';

const ascii = (n: number, at?: number): Uint8Array => {
  const b = new Uint8Array(n).fill(0x61);
  if (at !== undefined) b[at] = 0;
  return b;
};

describe('decodeText: limits and byte-order marks', () => {
  it('a file of exactly the limit is read; one byte more is too large', () => {
    assert.deepEqual(decodeText(ascii(10), 10), { text: 'aaaaaaaaaa' });
    assert.deepEqual(decodeText(ascii(11), 10), { text: '', skipped: 'too-large' });
    assert.equal(MAX_TEXT_BYTES, 2 * 1024 * 1024);
    assert.equal(decodeText(ascii(MAX_TEXT_BYTES)).skipped, undefined);
    assert.equal(decodeText(ascii(MAX_TEXT_BYTES + 1)).skipped, 'too-large');
  });

  it('a NUL within the first 8 KiB makes the file binary; a NUL after them does not', () => {
    assert.deepEqual(decodeText(ascii(9000, 0)), { text: '', skipped: 'binary' });
    assert.equal(decodeText(ascii(9000, 8191)).skipped, 'binary');
    const late = decodeText(ascii(9000, 8192));
    assert.equal(late.skipped, undefined);
    assert.equal(late.text.length, 9000);
    assert.equal(late.text.indexOf('\0'), 8192);
  });

  it('UTF-16 with a byte-order mark is decoded even though its bytes hold NULs; a lone surrogate is not text', () => {
    assert.deepEqual(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00])), { text: 'A\n' });
    assert.deepEqual(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0x0a])), { text: 'A\n' });
    assert.deepEqual(decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8])), { text: '', skipped: 'not-utf8' });
    assert.deepEqual(decodeText(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00])), { text: '', skipped: 'not-utf8' });
    // Half a mark is no mark: these are (invalid) UTF-8, not the UTF-16 text '中' (2D 4E / 4E 2D).
    for (const bytes of [
      [0xff, 0x41, 0x2d, 0x4e],
      [0x41, 0xfe, 0x2d, 0x4e],
      [0xfe, 0x41, 0x4e, 0x2d],
      [0x41, 0xff, 0x4e, 0x2d],
    ]) {
      assert.deepEqual(decodeText(Uint8Array.from(bytes)), { text: '', skipped: 'not-utf8' }, JSON.stringify(bytes));
    }
  });

  it('one or two bytes: no byte-order mark to read, plain UTF-8 rules', () => {
    assert.deepEqual(decodeText(Uint8Array.from([0x41])), { text: 'A' });
    assert.deepEqual(decodeText(Uint8Array.from([0xff])), { text: '', skipped: 'not-utf8' });
    assert.deepEqual(decodeText(Uint8Array.from([0xfe])), { text: '', skipped: 'not-utf8' });
    assert.deepEqual(decodeText(Uint8Array.from([0xff, 0xfe])), { text: '' });
    assert.deepEqual(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])), { text: 'A' });
    assert.deepEqual(decodeText(new Uint8Array(0)), { text: '' });
  });
});

describe('SourceFile', () => {
  it('builds its line index once and maps spans through it; text read from disk has version -1', () => {
    const file = new SourceFile('src/a.py', 'import openai\nclient = openai.OpenAI()\n');
    assert.equal(file.version, -1);
    assert.equal(new SourceFile('a', '', 7).version, 7);
    assert.equal(file.lineIndex, file.lineIndex);
    assert.deepEqual(file.rangeOf({ start: 14, end: 20 }), { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
  });
});
