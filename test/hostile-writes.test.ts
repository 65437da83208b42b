/**
 * Hostile places to write: symlinked folders that lead out of the workspace (and into a sibling
 * whose name starts with the workspace's), read-only files and folders, a full disk, odd
 * `--output` targets. Every write stays inside, happens whole or not at all, and every I/O
 * problem is one line naming the path and the reason, with exit code 2.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { runAction } from '../server/src/action/main.js';
import { runCli } from './support/cli.js';
import { removeLater, removeTrees, tree } from './support/temp-tree.js';

const TODAY = '2026-11-25';
const CLI = path.resolve(__dirname, '..', 'dist', 'cli.js');
const posix = process.platform !== 'win32';

const REGISTRY = [
  'version: 1',
  'organization: { name: Hostile KK, contacts: { incident: ai@example.com } }',
  'components:',
  '  - id: chat-bot',
  '    kind: llm-app',
  '    owner: team@example.com',
  '    intended_purpose: Answer questions',
  '    risk: { level: high }',
  '',
].join('\n');

/** No line of standard error is a stack frame, and each line names a path. */
function assertOneLineErrors(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /m, `no stack trace:\n${stderr}`);
  assert.doesNotMatch(stderr, /internal error/, stderr);
}

/** Everything below a folder, as sorted relative paths. */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();
}

/** Makes a file or folder unwritable even for root (immutable), or read-only for anyone else; false when that cannot be done here. */
function makeReadOnly(p: string): boolean {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', p], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
  execFileSync('chmod', ['a-w', p]);
  return true;
}

function makeWritable(p: string): void {
  if (process.getuid?.() === 0) spawnSync('chattr', ['-i', p], { stdio: 'ignore' });
  else spawnSync('chmod', ['u+w', p]);
}

