import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import '../../../../test/support/fast-check-seed.js';
import { encodeNameBytes, nameOfBytes, shownPath } from './shown-path.js';
import { visible } from './visible.js';

/** Bytes that make names look alike once escaped: a backslash, `x`, hex digits, bytes that are not UTF-8, C1 controls written in UTF-8. */
const TRICKY = [0x5c, 0x78, 0x75, 0x66, 0x38, 0x30, 0x30, 0x1b, 0x0a, 0xff, 0xfe, 0x80, 0xc2, 0x9b, 0xe2, 0x80, 0xae, 0xed, 0xa0, 0x80, 0x61];
const name = fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }).map((a) => Uint8Array.from(a));

describe('shown paths', () => {
  it('a name that is not UTF-8 keeps every byte, and no valid name is held the same', () => {
    assert.equal(nameOfBytes(Buffer.from('bad\xff.py', 'latin1')), 'bad\udcff.py');
    assert.equal(nameOfBytes(Buffer.from('café.py')), 'café.py');
    // An encoded surrogate (ED A0 80) is not valid UTF-8: three bytes, three escapes.
    assert.equal(shownPath(nameOfBytes(Uint8Array.from([0xed, 0xa0, 0x80]))), '\\xed\\xa0\\x80');
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(Buffer.compare(a, b) !== 0);
        assert.notEqual(nameOfBytes(a), nameOfBytes(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('shows two different names differently, in every output (as is, through visible, as a URI)', () => {
    assert.equal(shownPath('bad\udcff.py'), 'bad\\xff.py');
    assert.equal(shownPath('bad\\xff.py'), 'bad\\\\xff.py');
    assert.equal(visible(shownPath('c1\u0080.py')), 'c1\\u0080.py');
    assert.notEqual(visible(shownPath('c1\u0080.py')), visible(shownPath(nameOfBytes(Buffer.from('c1\x80.py', 'latin1')))));
    const uri = (p: string): string => encodeNameBytes(p, encodeURIComponent);
    assert.equal(uri('bad\udcff.py'), 'bad%FF.py');
    assert.equal(uri('bad\\xff.py'), 'bad%5Cxff.py');
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(Buffer.compare(a, b) !== 0);
        const [na, nb] = [nameOfBytes(a), nameOfBytes(b)];
        assert.notEqual(shownPath(na), shownPath(nb));
        assert.notEqual(visible(shownPath(na)), visible(shownPath(nb)));
        assert.notEqual(uri(na), uri(nb));
      }),
      { numRuns: 3000 },
    );
  });
});
