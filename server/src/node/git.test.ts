import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mayBeInWorkTree } from './git.js';

/** What git itself answers: whether it finds a work tree for `dir`. */
function gitFindsWorkTree(dir: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { env, stdio: 'ignore' }).status === 0;
}

describe('mayBeInWorkTree', () => {
  let base: string;
  const env = { PATH: process.env.PATH ?? '', HOME: os.tmpdir() };
  before(function () {
    base = mkdtempSync(path.join(os.tmpdir(), 'aigov-git-'));
    // Only meaningful where the temporary folder is outside any repository.
    if (gitFindsWorkTree(base, env)) this.skip();
    execFileSync('git', ['init', '-q', path.join(base, 'repo')]);
    mkdirSync(path.join(base, 'repo', 'a', 'b'), { recursive: true });
    mkdirSync(path.join(base, 'plain', 'deep'), { recursive: true });
    // A linked work tree and a submodule have a `.git` file.
    mkdirSync(path.join(base, 'linked'));
    writeFileSync(path.join(base, 'linked', '.git'), `gitdir: ${path.join(base, 'repo', '.git')}\n`);
    symlinkSync(path.join(base, 'repo', 'a'), path.join(base, 'plain', 'into-repo'));
    symlinkSync(path.join(base, 'plain'), path.join(base, 'repo', 'a', 'out-of-repo'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('answers true wherever git finds a work tree, false only where it cannot', () => {
    const dirs = ['.', 'repo', 'repo/a', 'repo/a/b', 'plain', 'plain/deep', 'linked', 'plain/into-repo', 'repo/a/out-of-repo'];
    const answers = dirs.map((d) => [d, mayBeInWorkTree(path.join(base, d), env)]);
    assert.deepEqual(answers, dirs.map((d) => [d, gitFindsWorkTree(path.join(base, d), env)]));
    assert.deepEqual(answers.filter(([, a]) => !a).map(([d]) => d), ['.', 'plain', 'plain/deep', 'repo/a/out-of-repo']);
  });

  it('leaves it to git when the environment names the repository', () => {
    assert.equal(mayBeInWorkTree(path.join(base, 'plain'), { ...env, GIT_DIR: path.join(base, 'repo', '.git') }), true);
    assert.equal(mayBeInWorkTree(path.join(base, 'plain'), { ...env, GIT_WORK_TREE: base }), true);
  });
});
