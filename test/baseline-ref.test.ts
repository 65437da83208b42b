import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { promises as fs, watch } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './support/cli.js';
import { commitAll, git, initRepo } from './support/git.js';
import { FIXTURES, TODAY } from './support/workspace.js';

const REPO = path.join(FIXTURES, 'baselines', 'repo');

interface JsonFinding {
  code: string;
  path: string;
  new: boolean;
}

async function check(cwd: string, ...args: string[]): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const r = await runCli(['check', ...args, '--format', 'json'], cwd);
  return { code: r.code, findings: r.stdout ? (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings : [], stderr: r.stderr };
}

/** Everything of a repository that a check must leave as it was. */
async function snapshot(repo: string): Promise<string> {
  const index = createHash('sha256').update(await fs.readFile(path.join(repo, '.git', 'index'))).digest('hex');
  return [git(repo, 'status', '--porcelain', '--untracked-files=all'), git(repo, 'for-each-ref'), git(repo, 'rev-parse', 'HEAD'), git(repo, 'worktree', 'list', '--porcelain'), git(repo, 'stash', 'list'), index].join('\n--\n');
}

/**
 * Runs `run` with the system's temporary folder moved to a new one of its own below `tmp`, so
 * that what a check makes and leaves there is told apart from what other programs make at the
 * same time: the names made there while it ran, and what is left afterwards.
 */
async function inScratchTmp<T>(tmp: string, run: (scratch: string) => Promise<T>): Promise<{ result: T; made: string[]; left: string[] }> {
  const scratch = path.join(tmp, 'scratch');
  await fs.mkdir(scratch);
  const made: string[] = [];
  const watcher = watch(scratch, (_event, name) => void (name && made.push(name)));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  let result: T;
  try {
    result = await run(scratch);
    for (let i = 0; i < 100 && made.length === 0; i++) await new Promise((res) => setTimeout(res, 20));
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    watcher.close();
  }
  return { result, made, left: await fs.readdir(scratch) };
}

