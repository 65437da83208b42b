import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeText } from '../../server/src/core/text/source-file.js';
import { check, fuzzTimeout, isWellFormed } from './support.js';

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];

/** Bytes with a random byte-order mark, a random run of NULs, or nothing special. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc.tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 512 })).map(([bom, b]) => Uint8Array.from([...bom, ...b])),
  fc.array(fc.constantFrom(0x00, 0x0a, 0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80, 0xff, 0xfe), { maxLength: 300 }).map((a) => Uint8Array.from(a)),
);

const wellFormed = fc.string({ unit: 'binary', maxLength: 300 }).filter((s) => isWellFormed(s) && !s.includes('\0'));
const withoutLeadingBom = (s: string): string => (s.startsWith('\uFEFF') ? s.slice(1) : s);

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) {
    const t = le[i]!;
    le[i] = le[i + 1]!;
    le[i + 1] = t;
  }
  return le;
}

describe('fuzz: decodeText', function () {
  fuzzTimeout(this);

  it('never throws on arbitrary bytes and either decodes or says why not', () =>
    check(
      fc.property(bytes, fc.option(fc.integer({ min: 0, max: 4096 }), { nil: undefined }), (b, max) => {
        const r = decodeText(b, max);
        assert.equal(typeof r.text, 'string');
        if (r.skipped) {
          assert.ok(['binary', 'too-large', 'not-utf8'].includes(r.skipped));
          assert.equal(r.text, '');
        }
        if (max !== undefined && b.length > max) assert.equal(r.skipped, 'too-large');
      }),
      4,
    ));

  it('round-trips well-formed text as UTF-8, with or without a BOM', () =>
    check(
      fc.property(wellFormed, fc.boolean(), (s, bom) => {
        const enc = Buffer.from(s, 'utf8');
        const r = decodeText(bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc]) : enc);
        assert.equal(r.skipped, undefined);
        assert.equal(r.text, bom ? s : withoutLeadingBom(s));
      }),
      2,
    ));

  it('decodes UTF-16 (LE and BE) with a byte-order mark', () =>
    check(
      fc.property(wellFormed, fc.boolean(), (s, little) => {
        const body = little ? Buffer.from(s, 'utf16le') : utf16be(s);
        const r = decodeText(Uint8Array.from([...(little ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]));
        assert.equal(r.skipped, undefined);
        assert.equal(r.text, withoutLeadingBom(s));
      }),
      2,
    ));

  it('reports invalid UTF-8 as not-utf8 and a NUL in the first 8 KiB as binary', () =>
    check(
      fc.property(wellFormed, fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]), fc.nat(), (s, bad, at) => {
        const enc = Buffer.from(`x${s}`, 'utf8');
        const i = at % enc.length;
        const invalid = Buffer.concat([enc.subarray(0, i), Buffer.from(bad), enc.subarray(i)]);
        // A truncated sequence may borrow the next byte; it stays invalid UTF-8 either way.
        if (Buffer.from(invalid.toString('utf8'), 'utf8').equals(invalid)) return;
        assert.equal(decodeText(invalid).skipped, 'not-utf8');
        const withNul = Buffer.concat([enc.subarray(0, i), Buffer.from([0]), enc.subarray(i)]);
        assert.equal(decodeText(withNul).skipped, 'binary');
      }),
    ));
});
