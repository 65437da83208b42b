import { strict as assert } from 'node:assert';
import { kebab } from './kebab.js';
import { NextIndex } from './next-index.js';
import { visible } from './visible.js';

describe('visible', () => {
  it('line breaks and tabs by name, other C0, DEL and C1 controls as \\xNN', () => {
    assert.equal(visible('a\nb\rc\td'), 'a\\nb\\rc\\td');
    assert.equal(visible('\u0000\u0001\u001b[31m\u007f\u0085\u009f'), '\\x00\\x01\\x1b[31m\\x7f\\x85\\x9f');
  });

  it('separators, bidirectional controls, noncharacters and lone surrogates as \\uNNNN or \\u{N}', () => {
    assert.equal(visible('\u2028\u2029\u200e\u200f\u202a\u202e\u2066\u2069'), '\\u2028\\u2029\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069');
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