describe('aigov check --baseline-ref (real git repositories)', function () {
  this.timeout(120_000);
  let tmp: string;
  let repo: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-ref-'));
    repo = path.join(tmp, 'repo');
    await fs.cp(REPO, repo, { recursive: true });
    initRepo(repo, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('a pull request adding one `import openai` fails with exactly one new finding', async () => {
    await fs.writeFile(path.join(repo, 'src', 'report.py'), '"""Weekly report."""\nimport openai\n');
    commitAll(repo, 'add a report');
    // The base moves on meanwhile: the merge-base, not the tip of main, is the baseline.
    git(repo, 'checkout', '-q', 'main');
    await fs.writeFile(path.join(repo, 'src', 'later.py'), 'import openai\n');
    await fs.writeFile(path.join(repo, 'src', 'tool.ts'), '// @aigov chat-assistant\n');
    commitAll(repo, 'later on main: a new finding, and one fixed');
    git(repo, 'checkout', '-q', 'feature');
    const r = await check(repo, '.', '--baseline-ref', 'main', '--today', TODAY, '--fail-on', 'warning');
    assert.equal(r.code, 1, r.stderr);
    const fresh = r.findings.filter((f) => f.new);
    assert.deepEqual(fresh.map((f) => [f.code, f.path]), [['AIGOV301', 'src/report.py']]);
    assert.ok(r.findings.length > 1, 'the findings already on the base are reported, not new');
    // Without the baseline every finding counts.
    const all = await check(repo, '.', '--today', TODAY, '--fail-on', 'warning');
    assert.equal(all.findings.filter((f) => f.new).length, all.findings.length);
  });

  it('moving a file and editing above findings adds none', async () => {
    await fs.mkdir(path.join(repo, 'lib'));
    git(repo, 'mv', 'src/summarize.py', 'lib/summaries.py');
    const reg = path.join(repo, '.aigov.yaml');
    await fs.writeFile(reg, `# Reviewed in the November round.\n\n${await fs.readFile(reg, 'utf8')}`);
    const tool = path.join(repo, 'src', 'tool.ts');
    await fs.writeFile(tool, `/** Tools of the chat. */\n${await fs.readFile(tool, 'utf8')}`);
    commitAll(repo, 'move and edit');
    const r = await check(repo, '.', '--baseline-ref', 'main', '--today', TODAY, '--fail-on', 'info');
    assert.equal(r.code, 0, JSON.stringify(r.findings.filter((f) => f.new)));
    assert.ok(r.findings.some((f) => f.path === 'lib/summaries.py' && f.code === 'AIGOV301'));
  });

  it('never touches the working tree, the index, refs or worktrees; uncommitted changes are judged too', async () => {
    await fs.writeFile(path.join(repo, 'src', 'tool.ts'), '// @aigov chat-asistant\n// @aigov nobody-here\n');
    await fs.writeFile(path.join(repo, 'src', 'untracked.py'), 'import anthropic\n');
    git(repo, 'add', 'src/tool.ts');
    await fs.appendFile(path.join(repo, 'src', 'tool.ts'), '// unstaged line\n');
    const before = await snapshot(repo);
    const { result: r, made, left } = await inScratchTmp(tmp, () => check(repo, '.', '--baseline-ref', 'main', '--today', TODAY, '--fail-on', 'never'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await snapshot(repo), before);
    assert.ok(made.some((n) => n.startsWith('aigov-base-')), `the base is written to a temporary folder (seen: ${made.join(', ')})`);
    assert.deepEqual(left, [], 'the temporary tree is removed');
    assert.deepEqual(
      r.findings.filter((f) => f.new).map((f) => [f.code, f.path]).sort(),
      [['AIGOV201', 'src/tool.ts'], ['AIGOV301', 'src/untracked.py']],
    );
  });

  it("writes the base while HEAD is checked, and removes it when HEAD's check fails", async () => {
    // A --root that does not hold the folder fails once the folder is checked, after the base's tree is written.
    const { result: r, made, left } = await inScratchTmp(tmp, (scratch) => runCli(['check', '.', '--baseline-ref', 'main', '--root', scratch, '--today', TODAY], repo));
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /--root/);
    assert.ok(made.some((n) => n.startsWith('aigov-base-')), `the base was written (seen: ${made.join(', ')})`);
    assert.deepEqual(left, [], 'and removed');
  });

  it('checks the base with the same --today and --frameworks', async () => {
    const reg = path.join(repo, '.aigov.yaml');
    // Overdue only on the far-off date given: a base checked on the real date would lack it.
    await fs.writeFile(reg, (await fs.readFile(reg, 'utf8')).replace('    risk: { level: limited }', '    risk:\n      level: limited\n      assessment: { path: .aigov.yaml, date: 2098-01-01, next_review: 2099-01-01 }'));
    commitAll(repo, 'assessment');
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--ff-only', 'feature');
    git(repo, 'checkout', '-q', '-b', 'next');
    await fs.writeFile(path.join(repo, 'README.md'), '# Unrelated\n');
    commitAll(repo, 'unrelated');
    const args = ['.', '--baseline-ref', 'main', '--today', '2100-01-01', '--frameworks', 'eu-ai-act', '--fail-on', 'info'];
    const r = await check(repo, ...args);
    assert.ok(r.findings.some((f) => f.code === 'AIGOV104'), 'the assessment is overdue on 2100-01-01');
    assert.ok(r.findings.some((f) => /^AIGOV5\d\d$/.test(f.code)), 'the EU AI Act pack runs');
    assert.equal(r.code, 0, JSON.stringify(r.findings.filter((f) => f.new)));
  });

  it('a subfolder of the repository is compared with the same subfolder of the base', async () => {
    const mono = path.join(tmp, 'mono');
    await fs.cp(REPO, path.join(mono, 'services', 'chat'), { recursive: true });
    await fs.cp(REPO, path.join(mono, 'services', 'other'), { recursive: true });
    initRepo(mono, 'base');
    git(mono, 'checkout', '-q', '-b', 'pr');
    await fs.writeFile(path.join(mono, 'services', 'chat', 'src', 'extra.py'), 'import openai\n');
    await fs.writeFile(path.join(mono, 'services', 'other', 'src', 'extra.py'), 'import openai\n');
    commitAll(mono, 'pr');
    const r = await check(path.join(mono, 'services', 'chat'), '.', '--baseline-ref', 'main', '--today', TODAY, '--fail-on', 'warning');
    assert.equal(r.code, 1);
    assert.deepEqual(r.findings.filter((f) => f.new).map((f) => f.path), ['services/chat/src/extra.py']);
    assert.ok(r.findings.every((f) => f.path.startsWith('services/chat/')));
  });

  it('with --baseline too, a finding known to either baseline is not new; the text names the ref and its merge-base', async () => {
    await fs.writeFile(path.join(repo, 'src', 'report.py'), 'import openai\n');
    commitAll(repo, 'add a report');
    const base = git(repo, 'merge-base', 'HEAD', 'main');
    // A baseline file that knows the new finding of the branch only.
    const full = JSON.parse((await runCli(['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'], repo)).stdout) as { findings: JsonFinding[] };
    const file = path.join(tmp, 'only-report.json');
    await fs.writeFile(file, JSON.stringify({ ...full, findings: full.findings.filter((f) => f.path === 'src/report.py') }));
    const fresh = async (...args: string[]): Promise<string[]> => (await check(repo, '.', '--today', TODAY, '--fail-on', 'never', ...args)).findings.filter((f) => f.new).map((f) => f.path);
    assert.deepEqual(await fresh('--baseline-ref', 'main'), ['src/report.py']);
    assert.ok((await fresh('--baseline', file)).length > 0 && !(await fresh('--baseline', file)).includes('src/report.py'));
    assert.deepEqual(await fresh('--baseline-ref', 'main', '--baseline', file), []);
    const text = await runCli(['check', '.', '--baseline-ref', 'main', '--baseline', file, '--today', TODAY, '--fail-on', 'info', '--no-color'], repo);
    assert.equal(text.code, 0, text.stdout);
    assert.match(text.stdout, new RegExp(`^\\d+ findings \\(.*\\), 0 new against the baseline main \\(merge-base ${base.slice(0, 12)}\\)$`, 'm'));
  });

  it('a folder that is not in a repository, or an unknown ref, is a usage error (exit 2)', async () => {
    const plain = path.join(tmp, 'plain');
    await fs.cp(REPO, plain, { recursive: true });
    const r = await runCli(['check', '.', '--baseline-ref', 'main'], plain);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--baseline-ref needs a git repository/);
    const u = await runCli(['check', '.', '--baseline-ref', 'origin/nowhere'], repo);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /'origin\/nowhere' is not a commit in this clone\. Fetch it first, e\.g\. `git fetch origin \+refs\/heads\/nowhere:refs\/remotes\/origin\/nowhere`/);
  });
});

