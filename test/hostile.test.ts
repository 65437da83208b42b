/**
 * Hostile inputs (issue 6, SPEC §9): each one ends in a clear finding or a counted skip, never in
 * a crash or a hang, through the engine over the disk and through the CLI in process. Every tree
 * is built in a fresh temp folder at run time.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../server/src/core/engine.js';
import { MAX_YAML_DEPTH } from '../server/src/core/manifest/bounded-parse.js';
import type { Finding } from '../server/src/core/finding.js';
import { ALL_RULES } from '../server/src/core/rules/index.js';
import type { SourceRule } from '../server/src/core/rules/types.js';
import type { Logger } from '../server/src/core/workspace.js';
import { unusedCode } from '../server/src/core/testing/codes.js';
import { NodeWorkspace } from '../server/src/node/fs-workspace.js';
import { runCli } from './support/cli.js';

const TODAY = '2026-11-25';
const temps: string[] = [];

async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'aigov-hostile-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, content);
  }
  return dir;
}

/** Makes `dir` a repository with everything staged, so that `git ls-files` lists it; false without git. */
function gitInit(dir: string): boolean {
  try {
    execFileSync('git', ['-C', dir, 'init', '-q'], { stdio: 'ignore' });
    execFileSync('git', ['-C', dir, 'add', '-A'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function logger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info() {}, warn() {}, error: (m, err) => void errors.push(`${m}${err ? `: ${String(err)}` : ''}`) };
}

/** The engine over the disk (the walker, as in a folder that is not a repository). */
async function analyse(dir: string, ws = new NodeWorkspace(dir, { useGit: false })): Promise<{ engine: Engine; findings: Finding[]; errors: string[] }> {
  const log = logger();
  const engine = new Engine(ws, { today: TODAY, logger: log });
  await engine.indexAll();
  return { engine, findings: engine.findings(), errors: log.errors };
}

interface CliJson {
  findings: { code: string; path: string; message: string }[];
  skipped: { path: string; reason: string }[];
}

/** `aigov check <dir> --format json` in process: it must exit normally and print valid JSON. */
async function cliCheck(dir: string): Promise<CliJson> {
  const r = await runCli(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY], dir);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as CliJson;
}

/** The built CLI in a process of its own (npm test builds it first). */
const BUILT_CLI = path.resolve(__dirname, '..', 'dist', 'cli.js');

function runBuilt(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BUILT_CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, AIGOV_TODAY: '', AIGOV_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REGISTRY = 'version: 1\norganization: { name: Hostile KK, contacts: { incident: ai@example.com } }\ncomponents:\n  - id: chat-bot\n    kind: llm-app\n    owner: team@example.com\n    intended_purpose: Answer questions\n    paths: ["src/**"]\n    risk: { level: minimal }\n';

describe('hostile inputs', function () {
  this.timeout(120000);

  after(async () => {
    for (const d of temps) await fs.rm(d, { recursive: true, force: true });
  });

  it('YAML alias bomb: AIGOV001 says aliases are limited, and nothing expands', async () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const dir = await tree({ '.aigov.yaml': `version: 1\n${lines.join('\n')}\ncomponents: []\n` });
    const started = Date.now();
    const { findings, errors } = await analyse(dir);
    const f = findings.find((x) => x.code === 'AIGOV001');
    assert.ok(f, 'AIGOV001 reported');
    assert.match(f.message, /aliases are limited/);
    assert.deepEqual(errors, []);
    assert.ok((await cliCheck(dir)).findings.some((x) => x.code === 'AIGOV001' && /aliases are limited/.test(x.message)));
    assert.ok(Date.now() - started < 60000);
  });

  it('YAML nested thousands of levels deep: through aliases the data is kept; written out, AIGOV001 says it is too deep', async () => {
    // 20 anchors of 250 nested lists, each holding the one before, in an x- key of the component.
    const chain = Array.from({ length: 20 }, (_, i) => `      - &a${i} ${'['.repeat(250)}${i === 0 ? '1' : `*a${i - 1}`}${']'.repeat(250)}`).join('\n');
    const aliased = await tree({ '.aigov.yaml': `${REGISTRY}    x-deep:\n${chain}\n`, 'src/bot.py': 'import openai\n' });
    const kept = await analyse(aliased);
    assert.deepEqual(kept.errors, []);
    assert.deepEqual(kept.engine.model.components.map((c) => c.id), ['chat-bot']);
    const cli = await cliCheck(aliased);
    assert.deepEqual(cli.findings.filter((f) => ['AIGOV001', 'AIGOV102', 'AIGOV301'].includes(f.code)), []);
    for (const deep of [`x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, `x-deep:\n  ${'- '.repeat(100_000)}1`]) {
      const dir = await tree({ '.aigov.yaml': `${REGISTRY}${deep}\n` });
      const { findings, errors } = await analyse(dir);
      assert.deepEqual(errors, []);
      assert.deepEqual(findings.map((f) => [f.code, f.data?.yamlCode]), [['AIGOV001', 'RESOURCE_EXHAUSTION']]);
      assert.match(findings[0]!.message, /nested too deeply to be read/);
      assert.deepEqual((await cliCheck(dir)).findings.map((f) => f.code), ['AIGOV001']);
    }
  });

  it('a registry as deep as the reader reads: every fix of every finding, in process and in the built CLI; one level more is AIGOV001', async function () {
    // Flow mappings nested in a component of a flow list: registering a component writes the list
    // out again. The top-level mapping, the list and the component are three levels.
    const text = (n: number): string => `version: 1\ncomponents: [{ id: chat-bot, kind: llm-app, paths: [src/bot.py], x-deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)} }]\n`;
    const files = (n: number): Record<string, string> => ({ '.aigov.yaml': text(n), 'src/bot.py': 'import openai\n', 'src/other.py': 'import anthropic\n' });
    const dir = await tree(files(MAX_YAML_DEPTH - 3));
    const { engine, findings, errors } = await analyse(dir);
    assert.deepEqual(findings.filter((f) => f.code === 'AIGOV001'), [], `${MAX_YAML_DEPTH} levels are read`);
    const offered = findings.map((f) => [f.code, f.file, engine.fixesFor(f).map((x) => x.title)] as const);
    assert.deepEqual(errors, []);
    const other = offered.find(([code, file]) => code === 'AIGOV301' && file === 'src/other.py');
    assert.ok(other, 'the undeclared use is reported');
    assert.ok(other[2].some((t) => t.startsWith('Register')) && other[2].some((t) => t.startsWith('Link')), other[2].join(' | '));
    const deeper = await analyse(await tree(files(MAX_YAML_DEPTH - 2)));
    assert.deepEqual(deeper.findings.map((f) => [f.code, f.data?.yamlCode]), [['AIGOV001', 'RESOURCE_EXHAUSTION']]);
    assert.deepEqual(deeper.findings.flatMap((f) => deeper.engine.fixesFor(f).map((x) => x.title)), ['Suppress AIGOV001 on this line (write the reason after --)', 'Suppress AIGOV001 in this file (write the reason after --)']);
    assert.deepEqual(deeper.errors, []);

    if (!existsSync(BUILT_CLI)) this.skip();
    // The built CLI in a process of its own: every safe fix is made, and the registry still parses.
    const built = await tree(files(MAX_YAML_DEPTH - 3));
    for (const args of [['fix', '.', '--dry-run'], ['fix', '.']]) {
      const r = runBuilt([...args, '--today', TODAY], built);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /failed|Error/, args.join(' '));
      assert.match(r.stderr, args.length === 3 ? /Would apply [1-9]\d* edits?/ : /Applied [1-9]\d* edits?/);
    }
    const after = runBuilt(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY], built);
    assert.deepEqual((JSON.parse(after.stdout) as CliJson).findings.filter((f) => f.code === 'AIGOV001'), [], 'the registry still parses');
  });

  it('registries nested thousands of levels deep, one after the other in the built CLI: AIGOV001 for each, and the usual exit', async function () {
    // A fresh process reads the first one with the parser cold and the next ones warm: near the
    // end of the stack V8 may compile a regular expression, and running out of stack there ends
    // the process ("RegExpCompiler Allocation failed"), as the library did on [ 1,000 deep, then
    // 10,000 deep. The registries are read in the order of their folders.
    if (!existsSync(BUILT_CLI)) this.skip();
    const forms = [(n: number) => `${'['.repeat(n)}${']'.repeat(n)}`, (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`, (n: number) => `\n  ${'- '.repeat(n)}1`, (n: number) => `\n  ${'? '.repeat(n)}a`];
    const files: Record<string, string> = {};
    let k = 0;
    for (const form of forms) for (const n of [1_000, 10_000, 2_000, 100_000]) files[`r${String(k++).padStart(2, '0')}/.aigov.yaml`] = `version: 1\nx-deep: ${form(n)}\ncomponents: []\n`;
    const dir = await tree(files);
    const r = runBuilt(['check', '.', '--format', 'json', '--today', TODAY], dir);
    assert.equal(r.status, 1, r.stderr);
    const found = (JSON.parse(r.stdout) as CliJson).findings;
    assert.deepEqual(found.map((f) => f.path).sort(), Object.keys(files).sort());
    for (const f of found) assert.match(f.message, /nested too deeply to be read \(more than 256 levels\)/);
  });

  it('a 10 MB single-line file is skipped as too large and counted; the rest is analysed', async () => {
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'src/ok.py': '# @aigov chat-bot\nprint(1)\n', 'src/no-such.py': '# @aigov no-such-component\n' });
    await fs.writeFile(path.join(dir, 'src/huge.py'), `x = "${'@aigov a '.repeat(10 * 1024 * 1024 / 9)}"`);
    const ws = new NodeWorkspace(dir, { useGit: false });
    const reads: string[] = [];
    const readFile = ws.readFile.bind(ws);
    ws.readFile = (p: string) => (reads.push(p), readFile(p));
    const { engine, findings, errors } = await analyse(dir, ws);
    assert.ok(!reads.includes('src/huge.py'), 'the huge file is skipped by its size, not read');
    assert.deepEqual(engine.stats.skipped.filter((s) => s.path === 'src/huge.py').map((s) => s.reason), ['too-large']);
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/no-such.py'), 'other files are still analysed');
    assert.ok(!findings.some((f) => f.file === 'src/huge.py'));
    assert.deepEqual(errors, []);
    const out = await cliCheck(dir);
    assert.ok(out.skipped.some((s) => s.path === 'src/huge.py' && s.reason === 'too-large'));
  });

  it('a 1.5 MB single line under the limit is analysed in reasonable time', async () => {
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'src/long.ts': `const s = "${'a'.repeat(1_500_000)}"; // @aigov no-such-component\n` });
    const { findings, errors } = await analyse(dir);
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/long.ts'));
    assert.deepEqual(errors, []);
  });

  it('UTF-16 with a byte-order mark is decoded and analysed; invalid UTF-8 is skipped and counted', async () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# @aigov no-such-le\r\nprint("日本")\r\n', 'utf16le')]);
    const be = Buffer.from('// @aigov no-such-be\nclass A {}\n', 'utf16le');
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    const dir = await tree({
      '.aigov.yaml': REGISTRY,
      'src/legacy.py': utf16le,
      'src/Legacy.cs': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'src/latin1.py': Buffer.from('# @aigov chat-bot\nname = "R\xe9sum\xe9"\n', 'latin1'),
      'src/truncated.ts': Buffer.concat([Buffer.from('// @aigov no-such\n'), Buffer.from([0xe2, 0x82])]),
    });
    const { engine, findings, errors } = await analyse(dir);
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/legacy.py' && f.range.start.line === 0), 'UTF-16LE analysed');
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/Legacy.cs'), 'UTF-16BE analysed');
    const skipped = Object.fromEntries(engine.stats.skipped.map((s) => [s.path, s.reason]));
    assert.equal(skipped['src/latin1.py'], 'not-utf8');
    assert.equal(skipped['src/truncated.ts'], 'not-utf8');
    assert.deepEqual(errors, []);
    const out = await cliCheck(dir);
    assert.equal(out.skipped.filter((s) => s.reason === 'not-utf8').length, 2);
  });

  it('symlink loops: a folder linked to its parent and a self-referencing link end the listing with counted skips', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'src/a/real.py': '# @aigov no-such-component\n' });
    await fs.symlink('..', path.join(dir, 'src/a/loop'));
    await fs.symlink('self', path.join(dir, 'src/self'));
    await fs.symlink('pong', path.join(dir, 'src/ping'));
    await fs.symlink('ping', path.join(dir, 'src/pong'));
    const { findings, errors } = await analyse(dir);
    for (const useGit of [false, gitInit(dir)]) {
      // A listing with stats finds the loops itself; a plain one leaves them to the read.
      const listing = await new NodeWorkspace(dir, { useGit, stats: true }).listFiles();
      assert.ok(!listing.files.some((f) => f.includes('loop/')), 'the loop is not followed');
      const engine = new Engine(new NodeWorkspace(dir, { useGit }), { today: '2026-11-25' });
      await engine.indexAll();
      assert.ok(!engine.findings().some((f) => f.file.includes('loop/')), 'nothing read through the loop');
      for (const skipped of [listing.skipped, engine.stats.skipped]) {
        const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
        assert.equal(reasons['src/a/loop'], 'symlink-loop', `useGit ${useGit}`);
        assert.equal(reasons['src/self'], 'symlink-loop');
        assert.equal(reasons['src/ping'], 'symlink-loop');
      }
    }
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/a/real.py'));
    assert.deepEqual(errors, []);
    const out = await cliCheck(dir);
    assert.ok(out.skipped.filter((s) => s.reason === 'symlink-loop').length >= 3);
  });

  it('document paths that leave the workspace (.., absolute, symlink) are AIGOV109 and never read', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = await tree({ 'secret.md': '# @aigov stolen-secret\nimport openai\n', 'etc/passwd': 'root:x:0:0\n' });
    const dir = await tree({
      '.aigov.yaml': `version: 1\ncomponents:\n  - id: chat-bot\n    owner: t@example.com\n    risk:\n      level: high\n      assessment: { path: ../${path.basename(outside)}/secret.md, date: 2026-01-01 }\n    impact_assessment: { path: ${outside}/etc/passwd }\n    model: { card: docs/link.md }\n    monitoring: { plan: docs/dir/passwd }\n`,
    });
    await fs.mkdir(path.join(dir, 'docs'));
    await fs.symlink(path.join(outside, 'secret.md'), path.join(dir, 'docs/link.md'));
    await fs.symlink(path.join(outside, 'etc'), path.join(dir, 'docs/dir'));
    const reads: string[] = [];
    const ws = new NodeWorkspace(dir, { useGit: false });
    const readFile = ws.readFile.bind(ws);
    ws.readFile = (p: string) => (reads.push(p), readFile(p));
    const readListed = ws.readListed.bind(ws);
    ws.readListed = (p, use) => (reads.push(p), readListed(p, use));
    const { findings, errors } = await analyse(dir, ws);
    const leaks = findings.filter((f) => f.code === 'AIGOV109');
    assert.equal(leaks.length, 4, JSON.stringify(leaks.map((f) => f.message)));
    assert.deepEqual(reads.filter((p) => p.startsWith('docs/') || p.includes('..') || p.startsWith('/')), []);
    assert.ok(!findings.some((f) => /stolen-secret/.test(f.message)), 'the outside file was not analysed');
    assert.deepEqual(errors, []);
    const out = await cliCheck(dir);
    assert.equal(out.findings.filter((f) => f.code === 'AIGOV109').length, 4);
    assert.ok(!out.findings.some((f) => /stolen-secret/.test(f.message)));
  });

  it('a sibling folder whose name starts with the workspace name is outside: its documents and sources are never read', async function () {
    if (process.platform === 'win32') this.skip();
    const registry = `${REGISTRY}  - id: doc-bot\n    owner: t@example.com\n    risk: { level: minimal }\n    model: { card: docs/card.md }\n`;
    const dir = await tree({ '.aigov.yaml': registry, 'src/a.py': '# @aigov chat-bot\n' });
    // `<root>-secret` passes a bare prefix test against `<root>`; only a test that includes the separator keeps it out.
    const sibling = `${dir}-secret`;
    temps.push(sibling);
    await fs.mkdir(sibling);
    await fs.writeFile(path.join(sibling, 'card.md'), '# Model card\n\n# @aigov stolen-card\nimport openai\n');
    await fs.writeFile(path.join(sibling, 'x.py'), '# @aigov stolen-secret\nimport openai\n');
    await fs.mkdir(path.join(dir, 'docs'));
    await fs.symlink(path.join(sibling, 'card.md'), path.join(dir, 'docs/card.md'));
    await fs.symlink(path.join(sibling, 'x.py'), path.join(dir, 'src/out.py'));
    const git = gitInit(dir);
    for (const useGit of git ? [false, true] : [false]) {
      const { engine, findings, errors } = await analyse(dir, new NodeWorkspace(dir, { useGit }));
      const leaks = findings.filter((f) => f.code === 'AIGOV109');
      assert.deepEqual(
        leaks.map((f) => f.file),
        ['.aigov.yaml'],
        `useGit ${useGit}: the card behind the link is reported as outside: ${JSON.stringify(findings.map((f) => `${f.code} ${f.message}`))}`,
      );
      const reasons = Object.fromEntries(engine.stats.skipped.map((s) => [s.path, s.reason]));
      assert.equal(reasons['src/out.py'], 'outside-workspace', `useGit ${useGit}: ${JSON.stringify(reasons)}`);
      assert.ok(!findings.some((f) => /stolen-/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
      assert.ok(engine.factsOf('src/a.py'), 'the workspace itself is analysed');
      assert.deepEqual(errors, []);
    }
    const out = await cliCheck(dir);
    assert.equal(out.findings.filter((f) => f.code === 'AIGOV109').length, 1);
    assert.ok(!out.findings.some((f) => /stolen-/.test(f.message)));
    assert.equal(out.skipped.find((s) => s.path === 'src/out.py')?.reason, 'outside-workspace');
  });

  it('a listing without stats leaves sizes, symlinks and odd files to the read, which reports them', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = await tree({ 'x.py': '# @aigov stolen-secret\n', 'lib/util.py': '# @aigov stolen-lib\n' });
    const long = `${'# padding line for a long file\n'.repeat(3000)}# @aigov long-file-marker\n`; // ~96 KB: past the first read
    const dir = await tree({
      '.aigov.yaml': REGISTRY,
      'src/long.py': long,
      'src/big.py': `# @aigov big-file-marker\n${'x'.repeat(300_000)}\n`,
      'lib/util.py': '# @aigov lib-marker\n',
    });
    const git = gitInit(dir);
    await fs.symlink(path.join(outside, 'x.py'), path.join(dir, 'src/out.py'));
    execFileSync('mkfifo', [path.join(dir, 'src/pipe.py')]);
    // A tracked folder replaced by a symlink out of the workspace: the index still names lib/util.py.
    await fs.rm(path.join(dir, 'lib'), { recursive: true });
    await fs.symlink(path.join(outside, 'lib'), path.join(dir, 'lib'));
    for (const useGit of git ? [false, true] : [false]) {
      const log = logger();
      const engine = new Engine(new NodeWorkspace(dir, { useGit, maxFileBytes: 200_000 }), { today: TODAY, logger: log });
      await engine.indexAll(); // a FIFO that blocked the read would time the test out
      const findings = engine.findings();
      const reasons = Object.fromEntries(engine.stats.skipped.map((s) => [s.path, s.reason]));
      assert.equal(reasons['src/big.py'], 'too-large', `useGit ${useGit}: ${JSON.stringify(reasons)}`);
      assert.equal(reasons['src/out.py'], 'outside-workspace');
      assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/long.py' && f.range.start.line === 3000), 'a file longer than the first read is read to its end');
      assert.ok(!findings.some((f) => /big-file-marker|stolen-secret|stolen-lib/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
      assert.deepEqual(log.errors, []);
    }
  });

  it('a tracked folder replaced by a symlink that .gitignore hides is still not read through (git listing)', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = await tree({ 'lib/util.py': '# @aigov stolen-lib\n' });
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'lib/util.py': '# @aigov lib-marker\n', 'src/a.py': '# @aigov chat-bot\n' });
    if (!gitInit(dir)) this.skip();
    await fs.rm(path.join(dir, 'lib'), { recursive: true });
    await fs.symlink(path.join(outside, 'lib'), path.join(dir, 'lib'));
    // Hidden from `git ls-files --others`: only the folder check of the tracked listing sees it.
    await fs.writeFile(path.join(dir, '.gitignore'), 'lib\n');
    const { findings, errors } = await analyse(dir, new NodeWorkspace(dir));
    assert.ok(!findings.some((f) => /stolen-lib/.test(f.message)), JSON.stringify(findings.map((f) => f.message)));
    assert.ok(findings.some((f) => f.file === '.aigov.yaml'), 'the rest is analysed');
    assert.deepEqual(errors, []);
  });

  it('a folder swapped for a symlink out of the workspace after indexing is not read on update', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = await tree({ 'src/a.py': '# @aigov stolen-secret\n' });
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'src/a.py': '# @aigov chat-bot\n' });
    const { engine, errors } = await analyse(dir);
    assert.ok(engine.factsOf('src/a.py'));
    await fs.rm(path.join(dir, 'src'), { recursive: true });
    await fs.symlink(path.join(outside, 'src'), path.join(dir, 'src'));
    await engine.updateFile('src/a.py');
    assert.ok(!engine.findings().some((f) => /stolen-secret/.test(f.message)), 'the file behind the symlink was not read');
    assert.deepEqual(errors, []);
  });

  it('10,000 components in one registry: analysis completes with findings for them', async function () {
    this.timeout(600000);
    const parts = ['version: 1', 'organization: { name: Big KK, contacts: { incident: ai@example.com } }', 'components:'];
    for (let i = 0; i < 10000; i++) parts.push(`  - id: c-${i}`, `    owner: team-${i % 50}@example.com`, `    paths: ["svc-${i % 100}/**"]`, `    risk: { level: ${i % 7 === 0 ? 'unassessed' : 'minimal'} }`);
    parts.push('  - id: c-0');
    const dir = await tree({ '.aigov.yaml': `${parts.join('\n')}\n`, 'svc-1/a.py': '# @aigov c-9999\n# @aigov c-10000\n' });
    const started = Date.now();
    const { engine, findings, errors } = await analyse(dir);
    const ms = Date.now() - started;
    assert.equal(engine.stats.components, 10001);
    assert.ok(findings.some((f) => f.code === 'AIGOV003'), 'the duplicate id is found');
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'svc-1/a.py'), 'annotations resolve against 10k ids');
    assert.deepEqual(errors, []);
    const out = await cliCheck(dir);
    assert.ok(out.findings.length > 1000);
    process.stdout.write(`      (10k components: engine ${ms} ms, ${findings.length} findings)\n`);
  });

  it('a registry that is a folder named .aigov.yaml is reported by the listing, not silently ignored', async () => {
    const dir = await tree({ '.aigov.yaml/notes.txt': 'not a registry\n', 'sub/.aigov.yml/x': '', 'src/a.py': '# @aigov no-such-component\n' });
    await fs.mkdir(path.join(dir, 'empty/.aigov.yaml'), { recursive: true });
    const { findings, errors } = await analyse(dir);
    for (const useGit of [false, gitInit(dir)]) {
      const listing = await new NodeWorkspace(dir, { useGit }).listFiles();
      const flagged = listing.skipped.filter((s) => /\.aigov\.ya?ml$/.test(s.path)).map((s) => s.path);
      assert.ok(flagged.includes('.aigov.yaml') && flagged.includes('sub/.aigov.yml'), `${useGit}: ${JSON.stringify(listing.skipped)}`);
    }
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/a.py'));
    assert.deepEqual(findings.filter((f) => f.code === 'AIGOV007').map((f) => f.file).sort(), ['.aigov.yaml', 'empty/.aigov.yaml', 'sub/.aigov.yml']);
    assert.deepEqual(errors, []);
    const out = await cliCheck(dir);
    assert.ok(out.skipped.some((s) => s.path === '.aigov.yaml'));
  });

  it('component paths naming the registry folder itself (./, .) cover its files instead of crashing the model', async () => {
    const registry = REGISTRY.replace('paths: ["src/**"]', 'paths: ["./"]').replace('  - id: chat-bot', '  - id: dot\n    kind: llm-app\n    paths: ["."]\n  - id: chat-bot');
    const dir = await tree({ '.aigov.yaml': registry, 'src/bot.py': 'import openai\n' });
    const { engine, findings, errors } = await analyse(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(engine.model.filesOf('chat-bot'), ['src/bot.py']);
    assert.deepEqual(engine.model.filesOf('dot'), ['src/bot.py']);
    // Covered: no undeclared-AI finding for the import.
    assert.ok(!findings.some((f) => f.code === 'AIGOV301'), JSON.stringify(findings.map((f) => f.code)));
    const out = await cliCheck(dir);
    assert.ok(!out.findings.some((f) => f.code === 'AIGOV301'));
  });

  it('a file deleted between listing and reading is dropped without a crash', async () => {
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'src/gone.py': '# @aigov no-such-a\n', 'src/kept.py': '# @aigov no-such-b\n' });
    const ws = new NodeWorkspace(dir, { useGit: false });
    const list = ws.listFiles.bind(ws);
    ws.listFiles = async (token) => {
      const l = await list(token);
      await fs.rm(path.join(dir, 'src/gone.py'));
      return l;
    };
    const { engine, findings, errors } = await analyse(dir, ws);
    assert.equal(engine.factsOf('src/gone.py'), undefined);
    assert.ok(!findings.some((f) => f.file === 'src/gone.py'));
    assert.ok(findings.some((f) => f.code === 'AIGOV201' && f.file === 'src/kept.py'));
    assert.deepEqual(errors, []);
  });

  it('a rule that throws is logged once, and every other finding still arrives', async () => {
    const files: Record<string, string> = { '.aigov.yaml': REGISTRY.replace('risk: { level: minimal }', 'risk: { level: high }') };
    for (let i = 0; i < 20; i++) files[`src/f${i}.py`] = `# @aigov no-such-${i}\n`;
    const dir = await tree(files);
    const throwing: SourceRule = {
      code: unusedCode(),
      slug: 'always-throws',
      defaultSeverity: 'error',
      pack: 'core',
      scope: 'source',
      summary: 'A broken rule',
      description: 'Throws on every file.',
      check() {
        throw new Error('boom');
      },
    };
    const baseline = await analyse(dir);
    const log = logger();
    const engine = new Engine(new NodeWorkspace(dir, { useGit: false }), { today: TODAY, logger: log, rules: [...ALL_RULES, throwing] });
    await engine.indexAll();
    const all = engine.findings();
    // Each file the broken rule failed on says so (AIGOV009); everything else is as without it.
    const failed = all.filter((f) => f.code === 'AIGOV009' && f.data?.rule === throwing.code);
    for (let i = 0; i < 20; i++) assert.ok(failed.some((f) => f.file === `src/f${i}.py`), `src/f${i}.py names the failed rule`);
    const findings = all.filter((f) => !failed.includes(f));
    assert.deepEqual(findings.map((f) => `${f.file} ${f.code}`), baseline.findings.map((f) => `${f.file} ${f.code}`));
    assert.equal(findings.filter((f) => f.code === 'AIGOV201').length, 20);
    assert.equal(log.errors.length, 1, log.errors.join('\n'));
    assert.match(log.errors[0]!, new RegExp(`${throwing.code}.*boom`, 's'));
  });
});
