import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { git, initRepo } from './support/git.js';
import { docSnippet } from './support/docs.js';
import { ROOT } from './support/workspace.js';

/**
 * Debian's `pre-commit` on a temporary repository with the hook of .pre-commit-hooks.yaml, as
 * docs/ci.md tells teams to add it. scripts/e2e/setup.sh installs the package; `npm run test:e2e`
 * runs this file with AIGOV_REQUIRE_PRE_COMMIT=1, where a missing pre-commit fails instead of
 * skipping.
 */
function havePreCommit(): string | undefined {
  const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

describe('pre-commit hook (.pre-commit-hooks.yaml, Debian pre-commit)', function () {
  this.timeout(180_000);
  let tmp: string;
  before(async function () {
    const version = havePreCommit();
    if (!version) {
      if (process.env.AIGOV_REQUIRE_PRE_COMMIT === '1') assert.fail('pre-commit is not installed (scripts/e2e/setup.sh installs it)');
      this.skip();
    }
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-pre-commit-'));
  });
  after(async () => {
    if (tmp) await fs.rm(tmp, { recursive: true, force: true });
  });

  it('blocks a commit that adds an undeclared AI import, and lets it through once the code is registered', async () => {
    // The hook repository as pre-commit clones it: the hook definition and the committed bundle.
    const hooks = path.join(tmp, 'aigov');
    await fs.mkdir(path.join(hooks, 'action'), { recursive: true });
    await fs.copyFile(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(hooks, '.pre-commit-hooks.yaml'));
    await fs.copyFile(path.join(ROOT, 'action', 'aigov.cjs'), path.join(hooks, 'action', 'aigov.cjs'));
    await fs.chmod(path.join(hooks, 'action', 'aigov.cjs'), 0o755);
    const rev = initRepo(hooks, 'hooks');

    // A team's repository: the three lines of docs/ci.md, pointed at that clone.
    const repo = path.join(tmp, 'team');
    await fs.mkdir(path.join(repo, 'src'), { recursive: true });
    const config = docSnippet('pre-commit-config').replace('https://github.com/aigov-dev/aigov', `file://${hooks}`).replace(/rev: \S+/, `rev: ${rev}`);
    assert.notEqual(config, docSnippet('pre-commit-config'));
    await fs.writeFile(path.join(repo, '.pre-commit-config.yaml'), config);
    await fs.writeFile(
      path.join(repo, '.aigov.yaml'),
      'version: 1\norganization:\n  name: Team KK\n  owner: governance@team-kk.example.co.jp\n  contacts: { incident: incidents@team-kk.example.co.jp }\ncomponents: []\n',
    );
    await fs.writeFile(path.join(repo, 'src', 'util.py'), 'def add(a, b):\n    return a + b\n');
    initRepo(repo, 'start');
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'cache'), PRE_COMMIT_COLOR: 'never', AIGOV_TODAY: '2026-11-25' };
    const install = spawnSync('pre-commit', ['install'], { cwd: repo, env, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stdout + install.stderr);

    const commit = (message: string) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-m', message], { cwd: repo, env, encoding: 'utf8' });
    await fs.writeFile(path.join(repo, 'src', 'summarize.py'), 'import openai\n\nclient = openai.OpenAI()\n');
    git(repo, 'add', '-A');
    const blocked = commit('summaries');
    assert.equal(blocked.status, 1, blocked.stdout + blocked.stderr);
    // git runs the hook with its output on standard error.
    const said = blocked.stdout + blocked.stderr;
    assert.match(said, /aigov \(AI governance\)\.+Failed/);
    assert.match(said, /src\/summarize\.py:1:8 {2}warning {2}AIGOV301 {2}Undeclared AI use: 'openai'/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '1', 'nothing was committed');

    await fs.appendFile(
      path.join(repo, '.aigov.yaml'),
      '  - id: summarizer\n    name: Text summaries\n    kind: llm-app\n    owner: data@team-kk.example.co.jp\n    intended_purpose: Summarise support tickets\n    paths: ["src/summarize.py"]\n    risk: { level: minimal, assessment: { path: .aigov.yaml, date: 2026-11-01 } }\n    upstream_models: [{ provider: openai, name: gpt-4o-mini }]\n',
    );
    await fs.writeFile(path.join(repo, '.aigov.yaml'), (await fs.readFile(path.join(repo, '.aigov.yaml'), 'utf8')).replace('components: []\n', 'components:\n'));
    git(repo, 'add', '-A');
    const passed = commit('register the summarizer');
    assert.equal(passed.status, 0, passed.stdout + passed.stderr);
    assert.match(passed.stdout + passed.stderr, /aigov \(AI governance\)\.+Passed/);
    assert.equal(git(repo, 'rev-list', '--count', 'HEAD'), '2');
  });
});
