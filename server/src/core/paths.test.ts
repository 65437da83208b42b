import { strict as assert } from 'node:assert';
import { basename, byPath, dirname, extname, isAbsoluteLike, isWithin, joinPath, normalizeGlob, normalizeRelative, relativeTo, resolveFrom } from './paths.js';

describe('registry globs', () => {
  it('are relative to the registry folder: ./, . and a trailing / are folders, blanks match nothing', () => {
    const cases: [string, string][] = [
      ['src/**', 'src/**'],
      ['./src/**', 'src/**'],
      ['././src/', 'src/**'],
      ['/src/**', '/src/**'],
      ['vendor/', 'vendor/**'],
      ['src\\ai\\*.py', 'src/ai/*.py'],
      ['  gen/**  ', 'gen/**'],
      ['./', '**'],
      ['.', '**'],
      ['', ''],
      ['   ', ''],
      ['agent', 'agent'],
      ['**/*.py', '**/*.py'],
    ];
    for (const [glob, expected] of cases) assert.equal(normalizeGlob(glob), expected, JSON.stringify(glob));
  });
});

describe('workspace-relative paths', () => {
  it('normalizeRelative drops ., empty segments and backslashes; .. past the top leaves the root', () => {
    const cases: [string, string | undefined][] = [
      ['a/b/c', 'a/b/c'],
      ['./a//b/./c/', 'a/b/c'],
      ['a\\b\\c', 'a/b/c'],
      ['a/b/../c', 'a/c'],
      ['a/..', ''],
      ['', ''],
      ['..', undefined],
      ['a/../..', undefined],
      ['../a', undefined],
      ['a/../../a', undefined],
    ];
    for (const [p, expected] of cases) assert.equal(normalizeRelative(p), expected, JSON.stringify(p));
  });

  it('resolveFrom resolves against the registry folder and refuses absolute and escaping paths', () => {
    assert.equal(resolveFrom('svc', 'docs/a.md'), 'svc/docs/a.md');
    assert.equal(resolveFrom('svc', '../docs/a.md'), 'docs/a.md');
    assert.equal(resolveFrom('', 'docs/a.md'), 'docs/a.md');
    assert.equal(resolveFrom('svc', '../../a.md'), undefined);
    for (const abs of ['/etc/passwd', '\\\\server\\share', 'C:\\x', 'c:/x', 'https://example.com/a.md', 'file:///etc/passwd']) {
      assert.equal(isAbsoluteLike(abs), true, abs);
      assert.equal(resolveFrom('svc', abs), undefined, abs);
    }
    // Only at the start: a drive letter or a scheme further in is part of a relative name.
    for (const rel of ['docs/a.md', 'c:x', 'http:a', 'a://b', 'docs/c:/x', 'docs/a://b']) assert.equal(isAbsoluteLike(rel), rel === 'a://b', rel);
  });

  it('isWithin and relativeTo: a folder holds itself and what is below it, not a sibling sharing its prefix', () => {
    assert.equal(isWithin('', 'any/file'), true);
    assert.equal(isWithin('src', 'src'), true);
    assert.equal(isWithin('src', 'src/a.py'), true);
    assert.equal(isWithin('src', 'src-old/a.py'), false);
    assert.equal(isWithin('src', 'srcx'), false);
    assert.equal(isWithin('src/a', 'src'), false);
    assert.equal(relativeTo('', 'src/a.py'), 'src/a.py');
    assert.equal(relativeTo('src', 'src'), '');
    assert.equal(relativeTo('src', 'src/ai/a.py'), 'ai/a.py');
  });

  it('dirname, basename, extname and joinPath', () => {
    assert.equal(dirname('a/b/c.py'), 'a/b');
    assert.equal(dirname('c.py'), '');
    assert.equal(basename('a/b/c.py'), 'c.py');
    assert.equal(basename('c.py'), 'c.py');
    assert.equal(extname('a/b/C.PY'), '.py');
    assert.equal(extname('a.b/c'), '');
    assert.equal(extname('a/.env'), '', 'a leading dot names the file, it is no extension');
    assert.equal(extname('a/x.tar.gz'), '.gz');
    assert.equal(joinPath('', 'a.py'), 'a.py');
    assert.equal(joinPath('src', 'a.py'), 'src/a.py');
  });

  it('byPath orders by path, code unit by code unit', () => {
    const sorted = [{ path: 'b' }, { path: 'a/z' }, { path: 'B' }, { path: 'a' }, { path: 'a' }].sort(byPath).map((x) => x.path);
    assert.deepEqual(sorted, ['B', 'a', 'a', 'a/z', 'b']);
    assert.equal(byPath({ path: 'a' }, { path: 'a' }), 0);
    assert.ok(byPath({ path: 'a' }, { path: 'b' }) < 0);
    assert.ok(byPath({ path: 'b' }, { path: 'a' }) > 0);
  });
});
