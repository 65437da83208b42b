/**
 * Hostile things to read: registries that cannot be read as text. Nothing the product does not
 * read passes silently: each such registry is a finding that fails the check.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { main } from '../server/src/cli/main.js';
import { runCli } from './support/cli.js';
import { OverlayWorkspace } from '../server/src/lsp/overlay-workspace.js';
import { uriOfFsPath } from '../server/src/lsp/uri.js';
import { NodeWorkspace } from '../server/src/node/fs-workspace.js';
import { NODE_READ_FS, type ReadFs } from '../server/src/node/read-fs.js';
import { Engine } from '../server/src/core/engine.js';
import { ALL_RULES } from '../server/src/core/rules/index.js';
import type { SourceRule } from '../server/src/core/rules/types.js';
import { InMemoryWorkspace } from '../server/src/core/testing/memory-workspace.js';
import { engineFor } from './support/workspace.js';
import { removeTrees, tree } from './support/temp-tree.js';

const TODAY = '2026-11-25';

const REGISTRY = ['version: 1', 'organization: { name: Hostile KK, contacts: { incident: ai@example.com } }', 'components: []', ''].join('\n');

/** A registry declaring one high-risk component, written with `name` as the organisation's name. */
function componentRegistry(name: string): string {
  return ['version: 1', `organization: { name: ${name}, contacts: { incident: ai@example.com } }`, 'components:', '  - id: chat-bot', '    kind: llm-app', '    risk: { level: high }', ''].join('\n');
}

interface JsonFinding {
  code: string;
  path: string;
  severity: string;
}

async function check(dir: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const r = await runCli(['check', '.', '--format', 'json', '--fail-on', 'error', '--today', TODAY], dir);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings };
}

/** A registry with no component and nothing to warn about. */
const QUIET_REGISTRY = ['version: 1', 'organization: { name: Hostile KK, contacts: { incident: ai-governance@hostile-kk.co.jp } }', 'components: []', ''].join('\n');

/** An error as node:fs throws it. */
function fsError(code: string, syscall: string, p: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${p}'`), { code, syscall, path: p });
}

/**
 * node:fs, except for the paths (relative to any root) in `fail`: opening, reading or listing one
 * throws the error code given for it, as the disk would (EACCES, EIO), even for root.
 */
function faultyFs(fail: Map<string, { code: string; on: 'open' | 'read' | 'scandir' }>): ReadFs {
  const failure = (p: string, on: string): string | undefined => {
    for (const [rel, f] of fail) if (f.on === on && (p === rel || p.endsWith(`/${rel}`))) return f.code;
    return undefined;
  };
  const opened = new Map<number, string>();
  return {
    ...NODE_READ_FS,
    openSync: (p, flags) => {
      const code = failure(p, 'open');
      if (code) throw fsError(code, 'open', p);
      const fd = NODE_READ_FS.openSync(p, flags);
      opened.set(fd, p);
      return fd;
    },
    readSync: (fd, buffer, offset, length, position) => {
      const code = failure(opened.get(fd) ?? '', 'read');
      if (code) throw fsError(code, 'read', opened.get(fd) ?? '');
      return NODE_READ_FS.readSync(fd, buffer, offset, length, position);
    },
    closeSync: (fd) => {
      opened.delete(fd);
      NODE_READ_FS.closeSync(fd);
    },
    readFileSync: (p) => {
      const code = failure(p, 'open') ?? failure(p, 'read');
      if (code) throw fsError(code, 'open', p);
      return NODE_READ_FS.readFileSync(p);
    },
    readdirSync: (p, options) => {
      const code = failure(p, 'scandir');
      if (code) throw fsError(code, 'scandir', p);
      return NODE_READ_FS.readdirSync(p, options);
    },
  };
}