describe('aigov check --baseline-ref in shallow clones', function () {
  this.timeout(120_000);
  let tmp: string;
  let origin: string;
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-shallow-'));
    origin = path.join(tmp, 'origin');
    await fs.cp(REPO, origin, { recursive: true });
    initRepo(origin, 'base');
    await fs.writeFile(path.join(origin, 'README.md'), '# history\n');
    commitAll(origin, 'more history on main');
    git(origin, 'checkout', '-q', '-b', 'feature');
    await fs.writeFile(path.join(origin, 'src', 'report.py'), 'import openai\n');
    commitAll(origin, 'pr');
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('says what to fetch when the base is missing, and works once it is fetched', async () => {
    const clone = path.join(tmp, 'single');
    git(tmp, 'clone', '-q', '--depth', '1', '--single-branch', '--branch', 'feature', `file://${origin}`, clone);
    const missing = await runCli(['check', '.', '--baseline-ref', 'origin/main', '--today', TODAY], clone);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /'origin\/main' is not a commit in this shallow clone\. Fetch it first, e\.g\. `git fetch origin \+refs\/heads\/main:refs\/remotes\/origin\/main`/);
    assert.match(missing.stderr, /fetch-depth: 0/);
    // The suggested command, then the base and HEAD still share no fetched commit.
    git(clone, 'fetch', '-q', '--depth', '1', 'origin', '+refs/heads/main:refs/remotes/origin/main');
    const apart = await runCli(['check', '.', '--baseline-ref', 'origin/main', '--today', TODAY], clone);
    assert.equal(apart.code, 2);
    assert.match(apart.stderr, /this clone is shallow and holds no common ancestor of HEAD and 'origin\/main'\. Fetch more history, e\.g\. `git fetch --deepen=200 origin`/);
    git(clone, 'fetch', '-q', '--deepen=1', 'origin');
    const r = await check(clone, '.', '--baseline-ref', 'origin/main', '--today', TODAY, '--fail-on', 'warning');
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.findings.filter((f) => f.new).map((f) => [f.code, f.path]), [['AIGOV301', 'src/report.py']]);
  });

  it('works in a clone whose depth reaches the base', async () => {
    const clone = path.join(tmp, 'deep');
    git(tmp, 'clone', '-q', '--depth', '2', '--no-single-branch', '--branch', 'feature', `file://${origin}`, clone);
    assert.equal(git(clone, 'rev-parse', '--is-shallow-repository'), 'true');
    const r = await check(clone, '.', '--baseline-ref', 'origin/main', '--today', TODAY, '--fail-on', 'warning');
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.findings.filter((f) => f.new).map((f) => f.path), ['src/report.py']);
  });
});
