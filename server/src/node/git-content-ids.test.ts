import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, lutimesSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine } from '../core/engine.js';
import { MemoryFactsCache } from '../core/facts-cache.js';
import { NodeWorkspace } from './fs-workspace.js';
import { changedFiles, gitContentIds } from './git-content-ids.js';
import { GitListing } from './git-listing.js';

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

describe('git content ids: the dated copy of the index, and where it gives up', () => {
  let dir: string;
  let tools: string;
  /** A second well in the past: an index dated `S + 0.5`, entries in its second or the one after. */
  let S: number;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitcopy-'));
    tools = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitcopy-bin-'));
    S = Math.floor(Date.now() / 1000) - 100;
    git(dir, 'init', '-q');
    git(dir, 'config', 'core.trustctime', 'false');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(tools, { recursive: true, force: true });
  });

  /** Writes files (path → text) with the mtime `at` (seconds, with a fraction), and stages them. */
  const add = (files: Record<string, string>, at: number, into = dir) => {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(into, rel)), { recursive: true });
      writeFileSync(path.join(into, rel), text);
      utimesSync(path.join(into, rel), at, at);
    }
    git(into, 'add', '-A');
  };
  /** Dates the index `S + 0.5`: entries of `S + 0.9` are then racily clean to the nanosecond, those of `S + 0.3` in its second. */
  const dateIndex = (into = dir) => utimesSync(path.join(into, '.git', 'index'), S + 0.5, S + 0.5);
  /** Rewrites a file with text of the same size, its mtime set back. */
  const rewrite = (rel: string, text: string, at: number) => {
    writeFileSync(path.join(dir, rel), text);
    utimesSync(path.join(dir, rel), at, at);
  };
  const many = (n: number, from = 0) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`many/f${from + i}.py`, `v = ${10_000 + from + i}\n`]));

  /** Runs `fn` with a git that logs each call (its GIT_INDEX_FILE, its arguments) and keeps a copy (mtime kept) of the index file it was given. */
  async function withLoggedGit<T>(fn: () => Promise<T>): Promise<{ value: T; calls: { index: string; args: string }[] }> {
    const log = path.join(tools, 'git.log');
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const seen = path.join(tools, 'seen-index');
    writeFileSync(
      path.join(tools, 'git'),
      `#!/bin/sh\nprintf '%s|%s\\n' "\${GIT_INDEX_FILE-}" "$*" >> '${log}'\nif [ -n "\${GIT_INDEX_FILE-}" ]; then cp -p "$GIT_INDEX_FILE" '${seen}'; fi\nexec '${real}' "$@"\n`,
    );
    chmodSync(path.join(tools, 'git'), 0o755);
    writeFileSync(log, '');
    const saved = process.env.PATH;
    process.env.PATH = `${tools}${path.delimiter}${saved ?? ''}`;
    try {
      const value = await fn();
      const calls = readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => ({ index: l.slice(0, l.indexOf('|')), args: l.slice(l.indexOf('|') + 1) }));
      return { value, calls };
    } finally {
      process.env.PATH = saved;
    }
  }

  it('asks git about the whole work tree through a copy of the index dated a second later, then removes it', async () => {
    add({ 'a.py': 'print(1)\n', 'sub/b.py': 'x = 2\n' }, S - 10);
    dateIndex();
    const real = readFileSync(path.join(dir, '.git', 'index'));
    const { value, calls } = await withLoggedGit(() => changedFiles(dir));
    assert.deepEqual(value, { paths: [], via: 'dated-copy' });
    const diffs = calls.filter((c) => c.args.includes('diff-files'));
    assert.equal(diffs.length, 1, 'nothing racy: no second question');
    const copy = diffs[0]?.index ?? '';
    assert.match(path.basename(copy), /^aigov-index-\d+-[0-9a-z]+$/);
    assert.equal(path.dirname(copy), os.tmpdir());
    assert.deepEqual(readFileSync(path.join(tools, 'seen-index')), real, 'the same bytes');
    assert.equal(Math.floor(statSync(path.join(tools, 'seen-index')).mtimeMs / 1000), S + 1, 'the next second');
    assert.equal(existsSync(copy), false, 'removed');
  });

  it('asks about the racily clean entries against the real index, by their place from the top', async () => {
    add({ 'a.py': 'print(1)\n', 'sub/b.py': 'x = 2\n', 'sub/c.py': 'c\n' }, S - 10);
    add({ 'sub/new.py': 'n = 1\n' }, S + 0.9);
    dateIndex();
    rewrite('sub/new.py', 'n = 2\n', S + 0.9);
    const { value, calls } = await withLoggedGit(() => changedFiles(path.join(dir, 'sub')));
    assert.deepEqual(value, { paths: ['new.py'], via: 'dated-copy' });
    const diffs = calls.filter((c) => c.args.includes('diff-files'));
    assert.deepEqual(
      diffs.map((c) => [c.index === '' ? 'real' : 'copy', c.args.replace(/^-C \S+ /, '')]),
      [
        ['copy', '--no-optional-locks diff-files --name-only --relative -z'],
        ['real', '--no-optional-locks diff-files --name-only --relative -z -- :(top,literal)sub/new.py'],
      ],
    );
  });

  it('starts no git outside a repository, and takes the ids from the listing it is given', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitcopy-out-'));
    try {
      const { value, calls } = await withLoggedGit(() => gitContentIds(outside));
      assert.equal(value, undefined);
      assert.deepEqual(calls, []);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    add({ 'a.py': 'print(1)\n', 'b.py': 'x = 2\n' }, S - 10);
    const staged = execFileSync('git', ['-C', dir, 'ls-files', '-z', '--stage', '-v'], { encoding: 'buffer' });
    const listed = Buffer.from(staged.toString('latin1').replace(/ [0-9a-f]{40} (0\ta\.py)/, ` ${'1234abcd'.repeat(5)} $1`), 'latin1');
    const ids = await gitContentIds(dir, new GitListing(dir, 'staged', listed));
    assert.deepEqual([...(ids ?? [])].sort(), [
      ['a.py', '1234abcd1234abcd'],
      ['b.py', blob(dir, 'b.py')],
    ]);
  });

  it('reads a SHA-256 repository: 32-byte ids in its index', async () => {
    const sha256 = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitcopy-256-'));
    try {
      git(sha256, 'init', '-q', '--object-format=sha256');
      git(sha256, 'config', 'core.trustctime', 'false');
      add({ 'a.py': 'print(1)\n', 'b.py': 'x = 2\n' }, S + 0.3, sha256);
      dateIndex(sha256);
      writeFileSync(path.join(sha256, 'a.py'), 'print(2)\n');
      utimesSync(path.join(sha256, 'a.py'), S + 0.3, S + 0.3);
      assert.deepEqual(await changedFiles(sha256), { paths: ['a.py'], via: 'dated-copy' });
    } finally {
      rmSync(sha256, { recursive: true, force: true });
    }
  });

  it("sees a file of the index's second replaced by a symlink, or its folder by a file", async () => {
    add({ 'a.py': 'print(1)\n', 'b.py': 'x = 2\n', 'sub/c.py': 'c\n', 'sub/d.py': 'd\n', 'e.py': 'e\n' }, S + 0.3);
    dateIndex();
    rmSync(path.join(dir, 'a.py'));
    symlinkSync('b.py', path.join(dir, 'a.py'));
    lutimesSync(path.join(dir, 'a.py'), S + 0.3, S + 0.3);
    rmSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'sub'), 'a file now\n');
    utimesSync(path.join(dir, 'sub'), S + 0.3, S + 0.3);
    assert.deepEqual(await changedFiles(dir), { paths: ['a.py', 'sub/c.py', 'sub/d.py'], via: 'dated-copy' });
  });

  it('writes its copy only to a new file: never through a link planted at its name', async () => {
    add({ 'a.py': 'print(1)\n' }, S - 10);
    const random = Math.random;
    Math.random = () => 0.5; // the copy's name ends in 0.5 in base 36: "i"
    const planted = path.join(os.tmpdir(), `aigov-index-${process.pid}-i`);
    const target = path.join(tools, 'target');
    writeFileSync(target, 'mine\n');
    symlinkSync(target, planted);
    try {
      assert.deepEqual(await changedFiles(dir), { paths: [], via: 'diff-files' });
      assert.equal(readFileSync(target, 'utf8'), 'mine\n');
      assert.equal(readlinkSync(planted), target, 'left as it was');
    } finally {
      Math.random = random;
      rmSync(planted, { force: true });
    }
  });

  it('closes the index file it read', async function () {
    // Open files are read from /proc: elsewhere the test is reported as skipped, never as passed.
    if (!existsSync('/proc/self/fd')) this.skip();
    add({ 'a.py': 'print(1)\n' }, S - 10);
    const index = realpathSync(path.join(dir, '.git', 'index'));
    const open = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === index;
        } catch {
          return false;
        }
      });
    for (let i = 0; i < 3; i++) assert.deepEqual(await changedFiles(dir), { paths: [], via: 'dated-copy' });
    assert.deepEqual(open(), []);
  });

  it('asks about up to 1,000 entries not older than the index (to the nanosecond), and leaves more to git', async () => {
    add(many(1000), S + 0.9);
    dateIndex();
    assert.deepEqual(await changedFiles(dir), { paths: [], via: 'dated-copy' }, '1,000 asked');
    add(many(1, 1000), S + 0.9);
    dateIndex();
    assert.deepEqual(await changedFiles(dir), { paths: [], via: 'diff-files' }, '1,001: in the index second, after its nanosecond');
  });

  it("asks about up to 1,000 in all, with those of the index's second whose file is not as recorded", async () => {
    add(many(999), S + 0.9);
    add({ 'many/y.py': 'y = 1\n', 'many/z.py': 'z = 1\n' }, S + 0.3);
    dateIndex();
    rewrite('many/z.py', 'z = 2\n', S + 0.3);
    assert.deepEqual(await changedFiles(dir), { paths: ['many/z.py'], via: 'dated-copy' }, '999 and 1');
    rewrite('many/y.py', 'y = 2\n', S + 0.3);
    assert.deepEqual((await changedFiles(dir))?.via, 'diff-files', '999 and 2');
    assert.deepEqual((await changedFiles(dir))?.paths.sort(), ['many/y.py', 'many/z.py']);
  });

  it('leaves to git a racily clean path that is not UTF-8 (not to be named on a command line)', async () => {
    add({ 'a.py': 'print(1)\n' }, S - 10);
    const odd = Buffer.from([...Buffer.from(path.join(dir, 'odd-')), 0xff, ...Buffer.from('.py')]);
    writeFileSync(odd, 'o = 1\n');
    utimesSync(odd, S + 0.9, S + 0.9);
    git(dir, 'add', '-A');
    dateIndex();
    assert.deepEqual(await changedFiles(dir), { paths: [], via: 'diff-files' });
    // In the index's second, even as recorded: its file cannot be looked at by a decoded name.
    utimesSync(odd, S + 0.3, S + 0.3);
    git(dir, 'add', '-A');
    dateIndex();
    assert.deepEqual(await changedFiles(dir), { paths: [], via: 'diff-files' });
  });
});