describe('hostile: reads', function () {
  this.timeout(120_000);
  after(removeTrees);

  it('a registry that cannot be read is an AIGOV008 error that fails --fail-on error: Latin-1, over 2 MiB, binary, a symlink out or in a loop', async function () {
    const latin1 = Buffer.from(componentRegistry('Caf\u00e9 KK'), 'latin1');
    const big = `${componentRegistry('Big KK')}# ${'x'.repeat(2 * 1024 * 1024)}\n`;
    const dir = await tree({
      '.aigov.yaml': REGISTRY,
      'latin/.aigov.yaml': latin1,
      'big/.aigov.yml': big,
      'binary/.aigov.yaml': Buffer.concat([Buffer.from(componentRegistry('Nul KK')), Buffer.from([0])]),
      'ok/.aigov.yaml': componentRegistry('Fine KK'),
    });
    const outside = await tree({ '.aigov.yaml': componentRegistry('Outside KK') }, 'aigov-outside-');
    const links = process.platform !== 'win32';
    if (links) {
      await fs.mkdir(path.join(dir, 'linked'));
      await fs.symlink(path.join(outside, '.aigov.yaml'), path.join(dir, 'linked', '.aigov.yaml'));
      await fs.mkdir(path.join(dir, 'loop'));
      await fs.symlink('.aigov.yaml', path.join(dir, 'loop', '.aigov.yaml'));
    }
    const { code, findings } = await check(dir);
    const unreadable = findings.filter((f) => f.code === 'AIGOV008');
    assert.deepEqual(
      unreadable.map((f) => `${f.path} ${f.severity}`).sort(),
      ['big/.aigov.yml', 'binary/.aigov.yaml', 'latin/.aigov.yaml', ...(links ? ['linked/.aigov.yaml', 'loop/.aigov.yaml'] : [])].map((f) => `${f} error`),
    );
    assert.equal(code, 1, 'the check fails');
    // The readable registry is read as before.
    assert.ok(findings.some((f) => f.path === 'ok/.aigov.yaml' && f.code !== 'AIGOV008'));
    assert.ok(!findings.some((f) => f.path === 'ok/.aigov.yaml' && f.code === 'AIGOV008'));
  });

  it('the same registry saved as UTF-8 is read (no AIGOV008)', async () => {
    const dir = await tree({ '.aigov.yaml': componentRegistry('Caf\u00e9 KK') });
    const { findings } = await check(dir);
    assert.ok(!findings.some((f) => f.code === 'AIGOV008'), JSON.stringify(findings));
    assert.ok(findings.some((f) => f.code === 'AIGOV101'), 'its component is checked');
  });

  it('a file with 150,000 findings is reported whole (no spread of it on the stack), and the other files report too', async () => {
    const lines = 150_000;
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'big.py': '#@aigov zz\n'.repeat(lines), 'other.py': 'import openai\n' });
    const findings = (await engineFor(dir)).findings();
    assert.equal(findings.filter((f) => f.file === 'big.py' && f.code === 'AIGOV201').length, lines);
    assert.ok(findings.some((f) => f.file === 'other.py' && f.code === 'AIGOV301'));
  });

  it('a file or folder whose name is not valid UTF-8 is an AIGOV009 warning shown by its bytes, with git and without', async function () {
    // Other systems refuse such names; Linux keeps the bytes.
    if (process.platform !== 'linux') this.skip();
    const dir = await tree({ '.aigov.yaml': REGISTRY, 'good.py': 'import openai\n' });
    const root = Buffer.from(`${dir}/`);
    await fs.writeFile(Buffer.concat([root, Buffer.from('bad\xff.py', 'latin1')]), 'import openai\n');
    await fs.mkdir(Buffer.concat([root, Buffer.from('d\xfe', 'latin1')]));
    await fs.writeFile(Buffer.concat([root, Buffer.from('d\xfe/x.py', 'latin1')]), 'import anthropic\n');
    const notAnalysed = async (): Promise<string[]> => {
      const r = await runCli(['check', '.', '--format', 'json', '--fail-on', 'warning', '--today', TODAY], dir);
      assert.equal(r.code, 1, r.stderr);
      const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
      assert.ok(findings.some((f) => f.path === 'good.py' && f.code === 'AIGOV301'), 'the other files are checked');
      return findings.filter((f) => f.code === 'AIGOV009').map((f) => `${f.path} ${f.severity}`).sort();
    };
    // Walking the folder: the folder itself cannot be entered by its name.
    assert.deepEqual(await notAnalysed(), ['bad\\xff.py warning', 'd\\xfe warning']);
    // Listed by git, committed: every file git knows, by its bytes.
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'names');
    assert.deepEqual(await notAnalysed(), ['bad\\xff.py warning', 'd\\xfe/x.py warning']);
  });

  it('a file whose analysis fails is an AIGOV009 warning on that file; every other file still reports', async () => {
    class FailingWorkspace extends InMemoryWorkspace {
      override readFile(path: string): Promise<Uint8Array | undefined> {
        if (path === 'boom.py') return Promise.reject(new Error('EIO: i/o error, read'));
        return super.readFile(path);
      }
    }
    const ws = new FailingWorkspace({ '.aigov.yaml': REGISTRY, 'boom.py': 'import openai\n', 'other.py': 'import openai\n' });
    const engine = new Engine(ws, { today: TODAY });
    await engine.indexAll();
    const findings = engine.findings();
    assert.deepEqual(findings.filter((f) => f.code === 'AIGOV009').map((f) => `${f.file} ${f.severity}`), ['boom.py warning']);
    assert.ok(findings.some((f) => f.file === 'other.py' && f.code === 'AIGOV301'));
  });

  it('a rule that fails on one file is an AIGOV009 on that file; its other findings and the other files stay', async () => {
    const failing: SourceRule = {
      code: 'TEST-FAILS',
      slug: 'fails-on-boom',
      defaultSeverity: 'warning',
      pack: 'core',
      scope: 'source',
      summary: 'fails on boom.py',
      description: 'A rule that throws on one file.',
      check(ctx) {
        if (ctx.facts.path === 'boom.py') throw new Error('rule bug');
      },
    };
    const ws = new InMemoryWorkspace({ '.aigov.yaml': REGISTRY, 'boom.py': 'import openai\n', 'other.py': 'import openai\n' });
    const engine = new Engine(ws, { today: TODAY, rules: [...ALL_RULES, failing] });
    await engine.indexAll();
    const findings = engine.findings();
    assert.deepEqual(findings.filter((f) => f.code === 'AIGOV009').map((f) => `${f.file} ${String(f.data?.rule)}`), ['boom.py TEST-FAILS']);
    assert.ok(findings.some((f) => f.file === 'boom.py' && f.code === 'AIGOV301'), 'the other rules still report on that file');
    assert.ok(findings.some((f) => f.file === 'other.py' && f.code === 'AIGOV301'));
  });

  it('a listed file or folder that cannot be read (EACCES, EIO) is an AIGOV009 warning that fails --fail-on warning; one removed since the listing is not', async () => {
    const dir = await tree({
      '.aigov.yaml': QUIET_REGISTRY,
      'src/ok.py': 'print(1)\n',
      'src/secret.py': 'print(2)\n',
      'src/broken.py': 'print(3)\n',
      'src/gone.py': 'print(4)\n',
      'locked/inner.py': 'print(5)\n',
    });
    const fail = new Map([
      ['src/secret.py', { code: 'EACCES', on: 'open' as const }],
      ['src/broken.py', { code: 'EIO', on: 'read' as const }],
      // Removed between the listing and the read.
      ['src/gone.py', { code: 'ENOENT', on: 'open' as const }],
      ['locked', { code: 'EACCES', on: 'scandir' as const }],
    ]);
    const check = async (readFs?: ReadFs): Promise<{ code: number; notAnalysed: string[] }> => {
      let stdout = '';
      let stderr = '';
      const code = await main(['check', '.', '--format', 'json', '--fail-on', 'warning', '--today', TODAY], { cwd: dir, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), ...(readFs ? { readFs } : {}) });
      assert.ok(code === 0 || code === 1, stderr);
      const findings = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
      return { code, notAnalysed: findings.filter((f) => f.code === 'AIGOV009').map((f) => `${f.path} ${f.severity}`).sort() };
    };
    // Read as it is, the folder is clean: the failures alone fail the check below.
    const clean = await check();
    assert.deepEqual(clean.notAnalysed, []);
    assert.equal(clean.code, 0);
    // Walking the folder: the file that cannot be opened, the one whose read fails, the folder that cannot be listed.
    const walked = await check(faultyFs(fail));
    assert.deepEqual(walked.notAnalysed, ['locked warning', 'src/broken.py warning', 'src/secret.py warning']);
    assert.equal(walked.code, 1, 'the check fails');
    // Listed by git (no folder is listed then): the files it cannot read.
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'files');
    const listed = await check(faultyFs(fail));
    assert.deepEqual(listed.notAnalysed, ['src/broken.py warning', 'src/secret.py warning']);
    assert.equal(listed.code, 1);
  });

  it('a model file told only by its bytes (.bin, .zip …) that cannot be read is an AIGOV009, with git and without; one told by its name is AIGOV302 unread', async () => {
    const gguf = Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60)]);
    const dir = await tree({ '.aigov.yaml': QUIET_REGISTRY, 'models/weights.bin': gguf, 'models/readable.bin': gguf, 'models/net.onnx': 'onnx' });
    const fail = new Map([
      ['models/weights.bin', { code: 'EACCES', on: 'open' as const }],
      ['models/net.onnx', { code: 'EACCES', on: 'open' as const }],
    ]);
    const run = async (): Promise<string[]> => {
      let stdout = '';
      const code = await main(['check', '.', '--format', 'json', '--fail-on', 'never', '--today', TODAY], { cwd: dir, env: {}, stdout: (t) => void (stdout += t), stderr: () => undefined, readFs: faultyFs(fail) });
      assert.equal(code, 0);
      return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.code} ${f.path}`).sort();
    };
    const expected = ['AIGOV009 models/weights.bin', 'AIGOV302 models/net.onnx', 'AIGOV302 models/readable.bin'];
    assert.deepEqual(await run(), expected);
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    assert.deepEqual(await run(), expected, 'listed by git as untracked');
    git('add', '-A');
    git('commit', '-qm', 'models');
    assert.deepEqual(await run(), expected, 'listed by git as tracked');
    // The language server reads a changed file alone: the same finding.
    const engine = new Engine(new NodeWorkspace(dir, { useGit: false, readFs: faultyFs(new Map()) }), { today: TODAY });
    await engine.indexAll();
    const seen = (): string[] => engine.findings().filter((f) => f.file.startsWith('models/')).map((f) => `${f.code} ${f.file}`).sort();
    assert.deepEqual(seen(), ['AIGOV302 models/net.onnx', 'AIGOV302 models/readable.bin', 'AIGOV302 models/weights.bin']);
    const locked = new Engine(new NodeWorkspace(dir, { useGit: false, readFs: faultyFs(fail) }), { today: TODAY });
    await locked.indexAll();
    await locked.updateFile('models/weights.bin');
    assert.deepEqual(locked.findingsFor('models/weights.bin').map((f) => f.code), ['AIGOV009']);
  });

  it('with git, an untracked folder git cannot open (chmod 000) is an AIGOV009 on the folder, whether the check starts at the top or below it', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // chmod does not stop root from reading
    const dir = await tree({ '.aigov.yaml': QUIET_REGISTRY, 'app/ok.py': 'print(1)\n', 'app/locked/agent.py': 'import openai\n' });
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.aigov.yaml');
    git('commit', '-qm', 'registry');
    const locked = path.join(dir, 'app', 'locked');
    await fs.chmod(locked, 0o000);
    try {
      const run = async (cwd: string): Promise<{ code: number; notAnalysed: string[] }> => {
        let stdout = '';
        let stderr = '';
        const code = await main(['check', '.', '--format', 'json', '--fail-on', 'warning', '--today', TODAY], { cwd, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
        assert.ok(code === 0 || code === 1, stderr);
        return { code, notAnalysed: (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.code === 'AIGOV009').map((f) => f.path) };
      };
      assert.deepEqual(await run(dir), { code: 1, notAnalysed: ['app/locked'] });
      // Git names the folder from the top of the work tree; the check of `app` shows paths from there too.
      assert.deepEqual(await run(path.join(dir, 'app')), { code: 1, notAnalysed: ['app/locked'] });
    } finally {
      await fs.chmod(locked, 0o755);
    }
  });

  it('in the language server, a file that becomes unreadable is an AIGOV009 (a registry AIGOV008) until it can be read again; a deleted one is just gone', async () => {
    const dir = await tree({ '.aigov.yaml': QUIET_REGISTRY, 'app.py': 'print(1)\n', 'sub/.aigov.yaml': QUIET_REGISTRY });
    const fail = new Map<string, { code: string; on: 'open' | 'read' | 'scandir' }>();
    // As the language server reads a folder: the editor's open documents over the disk.
    const engine = new Engine(new OverlayWorkspace(new NodeWorkspace(dir, { useGit: false, readFs: faultyFs(fail) }), () => undefined), { today: TODAY });
    await engine.indexAll();
    const notRead = (): string[] => engine.findings().filter((f) => f.code === 'AIGOV009' || f.code === 'AIGOV008').map((f) => `${f.code} ${f.file} ${f.severity}`).sort();
    assert.deepEqual(notRead(), []);
    fail.set('app.py', { code: 'EACCES', on: 'open' });
    fail.set('sub/.aigov.yaml', { code: 'EIO', on: 'read' });
    await engine.updateFile('app.py');
    await engine.updateFile('sub/.aigov.yaml');
    assert.deepEqual(notRead(), ['AIGOV008 sub/.aigov.yaml error', 'AIGOV009 app.py warning']);
    fail.clear();
    await engine.updateFile('app.py');
    await engine.updateFile('sub/.aigov.yaml');
    assert.deepEqual(notRead(), []);
    await fs.rm(path.join(dir, 'app.py'));
    fail.set('app.py', { code: 'ENOENT', on: 'open' });
    await engine.updateFile('app.py');
    assert.deepEqual(notRead(), []);
  });

  it('a name holding the text \\xff and a name holding the byte 0xff are two files: two findings, two paths in text, JSON and SARIF, each read as itself', async function () {
    if (process.platform !== 'linux') this.skip();
    const dir = await tree({ '.aigov.yaml': QUIET_REGISTRY, 'bad\\xff.py': 'import openai\n' });
    await fs.writeFile(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('bad\xff.py', 'latin1')]), 'import anthropic\n');
    const run = async (format: string): Promise<string> => {
      const r = await runCli(['check', '.', '--format', format, '--fail-on', 'never', '--today', TODAY], dir);
      assert.equal(r.code, 0, r.stderr);
      return r.stdout;
    };
    const both = async (): Promise<void> => {
      const json = (JSON.parse(await run('json')) as { findings: JsonFinding[] }).findings.map((f) => `${f.code} ${f.path}`).sort();
      assert.deepEqual(json, ['AIGOV009 bad\\xff.py', 'AIGOV301 bad\\\\xff.py']);
      const sarif = JSON.parse(await run('sarif')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const uris = sarif.runs[0]!.results.map((r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}`).sort();
      assert.deepEqual(uris, ['AIGOV009 bad%FF.py', 'AIGOV301 bad%5Cxff.py']);
      const text = (await run('text')).split('\n').filter((l) => / {2}AIGOV\d+ {2}/.test(l)).map((l) => l.split('  ')[0]).sort();
      assert.deepEqual(text, ['bad\\\\xff.py:1:8', 'bad\\xff.py:1:1']);
    };
    // Walking the folder, then listed by git.
    await both();
    const git = (...args: string[]): void => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'names');
    await both();
    // What each finding names is read as that file, and the language server's URIs differ.
    const engine = await engineFor(dir);
    const byCode = new Map(engine.findings().map((f) => [f.code, f.file]));
    assert.equal((await engine.sourceOf(byCode.get('AIGOV301')!))?.text, 'import openai\n');
    assert.equal(await engine.sourceOf(byCode.get('AIGOV009')!), undefined, 'the file whose name is not UTF-8 is not read by a name it does not have');
    assert.deepEqual([uriOfFsPath(`/w/${byCode.get('AIGOV301')!}`), uriOfFsPath(`/w/${byCode.get('AIGOV009')!}`)], ['file:///w/bad%5Cxff.py', 'file:///w/bad%FF.py']);
  });
});
