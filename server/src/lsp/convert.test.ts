import assert from 'node:assert/strict';
import { snippetWithCursor } from './convert.js';

describe('lsp/convert: snippet edits', () => {
  it('puts the final tab stop at the cursor and escapes what a snippet would read as syntax', () => {
    assert.equal(snippetWithCursor('# @aigov-ignore AIGOV101 -- \n', 28), '# @aigov-ignore AIGOV101 -- $0\n');
    assert.equal(snippetWithCursor('a$1 {b} c\\d', 4), 'a\\$1 $0{b\\} c\\\\d');
    assert.equal(snippetWithCursor('', 0), '$0');
  });
});
