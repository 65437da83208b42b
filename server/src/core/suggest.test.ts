import { strict as assert } from 'node:assert';
import { formatMessage } from './i18n/format.js';
import { didYouMean, suggest } from './suggest.js';

describe('suggest: the closest candidate within a distance that grows with the word', () => {
  it('answers a candidate that equals the word but for case, as the candidate writes it', () => {
    assert.equal(suggest('Colour', ['shade', 'COLOUR']), 'COLOUR');
  });

  it('allows one edit in a word of up to five letters, two from six, three from nine, never more', () => {
    assert.equal(suggest('ab', ['xb']), 'xb', 'a short word still allows one edit');
    assert.equal(suggest('ab', ['xy']), undefined);
    assert.equal(suggest('abcde', ['abxye']), undefined, 'two edits in five letters');
    assert.equal(suggest('abcdef', ['abxyef']), 'abxyef', 'two edits in six letters');
    assert.equal(suggest('abcdef', ['axyzef']), undefined, 'three edits in six letters');
    assert.equal(suggest('abcdefghi', ['axyzefghi']), 'axyzefghi', 'three edits in nine letters');
    assert.equal(suggest('abcdefghijklmnop', ['wxyzefghijklmnop']), undefined, 'never four');
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    assert.equal(suggest('form', ['from']), 'from');
    assert.equal(suggest('abcdef', ['badcfe']), undefined, 'three swaps are three edits');
    assert.equal(suggest('abcdef', ['bacdfe']), 'bacdfe', 'two swaps are two edits');
  });

  it('counts a letter moved past its neighbour, with a letter added or dropped, as two edits, not a swap', () => {
    assert.equal(suggest('id', ['dx']), undefined);
    assert.equal(suggest('id', ['xi']), undefined);
    assert.equal(suggest('risk', ['iskr']), undefined, 'the first letter moved to the end');
  });

  it('counts insertions and deletions as one edit each, at either end or inside', () => {
    assert.equal(suggest('abcdef', ['zzabcdef']), 'zzabcdef', 'two letters added before');
    assert.equal(suggest('abcdef', ['zzzabcdef']), undefined, 'three letters added before');
    assert.equal(suggest('abcdefgh', ['abcdh']), undefined, 'three letters dropped');
    assert.equal(suggest('abcdefgh', ['abcdfh']), 'abcdfh', 'two letters dropped');
    assert.equal(suggest('abcdef', ['abcxxdef']), 'abcxxdef', 'two letters added inside');
  });

  it('takes a candidate that starts the word, or that the word starts, as close as the limit allows', () => {
    assert.equal(suggest('rep', ['representation']), 'representation');
    assert.equal(suggest('representation', ['rep']), 'rep');
    assert.equal(suggest('rep', ['xrepresentation']), undefined, 'not a prefix: too far');
  });

  it('prefers the closer candidate, then the first in alphabetical order, whatever the order given', () => {
    assert.equal(suggest('abcdef', ['abxyef', 'abcxef']), 'abcxef', 'one edit beats two');
    assert.equal(suggest('abcdef', ['abcxef', 'abxyef']), 'abcxef');
    assert.equal(suggest('cat', ['cut', 'cot']), 'cot');
    assert.equal(suggest('cat', ['cot', 'cut']), 'cot');
    assert.equal(suggest('cat', []), undefined);
  });

  it('says "did you mean" only with a suggestion', () => {
    assert.equal(didYouMean(undefined), '');
    assert.equal(didYouMean(''), '');
    const m = didYouMean('colour');
    assert.equal(typeof m === 'object' && 'messageId' in m ? formatMessage(m, 'en') : m, " Did you mean 'colour'?");
  });
});
