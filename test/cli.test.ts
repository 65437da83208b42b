import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { runCli } from './support/cli.js';
import { commitAll, git, initRepo } from './support/git.js';
import { copyToTemp, FIXTURES, ROOT, TODAY } from './support/workspace.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const EXAMPLE = path.join(FIXTURES, 'workspaces', 'example');

function runBuilt(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, AIGOV_TODAY: '', AIGOV_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI (built bundle)', function () {
  this.timeout(60_000);
  before(function () {
    if (!existsSync(CLI)) this.skip();
  });

  it('checks the example workspace: findings with codes and file:line:col, exit 1', () => {
    const r = runBuilt(['check', 'test-fixtures/workspaces/example', '--today', TODAY, '--no-color']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /test-fixtures\/workspaces\/example\/\.aigov\.yaml:26:5 {2}warning {2}AIGOV101 {2}Component 'support-chatbot' has no risk assessment/);
    assert.match(r.stdout, /tools\/summarize\.ts:1:11 {2}error {2}AIGOV201 /);
    assert.equal(r.stderr, '');
  });

  it('reports broken YAML as AIGOV001 with exit 1, not a stack trace', () => {
    const r = runBuilt(['check', 'test-fixtures/workspaces/broken-yaml', '--today', TODAY]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /\.aigov\.yaml:8:5 {2}error {2}AIGOV001 {2}YAML syntax error/);
    assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(runBuilt(['check', '--format', 'xml']).status, 2);
    assert.equal(runBuilt(['check', '--today', '2026-13-01']).status, 2);
    assert.equal(runBuilt(['check', 'no/such/folder']).status, 2);
    assert.equal(runBuilt(['frobnicate']).status, 2);
  });

  it('checks an empty folder outside any repository without starting git or loading what it does not use', async function () {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-start-'));
    try {
      if (spawnSync('git', ['-C', tmp, 'rev-parse'], { stdio: 'ignore' }).status === 0) this.skip();
      const out = path.join(tmp, 'modules.txt');
      const hook = path.join(tmp, 'hook.cjs');
      // Locale-aware formatting loads ICU's data on first use (~20 ms): a module's top level must not.
      const intl = [
        'const used = [];',
        'for (const [o, k] of [[Number.prototype, "toLocaleString"], [Date.prototype, "toLocaleString"], [Date.prototype, "toLocaleDateString"], [Intl, "NumberFormat"], [Intl, "DateTimeFormat"], [Intl, "Collator"]]) {',
        '  const f = o[k];',
        '  o[k] = function (...a) { used.push(k); return new.target ? Reflect.construct(f, a, new.target) : f.apply(this, a); };',
        '}',
      ].join('\n');
      await fs.writeFile(hook, `${intl}\nprocess.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, [...process.moduleLoadList, ...used.map((k) => 'Intl ' + k)].join('\\n')));\n`);
      const empty = path.join(tmp, 'empty');
      await fs.mkdir(empty);
      const r = spawnSync(process.execPath, ['-r', hook, CLI, 'check', empty, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const loaded = (await fs.readFile(out, 'utf8')).split('\n');
      // fs.promises loads its own modules (readline, watchers, dirs; ~4 ms): a check of a folder needs none.
      for (const m of ['child_process', 'worker_threads', 'perf_hooks', 'internal/fs/promises']) assert.ok(!loaded.includes(`NativeModule ${m}`), `${m} is not loaded`);
      assert.deepEqual(loaded.filter((l) => l.startsWith('Intl ')), [], 'nothing formats for a locale');
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('exits 0 on a clean folder', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-clean-'));
    try {
      const r = runBuilt(['check', tmp]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /0 findings/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('compiles the check of a large folder without inlining, and keeps the code cache valid; a small folder as before', async () => {
    // Enough code for TurboFan to optimise the hottest functions: with inlining, it reports each
    // candidate it considers for inlining.
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-inlining-'));
    try {
      const body = 'import os\nimport openai\nfrom transformers import pipeline\n"""A docstring."""\nx = pipeline("a")  # a comment\n\ndef f(a):\n    return a + 1\n';
      const large = path.join(tmp, 'large');
      const small = path.join(tmp, 'small');
      await fs.mkdir(large);
      await fs.mkdir(small);
      for (let i = 0; i < 1000; i++) await fs.writeFile(path.join(large, `f${i}.py`), body);
      for (let i = 0; i < 400; i++) await fs.writeFile(path.join(small, `f${i}.py`), body);
      const out = path.join(tmp, 'out.json');
      const check = (program: string, folder: string, cache = 'off'): string => {
        const r = spawnSync(process.execPath, ['--trace-opt', '--trace-turbo-inlining', program, 'check', folder, '--format', 'json', '--output', out, '--jobs', '0', '--fail-on', 'never'], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, AIGOV_CODE_CACHE: cache },
        });
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /completed optimizing/, `${program}: hot functions are optimised`);
        return r.stdout;
      };
      // The CLI, and the bundle that the pre-commit hook runs.
      for (const program of [CLI, path.join(ROOT, 'action', 'aigov.cjs')]) {
        assert.doesNotMatch(check(program, large), /for inlining/, program);
        const result = JSON.parse(await fs.readFile(out, 'utf8')) as { findings: unknown[] };
        assert.equal(result.findings.length, 2000, 'openai and transformers in each file');
      }
      assert.match(check(CLI, small), /for inlining/, 'a small folder is compiled as Node does');
      // The launcher's code cache is made before the flag changes: V8 takes it at the next start.
      const cache = path.join(tmp, 'cache');
      check(CLI, large, cache);
      check(CLI, large, cache);
      const file = path.join(cache, `check-${process.version}.bin`);
      const made = await fs.stat(file);
      assert.ok(made.size > 10_000, `data made: ${made.size} bytes`);
      check(CLI, large, cache);
      check(CLI, small, cache);
      assert.equal((await fs.stat(file)).mtimeMs, made.mtimeMs, 'V8 took the data: nothing written again');
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  describe('code cache of the launcher', () => {
    let tmp: string;
    let cli: string;
    let version: string;
    beforeEach(async () => {
      tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-code-'));
      await fs.mkdir(path.join(tmp, 'dist'));
      for (const f of ['cli.js', 'cli-main.js']) await fs.copyFile(path.join(ROOT, 'dist', f), path.join(tmp, 'dist', f));
      cli = path.join(tmp, 'dist', 'cli.js');
      version = runBuilt(['--version']).stdout.trim();
    });
    afterEach(async () => {
      await fs.rm(tmp, { recursive: true, force: true });
    });
    const run = (cache: string): string => {
      const r = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', env: { ...process.env, AIGOV_CODE_CACHE: cache } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    };
    const lines = async (file: string): Promise<number> => (await fs.readFile(file)).subarray(0, -1).indexOf(10) < 0 ? 1 : 2;

    it('makes the data on the second run and uses it after; never gives it to another bundle of the same length', async () => {
      const cache = path.join(tmp, 'cache');
      const file = path.join(cache, `other-${process.version}.bin`);
      assert.equal(run(cache), version);
      assert.equal(await lines(file), 1, 'the first run writes only what the data is for');
      assert.equal(run(cache), version);
      const made = await fs.stat(file);
      assert.ok(made.size > 10_000, `data made: ${made.size} bytes`);
      assert.equal((made.mode & 0o777).toString(8), '600');
      assert.equal(((await fs.stat(cache)).mode & 0o777).toString(8), '700');
      assert.equal(run(cache), version);
      assert.equal((await fs.stat(file)).mtimeMs, made.mtimeMs, 'V8 took the data: nothing written again');
      // An upgrade to a bundle of the same length: its own code runs, and the old data is dropped.
      const bundle = path.join(tmp, 'dist', 'cli-main.js');
      const text = await fs.readFile(bundle, 'utf8');
      const other = version.replace(/^\d/, (d) => String((Number(d) + 1) % 10));
      assert.ok(text.includes(JSON.stringify(version)));
      await fs.writeFile(bundle, text.replace(JSON.stringify(version), JSON.stringify(other)));
      assert.equal((await fs.stat(bundle)).size, Buffer.byteLength(text));
      assert.equal(run(cache), other);
      assert.equal(await lines(file), 1);
    });

    it('runs a bundle read without decoding: ASCII as built, and one that is not read as UTF-8', async () => {
      const bundle = path.join(tmp, 'dist', 'cli-main.js');
      const bytes = await fs.readFile(bundle);
      const at = bytes.findIndex((b) => b > 0x7f);
      assert.equal(at, -1, `the bundle holds a byte beyond ASCII at ${at}: ${bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8')}`);
      // A version of the same length in bytes, with a character that Latin-1 would read as two.
      const other = `${version.slice(0, -2)}\u00e9`;
      assert.equal(Buffer.byteLength(other), version.length);
      const text = bytes.toString('utf8');
      assert.ok(text.includes(JSON.stringify(version)));
      await fs.writeFile(bundle, text.replace(JSON.stringify(version), JSON.stringify(other)));
      assert.equal(run('off'), other);
      const cache = path.join(tmp, 'cache');
      for (let i = 0; i < 3; i++) assert.equal(run(cache), other, `run ${i + 1} with the code cache`);
    });

    it('leaves a folder that others can write, and is off with AIGOV_CODE_CACHE=off', async function () {
      if (process.platform === 'win32') this.skip();
      const open = path.join(tmp, 'open');
      await fs.mkdir(open);
      await fs.chmod(open, 0o777);
      assert.equal(run(open), version);
      assert.equal(run(open), version);
      assert.deepEqual(await fs.readdir(open), []);
      const off = path.join(tmp, 'off');
      assert.equal(run('off'), version);
      assert.ok(!existsSync(path.join(process.cwd(), 'off')) && !existsSync(off));
    });
  });
});

describe('CLI (in process)', function () {
  this.timeout(60_000);

  it('--fail-on warning / never', async () => {
    const supp = path.join(FIXTURES, 'workspaces', 'suppressions');
    assert.equal((await runCli(['check', '.', '--today', TODAY], supp)).code, 0, 'only warnings: below the default threshold');
    assert.equal((await runCli(['check', '.', '--today', TODAY, '--fail-on', 'warning'], supp)).code, 1);
    assert.equal((await runCli(['check', '.', '--today', TODAY, '--fail-on', 'never'], EXAMPLE)).code, 0);
  });

  it('writes --output and prints JSON with fingerprints', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-out-'));
    try {
      const out = path.join(tmp, 'r', 'findings.json');
      const r = await runCli(['check', '.', '--format', 'json', '--output', out, '--today', TODAY, '--fail-on', 'never'], EXAMPLE);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
      const json = JSON.parse(await fs.readFile(out, 'utf8')) as { findings: { code: string; path: string; fingerprint: string }[] };
      assert.ok(json.findings.length > 0);
      for (const f of json.findings) assert.match(f.fingerprint, /^[0-9a-f]{16}:\d+$/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('github format emits workflow commands with 1-based positions', async () => {
    const r = await runCli(['check', '.', '--root', '.', '--format', 'github', '--today', TODAY, '--fail-on', 'never'], EXAMPLE);
    assert.match(r.stdout, /^::error file=tools\/summarize\.ts,line=1,col=11,endLine=1,endColumn=25,title=AIGOV201::AIGOV201: /m);
  });

  it('junit format is XML with failures', async () => {
    const r = await runCli(['check', '.', '--format', 'junit', '--today', TODAY, '--fail-on', 'never'], EXAMPLE);
    assert.match(r.stdout, /^<\?xml/);
    assert.match(r.stdout, /<failure type="error"/);
  });

  it('--baseline: old findings do not fail the run, new ones do, and fingerprints survive edits above', async () => {
    const tmp = await copyToTemp(EXAMPLE);
    try {
      const base = path.join(tmp, 'baseline.sarif');
      await runCli(['check', '.', '--format', 'sarif', '--output', base, '--today', TODAY], tmp);
      const same = await runCli(['check', '.', '--baseline', base, '--today', TODAY, '--no-color'], tmp);
      assert.equal(same.code, 0, same.stdout);
      assert.match(same.stdout, /0 new against the baseline/);
      // An unrelated edit above every finding: lines shift, fingerprints do not.
      const reg = path.join(tmp, '.aigov.yaml');
      await fs.writeFile(reg, `# A new comment line\n# and another\n${await fs.readFile(reg, 'utf8')}`);
      const ts = path.join(tmp, 'tools', 'summarize.ts');
      await fs.writeFile(ts, `// header\n${await fs.readFile(ts, 'utf8')}`);
      const shifted = await runCli(['check', '.', '--baseline', base, '--today', TODAY, '--no-color'], tmp);
      assert.equal(shifted.code, 0, shifted.stdout);
      // A new gap: a second typo'd annotation.
      await fs.writeFile(path.join(tmp, 'tools', 'new.py'), '# @aigov nobody\n');
      const added = await runCli(['check', '.', '--baseline', base, '--today', TODAY, '--no-color'], tmp);
      assert.equal(added.code, 1);
      assert.match(added.stdout, /tools\/new\.py:1:10 .*AIGOV201 .*\(new\)/);
      assert.match(added.stdout, /1 new against the baseline/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('--cache-location keeps the cache outside the repository and gives the same findings', async () => {
    const tmp = await copyToTemp(EXAMPLE);
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-cache-'));
    try {
      const plain = await runCli(['check', '.', '--format', 'golden', '--today', TODAY, '--fail-on', 'never'], tmp);
      const cold = await runCli(['check', '.', '--format', 'golden', '--today', TODAY, '--fail-on', 'never', '--cache-location', cacheDir], tmp);
      const warm = await runCli(['check', '.', '--format', 'golden', '--today', TODAY, '--fail-on', 'never', '--cache-location', cacheDir], tmp);
      assert.equal(cold.stdout, plain.stdout);
      assert.equal(warm.stdout, plain.stdout);
      assert.equal((await fs.readdir(cacheDir)).length, 1, 'one cache file for the root');
      // The cache keeps the lines findings are on: a cache that lost them makes the report read the files.
      const json = ['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'];
      const plainJson = await runCli(json, tmp);
      const cacheFile = path.join(cacheDir, (await fs.readdir(cacheDir))[0]!);
      const kept = await fs.readFile(cacheFile, 'utf8');
      assert.match(kept, /"lines":\{"\d+":/);
      const nl = kept.indexOf('\n');
      const body = kept.slice(nl + 1).replace(/"lines":\{[^}]*\}/g, '"lines":{}');
      // Changed without the header's CRC-32 of the lines: the whole file is ignored.
      await fs.writeFile(cacheFile, `${kept.slice(0, nl)}\n${body}`);
      assert.equal((await runCli([...json, '--cache-location', cacheDir], tmp)).stdout, plainJson.stdout);
      assert.equal(await fs.readFile(cacheFile, 'utf8'), kept, 'and written anew');
      // Changed with it (as a writer would): the lines not kept are read from the files.
      await fs.writeFile(cacheFile, `${JSON.stringify({ ...JSON.parse(kept.slice(0, nl)), crc: crc32(body) })}\n${body}`);
      const lost = await runCli([...json, '--cache-location', cacheDir], tmp);
      assert.equal(lost.stdout, plainJson.stdout);
      const after = await runCli([...json, '--cache-location', cacheDir], tmp);
      assert.equal(after.stdout, plainJson.stdout);
      // A cached empty file that gains AI use is read again (its size changed).
      await fs.writeFile(path.join(tmp, 'services', 'chat', 'policies.py'), 'import anthropic\nRETURN_POLICY = "30 days"\n');
      const changed = await runCli(['check', '.', '--format', 'golden', '--today', TODAY, '--fail-on', 'never', '--cache-location', cacheDir], tmp);
      assert.match(changed.stdout, /services\/chat\/policies\.py:1:8-1:17 AIGOV303/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
      await fs.rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('does not use a cache that git tracks: a committed one cannot hide findings, nor is it written', async () => {
    const tmp = await copyToTemp(EXAMPLE);
    try {
      initRepo(tmp);
      const json = ['check', '.', '--format', 'json', '--today', TODAY, '--fail-on', 'never'];
      const plain = await runCli(json, tmp);
      // Where a CI keeps its cache in the project: filled by one run, then every file's findings
      // written as none, with the CRC a writer would give.
      await runCli([...json, '--cache-location', '.aigov-cache'], tmp);
      const cacheFile = path.join(tmp, '.aigov-cache', (await fs.readdir(path.join(tmp, '.aigov-cache')))[0]!);
      const kept = await fs.readFile(cacheFile, 'utf8');
      const nl = kept.indexOf('\n');
      const body = kept
        .slice(nl + 1)
        .split('\n')
        .map((line) => line.split('\t').map((field, i) => (i === 5 && field !== '' ? `${field.slice(0, field.indexOf(' '))} []` : field)).join('\t'))
        .join('\n');
      const forged = `${JSON.stringify({ ...JSON.parse(kept.slice(0, nl)), crc: crc32(body) })}\n${body}`;
      await fs.writeFile(cacheFile, forged);
      const untracked = await runCli([...json, '--cache-location', '.aigov-cache'], tmp);
      assert.ok(JSON.parse(untracked.stdout).findings.length < JSON.parse(plain.stdout).findings.length, 'a cache is trusted when it is the user\'s own');
      assert.equal(untracked.stderr, '');
      // The same file brought by a commit.
      await fs.writeFile(cacheFile, forged);
      git(tmp, 'add', '-f', '.aigov-cache');
      commitAll(tmp, 'a cache');
      const tracked = await runCli([...json, '--cache-location', '.aigov-cache'], tmp);
      assert.equal(tracked.stdout, plain.stdout);
      assert.match(tracked.stderr, /the cache .*\.aigov-cache\/[0-9a-f]+\.json is tracked by git and is not used/);
      assert.equal(await fs.readFile(cacheFile, 'utf8'), forged, 'and not written');
      // Reached through a link to the folder, it is the same file.
      await fs.symlink(path.join(tmp, '.aigov-cache'), path.join(tmp, 'cache-link'));
      const linked = await runCli([...json, '--cache-location', 'cache-link'], tmp);
      assert.match(linked.stderr, /is tracked by git and is not used/);
      assert.equal(await fs.readFile(cacheFile, 'utf8'), forged);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('rejects a baseline that is not an aigov result', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-bl-'));
    try {
      await fs.writeFile(path.join(tmp, 'b.json'), '{"hello": 1}');
      assert.equal((await runCli(['check', '.', '--baseline', 'b.json'], tmp)).code, 2);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('init writes a starter registry and refuses to overwrite it', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-init-'));
    try {
      const first = await runCli(['init', '--today', TODAY], tmp);
      assert.equal(first.code, 0, first.stderr);
      const text = await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8');
      assert.match(text, /^# AI governance registry/);
      assert.equal(first.stdout, 'Created .aigov.yaml (no AI use found yet). Edit it, then run: aigov check .\n');
      const second = await runCli(['init'], tmp);
      assert.equal(second.code, 2);
      assert.equal(second.stderr, 'aigov: .aigov.yaml already exists; nothing was changed.\n');
      assert.equal(await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8'), text, 'unchanged');
      const check = await runCli(['check', '.', '--today', TODAY, '--format', 'golden', '--fail-on', 'never'], tmp);
      assert.doesNotMatch(check.stdout, /AIGOV00[1-4]/, 'the starter file is valid');
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('init builds the starter from the AI use found: a component per folder and provider, with paths that cover the files', async () => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-init-'));
    const tmp = path.join(parent, 'Web Shop');
    try {
      await fs.mkdir(path.join(tmp, 'services', 'chat'), { recursive: true });
      await fs.mkdir(path.join(tmp, 'models'), { recursive: true });
      await fs.writeFile(path.join(tmp, 'app.py'), 'import openai\n\nclient = openai.OpenAI()\n');
      await fs.writeFile(path.join(tmp, 'services', 'chat', 'bot.ts'), "import Anthropic from '@anthropic-ai/sdk';\nimport OpenAI from 'openai';\n");
      await fs.writeFile(path.join(tmp, 'models', 'ranker.onnx'), 'onnx');
      const r = await runCli(['init', '--today', TODAY], tmp);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /4 components from the AI use found/);
      const text = await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8');
      const ids = [...text.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
      assert.deepEqual(ids, ['web-shop', 'models', 'chat-anthropic', 'chat-openai']);
      assert.ok(!ids.includes('openai'), 'never named after the SDK alone');
      assert.match(text, /paths: \["app\.py"\]/);
      assert.match(text, /paths: \["services\/chat\/\*\*"\]/);
      assert.match(text, /upstream_models: \[\{ provider: anthropic \}\]/);
      // Every detected file is covered: no undeclared AI use is left.
      const check = await runCli(['check', '.', '--today', TODAY, '--format', 'golden', '--fail-on', 'never'], tmp);
      assert.doesNotMatch(check.stdout, /AIGOV30[124]|AIGOV00[1-4]/, check.stdout);
    } finally {
      await fs.rm(parent, { recursive: true, force: true });
    }
  });

  it('init through a symbolic link to a folder finds the AI use behind it, as check does', async () => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-init-'));
    try {
      await fs.mkdir(path.join(parent, 'real'));
      await fs.writeFile(path.join(parent, 'real', 'app.py'), 'import openai\n');
      await fs.symlink(path.join(parent, 'real'), path.join(parent, 'link'), 'dir');
      const r = await runCli(['init', 'link', '--today', TODAY], parent);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /1 component from the AI use found/);
      assert.match(await fs.readFile(path.join(parent, 'real', '.aigov.yaml'), 'utf8'), /paths: \["app\.py"\]/);
    } finally {
      await fs.rm(parent, { recursive: true, force: true });
    }
  });

  it('fix --dry-run shows a diff and writes nothing; fix applies safe fixes', async () => {
    const tmp = await copyToTemp(EXAMPLE);
    try {
      const before = await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8');
      const dry = await runCli(['fix', '.', '--dry-run', '--today', TODAY], tmp);
      assert.equal(dry.code, 0);
      assert.match(dry.stdout, /\+\+\+ docs\/risk\/support-chatbot\.md/);
      assert.match(dry.stdout, /\+ {6}assessment:/);
      assert.equal(await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8'), before);
      assert.ok(!existsSync(path.join(tmp, 'docs', 'risk', 'support-chatbot.md')));
      const real = await runCli(['fix', '.', '--today', TODAY], tmp);
      assert.equal(real.code, 0, real.stderr);
      const after = await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8');
      assert.ok(after.includes('# Customer-facing assistant on the help pages.'), 'comments survive');
      assert.ok(existsSync(path.join(tmp, 'docs', 'risk', 'support-chatbot.md')));
      const check = await runCli(['check', '.', '--today', TODAY, '--format', 'golden', '--fail-on', 'never'], tmp);
      assert.doesNotMatch(check.stdout, /AIGOV101|AIGOV201/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('fix --code applies only the fixes of the codes named', async () => {
    const tmp = await copyToTemp(EXAMPLE);
    try {
      const registry = await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8');
      const dry = await runCli(['fix', '.', '--dry-run', '--today', TODAY, '--code', 'AIGOV201', '--code', 'NO-SUCH-CODE'], tmp);
      assert.equal(dry.code, 0, dry.stderr);
      assert.equal(dry.stderr, "would fix: AIGOV201 tools/summarize.ts:1: Change to 'support-chatbot'\nWould apply 1 edit.\n");
      assert.match(dry.stdout, /^-\/\/ @aigov support-chatbt\n\+\/\/ @aigov support-chatbot$/m);
      const real = await runCli(['fix', '.', '--today', TODAY, '--code', 'AIGOV201'], tmp);
      assert.equal(real.code, 0, real.stderr);
      assert.match(await fs.readFile(path.join(tmp, 'tools', 'summarize.ts'), 'utf8'), /^\/\/ @aigov support-chatbot\n/);
      assert.equal(await fs.readFile(path.join(tmp, '.aigov.yaml'), 'utf8'), registry, 'the registry is left alone');
      assert.ok(!existsSync(path.join(tmp, 'docs', 'risk', 'support-chatbot.md')));
      // New files show as created from nothing.
      const created = await runCli(['fix', '.', '--dry-run', '--today', TODAY, '--code', 'AIGOV103'], tmp);
      assert.equal(created.code, 0, created.stderr);
      const headers = created.stdout.split('\n').filter((l) => /^(---|\+\+\+) /.test(l));
      assert.deepEqual(headers, ['--- /dev/null\t', '+++ docs/notice.md\t(new file)', '--- /dev/null\t', '+++ services/fraud/docs/monitoring.md\t(new file)']);
      assert.ok(created.stdout.split('\n').filter((l) => l.startsWith('@@')).every((l) => /^@@ -0,0 \+1,\d+ @@$/.test(l)), 'nothing on the old side');
      assert.match(created.stderr, /\nWould apply 2 edits\.\n$/);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  });

  it('fix names each fix it leaves out, with its line and why, and counts them; with no folder it fixes the one it runs in', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-fix-skip-'));
    try {
      // Two misspellings of one key: renamed together they would make a duplicate key.
      const registry = [
        'version: 1',
        'organization: { name: Skip KK, contacts: { incident: ai@skip.jp } }',
        'components:',
        '  - id: chat-bot',
        '    kind: llm-app',
        '    ownr: team@skip.jp',
        '    onwer: team@skip.jp',
        '    intended_purpose: Answer questions',
        '    risk: { level: minimal }',
        '',
      ].join('\n');
      await fs.writeFile(path.join(dir, '.aigov.yaml'), registry);
      const said = [
        "aigov fix: skipped AIGOV002 .aigov.yaml:7 (Rename key to 'owner'): .aigov.yaml would no longer parse.",
        "would fix: AIGOV002 .aigov.yaml:6: Rename key to 'owner'",
        // The refused rename does not stop the fixes that come after it.
        'would fix: AIGOV101 .aigov.yaml:9: Create docs/risk/chat-bot.md from a template and link it',
        'Would apply 2 edits, skipped 1.',
        '',
      ].join('\n');
      for (const args of [['fix', '.', '--dry-run'], ['fix', '--dry-run']]) {
        const r = await runCli([...args, '--today', TODAY], dir);
        assert.deepEqual([r.code, r.stderr], [0, said], args.join(' '));
        assert.match(r.stdout, /^- {4}ownr: team@skip\.jp\n\+ {4}owner: team@skip\.jp\n {5}onwer: team@skip\.jp$/m);
      }
      assert.equal(await fs.readFile(path.join(dir, '.aigov.yaml'), 'utf8'), registry);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('explain prints the docs page of a code, and suggests on a typo', async () => {
    const r = await runCli(['explain', 'AIGOV101'], ROOT);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /# AIGOV101 missing-risk-assessment/);
    const bad = await runCli(['explain', 'AIGOV1O1'], ROOT);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Did you mean AIGOV101\?/);
    const far = await runCli(['explain', 'qqqqqqqq'], ROOT);
    assert.deepEqual([far.code, far.stderr], [2, "aigov explain: no finding has the code 'qqqqqqqq'. See aigov explain --list.\n"], 'nothing near: no suggestion');
    const list = await runCli(['explain', '--list'], ROOT);
    assert.match(list.stdout, /^AIGOV001 /m);
  });

  it('explain takes a code, its number or its slug, and prints the page, the citation and the link', async () => {
    const page = await fs.readFile(path.join(ROOT, 'docs', 'rules', 'AIGOV401.md'), 'utf8');
    const r = await runCli(['explain', 'AIGOV401'], ROOT);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith(page));
    assert.match(r.stdout.slice(page.length), /^\nCitation: [^\n]*Art 73\(2\)–\(5\)\n\nDocumentation: \S+\/AIGOV401\.md\n$/);
    for (const other of ['401', 'aigov401', 'incident-report-due']) assert.equal((await runCli(['explain', other], ROOT)).stdout, r.stdout, other);
    assert.match((await runCli(['explain', 'AIGOV518'], ROOT)).stdout, /\nCitation: [^\n]*AI-agent items \(reported\) \(unverified\)\n/);
  });
});
