import { strict as assert } from 'node:assert';
import { lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MAX_TEXT_BYTES } from '../core/text/source-file.js';
import type { FileVersion, SkippedFile } from '../core/workspace.js';
import { versionOf } from './fs-quiet.js';
import { NODE_READ_FS, type ReadFs } from './read-fs.js';
import { RootPolicy } from './root-policy.js';

describe('RootPolicy (what of a folder on disk is read)', () => {
  let dir = '';
  let root = '';
  const put = (rel: string, data: string | Buffer = 'x'): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), data);
  };
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-policy-')));
    root = path.join(dir, 'root');
    mkdirSync(root);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds its root resolved, and finds its real path once (the root itself when it has none)', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.equal(new RootPolicy('root/./x/..', undefined).root, root);
    } finally {
      process.chdir(cwd);
    }
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    symlinkSync('a', path.join(dir, 'via'));
    const policy = new RootPolicy(path.join(dir, 'via'), undefined);
    assert.equal(policy.root, path.join(dir, 'via'));
    assert.equal(await policy.realRootPath(), path.join(dir, 'a'));
    // Once found, it stays what it was when the listing started.
    unlinkSync(path.join(dir, 'via'));
    symlinkSync('b', path.join(dir, 'via'));
    assert.equal(await policy.realRootPath(), path.join(dir, 'a'));
    assert.equal(await new RootPolicy(path.join(dir, 'missing'), undefined).realRootPath(), path.join(dir, 'missing'));
  });

  it('abs: a listed path joined to the root, and any other path normalised', () => {
    const p = new RootPolicy(root, undefined);
    const cases: [string, string][] = [
      ['', root],
      ['a', `${root}/a`],
      ['a/b.py', `${root}/a/b.py`],
      ['.hidden/..x/x..', `${root}/.hidden/..x/x..`],
      ['.', root],
      ['./a', `${root}/a`],
      ['a/.', `${root}/a`],
      ['a/./b', `${root}/a/b`],
      ['..', dir],
      ['a/..', root],
      ['a/../b', `${root}/b`],
      ['../x', `${dir}/x`],
      ['a//b', `${root}/a/b`],
      ['/a', `${root}/a`],
    ];
    for (const [rel, want] of cases) assert.equal(p.abs(rel), want, rel);
  });

  it('openPath: relative when the process runs in the root and the path is listed as is, else absolute', () => {
    const p = new RootPolicy(root, undefined);
    assert.equal(p.openPath('a/b.py'), `${root}/a/b.py`);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      assert.equal(p.openPath('a/b.py'), 'a/b.py');
      assert.equal(p.openPath('a/../b.py'), `${root}/b.py`);
      assert.equal(p.openPath('./b.py'), `${root}/b.py`);
    } finally {
      process.chdir(cwd);
    }
    process.chdir(dir);
    try {
      assert.equal(p.openPath('b.py'), `${root}/b.py`);
    } finally {
      process.chdir(cwd);
    }
  });

  it('inside: the root and what is below it, not a sibling that starts with its name', () => {
    const p = new RootPolicy(root, undefined);
    assert.equal(p.inside(root, root), true);
    assert.equal(p.inside(`${root}/a/b`, root), true);
    assert.equal(p.inside(`${root}2/a`, root), false);
    assert.equal(p.inside(`${root}2`, root), false);
    assert.equal(p.inside(dir, root), false);
  });

  it('tooLarge: above the limit (the text limit by default), unless a model artefact by name or one whose bytes are sniffed', () => {
    const def = new RootPolicy(root, undefined);
    assert.equal(def.maxBytes, MAX_TEXT_BYTES);
    assert.equal(def.tooLarge('a.py', MAX_TEXT_BYTES), false);
    assert.equal(def.tooLarge('a.py', MAX_TEXT_BYTES + 1), true);
    const p = new RootPolicy(root, 10);
    assert.equal(p.maxBytes, 10);
    assert.equal(p.tooLarge('a.py', 10), false);
    assert.equal(p.tooLarge('a.py', 11), true);
    assert.equal(p.tooLarge('m.safetensors', 11), false);
    assert.equal(p.tooLarge('w.dat', 11), false);
    assert.equal(p.tooLarge('w.txt', 11), true);
  });

  it('keepStated: a file kept with its version and as plain, or skipped as too large and nothing else', () => {
    put('a.py', 'abc');
    put('big.py', 'x'.repeat(20));
    const p = new RootPolicy(root, 10);
    const out: string[] = [];
    const plain = new Set<string>();
    const stats = new Map<string, FileVersion>();
    const skipped: SkippedFile[] = [];
    const st = lstatSync(path.join(root, 'a.py'));
    p.keepStated('a.py', st, out, plain, stats, skipped);
    p.keepStated('big.py', lstatSync(path.join(root, 'big.py')), out, plain, stats, skipped);
    assert.deepEqual(out, ['a.py']);
    assert.deepEqual([...plain], ['a.py']);
    assert.deepEqual([...stats], [['a.py', versionOf(st)]]);
    assert.deepEqual(skipped, [{ path: 'big.py', reason: 'too-large' }]);
  });

  it('followLink: a file in the root (or too large), out of it, a loop, a link to nothing, a folder, an unreadable link', async () => {
    put('t.py', 'abc');
    put('big.py', 'x'.repeat(20));
    put('sub/deeper/f.py');
    writeFileSync(path.join(dir, 'outside.py'), 'x');
    symlinkSync('t.py', path.join(root, 'file'));
    symlinkSync('big.py', path.join(root, 'big'));
    symlinkSync('big.py', path.join(root, 'model.safetensors'));
    symlinkSync('../outside.py', path.join(root, 'out'));
    symlinkSync('..', path.join(root, 'out-dir'));
    symlinkSync('loop', path.join(root, 'loop'));
    symlinkSync('nothing', path.join(root, 'dangling'));
    symlinkSync('t.py/x', path.join(root, 'through-file'));
    symlinkSync('n'.repeat(300), path.join(root, 'long'));
    symlinkSync('sub', path.join(root, 'folder'));
    symlinkSync('../..', path.join(root, 'sub', 'deeper', 'up'));
    symlinkSync('..', path.join(root, 'sub', 'deeper', 'parent'));
    symlinkSync('.', path.join(root, 'sub', 'here'));
    symlinkSync('deeper', path.join(root, 'sub', 'down'));
    const p = new RootPolicy(root, 10);
    const rootReal = await p.realRootPath();
    const verdicts: Record<string, string> = {};
    for (const rel of ['file', 'big', 'model.safetensors', 'out', 'out-dir', 'loop', 'dangling', 'through-file', 'long', 'folder', 'sub/deeper/up', 'sub/deeper/parent', 'sub/here', 'sub/down']) {
      verdicts[rel] = await p.followLink(rel, rootReal);
    }
    assert.deepEqual(verdicts, {
      file: 'file',
      big: 'too-large',
      'model.safetensors': 'file',
      out: 'outside-workspace',
      'out-dir': 'outside-workspace',
      loop: 'symlink-loop',
      dangling: 'other',
      'through-file': 'other',
      long: 'unreadable',
      folder: 'other',
      'sub/deeper/up': 'symlink-loop',
      'sub/deeper/parent': 'symlink-loop',
      'sub/here': 'symlink-loop',
      'sub/down': 'other',
    });
    // The root given is the one links are judged against.
    assert.equal(await p.followLink('out', dir), 'file');
    assert.equal(await p.followLink('file', path.join(root, 'sub')), 'outside-workspace');
  });

  it('readFollowing: the bytes through the real path with its own fs, undefined out of the root, throws when missing', async () => {
    put('sub/t.py', 'abc');
    writeFileSync(path.join(dir, 'outside.py'), 'out');
    symlinkSync('sub/t.py', path.join(root, 'link'));
    symlinkSync('../outside.py', path.join(root, 'out'));
    const read: string[] = [];
    const fs: ReadFs = {
      ...NODE_READ_FS,
      readFileSync(p) {
        read.push(p);
        return NODE_READ_FS.readFileSync(p);
      },
    };
    const p = new RootPolicy(root, undefined, fs);
    assert.equal(p.fs, fs);
    assert.equal(Buffer.from((await p.readFollowing('link')) ?? []).toString(), 'abc');
    assert.deepEqual(read, [path.join(root, 'sub/t.py')]);
    assert.equal(await p.readFollowing('out'), undefined);
    assert.deepEqual(read, [path.join(root, 'sub/t.py')]);
    await assert.rejects(p.readFollowing('missing'), { code: 'ENOENT' });
    assert.equal(new RootPolicy(root, undefined).fs, NODE_READ_FS);
  });

  it('stat: type and version, whether it escapes the root (by a link, or a folder on the way), undefined when missing', async () => {
    put('sub/t.py', 'abcd');
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'o.py'), 'xy');
    symlinkSync('sub/t.py', path.join(root, 'link'));
    symlinkSync('sub', path.join(root, 'dir-link'));
    symlinkSync('../elsewhere/o.py', path.join(root, 'out'));
    symlinkSync('../elsewhere', path.join(root, 'out-dir'));
    symlinkSync('nothing', path.join(root, 'dangling'));
    const p = new RootPolicy(root, undefined);
    const st = statSync(path.join(root, 'sub/t.py'));
    assert.deepEqual(await p.stat('sub/t.py'), { type: 'file', ...versionOf(st) });
    assert.deepEqual(await p.stat('link'), { type: 'file', ...versionOf(st) });
    assert.deepEqual(await p.stat('sub'), { type: 'directory', ...versionOf(statSync(path.join(root, 'sub'))) });
    assert.deepEqual(await p.stat('dir-link'), { type: 'directory', ...versionOf(statSync(path.join(root, 'sub'))) });
    const o = statSync(path.join(dir, 'elsewhere', 'o.py'));
    assert.deepEqual(await p.stat('out'), { type: 'file', ...versionOf(o), escapes: true });
    assert.deepEqual(await p.stat('out-dir/o.py'), { type: 'file', ...versionOf(o), escapes: true });
    assert.deepEqual(await p.stat('out-dir'), { type: 'directory', ...versionOf(statSync(path.join(dir, 'elsewhere'))), escapes: true });
    assert.deepEqual(await p.stat('dangling'), { type: 'other', size: 0, mtimeMs: lstatSync(path.join(root, 'dangling')).ctimeMs, escapes: false });
    assert.equal(await p.stat('missing'), undefined);
    assert.equal(await p.stat('sub/t.py/x'), undefined);
  });

  it('stat: a FIFO is neither file nor folder', async function () {
    const { spawnSync } = await import('node:child_process');
    if (spawnSync('mkfifo', [path.join(root, 'pipe')]).status !== 0) this.skip();
    const p = new RootPolicy(root, undefined);
    assert.deepEqual(await p.stat('pipe'), { type: 'other', ...versionOf(statSync(path.join(root, 'pipe'))) });
  });
});
