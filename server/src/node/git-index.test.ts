import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readIndex } from './git-index.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' });
}

const text = (names: readonly Uint8Array[] | undefined) => names?.map((n) => Buffer.from(n).toString('utf8')).sort();

describe('git index reader', () => {
  let dir: string;
  /** Tracked files with their mtimes (whole seconds): three before 1,500,000,000, two after. */
  const FILES: Record<string, number> = {
    'a.py': 1_400_000_000,
    'src/models/one.py': 1_400_000_001,
    'src/models/two.py': 1_600_000_000,
    'src/models/twenty.py': 1_400_000_002,
    'src/tools/x.ts': 1_600_000_001,
  };
  const NEWER = ['src/models/two.py', 'src/tools/x.ts'];
  const SINCE = { sec: 1_500_000_000, nsec: 0 };

  const make = (...init: string[]) => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aigov-gitindex-'));
    git(dir, 'init', '-q', ...init);
    for (const [rel, sec] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), `# ${rel}\n`);
      utimesSync(path.join(dir, rel), sec, sec);
    }
    git(dir, 'add', '-A');
  };
  const index = () => readFileSync(path.join(dir, '.git', 'index'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a version 2 index: each entry whose recorded mtime is not before the time asked about', () => {
    make();
    const read = readIndex(index(), 20, SINCE);
    assert.equal(read?.version, 2);
    assert.equal(read?.entries, 5);
    assert.deepEqual(text(read?.notOlder), NEWER);
    // To the nanosecond: an entry recorded at exactly that time counts as not older.
    assert.deepEqual(text(readIndex(index(), 20, { sec: 1_600_000_000, nsec: 0 })?.notOlder), NEWER);
    assert.deepEqual(text(readIndex(index(), 20, { sec: 1_600_000_000, nsec: 1 })?.notOlder), ['src/tools/x.ts']);
    assert.deepEqual(text(readIndex(index(), 20, { sec: 1_700_000_000, nsec: 0 })?.notOlder), []);
    // Older, but in the same second: with what git recorded of the file, to compare to the nanosecond.
    const same = readIndex(index(), 20, { sec: 1_600_000_000, nsec: 1 })?.sameSecond;
    assert.deepEqual(text(same?.map((e) => e.path)), ['src/models/two.py']);
    const st = statSync(path.join(dir, 'src/models/two.py'), { bigint: true });
    assert.deepEqual(same?.[0]?.stat, {
      mtime: { sec: 1_600_000_000, nsec: 0 },
      ctime: { sec: Number(st.ctimeNs / 1_000_000_000n), nsec: Number(st.ctimeNs % 1_000_000_000n) },
      ino: Number(st.ino & 0xffffffffn),
      size: '# src/models/two.py\n'.length,
    });
    assert.deepEqual(readIndex(index(), 20, SINCE)?.sameSecond, []);
  });

  it('reads version 3 (extended flags) and version 4 (paths that share their beginning)', () => {
    make();
    writeFileSync(path.join(dir, 'later.py'), 'x\n');
    utimesSync(path.join(dir, 'later.py'), 1_600_000_002, 1_600_000_002);
    git(dir, 'add', '-N', 'later.py'); // intent to add: an extended flag, so version 3
    // Sorted just before src/models/: the next path drops 202 of its bytes (a two-byte count in version 4).
    const long = `src/${'m'.repeat(200)}.py`;
    writeFileSync(path.join(dir, long), 'y\n');
    utimesSync(path.join(dir, long), 1_600_000_003, 1_600_000_003);
    git(dir, 'add', long);
    const v3 = readIndex(index(), 20, SINCE);
    assert.equal(v3?.version, 3);
    assert.equal(v3?.entries, 7);
    git(dir, 'update-index', '--index-version', '4');
    const v4 = readIndex(index(), 20, SINCE);
    assert.equal(v4?.version, 4);
    assert.equal(v4?.entries, 7);
    // git records no stat data for an entry only meant to be added.
    assert.deepEqual(text(v4?.notOlder), [long, ...NEWER].sort());
    assert.deepEqual(text(v3?.notOlder), text(v4?.notOlder));
  });

  it('reads a SHA-256 repository with 32-byte ids', () => {
    make('--object-format=sha256');
    const read = readIndex(index(), 32, SINCE);
    assert.equal(read?.entries, 5);
    assert.deepEqual(text(read?.notOlder), NEWER);
    assert.equal(readIndex(index(), 20, SINCE), undefined, 'the wrong id length does not read');
  });

  it('reads a path longer than the flags can hold', () => {
    make();
    const long = `${'d/'.repeat(2100)}f.py`; // 4,205 bytes: only NUL-terminated
    const blob = git(dir, 'hash-object', '-w', 'a.py').trim();
    git(dir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${long}`);
    const read = readIndex(index(), 20, SINCE);
    assert.equal(read?.entries, 6);
    assert.deepEqual(text(read?.notOlder), NEWER);
    // The index-only entry has no stat data: recorded at time zero, so not newer than anything.
    assert.deepEqual(text(readIndex(index(), 20, { sec: 0, nsec: 0 })?.notOlder), [...Object.keys(FILES), long].sort());
    // Version 4 builds each path on the one before: here the long one on a shorter one with the
    // same first 200 bytes, and the next on none of it.
    const before = `${'d/'.repeat(100)}a.py`;
    git(dir, 'update-index', '--add', '--cacheinfo', `100644,${blob},${before}`);
    git(dir, 'update-index', '--index-version', '4');
    assert.deepEqual(text(readIndex(index(), 20, { sec: 0, nsec: 0 })?.notOlder), [...Object.keys(FILES), before, long].sort());
  });

  it('does not read what it does not understand: a split index, another version, damage', () => {
    make();
    const good = index();
    assert.ok(readIndex(good, 20, SINCE));
    assert.equal(readIndex(good.subarray(0, good.length - 30), 20, SINCE), undefined, 'truncated');
    const version = Buffer.from(good);
    version.writeUInt32BE(5, 4);
    assert.equal(readIndex(version, 20, SINCE), undefined, 'version 5');
    const signature = Buffer.from(good);
    signature.write('XIRC', 0, 'latin1');
    assert.equal(readIndex(signature, 20, SINCE), undefined, 'not an index');
    const count = Buffer.from(good);
    count.writeUInt32BE(4, 8);
    assert.equal(readIndex(count, 20, SINCE), undefined, 'one entry fewer than there are');
    // An extension a reader must understand (lower-case signature), before the checksum.
    const end = good.length - 20;
    const ext = Buffer.concat([good.subarray(0, end), Buffer.from('abcd\0\0\0\0', 'latin1'), good.subarray(end)]);
    assert.equal(readIndex(ext, 20, SINCE), undefined, 'a mandatory extension');
    const optional = Buffer.concat([good.subarray(0, end), Buffer.from('ABCD\0\0\0\x02xy', 'latin1'), good.subarray(end)]);
    assert.deepEqual(text(readIndex(optional, 20, SINCE)?.notOlder), NEWER, 'an optional one is stepped over');
    git(dir, 'update-index', '--split-index');
    assert.equal(readIndex(index(), 20, SINCE), undefined, 'split index');
    assert.equal(readIndex(Buffer.from('DIRC'), 20, SINCE), undefined);
    assert.equal(readIndex(new Uint8Array(0), 20, SINCE), undefined);
  });
});