describe('hostile: writes', function () {
  this.timeout(120_000);
  after(removeTrees);

  it('fix: a docs folder symlinked to a sibling named like the workspace plus "-secret" gets nothing; the registry is left as it was', async function () {
    if (!posix) this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY });
    // <root> and <root>-secret: a prefix test without the separator would take one for the other.
    const secret = `${dir}-secret`;
    await fs.mkdir(path.join(secret, 'docs'), { recursive: true });
    removeLater(secret);
    await fs.symlink(path.join(secret, 'docs'), path.join(dir, 'docs'));
    const r = await runCli(['fix', '.', '--today', TODAY], dir);
    assert.equal(r.code, 2, r.stderr);
    assertOneLineErrors(r.stderr);
    assert.match(r.stderr, /cannot write docs\/risk\/chat-bot\.md: it leads outside/);
    assert.deepEqual(listing(secret), ['docs'], 'nothing was written in the sibling folder');
    assert.equal(await fs.readFile(path.join(dir, '.aigov.yaml'), 'utf8'), REGISTRY, 'all or nothing: the registry is unchanged');
    // Without the symlink the same fix works.
    await fs.unlink(path.join(dir, 'docs'));
    const ok = await runCli(['fix', '.', '--today', TODAY], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(path.join(dir, 'docs', 'risk', 'chat-bot.md')));
  });

  it('report and bom --output through a symlinked folder are refused; a path named outside the working folder is the user\'s choice', async function () {
    if (!posix) this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY });
    const outside = await tree({}, 'aigov-outside-');
    await fs.symlink(outside, path.join(dir, 'out'));
    for (const args of [['bom', '.', '--output', 'out/bom.json'], ['report', '.', '--output', 'out/nested/r.md'], ['check', '.', '--output', 'out/c.txt']]) {
      const r = await runCli([...args, '--today', TODAY], dir);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assertOneLineErrors(r.stderr);
      assert.match(r.stderr, /leads outside/);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    assert.deepEqual(listing(outside), []);
    const named = await runCli(['bom', '.', '--output', path.join(outside, 'bom.json'), '--today', TODAY], dir);
    assert.equal(named.code, 0, named.stderr);
    assert.ok(existsSync(path.join(outside, 'bom.json')));
    // A symlink as the output itself is replaced by the file, not written through.
    const victim = path.join(outside, 'victim.txt');
    await fs.writeFile(victim, 'keep me\n');
    await fs.symlink(victim, path.join(dir, 'report.md'));
    const over = await runCli(['report', '.', '--output', 'report.md', '--today', TODAY], dir);
    assert.equal(over.code, 0, over.stderr);
    assert.equal(await fs.readFile(victim, 'utf8'), 'keep me\n');
    assert.ok((await fs.lstat(path.join(dir, 'report.md'))).isFile());
  });

  it('--output into a pipe is written through and the pipe stays; a socket or a pipe reached through a folder that leads out is refused', async function () {
    if (!posix) this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY });
    const pipe = path.join(dir, 'out.pipe');
    execFileSync('mkfifo', [pipe]);
    // The reader is another process, so that a replaced pipe cannot leave this one waiting.
    const reader = spawn('cat', [pipe], { stdio: ['ignore', 'pipe', 'ignore'] });
    let read = '';
    reader.stdout.on('data', (b: Buffer) => void (read += b.toString('utf8')));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    try {
      const r = await runCli(['check', '.', '--format', 'json', '--output', 'out.pipe', '--fail-on', 'never', '--today', TODAY], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.ok((await fs.lstat(pipe)).isFIFO(), 'still a pipe');
      await closed;
      assert.equal(JSON.parse(read).tool, 'aigov');
    } finally {
      reader.kill();
    }
    assert.deepEqual(listing(dir), ['.aigov.yaml', 'out.pipe'], 'no temporary file left');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'out.sock'), resolve));
    try {
      const r = await runCli(['check', '.', '--output', 'out.sock', '--today', TODAY], dir);
      assert.equal(r.code, 2, r.stderr);
      assertOneLineErrors(r.stderr);
      assert.match(r.stderr, /cannot write out\.sock: it is not a regular file/);
      assert.ok((await fs.lstat(path.join(dir, 'out.sock'))).isSocket());
    } finally {
      server.close();
    }
    const outside = await tree({}, 'aigov-outside-');
    execFileSync('mkfifo', [path.join(outside, 'p')]);
    await fs.symlink(outside, path.join(dir, 'out'));
    const waiting = spawn('cat', [path.join(outside, 'p')], { stdio: 'ignore' });
    try {
      const out = await runCli(['check', '.', '--output', 'out/p', '--today', TODAY], dir);
      assert.equal(out.code, 2, out.stderr);
      assert.match(out.stderr, /leads outside/);
      assert.ok((await fs.lstat(path.join(outside, 'p'))).isFIFO());
    } finally {
      waiting.kill();
    }
  });

  it('fix: a misspelt key and the block missing under it give one key, and the registry still parses', async () => {
    const registry = REGISTRY.replace('risk: { level: high }', 'risk: { level: high, asessment: { path: docs/x.md } }');
    const dir = await tree({ '.aigov.yaml': registry });
    const r = await runCli(['fix', '.', '--today', TODAY], dir);
    assert.equal(r.code, 0, r.stderr);
    const after = await fs.readFile(path.join(dir, '.aigov.yaml'), 'utf8');
    assert.equal(after.match(/assessment:/g)?.length, 1, after);
    assert.ok(existsSync(path.join(dir, 'docs', 'x.md')), 'the linked document was made from a template');
    const check = await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY], dir);
    const codes = (JSON.parse(check.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
    assert.ok(!codes.includes('AIGOV001') && !codes.includes('AIGOV002') && !codes.includes('AIGOV101'), codes.join(' '));
  });

  it('fix: a read-only registry is found before anything is written (no template left behind)', async function () {
    const dir = await tree({ '.aigov.yaml': REGISTRY });
    const reg = path.join(dir, '.aigov.yaml');
    if (!makeReadOnly(reg)) this.skip();
    try {
      const r = await runCli(['fix', '.', '--today', TODAY], dir);
      assert.equal(r.code, 2, r.stderr);
      assertOneLineErrors(r.stderr);
      assert.match(r.stderr, /cannot write \.aigov\.yaml: cannot be written/);
      assert.ok(!existsSync(path.join(dir, 'docs')), 'no template was created first');
      assert.equal(await fs.readFile(reg, 'utf8'), REGISTRY);
    } finally {
      makeWritable(reg);
    }
  });

  it('fix: a read-only folder for the template is found before anything is written', async function () {
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'docs/README.md': '# docs\n' });
    const docs = path.join(dir, 'docs');
    if (!makeReadOnly(docs)) this.skip();
    try {
      const r = await runCli(['fix', '.', '--today', TODAY], dir);
      assert.equal(r.code, 2, r.stderr);
      assertOneLineErrors(r.stderr);
      assert.match(r.stderr, /cannot write docs: cannot be written/);
      assert.equal(await fs.readFile(path.join(dir, '.aigov.yaml'), 'utf8'), REGISTRY);
    } finally {
      makeWritable(docs);
    }
  });

  it('fix on a full disk leaves the registry whole and no template or temporary file behind', async function () {
    if (!posix || !existsSync(CLI)) this.skip();
    // The registry fits under the file-size limit; with the fix's lines it does not.
    const padded = `${REGISTRY}# ${'x'.repeat(1020 - REGISTRY.length - 3)}\n`;
    assert.equal(padded.length, 1020);
    const dir = await tree({ '.aigov.yaml': padded });
    // `ulimit -f 2`: no file may grow past 1024 bytes (EFBIG, as ENOSPC on a full disk).
    const r = spawnSync('sh', ['-c', `ulimit -f 2; exec "${process.execPath}" "${CLI}" fix . --today ${TODAY}`], { cwd: dir, encoding: 'utf8', env: { ...process.env, AIGOV_TODAY: '' } });
    assert.equal(r.status, 2, `${r.stdout}\n${r.stderr}`);
    assertOneLineErrors(r.stderr);
    assert.match(r.stderr, /cannot write .*: the file would be too large/);
    assert.equal(await fs.readFile(path.join(dir, '.aigov.yaml'), 'utf8'), padded, 'the registry is byte for byte what it was');
    assert.deepEqual(listing(dir), ['.aigov.yaml'], 'no template, folder or temporary file is left');
  });

  it('I/O errors are one line with the path and the reason, exit 2: --output a folder, init on a file or in /proc, a dangling symlink, an output under /proc', async function () {
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'a-file': 'x\n', 'out/keep.txt': 'x\n' });
    const cases: [string[], RegExp][] = [
      [['check', '.', '--output', 'out', '--today', TODAY], /cannot write out: it is a folder/],
      [['init', 'a-file'], /a-file.*: a part of the path is not a folder/],
    ];
    if (process.platform === 'linux') {
      cases.push([['init', '/proc/self'], /cannot write \/proc\/\S+: /]);
      cases.push([['bom', '.', '--output', '/proc/nope/x', '--today', TODAY], /cannot write \/proc\/nope.*: the folder cannot be made/]);
    }
    for (const [args, expected] of cases) {
      const started = Date.now();
      const r = await runCli(args, dir);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assertOneLineErrors(r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: one line:\n${r.stderr}`);
      assert.match(r.stderr, expected);
      assert.ok(Date.now() - started < 60_000, `${args.join(' ')} ends`);
    }
    if (!posix) return;
    // A dangling symlink where the template goes: left alone, said in one line.
    await fs.mkdir(path.join(dir, 'docs', 'risk'), { recursive: true });
    await fs.symlink(path.join(dir, 'nowhere.md'), path.join(dir, 'docs', 'risk', 'chat-bot.md'));
    const r = await runCli(['fix', '.', '--today', TODAY], dir);
    assertOneLineErrors(r.stderr);
    assert.match(r.stderr, /docs\/risk\/chat-bot\.md exists; not overwritten/);
    assert.ok((await fs.lstat(path.join(dir, 'docs', 'risk', 'chat-bot.md'))).isSymbolicLink());
    assert.ok(!existsSync(path.join(dir, 'nowhere.md')), 'nothing was written through the link');
  });

  it('the GitHub Action writes its SARIF file through the same guard: not out of the workspace through a symlinked folder, not through a symlink, not over a folder', async function () {
    if (!posix) this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'a-folder/keep.txt': 'x\n' });
    const outside = await tree({ 'keep.txt': 'outside\n' }, 'aigov-outside-');
    await fs.symlink(outside, path.join(dir, 'reports'));
    await fs.symlink(path.join(outside, 'keep.txt'), path.join(dir, 'linked.sarif'));
    const run = async (sarif: string): Promise<{ code: number; stdout: string }> => {
      let stdout = '';
      const env = { GITHUB_WORKSPACE: dir, GITHUB_SHA: '0'.repeat(40), INPUT_TODAY: TODAY, 'INPUT_FAIL-ON': 'never', 'INPUT_BASELINE-REF': 'none', 'INPUT_SARIF-FILE': sarif };
      const code = await runAction(env, { cwd: dir, env: {}, stdout: (s) => void (stdout += s), stderr: () => undefined });
      return { code, stdout };
    };
    const out = await run('reports/aigov.sarif');
    assert.equal(out.code, 2, out.stdout);
    assert.match(out.stdout, /^::error title=aigov::cannot write reports\/aigov\.sarif: it leads outside/m);
    assertOneLineErrors(out.stdout);
    assert.deepEqual(listing(outside), ['keep.txt'], 'nothing was written outside the workspace');
    // A symlink in the file's place is replaced by the SARIF file, not written through.
    const linked = await run('linked.sarif');
    assert.equal(linked.code, 0, linked.stdout);
    assert.equal(await fs.readFile(path.join(outside, 'keep.txt'), 'utf8'), 'outside\n');
    assert.ok((await fs.lstat(path.join(dir, 'linked.sarif'))).isFile());
    assert.equal((JSON.parse(await fs.readFile(path.join(dir, 'linked.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
    const folder = await run('a-folder');
    assert.equal(folder.code, 2);
    assert.match(folder.stdout, /cannot write a-folder: it is a folder/);
    assert.deepEqual(listing(path.join(dir, 'a-folder')), ['keep.txt']);
    // A plain path inside is written as before.
    const plain = await run('out/aigov.sarif');
    assert.equal(plain.code, 0, plain.stdout);
    assert.ok(existsSync(path.join(dir, 'out', 'aigov.sarif')));
  });

  it('fix says what it skipped and what it cannot write in the run\'s language, reasons included; its help says what the guard refuses', async function () {
    if (!posix) this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY });
    const outside = await tree({}, 'aigov-outside-');
    await fs.symlink(outside, path.join(dir, 'docs'));
    const en = await runCli(['fix', '.', '--today', TODAY], dir);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /^aigov fix: cannot write docs\/risk\/chat-bot\.md: it leads outside .*; nothing was changed in \.\.$/m);
    const ja = await runCli(['fix', '.', '--today', TODAY, '--locale', 'ja'], dir);
    assert.equal(ja.code, 2);
    assert.match(ja.stderr, /^aigov fix: docs\/risk\/chat-bot\.md に書き込めません: .* の外を指しています。\. では何も変更していません。$/m);
    assert.doesNotMatch(ja.stderr, /cannot write|leads outside|nothing was changed/);
    // A new file's place taken (by a dangling symlink): the fix is skipped, said in each language.
    await fs.unlink(path.join(dir, 'docs'));
    await fs.mkdir(path.join(dir, 'docs', 'risk'), { recursive: true });
    await fs.symlink(path.join(dir, 'nowhere.md'), path.join(dir, 'docs', 'risk', 'chat-bot.md'));
    const skippedEn = await runCli(['fix', '.', '--today', TODAY, '--dry-run'], dir);
    assert.equal(skippedEn.stderr, 'aigov fix: skipped AIGOV101 .aigov.yaml:8 (Create docs/risk/chat-bot.md from a template and link it): docs/risk/chat-bot.md exists; not overwritten.\nWould apply 0 edits, skipped 1.\n');
    const skippedJa = await runCli(['fix', '.', '--today', TODAY, '--dry-run', '--locale', 'ja'], dir);
    assert.match(skippedJa.stderr, /^aigov fix: AIGOV101 \.aigov\.yaml:\d+（.+）をスキップしました: docs\/risk\/chat-bot\.md が既に存在するため、上書きしません。$/m);
    assert.doesNotMatch(skippedJa.stderr, /skipped|not overwritten/);
    // An I/O error of another command, in Japanese too.
    await fs.mkdir(path.join(dir, 'out'));
    const folder = await runCli(['check', '.', '--output', 'out', '--today', TODAY, '--locale', 'ja'], dir);
    assert.equal(folder.code, 2);
    assert.equal(folder.stderr, 'aigov check: out に書き込めません: フォルダーです\n');
    // The help says what is refused, in each language.
    const helpEn = (await runCli(['fix', '--help'], dir)).stdout;
    for (const words of [/never outside the folder/, /symlinked out of it is refused/, /never over an existing file/, /nothing is written and the exit code is 2/, /renamed over it/]) assert.match(helpEn, words);
    const helpJa = (await runCli(['fix', '--help', '--locale', 'ja'], dir)).stdout;
    for (const words of [/フォルダーの外には書き込みません/, /既存のファイルは上書きしません/, /終了コード 2/, /一時ファイル/]) assert.match(helpJa, words);
  });
});
