import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { git, initRepo } from '../../../test/support/git.js';
import { Repositories, repositoryOf } from './repository.js';

describe('repositoryOf: one rev-parse', () => {
  let tmp: string;
  let repo: string;
  beforeEach(() => {
    tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-repository-')));
    repo = path.join(tmp, 'repo');
    mkdirSync(path.join(repo, 'sub', 'deeper'), { recursive: true });
    writeFileSync(path.join(repo, 'sub', 'deeper', 'a.py'), 'x = 1\n');
    initRepo(repo);
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('answers the top, the prefix, shallowness, the object format and the absolute paths of the objects and the index', async () => {
    const expected = { top: repo, prefix: '', shallow: false, objects: path.join(repo, '.git', 'objects'), format: 'sha1', index: path.join(repo, '.git', 'index') };
    assert.deepEqual(await repositoryOf(repo), expected);
    // From a folder below the top: the same repository, the paths still absolute.
    assert.deepEqual(await repositoryOf(path.join(repo, 'sub', 'deeper')), { ...expected, prefix: 'sub/deeper' });
  });

  it('a shallow clone says so; GIT_INDEX_FILE names the index', async () => {
    const clone = path.join(tmp, 'clone');
    git(tmp, 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    assert.equal((await repositoryOf(clone))?.shallow, true);
    // Asked one question at a time (a line break in the folder's name), the same answer.
    const odd = path.join(clone, 'two\nlines');
    mkdirSync(odd);
    assert.deepEqual(await repositoryOf(odd), { ...(await repositoryOf(clone)), prefix: 'two\nlines' });
    const other = path.join(tmp, 'other-index');
    const saved = process.env.GIT_INDEX_FILE;
    process.env.GIT_INDEX_FILE = other;
    try {
      assert.equal((await repositoryOf(path.join(repo, 'sub')))?.index, other);
    } finally {
      if (saved === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = saved;
    }
  });

  it('a line break in a path: each question is asked on its own', async () => {
    const odd = path.join(repo, 'two\nlines');
    mkdirSync(odd);
    const r = await repositoryOf(odd);
    assert.equal(r?.top, repo);
    assert.equal(r?.prefix, 'two\nlines');
    assert.equal(r?.format, 'sha1');
    assert.equal(r?.index, path.join(repo, '.git', 'index'));
    assert.equal(r?.objects, path.join(repo, '.git', 'objects'));
  });

  it('one git process, or one per question when a path has a line break', async () => {
    const bin = path.join(tmp, 'bin');
    mkdirSync(bin);
    const log = path.join(tmp, 'git.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho x >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    const odd = path.join(repo, 'two\nlines');
    mkdirSync(odd);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
    const processes = async (folder: string): Promise<number> => {
      writeFileSync(log, '');
      assert.equal((await repositoryOf(folder))?.top, repo);
      return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').length;
    };
    try {
      assert.equal(await processes(path.join(repo, 'sub')), 1);
      assert.equal(await processes(odd), 7);
    } finally {
      process.env.PATH = saved;
    }
  });

  it('a folder outside any repository has none', async () => {
    const plain = path.join(tmp, 'plain');
    mkdirSync(plain);
    const saved = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmp;
    try {
      assert.equal(await repositoryOf(plain), undefined);
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = saved;
    }
  });

  it('Repositories asks once per folder, however the folder is written', async () => {
    const repos = new Repositories();
    const first = repos.of(path.join(repo, 'sub'));
    assert.equal(repos.of(path.join(repo, 'sub') + path.sep), first);
    assert.equal(repos.of(path.join(repo, 'sub', 'deeper', '..')), first);
    const top = repos.of(repo);
    assert.notEqual(top, first);
    assert.equal((await first)?.prefix, 'sub');
    assert.equal((await top)?.prefix, '');
    // Another command asks again.
    assert.notEqual(new Repositories().of(repo), top);
  });
});
