import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { draftInfo } from '../../server/src/core/model/drafts.js';
import { check, fuzzTimeout } from './support.js';

/** Markdown-ish lines: headings, TODOs, the marker, blanks, CRs and noise. */
const line = fc.oneof(
  fc.constantFrom('', '# Title', '## Section', '### Sub #', '#No heading', '    ## indented code', 'TODO', 'TODO: write', 'xTODOx', '<!-- aigov:draft -->', ' <!-- aigov:draft (x) -->', 'text\r', '## \t##'),
  fc.string({ maxLength: 40 }),
);

describe('fuzz: draftInfo', function () {
  fuzzTimeout(this);

  it('never throws; a draft has the marker line and names only sections that say TODO', () =>
    check(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const info = draftInfo(text);
        const marked = text.split('\n').some((l) => /^\s*<!--\s*aigov:draft\b/.test(l));
        const body = text.split('\n').filter((l) => !/^ {0,3}#{1,6}[ \t]/.test(l) && !/^\s*<!--\s*aigov:draft\b/.test(l));
        const hasTodo = body.some((l) => /\bTODO\b/.test(l));
        // A draft exactly when the marker and a TODO outside headings are both there.
        assert.equal(info !== undefined, marked && hasTodo);
        if (info) {
          const headings = text.split('\n').filter((l) => /^ {0,3}##+[ \t]/.test(l)).length;
          assert.equal(info.total, headings);
        }
      }),
      4,
    ));
});
