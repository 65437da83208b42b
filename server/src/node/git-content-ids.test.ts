import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../core/engine.js';
import { MemoryFactsCache } from '../core/facts-cache.js';
import { NodeWorkspace } from './fs-workspace.js';
import { changedFiles, gitContentIds } from './git-content-ids.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' });
}

function blob(dir: string, rel: string): string {
  return git(dir, 'hash-object', rel).trim().slice(0, 16);
}

describe('git content ids', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitids-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitids-out-'));
    for (const [rel, text] of Object.entries({ 'a.py': 'print(1)\n', 'b.py': 'x = 2\n', 'tab\there.py': 'y = 3\n', 'sub/c.ts': 'export {};\n', 'sub/d.ts': 'let d;\n', 'e.py': 'e\n', 'f.py': 'f\n', 'lib/g.py': 'g\n', 'run.sh': '#!/bin/sh\n' })) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    symlinkSync('a.py', path.join(dir, 'link.py'));
    chmodSync(path.join(dir, 'run.sh'), 0o755);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'init');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('vouches for unchanged regular files with their blob ids, relative to the folder asked about', async () => {
    const ids = await gitContentIds(dir);
    assert.ok(ids);
    assert.equal(ids.get('a.py'), blob(dir, 'a.py'));
    assert.equal(ids.get('tab\there.py'), blob(dir, 'tab\there.py'), 'odd names survive (-z)');
    assert.equal(ids.get('run.sh'), blob(dir, 'run.sh'), 'executables too');
    assert.equal(ids.get('link.py'), undefined, 'a symlink is not vouched for');
    const sub = await gitContentIds(path.join(dir, 'sub'));
    assert.deepEqual([...(sub?.keys() ?? [])].sort(), ['c.ts', 'd.ts']);
    assert.equal(sub?.get('c.ts'), ids.get('sub/c.ts'));
  });

  it('leaves out what changed in the working tree, and what git is told not to look at', async () => {
    appendFileSync(path.join(dir, 'b.py'), 'import openai\n');
    rmSync(path.join(dir, 'sub/d.ts'));
    git(dir, 'update-index', '--assume-unchanged', 'e.py');
    git(dir, 'update-index', '--skip-worktree', 'f.py');
    writeFileSync(path.join(dir, 'new.py'), 'import torch\n');
    git(dir, 'add', '-N', 'new.py');
    // A tracked folder replaced by a symlink out of the repository.
    mkdirSync(path.join(outside, 'lib'));
    writeFileSync(path.join(outside, 'lib', 'g.py'), 'g\n');
    rmSync(path.join(dir, 'lib'), { recursive: true });
    symlinkSync(path.join(outside, 'lib'), path.join(dir, 'lib'));
    const ids = await gitContentIds(dir);
    assert.ok(ids);
    for (const p of ['b.py', 'sub/d.ts', 'e.py', 'f.py', 'new.py', 'lib/g.py']) assert.equal(ids.get(p), undefined, p);
    assert.equal(ids.get('a.py'), blob(dir, 'a.py'));
    // Staged changes are vouched for with the staged blob.
    writeFileSync(path.join(dir, 'a.py'), 'print(2)\n');
    git(dir, 'add', 'a.py');
    assert.equal((await gitContentIds(dir))?.get('a.py'), blob(dir, 'a.py'));
  });

  it('finds a change only the racily clean check can see, with git trusting the stat data of the rest', async () => {
    git(dir, 'config', 'core.trustctime', 'false'); // so that size and mtime alone say "same"
    const s = Math.floor(Date.now() / 1000) - 100;
    const file = path.join(dir, 'a.py');
    // a.py recorded at s.9 in an index written at s.5: racily clean to the nanosecond; a copy of
    // the index dated s + 1 would let its stat data pass.
    const inSub = path.join(dir, 'sub', 'c.ts');
    for (const f of [file, inSub]) utimesSync(f, s + 0.9, s + 0.9);
    git(dir, 'add', 'a.py', 'sub/c.ts');
    utimesSync(path.join(dir, '.git', 'index'), s + 0.5, s + 0.5);
    writeFileSync(file, 'print(7)\n'); // the same size
    writeFileSync(inSub, 'export {}\n\n');
    for (const f of [file, inSub]) utimesSync(f, s + 0.9, s + 0.9);
    const changed = await changedFiles(dir);
    assert.equal(changed?.via, 'dated-copy');
    assert.deepEqual(changed?.paths.sort(), ['a.py', 'sub/c.ts']);
    // Asked from a folder below the top: named from the top, answered relative to the folder.
    assert.deepEqual(await changedFiles(path.join(dir, 'sub')), { paths: ['c.ts'], via: 'dated-copy' });
    assert.equal((await gitContentIds(dir))?.get('a.py'), undefined);
    assert.equal((await gitContentIds(dir))?.get('b.py'), blob(dir, 'b.py'));
    // git itself agrees.
    assert.equal(git(dir, '--no-optional-locks', 'diff-files', '--name-only'), 'a.py\nsub/c.ts\n');
  });

  it('finds a same-size change to an entry older than the index by less than a second (git compares whole seconds)', async () => {
    git(dir, 'config', 'core.trustctime', 'false'); // so that size and mtime alone say "same"
    const s = Math.floor(Date.now() / 1000) - 100;
    const file = path.join(dir, 'a.py');
    // a.py recorded at s.3 in an index written at s.5: older to the nanosecond, racily clean to
    // git, which compares seconds; then rewritten, same size, its mtime set back.
    utimesSync(file, s + 0.3, s + 0.3);
    git(dir, 'add', 'a.py');
    utimesSync(path.join(dir, '.git', 'index'), s + 0.5, s + 0.5);
    writeFileSync(file, 'print(7)\n');
    utimesSync(file, s + 0.3, s + 0.3);
    assert.equal(git(dir, '--no-optional-locks', 'diff-files', '--name-only'), 'a.py\n', 'git itself sees the change');
    const changed = await changedFiles(dir);
    assert.equal(changed?.via, 'dated-copy');
    assert.deepEqual(changed?.paths, ['a.py']);
    assert.equal((await gitContentIds(dir))?.get('a.py'), undefined);
    assert.equal((await gitContentIds(dir))?.get('b.py'), blob(dir, 'b.py'));
  });

  it("asks git about none of many unchanged entries of the index's second, and about one rewritten in it", async () => {
    git(dir, 'config', 'core.trustctime', 'false');
    mkdirSync(path.join(dir, 'many'));
    // More than are ever asked about: each asked would send the question to git's own index.
    for (let i = 0; i < 1001; i++) writeFileSync(path.join(dir, 'many', `f${i}.py`), `v = ${1000 + i}\n`);
    const s = Math.floor(Date.now() / 1000) - 100;
    for (let i = 0; i < 1001; i++) utimesSync(path.join(dir, 'many', `f${i}.py`), s + 0.25, s + 0.25);
    git(dir, 'add', 'many');
    utimesSync(path.join(dir, '.git', 'index'), s + 0.5, s + 0.5);
    assert.deepEqual(await changedFiles(dir), { paths: [], via: 'dated-copy' });
    writeFileSync(path.join(dir, 'many', 'f7.py'), 'v = 7777\n');
    utimesSync(path.join(dir, 'many', 'f7.py'), s + 0.25, s + 0.25);
    assert.deepEqual(await changedFiles(dir), { paths: ['many/f7.py'], via: 'dated-copy' });
  });

  it("leaves the question to git's own index when many entries are racily clean, or the index is split", async () => {
    mkdirSync(path.join(dir, 'many'));
    for (let i = 0; i < 1001; i++) writeFileSync(path.join(dir, 'many', `f${i}.py`), `v = ${i}\n`);
    git(dir, 'add', 'many');
    const s = Math.floor(Date.now() / 1000) - 100;
    utimesSync(path.join(dir, '.git', 'index'), s, s); // every entry is newer than the index
    appendFileSync(path.join(dir, 'many', 'f7.py'), 'import openai\n');
    const many = await changedFiles(dir);
    assert.equal(many?.via, 'diff-files');
    assert.deepEqual(many?.paths, ['many/f7.py']);
    git(dir, 'add', '-A');
    git(dir, 'update-index', '--split-index');
    appendFileSync(path.join(dir, 'b.py'), 'import torch\n');
    const split = await changedFiles(dir);
    assert.equal(split?.via, 'diff-files');
    assert.deepEqual(split?.paths, ['b.py']);
    // A folder below the repository's top: paths relative to it, as before.
    appendFileSync(path.join(dir, 'sub', 'c.ts'), '// x\n');
    git(dir, 'update-index', '--no-split-index');
    const sub = await changedFiles(path.join(dir, 'sub'));
    assert.deepEqual(sub, { paths: ['c.ts'], via: 'dated-copy' });
  });

  it('answers undefined outside a repository', async () => {
    assert.equal(await gitContentIds(outside), undefined);
  });

  it('a workspace asked for the ids, then for its listing, lists the tracked files from the same git process', async () => {
    // A conflicted path (three stages in the index) is listed once and vouched for by no id.
    git(dir, 'checkout', '-qb', 'other');
    writeFileSync(path.join(dir, 'a.py'), 'print("other")\n');
    git(dir, 'commit', '-qam', 'other');
    git(dir, 'checkout', '-q', '-');
    writeFileSync(path.join(dir, 'a.py'), 'print("main")\n');
    git(dir, 'commit', '-qam', 'main');
    try {
      git(dir, 'merge', '-q', 'other');
    } catch {
      // the conflict wanted
    }
    writeFileSync(path.join(dir, 'untracked.py'), 'u\n');
    const first = await new NodeWorkspace(dir).listFiles();
    const plain = { files: [...first.files, ...((await first.more)?.files ?? [])].sort(), skipped: first.skipped };
    const bin = path.join(outside, 'bin');
    mkdirSync(bin);
    const log = path.join(outside, 'git.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
    try {
      const ws = new NodeWorkspace(dir);
      const asked = ws.contentIds();
      const listing = await ws.listFiles();
      const rest = await listing.more;
      const ids = await asked;
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      assert.equal(calls.filter((c) => c.includes('ls-files') && !c.includes('--others')).length, 1, calls.join('\n'));
      assert.deepEqual({ files: [...listing.files, ...(rest?.files ?? [])].sort(), skipped: listing.skipped }, { files: plain.files, skipped: plain.skipped });
      assert.equal(listing.files.filter((f) => f === 'a.py').length, 1);
      assert.equal(ids?.get('a.py'), undefined, 'conflicted');
      assert.equal(ids?.get('b.py'), blob(dir, 'b.py'));
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('a cache keyed by git content ids', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitclone-'));
    const origin = path.join(base, 'origin');
    mkdirSync(path.join(origin, 'src'), { recursive: true });
    writeFileSync(path.join(origin, '.aigov.yaml'), 'version: 1\ncomponents:\n  - id: bot\n    paths: ["src/**"]\n');
    for (let i = 0; i < 30; i++) writeFileSync(path.join(origin, 'src', `plain${i}.py`), `value = ${i}\n`);
    writeFileSync(path.join(origin, 'src', 'ai.py'), 'import openai\n');
    writeFileSync(path.join(origin, 'logo.png'), 'png');
    git(origin, 'init', '-q');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'init');
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('holds across a fresh clone (new mtimes): only the registry is read', async () => {
    const cache = new MemoryFactsCache();
    const clone = path.join(base, 'clone');
    const run = async () => {
      const ws = new NodeWorkspace(clone);
      const read: string[] = [];
      const readListed = ws.readListed.bind(ws);
      ws.readListed = (p, use, options) => readListed(p, (bytes) => (read.push(p), use(bytes)), options);
      const probe = ws.probeListed.bind(ws);
      ws.probeListed = (p) => (read.push(p), probe(p));
      const engine = new Engine(ws, { today: '2026-11-25', cache });
      await engine.indexAll();
      return { read: read.sort(), findings: JSON.stringify(engine.findings()) };
    };
    git(base, 'clone', '-q', 'origin', 'clone');
    const cold = await run();
    assert.ok(cold.read.length >= 32, `cold run read ${cold.read.length}`);
    rmSync(clone, { recursive: true, force: true });
    git(base, 'clone', '-q', 'origin', 'clone');
    const warm = await run();
    assert.deepEqual(warm.read, ['.aigov.yaml'], 'src/ai.py holds something: its facts come from the cache');
    assert.equal(warm.findings, cold.findings);
    // An edit in the new clone: that file is read again.
    writeFileSync(path.join(clone, 'src', 'plain3.py'), '# @aigov nobody\n');
    const edited = await run();
    assert.deepEqual(edited.read, ['.aigov.yaml', 'src/plain3.py']);
    assert.match(edited.findings, /nobody/);
  });
});

describe('git content ids on a broken or missing git', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitids-bad-'));
    writeFileSync(path.join(dir, 'a.py'), 'print(1)\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers undefined for a damaged index, and the check still reads every file', async () => {
    writeFileSync(path.join(dir, '.git', 'index'), 'not an index');
    assert.equal(await gitContentIds(dir), undefined);
    const ws = new NodeWorkspace(dir);
    const engine = new Engine(ws, { today: '2026-11-25', cache: new MemoryFactsCache() });
    await engine.indexAll();
    assert.equal(engine.factsOf('a.py')?.kind, 'source', 'listed by the walker, read');
  });

  it('answers undefined when git cannot be started', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(dir, 'no-such-bin');
    try {
      assert.equal(await gitContentIds(dir), undefined);
    } finally {
      process.env.PATH = saved;
    }
  });
});
