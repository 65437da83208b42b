import { strict as assert } from 'node:assert';
import { visit } from './jsonc.js';
import { kebab } from './kebab.js';
import { NextIndex } from './next-index.js';
import { encodeNameBytes, nameOfBytes } from './shown-path.js';
import { visible } from './visible.js';

describe('visible', () => {
  it('line breaks and tabs by name, other C0, DEL and C1 controls as \\xNN', () => {
    assert.equal(visible('a\nb\rc\td'), 'a\\nb\\rc\\td');
    assert.equal(visible('\u0000\u0001\u001b[31m\u007f\u0085\u009f'), '\\x00\\x01\\x1b[31m\\x7f\\x85\\x9f');
  });

  it('separators, bidirectional controls, noncharacters and lone surrogates as \\uNNNN or \\u{N}', () => {
    assert.equal(visible('\u2028\u2029\u200e\u200f\u202a\u202e\u2066\u2069'), '\\u2028\\u2029\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069');
    assert.equal(visible('\u0628\u061c1\u061c2'), '\u0628\\u061c1\\u061c2', 'the Arabic letter mark, between a letter and digits');
    assert.equal(visible('\ufdd0\ufdef\ufffe\uffff'), '\\ufdd0\\ufdef\\ufffe\\uffff');
    assert.equal(visible('x\ud800y\udfffz'), 'x\\ud800y\\udfffz');
    assert.equal(visible('\u{1fffe}\u{10ffff}'), '\\u{1fffe}\\u{10ffff}');
  });

  it('leaves printable text alone: accents, Japanese, emoji, a pair of surrogates, a backslash', () => {
    const plain = 'Café 日本語 😀 \\n is two characters, ~ and \u00a0 and \u200b';
    assert.equal(visible(plain), plain);
  });
});

describe('kebab', () => {
  it('splits camelCase, lowers, joins words with one dash, trims dashes', () => {
    assert.equal(kebab('myChat Bot!'), 'my-chat-bot');
    assert.equal(kebab('GPT4Turbo'), 'gpt4-turbo');
    assert.equal(kebab('--A  b__c--'), 'a-b-c');
    assert.equal(kebab('Ünïcode ok'), 'n-code-ok');
    assert.equal(kebab('!!!'), '');
  });
});

describe('NextIndex', () => {
  it('answers the next occurrence at or after each position, and -1 past the last', () => {
    const n = new NextIndex('a.b..c.', '.');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => n.from(i)), [1, 1, 3, 3, 4, 6, 6, -1]);
    assert.equal(n.from(8), -1);
    assert.equal(new NextIndex('abc', '.').from(0), -1);
    assert.equal(new NextIndex('.', '.').from(0), 0);
  });

  it('searches the text again only once the position has passed the last answer', () => {
    let searches = 0;
    const text = { indexOf: (needle: string, from: number) => (searches++, 'x...x'.indexOf(needle, from)) } as unknown as string;
    const n = new NextIndex(text, 'x');
    assert.deepEqual([0, 0, 1, 2, 3, 4, 5, 6].map((i) => n.from(i)), [0, 0, 4, 4, 4, 4, -1, -1]);
    assert.equal(searches, 3, 'at 0, at 1 (past 0) and at 5 (past 4); never again after -1');
  });
});

describe('nameOfBytes', function () {
  // 63,000 names, each also through the strict decoder: seconds on a loaded machine.
  this.timeout(60_000);

  /** The same, from the platform's strict decoder: the shortest run at each byte that decodes to one character. */
  function reference(bytes: Uint8Array): string {
    const strict = new TextDecoder('utf-8', { fatal: true });
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      let decoded: string | undefined;
      let len = 1;
      for (; len <= 4 && i + len <= bytes.length && decoded === undefined; len++) {
        try {
          const s = strict.decode(bytes.subarray(i, i + len));
          if ([...s].length === 1) decoded = s;
        } catch {
          // not (yet) a whole character
        }
      }
      if (decoded === undefined) {
        out += String.fromCharCode(0xdc00 + (bytes[i] as number));
        i++;
      } else {
        out += decoded;
        i += len - 1;
      }
    }
    return out;
  }

  it('decodes as a strict UTF-8 decoder does, each byte outside a valid sequence kept as U+DC00 + byte', () => {
    // The edges of each lead byte's range and of the ranges its continuation bytes must be in.
    const leads = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    const next = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];
    let checked = 0;
    for (const b0 of leads) {
      for (const b1 of next) {
        for (const b2 of next) {
          for (const b3 of next) {
            for (const bytes of [Uint8Array.of(b0, b1, b2, b3), Uint8Array.of(b0, b1, b2), Uint8Array.of(b0, b1)]) {
              const got = nameOfBytes(bytes);
              if (got !== reference(bytes)) assert.equal(got, reference(bytes), `bytes ${[...bytes].map((b) => b.toString(16)).join(' ')}`);
              checked++;
            }
          }
        }
      }
      assert.equal(nameOfBytes(Uint8Array.of(b0)), reference(Uint8Array.of(b0)), b0.toString(16));
    }
    assert.equal(checked, leads.length * next.length ** 3 * 3);
  });
});

describe('encodeNameBytes', () => {
  it('writes only the bytes of a name that is not UTF-8 as %XX, never another character', () => {
    assert.equal(encodeNameBytes('a\udcffb\udc80', (s) => `[${s}]`), '[a]%FF[b]%80[]');
    // Characters above the bytes' range (U+DD00, U+E000, U+FF41) and an astral pair are text.
    assert.equal(encodeNameBytes('\udd00\ue000\uff41\u{1f600}', (s) => `[${s}]`), '[\udd00\ue000\uff41\u{1f600}]');
  });
});

describe('jsonc visit', () => {
  it('walks JSON with comments, loading the parser on first use and keeping it', () => {
    const keys = (text: string): string[] => {
      const seen: string[] = [];
      visit(text, { onObjectProperty: (name) => void seen.push(name) }, { allowTrailingComma: true });
      return seen;
    };
    assert.deepEqual(keys('{ "a": 1, // note\n "b": { "c": [] }, }'), ['a', 'b', 'c']);
    assert.deepEqual(keys('{"second": "call"}'), ['second']);
  });
});
