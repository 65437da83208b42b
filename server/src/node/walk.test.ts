import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nameOfBytes } from '../core/text/shown-path.js';
import type { CancellationToken, FileVersion, SkippedFile } from '../core/workspace.js';
import { Breather } from './breather.js';
import { versionOf } from './fs-quiet.js';
import { NODE_READ_FS, type ReadFs } from './read-fs.js';
import { RootPolicy } from './root-policy.js';
import { walk } from './walk.js';

/** `node:fs`, with the listing of chosen folders (by their path from the root) failing with `code`. */
function failingFs(root: string, fail: Record<string, string>): ReadFs {
  return {
    ...NODE_READ_FS,
    readdirSync(p, options) {
      const code = fail[path.relative(root, p)];
      if (code !== undefined) throw Object.assign(new Error(`${code}: ${p}`), { code });
      return NODE_READ_FS.readdirSync(p, options);
    },
  };
}

/** A breather that counts its calls and never waits. */
class CountingBreather extends Breather {
  calls = 0;
  override async breathe(): Promise<void> {
    this.calls++;
  }
}

interface Walked {
  out: string[];
  skipped: SkippedFile[];
  plain: string[];
  stats: Map<string, FileVersion>;
  breaths: number;
}

const bySkip = (a: SkippedFile, b: SkippedFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

describe('walk (the listing without git)', () => {
  let dir = '';
  let root = '';
  const put = (rel: string, data: string | Buffer = 'x'): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), data);
  };
  const run = async (options: { stats?: boolean; maxBytes?: number; fs?: ReadFs; token?: CancellationToken } = {}): Promise<Walked> => {
    const skipped: SkippedFile[] = [];
    const plain = new Set<string>();
    const stats = new Map<string, FileVersion>();
    const breather = new CountingBreather();
    const out = await walk(new RootPolicy(root, options.maxBytes, options.fs), breather, options.stats === true, skipped, plain, stats, options.token);
    return { out, skipped: skipped.sort(bySkip), plain: [...plain].sort(), stats, breaths: breather.calls };
  };
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-walk-')));
    root = path.join(dir, 'root');
    mkdirSync(root);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every regular file, a folder\'s own files before its subfolders\', and leaves the default excludes out', async () => {
    put('a.py');
    put('sub/b.py');
    put('sub/deeper/c.py');
    put('node_modules/dep/index.js');
    put('sub/.venv/lib.py');
    put('.git/config');
    put('dist');
    const r = await run();
    assert.deepEqual(r.out.slice(0, 1), ['a.py']);
    assert.deepEqual([...r.out].sort(), ['a.py', 'sub/b.py', 'sub/deeper/c.py']);
    assert.ok(r.out.indexOf('sub/b.py') < r.out.indexOf('sub/deeper/c.py'));
    assert.deepEqual(r.plain, ['a.py', 'sub/b.py', 'sub/deeper/c.py']);
    assert.deepEqual(r.skipped, []);
    // Without stats, nothing is stat'ed.
    assert.equal(r.stats.size, 0);
  });

  it('honours nested .gitignore files: their own folder as base, deeper rules last, negations, folder-only patterns', async () => {
    put('.gitignore', '*.log\ncache/\n/top-only.txt\n!x.txt\n');
    put('a.log');
    put('top-only.txt');
    put('cache/in-cache.py');
    put('cache2/cache', 'a file named like the folder pattern');
    put('sub/.gitignore', '!keep.log\n/here.txt\nx.txt\n');
    put('sub/keep.log');
    put('sub/other.log');
    put('sub/top-only.txt');
    put('sub/here.txt');
    put('sub/x.txt');
    put('sub/deeper/here.txt');
    put('sub/deeper/keep.log');
    put('x.txt');
    const r = await run();
    assert.deepEqual([...r.out].sort(), [
      '.gitignore',
      'cache2/cache',
      'sub/.gitignore',
      'sub/deeper/here.txt',
      'sub/deeper/keep.log',
      'sub/keep.log',
      'sub/top-only.txt',
      'x.txt',
    ]);
  });

  it('a folder named .gitignore is not read as rules', async () => {
    put('.gitignore/inside.py');
    put('a.py');
    const r = await run();
    assert.deepEqual([...r.out].sort(), ['.gitignore/inside.py', 'a.py']);
  });

  it('a .gitignore that is a symlink is not read, as git does not read it', async () => {
    put('rules.txt', 'a.py\n*.log\n');
    put('a.py');
    symlinkSync('rules.txt', path.join(root, '.gitignore'));
    // A folder with no regular file, only the link.
    put('rules/ignore-me.log');
    put('only-link/sub/b.log');
    symlinkSync('../rules.txt', path.join(root, 'only-link', '.gitignore'));
    const r = await run();
    // The links lead to a file in the root: they are listed like any such link.
    assert.deepEqual([...r.out].sort(), ['.gitignore', 'a.py', 'only-link/.gitignore', 'only-link/sub/b.log', 'rules.txt', 'rules/ignore-me.log']);
    assert.deepEqual(r.skipped, []);
  });

  it('a folder named like a registry is skipped as not-a-file, and still walked; one that is ignored is not', async () => {
    put('.gitignore', 'hidden/\n');
    put('.aigov.yaml/in.py');
    put('sub/.aigov.yml/in.py');
    put('hidden/.aigov.yaml/in.py');
    const r = await run();
    assert.deepEqual([...r.out].sort(), ['.aigov.yaml/in.py', '.gitignore', 'sub/.aigov.yml/in.py']);
    assert.deepEqual(r.skipped, [
      { path: '.aigov.yaml', reason: 'not-a-file' },
      { path: 'sub/.aigov.yml', reason: 'not-a-file' },
    ]);
  });

  it('follows symlinks to files in the root only, reports loops and links out, passes over dangling and folder links', async () => {
    put('target.py');
    put('sub/t2.py');
    writeFileSync(path.join(dir, 'outside.py'), 'x');
    symlinkSync('target.py', path.join(root, 'link.py'));
    symlinkSync('../outside.py', path.join(root, 'out.py'));
    symlinkSync('nothing.py', path.join(root, 'dangling.py'));
    symlinkSync('sub', path.join(root, 'folder-link'));
    symlinkSync('..', path.join(root, 'sub', 'up'));
    symlinkSync('self', path.join(root, 'self'));
    put('.gitignore', 'ignored-link\nfolders-only/\n');
    symlinkSync('../outside.py', path.join(root, 'ignored-link'));
    // A pattern of folders does not hide a link (git does not follow it to see a folder).
    symlinkSync('target.py', path.join(root, 'folders-only'));
    const r = await run();
    assert.deepEqual([...r.out].sort(), ['.gitignore', 'folders-only', 'link.py', 'sub/t2.py', 'target.py']);
    // A followed link is not a plain file: its read goes through its real path.
    assert.deepEqual(r.plain, ['.gitignore', 'sub/t2.py', 'target.py']);
    assert.deepEqual(r.skipped, [
      { path: 'out.py', reason: 'outside-workspace' },
      { path: 'self', reason: 'symlink-loop' },
      { path: 'sub/up', reason: 'symlink-loop' },
    ]);
  });

  it('with stats, lstats each regular file: its version, and a file too large skipped (a model artefact kept)', async () => {
    put('small.py', 'x');
    put('big.txt', 'y'.repeat(100));
    put('model.safetensors', 'z'.repeat(100));
    put('sub/s.py', 'abc');
    const r = await run({ stats: true, maxBytes: 50 });
    assert.deepEqual([...r.out].sort(), ['model.safetensors', 'small.py', 'sub/s.py']);
    assert.deepEqual(r.plain, ['model.safetensors', 'small.py', 'sub/s.py']);
    assert.deepEqual(r.skipped, [{ path: 'big.txt', reason: 'too-large' }]);
    assert.deepEqual([...r.stats.keys()].sort(), ['model.safetensors', 'small.py', 'sub/s.py']);
    assert.deepEqual(r.stats.get('sub/s.py'), versionOf(statSync(path.join(root, 'sub/s.py'))));
    // One breath per folder and one per file stat'ed.
    assert.equal(r.breaths, 2 + 4);
  });

  it('without stats, leaves sizes to the read: a large file is listed, and only folders breathe', async () => {
    put('big.txt', 'y'.repeat(100));
    put('sub/s.py');
    const r = await run({ maxBytes: 50 });
    assert.deepEqual([...r.out].sort(), ['big.txt', 'sub/s.py']);
    assert.deepEqual(r.skipped, []);
    assert.equal(r.breaths, 2);
  });

  it('a folder that cannot be listed is skipped as unreadable (the root as "."); one gone since is not', async () => {
    put('a.py');
    put('locked/b.py');
    put('gone/c.py');
    put('sub/deep/d.py');
    // An ignored folder is not listed at all: not even its failure is seen.
    put('.gitignore', 'ignored/\n');
    put('ignored/e.py');
    const r = await run({ fs: failingFs(root, { locked: 'EACCES', gone: 'ENOENT', 'sub/deep': 'EIO', ignored: 'EACCES' }) });
    assert.deepEqual([...r.out].sort(), ['.gitignore', 'a.py']);
    assert.deepEqual(r.skipped, [
      { path: 'locked', reason: 'unreadable' },
      { path: 'sub/deep', reason: 'unreadable' },
    ]);
    const top = await run({ fs: failingFs(root, { '': 'EACCES' }) });
    assert.deepEqual(top.out, []);
    assert.deepEqual(top.skipped, [{ path: '.', reason: 'unreadable' }]);
  });

  it('a name that is not UTF-8 is skipped by its bytes (unless ignored), never listed by its decoded name', async function () {
    const bad = Buffer.from([0x66, 0xfe, 0x2e, 0x70, 0x79]);
    const badIgnored = Buffer.from([0x67, 0xfe, 0x2e, 0x6c, 0x6f, 0x67]);
    const badDir = Buffer.from([0x64, 0xfe]);
    const badFile = Buffer.from([0x68, 0xfe]);
    try {
      // A pattern of folders does not hide a file: such a name is taken for a file's.
      put('.gitignore', '*.log\nh*/\n');
      mkdirSync(path.join(root, 'sub'));
      writeFileSync(Buffer.concat([Buffer.from(`${root}/sub/`), badFile]), 'x');
      writeFileSync(Buffer.concat([Buffer.from(`${root}/sub/`), bad]), 'x');
      writeFileSync(Buffer.concat([Buffer.from(`${root}/sub/`), badIgnored]), 'x');
      mkdirSync(Buffer.concat([Buffer.from(`${root}/`), badDir]));
    } catch {
      this.skip();
    }
    // A valid name with U+FFFD in it is a file like any other.
    put('sub/\uFFFD.py');
    put('sub/ok.py');
    const r = await run();
    assert.deepEqual([...r.out].sort(), ['.gitignore', 'sub/ok.py', 'sub/\uFFFD.py']);
    assert.deepEqual(r.skipped, [
      { path: nameOfBytes(badDir), reason: 'name-not-utf8' },
      { path: `sub/${nameOfBytes(bad)}`, reason: 'name-not-utf8' },
      { path: `sub/${nameOfBytes(badFile)}`, reason: 'name-not-utf8' },
    ]);
  });

  it('stops when cancelled: nothing when cancelled at once, the folders already visited when cancelled on the way', async () => {
    put('a.py');
    put('sub/b.py');
    assert.deepEqual((await run({ token: { isCancellationRequested: true } })).out, []);
    let asked = 0;
    // The root asks once; the folder below it asks next.
    const token = {
      get isCancellationRequested(): boolean {
        return ++asked > 1;
      },
    };
    const r = await run({ token });
    assert.deepEqual(r.out, ['a.py']);
    assert.equal(asked, 2);
  });
});
