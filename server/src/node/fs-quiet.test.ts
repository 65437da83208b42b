import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lstatQuiet, readTextQuiet, realpathQuiet, statQuiet, versionOf } from './fs-quiet.js';

describe('quiet file-system calls', () => {
  let dir = '';
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-quiet-')));
    writeFileSync(path.join(dir, 'a.txt'), 'héllo\n');
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('a.txt', path.join(dir, 'link'));
    symlinkSync('nowhere', path.join(dir, 'dangling'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('answer what node:fs answers for what is there', () => {
    const at = (rel: string): string => path.join(dir, rel);
    assert.equal(lstatQuiet(at('link'))?.isSymbolicLink(), true);
    assert.equal(lstatQuiet(at('dangling'))?.isSymbolicLink(), true);
    assert.equal(lstatQuiet(at('sub'))?.isDirectory(), true);
    assert.equal(statQuiet(at('link'))?.isFile(), true);
    assert.equal(statQuiet(at('link'))?.size, 7);
    assert.equal(realpathQuiet(at('link')), at('a.txt'));
    assert.equal(realpathQuiet(at('sub/../link')), at('a.txt'));
    assert.equal(readTextQuiet(at('link')), 'héllo\n');
  });

  it('answer undefined (a text: empty) for what is not there or cannot be followed', () => {
    const at = (rel: string): string => path.join(dir, rel);
    for (const missing of ['gone', 'a.txt/below', 'sub/gone/deeper']) {
      assert.equal(lstatQuiet(at(missing)), undefined, missing);
      assert.equal(statQuiet(at(missing)), undefined, missing);
      assert.equal(realpathQuiet(at(missing)), undefined, missing);
      assert.equal(readTextQuiet(at(missing)), '', missing);
    }
    assert.equal(statQuiet(at('dangling')), undefined);
    assert.equal(realpathQuiet(at('dangling')), undefined);
    assert.equal(readTextQuiet(at('dangling')), '');
    assert.equal(readTextQuiet(at('sub')), '');
  });

  it('a version is the size and the change time', () => {
    const st = statSync(path.join(dir, 'a.txt'));
    assert.deepEqual(versionOf(st), { size: 7, mtimeMs: st.ctimeMs });
    assert.deepEqual(versionOf({ size: 3, ctimeMs: 12.5 }), { size: 3, mtimeMs: 12.5 });
  });
});
