import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { pathsMatcher } from '../../server/src/core/model/project-model.js';
import { check, fuzzTimeout } from './support.js';

// Segments that exercise what a literal-folder shortcut could get wrong: prefixes of each other,
// dots, glob characters, braces, classes, extglobs and negation.
const segment = fc.constantFrom('src', 'src2', 'sr', 'ai', 'a', 'b', '.hidden', 'x.py', 'ai.ts', 'README.md', '');
const globPart = fc.oneof(segment, fc.constantFrom('*', '**', '*.py', '{a,b}', '{ai,src}', 'a[bc]', '@(a|ai)', '!(b)', '?', 'src*', '[!a]i'));
const glob = fc.tuple(fc.boolean(), fc.array(globPart, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([neg, parts, slash]) => `${neg ? '!' : ''}${parts.join('/')}${slash ? '/' : ''}`);
const relPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));

describe('component paths matcher', function () {
  fuzzTimeout(this);

  it('answers as the glob does for every path', () =>
    check(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(relPath, { minLength: 1, maxLength: 10 }), (globs, paths) => {
        const fast = pathsMatcher(globs);
        // An empty glob matches nothing (picomatch refuses it).
        const nonEmpty = globs.filter((g) => g !== '');
        const full = nonEmpty.length > 0 ? picomatch(nonEmpty, { dot: true }) : () => false;
        for (const p of paths) assert.equal(fast(p), full(p), `${JSON.stringify(globs)} on '${p}'`);
      }),
      20,
    ));

  it('turns down paths outside the literal folder and keeps those inside', () => {
    const m = pathsMatcher(['src/ai/**', 'lib/model.py']);
    assert.equal(m('src/ai/x.py'), true);
    assert.equal(m('src/ai/deep/x.py'), true);
    assert.equal(m('src/aix/x.py'), false);
    assert.equal(m('src/x.py'), false);
    assert.equal(m('lib/model.py'), true);
    assert.equal(m('lib/model.pyc'), false);
    // A negated glob matches outside any folder: no shortcut.
    assert.equal(pathsMatcher(['!src/**'])('lib/x.py'), true);
    assert.equal(pathsMatcher(['**/*.py'])('deep/x.py'), true);
  });
});
