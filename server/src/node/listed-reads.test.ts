import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Breather } from './breather.js';
import { versionOf } from './fs-quiet.js';
import { ListedReads } from './listed-reads.js';
import { NODE_READ_FS, type ReadFs } from './read-fs.js';
import { RootPolicy } from './root-policy.js';

/**
 * `node:fs`, with each call kept (`open path`, `readFile path`), and an error for chosen calls;
 * `read` answers at most `most` bytes a call, and nothing from `end` on (a file that shrank).
 */
function tracedFs(calls: string[], fail: (call: string) => string | undefined = () => undefined, read: { most?: number; end?: number } = {}): ReadFs {
  const paths = new Map<number, string>();
  const check = (call: string): void => {
    calls.push(call);
    const code = fail(call);
    if (code !== undefined) throw Object.assign(new Error(`${code}: ${call}`), { code });
  };
  return {
    ...NODE_READ_FS,
    openSync(p, flags) {
      check(`open ${path.basename(p)}`);
      const fd = NODE_READ_FS.openSync(p, flags);
      paths.set(fd, path.basename(p));
      return fd;
    },
    readSync(fd, buffer, offset, length, position) {
      check(`read ${paths.get(fd)}`);
      if (position >= (read.end ?? Infinity)) return 0;
      // What node:fs checks of the arguments is checked; of the bytes read, `most` are owned to.
      return Math.min(NODE_READ_FS.readSync(fd, buffer, offset, length, position), read.most ?? length);
    },
    fstatSync(fd) {
      check(`fstat ${paths.get(fd)}`);
      return NODE_READ_FS.fstatSync(fd);
    },
    closeSync(fd) {
      check(`close ${paths.get(fd)}`);
      paths.delete(fd);
      NODE_READ_FS.closeSync(fd);
    },
    readFileSync(p) {
      check(`readFile ${path.basename(p)}`);
      return NODE_READ_FS.readFileSync(p);
    },
  };
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('reads of a listing\'s files', () => {
  let dir = '';
  let root = '';
  let calls: string[] = [];
  const put = (rel: string, data: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), data);
  };
  const reads = (
    plain: string[],
    options: { git?: boolean; maxBytes?: number; fail?: (call: string) => string | undefined; read?: { most?: number; end?: number } } = {},
  ): ListedReads => {
    const r = new ListedReads(new RootPolicy(root, options.maxBytes, tracedFs(calls, options.fail, options.read)), new Breather());
    r.reset(new Set(plain), options.git === true);
    return r;
  };
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'aigov-listed-')));
    root = path.join(dir, 'root');
    mkdirSync(root);
    calls = [];
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a listed file once through one descriptor, later reads through its real path', async () => {
    put('a.py', 'import openai\n');
    const r = reads(['a.py']);
    assert.deepEqual(await r.readListed('a.py', text), { value: 'import openai\n' });
    assert.deepEqual(calls, ['open a.py', 'read a.py', 'close a.py']);
    calls.length = 0;
    assert.deepEqual(await r.readListed('a.py', text), { value: 'import openai\n' });
    assert.deepEqual(calls, ['readFile a.py']);
    // Not listed: through its real path too.
    put('b.py', 'b\n');
    calls.length = 0;
    assert.deepEqual(await r.readListed('b.py', text), { value: 'b\n' });
    assert.deepEqual(calls, ['readFile b.py']);
  });

  it('gives the version taken before the read when asked, and settles a file a cache knows with one lstat', async () => {
    put('a.py', 'abc\n');
    const version = versionOf(statSync(path.join(root, 'a.py')));
    assert.deepEqual(await reads(['a.py']).readListed('a.py', text, { version: true }), { value: 'abc\n', version });
    calls.length = 0;
    assert.deepEqual(await reads(['a.py']).readListed('a.py', text, { unchangedIf: version }), { unchanged: version });
    assert.deepEqual(calls, []);
    // A size or a change time that differs: read, with the version now.
    for (const was of [{ ...version, size: version.size + 1 }, { ...version, mtimeMs: version.mtimeMs - 1 }]) {
      calls.length = 0;
      assert.deepEqual(await reads(['a.py']).readListed('a.py', text, { unchangedIf: was }), { value: 'abc\n', version });
      assert.deepEqual(calls, ['open a.py', 'fstat a.py', 'read a.py', 'close a.py']);
    }
    // A folder in its place since: no version of a file, nothing read.
    rmSync(path.join(root, 'a.py'));
    mkdirSync(path.join(root, 'a.py'));
    calls.length = 0;
    assert.equal(await reads(['a.py']).readListed('a.py', text, { unchangedIf: version }), undefined);
    assert.equal(await reads(['a.py']).readListed('a.py', text, { version: true }), undefined);
    assert.deepEqual(calls, ['open a.py', 'fstat a.py', 'close a.py', 'open a.py', 'fstat a.py', 'close a.py']);
  });

  it('reads a file longer than the first read whole, and skips one over the limit by its size', async () => {
    const long = 'x'.repeat(200 * 1024);
    put('long.py', long);
    assert.deepEqual(await reads(['long.py']).readListed('long.py', text), { value: long });
    const limit = 100 * 1024;
    put('at.py', 'y'.repeat(limit));
    assert.deepEqual(await reads(['at.py'], { maxBytes: limit }).readListed('at.py', (b) => b.length), { value: limit });
    calls.length = 0;
    assert.deepEqual(await reads(['long.py'], { maxBytes: limit }).readListed('long.py', text), { skipped: 'too-large' });
    // Told by its size after the first 64 KiB, before the rest is read.
    assert.deepEqual(calls, ['open long.py', 'read long.py', 'fstat long.py', 'close long.py']);
    // Under 64 KiB, by what was read: a byte over the limit.
    put('small.py', 'z'.repeat(1001));
    assert.deepEqual(await reads(['small.py'], { maxBytes: 1000 }).readListed('small.py', text), { skipped: 'too-large' });
    put('small.py', 'z'.repeat(1000));
    assert.deepEqual(await reads(['small.py'], { maxBytes: 1000 }).readListed('small.py', (b) => b.length), { value: 1000 });
    // A model file over the limit is read up to it, then skipped.
    put('model.bin', Buffer.alloc(200 * 1024, 1));
    assert.deepEqual(await reads(['model.bin'], { maxBytes: limit }).readListed('model.bin', (b) => b.length), { skipped: 'too-large' });
  });

  it('a file gone is nothing; one that cannot be opened or read is unreadable', async () => {
    assert.equal(await reads(['gone.py']).readListed('gone.py', text), undefined);
    put('a.py', 'a\n');
    assert.deepEqual(await reads(['a.py'], { fail: (c) => (c === 'open a.py' ? 'EACCES' : undefined) }).readListed('a.py', text), { skipped: 'unreadable' });
    // The descriptor is closed whatever the read did.
    calls.length = 0;
    assert.deepEqual(await reads(['a.py'], { fail: (c) => (c === 'read a.py' ? 'EIO' : undefined) }).readListed('a.py', text), { skipped: 'unreadable' });
    assert.equal(await reads(['a.py'], { fail: (c) => (c === 'read a.py' ? 'EISDIR' : undefined) }).readListed('a.py', text), undefined);
    assert.deepEqual(calls, ['open a.py', 'read a.py', 'close a.py', 'open a.py', 'read a.py', 'close a.py']);
    // Through its real path (a second read): the same.
    const r = reads(['a.py'], { fail: (c) => (c === 'readFile a.py' ? 'EIO' : undefined) });
    await r.readListed('a.py', text);
    assert.deepEqual(await r.readListed('a.py', text), { skipped: 'unreadable' });
    rmSync(path.join(root, 'a.py'));
    assert.equal(await r.readListed('a.py', text), undefined);
  });

  it('a symlink put in a listed file\'s place is followed: a file in the root is read, one out of it is not', async () => {
    put('real.py', 'real\n');
    writeFileSync(path.join(dir, 'out.py'), 'out\n');
    mkdirSync(path.join(root, 'folder'));
    symlinkSync('real.py', path.join(root, 'in.py'));
    symlinkSync(path.join(dir, 'out.py'), path.join(root, 'out.py'));
    symlinkSync('folder', path.join(root, 'dir.py'));
    symlinkSync('loop.py', path.join(root, 'loop.py'));
    const r = reads(['in.py', 'out.py', 'dir.py', 'loop.py']);
    assert.deepEqual(await r.readListed('in.py', text), { value: 'real\n' });
    assert.deepEqual(await r.readListed('out.py', text), { skipped: 'outside-workspace' });
    assert.equal(await r.readListed('dir.py', text), undefined);
    assert.deepEqual(await r.readListed('loop.py', text), { skipped: 'symlink-loop' });
    // The BSDs say EMLINK where Linux says ELOOP: a symlink too.
    const bsd = reads(['in.py', 'out.py'], { fail: (c) => (c === 'open in.py' || c === 'open out.py' ? 'EMLINK' : undefined) });
    assert.deepEqual(await bsd.readListed('in.py', text), { value: 'real\n' });
    assert.deepEqual(await bsd.readListed('out.py', text), { skipped: 'outside-workspace' });
  });

  it('with a git listing, a file below a folder since made a symlink is read through its real path', async () => {
    put('sub/deep/a.py', 'a\n');
    put('sub/deep/b.py', 'b\n');
    put('top.py', 't\n');
    const r = reads(['sub/deep/a.py', 'sub/deep/b.py', 'top.py'], { git: true });
    assert.equal(r.checksFolders, true);
    assert.deepEqual(await r.readListed('top.py', text), { value: 't\n' });
    assert.deepEqual(await r.readListed('sub/deep/a.py', text), { value: 'a\n' });
    assert.deepEqual(calls, ['open top.py', 'read top.py', 'close top.py', 'open a.py', 'read a.py', 'close a.py']);
    // The folder was seen a folder: the next file of it is read the same way.
    renameSync(path.join(root, 'sub'), path.join(root, 'moved'));
    symlinkSync('moved', path.join(root, 'sub'));
    calls.length = 0;
    assert.deepEqual(await r.readListed('sub/deep/b.py', text), { value: 'b\n' });
    assert.deepEqual(calls, ['open b.py', 'read b.py', 'close b.py']);
    // A new listing asks again, from the top folder down.
    const again = reads(['sub/deep/a.py'], { git: true });
    calls.length = 0;
    assert.deepEqual(await again.readListed('sub/deep/a.py', text), { value: 'a\n' });
    assert.deepEqual(calls, ['readFile a.py']);
    // A walk saw its folders itself.
    const walked = reads(['sub/deep/a.py']);
    assert.equal(walked.checksFolders, false);
    calls.length = 0;
    assert.deepEqual(await walked.readListed('sub/deep/a.py', text), { value: 'a\n' });
    assert.deepEqual(calls, ['open a.py', 'read a.py', 'close a.py']);
  });

  it('hands listed paths to another reader, which reads them once without realpath', async () => {
    put('a.py', 'a\n');
    put('b.py', 'b\n');
    const r = reads(['a.py', 'b.py']);
    assert.deepEqual(r.takeListed(['a.py', 'c.py']), ['a.py']);
    assert.deepEqual(r.takeListed(['a.py']), []);
    calls.length = 0;
    await r.readListed('a.py', text);
    assert.deepEqual(calls, ['readFile a.py']);
    const other = reads([]);
    other.adoptListed(['a.py'], false);
    assert.equal(other.checksFolders, false);
    calls.length = 0;
    assert.deepEqual(await other.readListed('a.py', text), { value: 'a\n' });
    assert.deepEqual(calls, ['open a.py', 'read a.py', 'close a.py']);
    other.adoptListed(['b.py'], true);
    assert.equal(other.checksFolders, true);
    // A git listing's reader keeps what it saw of its folders.
    const git = reads([], { git: true });
    git.adoptListed([], false);
    assert.equal(git.checksFolders, true);
  });

  it('probes a listed file by lstat, and what a symlink leads to', async () => {
    put('a.py', 'a\n');
    put('big.py', 'x'.repeat(2000));
    mkdirSync(path.join(root, 'folder'));
    symlinkSync('big.py', path.join(root, 'big-link.py'));
    symlinkSync('folder', path.join(root, 'dir-link'));
    writeFileSync(path.join(dir, 'out.py'), 'out\n');
    symlinkSync(path.join(dir, 'out.py'), path.join(root, 'out.py'));
    const listed = ['a.py', 'folder', 'big-link.py', 'dir-link', 'out.py', 'gone.py'];
    const r = reads(listed, { maxBytes: 1000 });
    const probed = async (): Promise<unknown[]> => Promise.all(listed.map((p) => r.probeListed(p)));
    // A link to a file too large to read is still a file (the read says it is too large).
    assert.deepEqual(await probed(), ['file', 'other', 'file', 'other', 'outside-workspace', undefined]);
    // Not listed any more: what its real path is.
    assert.deepEqual(await probed(), ['file', 'other', 'file', 'other', 'outside-workspace', undefined]);
    assert.deepEqual(calls, []);
    // A file not vouched for, below a folder that links out of the root, is outside it.
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'x.py'), 'x\n');
    symlinkSync(path.join(dir, 'elsewhere'), path.join(root, 'sub'));
    assert.equal(await r.probeListed('sub/x.py'), 'outside-workspace');
  });

  it('readFile: a listed file once without realpath, then through it; nothing for a file gone or unreadable', async () => {
    put('a.py', 'abc');
    const r = reads(['a.py', 'gone.py']);
    assert.equal(text((await r.readFile('a.py'))!), 'abc');
    assert.deepEqual(calls, ['open a.py', 'fstat a.py', 'read a.py', 'close a.py']);
    calls.length = 0;
    assert.equal(text((await r.readFile('a.py'))!), 'abc');
    assert.deepEqual(calls, ['readFile a.py']);
    assert.equal(await r.readFile('gone.py'), undefined);
    assert.equal(await reads(['a.py'], { fail: (c) => (c === 'read a.py' ? 'EIO' : undefined) }).readFile('a.py'), undefined);
    // An empty file reads as empty, with no read call; a symlink in its place is followed.
    put('empty.py', '');
    calls.length = 0;
    assert.equal((await reads(['empty.py']).readFile('empty.py'))?.length, 0);
    assert.deepEqual(calls, ['open empty.py', 'fstat empty.py', 'close empty.py']);
    symlinkSync('a.py', path.join(root, 'link.py'));
    assert.equal(text((await reads(['link.py']).readFile('link.py'))!), 'abc');
    // Short reads are read on; a file that shrank since its size was taken ends where it ends.
    assert.equal(text((await reads(['a.py'], { read: { most: 1 } }).readFile('a.py'))!), 'abc');
    assert.equal(text((await reads(['a.py'], { read: { most: 1, end: 2 } }).readFile('a.py'))!), 'ab');
  });
});
