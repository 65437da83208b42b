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

/** One entry of an index built byte by byte. */
interface Entry {
  path: string;
  mtime?: [number, number];
  ctime?: [number, number];
  ino?: number;
  size?: number;
  /** Version 3 and 4: a second flags field (any value), with the flag saying so. */
  extended?: boolean;
  /** The length the flags give the path, when not its own (at most 0xfff). */
  nameLength?: number;
  /** Version 4: the bytes of the count dropped from the previous path, when not git's own. */
  drop?: number[];
  /** Version 2 and 3: no NUL after the path, nor padding. */
  unterminated?: boolean;
}

/** git's offset varint (the count of bytes a version 4 path drops from the one before). */
function varint(n: number): number[] {
  const out = [n & 0x7f];
  for (let v = n >>> 7; v !== 0; v >>>= 7) {
    v -= 1;
    out.unshift(0x80 | (v & 0x7f));
  }
  return out;
}

/** An index file's bytes: header, entries, extensions, and a checksum of `trailer` bytes (never 0). */
function build(version: number, entries: Entry[], options: { hashBytes?: number; extensions?: Buffer[]; count?: number; trailer?: number } = {}): Buffer {
  const hashBytes = options.hashBytes ?? 20;
  const parts: Buffer[] = [];
  const header = Buffer.alloc(12);
  header.write('DIRC', 0, 'latin1');
  header.writeUInt32BE(version, 4);
  header.writeUInt32BE(options.count ?? entries.length, 8);
  parts.push(header);
  let previous = '';
  for (const e of entries) {
    const name = Buffer.from(e.path, 'utf8');
    const fixed = Buffer.alloc(40 + hashBytes + 2 + (e.extended ? 2 : 0), 0);
    const [csec, cnsec] = e.ctime ?? [1_000, 5];
    const [msec, mnsec] = e.mtime ?? [1_000, 7];
    fixed.writeUInt32BE(csec, 0);
    fixed.writeUInt32BE(cnsec, 4);
    fixed.writeUInt32BE(msec, 8);
    fixed.writeUInt32BE(mnsec, 12);
    fixed.writeUInt32BE(e.ino ?? 77, 20);
    fixed.writeUInt32BE(0o100644, 24);
    fixed.writeUInt32BE(e.size ?? 9, 36);
    fixed.fill(0xab, 40, 40 + hashBytes);
    fixed.writeUInt16BE((e.extended ? 0x4000 : 0) | (e.nameLength ?? Math.min(name.length, 0xfff)), 40 + hashBytes);
    if (e.extended) fixed.writeUInt16BE(0x2000, 42 + hashBytes); // intent to add
    parts.push(fixed);
    if (version === 4) {
      let common = 0;
      while (common < previous.length && common < e.path.length && previous[common] === e.path[common]) common++;
      parts.push(Buffer.from(e.drop ?? varint(Buffer.byteLength(previous) - Buffer.byteLength(previous.slice(0, common)))));
      parts.push(Buffer.from(e.path.slice(common), 'utf8'), Buffer.alloc(e.unterminated ? 0 : 1));
      previous = e.path;
    } else {
      parts.push(name);
      if (!e.unterminated) parts.push(Buffer.alloc(8 - ((fixed.length + name.length) % 8)));
    }
  }
  parts.push(...(options.extensions ?? []));
  parts.push(Buffer.alloc(hashBytes, options.trailer ?? 0xee));
  return Buffer.concat(parts);
}

/** An extension: a four-letter signature and its data. */
function extension(signature: string, data: Buffer | string = ''): Buffer {
  const body = Buffer.from(data);
  const head = Buffer.alloc(8);
  head.write(signature, 0, 'latin1');
  head.writeUInt32BE(body.length, 4);
  return Buffer.concat([head, body]);
}

const names = (read: ReturnType<typeof readIndex>) => read?.notOlder.map((n) => Buffer.from(n).toString('utf8'));

describe('git index reader, on bytes built by hand', () => {
  const T = { sec: 1_000, nsec: 6 };
  const ENTRIES: Entry[] = [
    { path: 'a.py', mtime: [1_000, 7] },
    { path: 'src/models/one.py', mtime: [999, 999_999_999] },
    { path: 'src/models/two.py', mtime: [1_000, 5], ctime: [1_000, 3], ino: 1234, size: 42 },
    { path: 'src/tools/x.ts', mtime: [1_001, 0] },
  ];

  it('reads each version the same, from a view that does not start its buffer', () => {
    for (const version of [2, 3, 4]) {
      const entries = ENTRIES.map((e, i) => ({ ...e, extended: version !== 2 && i % 2 === 1 }));
      const bytes = build(version, entries);
      const view = Buffer.concat([Buffer.from('junk!'), bytes]).subarray(5);
      const read = readIndex(view, 20, T);
      assert.equal(read?.version, version);
      assert.equal(read?.entries, 4);
      assert.deepEqual(names(read), ['a.py', 'src/tools/x.ts'], `version ${version}`);
      assert.deepEqual(
        read?.sameSecond.map((e) => [Buffer.from(e.path).toString('utf8'), e.stat]),
        [['src/models/two.py', { ctime: { sec: 1_000, nsec: 3 }, mtime: { sec: 1_000, nsec: 5 }, ino: 1234, size: 42 }]],
        `version ${version}`,
      );
    }
    const sha256 = readIndex(build(4, ENTRIES, { hashBytes: 32 }), 32, T);
    assert.deepEqual(names(sha256), ['a.py', 'src/tools/x.ts']);
  });

  it('reads an index without entries, and no index shorter than its header and checksum', () => {
    assert.deepEqual(readIndex(build(2, []), 20, T), { version: 2, entries: 0, notOlder: [], sameSecond: [] });
    assert.deepEqual(readIndex(build(4, [], { hashBytes: 32 }), 32, T), { version: 4, entries: 0, notOlder: [], sameSecond: [] });
    const empty = build(2, []);
    for (let n = 0; n < empty.length; n++) assert.equal(readIndex(empty.subarray(0, n), 20, T), undefined, `${n} bytes`);
    assert.equal(readIndex(empty, 32, T), undefined, 'a 32-byte checksum leaves no room for the header');
  });

  it('reads no index cut short anywhere, in any version', () => {
    for (const version of [2, 3, 4]) {
      for (const hashBytes of [20, 32]) {
        const entries: Entry[] = [...ENTRIES.map((e, i) => ({ ...e, extended: version !== 2 && i === 1 })), { path: `deep/${'p'.repeat(300)}.py` }, { path: 'z' }];
        const bytes = build(version, entries, { hashBytes });
        assert.equal(readIndex(bytes, hashBytes as 20 | 32, T)?.entries, 6);
        for (let n = 0; n < bytes.length; n++) {
          // What is left after the cut ends in bytes of the checksum, as a whole file would.
          const cut = Buffer.concat([bytes.subarray(0, n - hashBytes < 0 ? n : n - hashBytes), Buffer.alloc(n < hashBytes ? 0 : hashBytes, 0xee)]);
          assert.equal(readIndex(cut, hashBytes as 20 | 32, T), undefined, `version ${version}, ${hashBytes}-byte ids, cut to ${n} bytes`);
          assert.equal(readIndex(bytes.subarray(0, n), hashBytes as 20 | 32, T), undefined, `version ${version}, ${hashBytes}-byte ids, first ${n} bytes`);
        }
      }
    }
  });

  it('does not read extended flags in version 2', () => {
    const v3 = build(3, [{ path: 'a.py', extended: true }, { path: 'b.py' }]);
    assert.deepEqual(names(readIndex(v3, 20, T)), ['a.py', 'b.py']);
    const v2 = Buffer.from(v3);
    v2.writeUInt32BE(2, 4);
    assert.equal(readIndex(v2, 20, T), undefined);
  });

  it('reads a path whose name length the flags give wrong in no version that has one', () => {
    // 'abcdefgh' is 8 bytes; as 7, its NUL is not where the flags say (the padding is the same).
    for (const version of [2, 3]) {
      assert.deepEqual(names(readIndex(build(version, [{ path: 'abcdefgh' }]), 20, T)), ['abcdefgh']);
      assert.equal(readIndex(build(version, [{ path: 'abcdefgh', nameLength: 7 }]), 20, T), undefined);
    }
    // A path of 0xfff bytes or more is only NUL-terminated; one the flags give as 0xfff - 1 must end there.
    const long = 'q'.repeat(0xfff);
    assert.deepEqual(names(readIndex(build(2, [{ path: long }, { path: 'r' }]), 20, T)), [long, 'r']);
    assert.deepEqual(names(readIndex(build(2, [{ path: `${long}q` }, { path: 'r' }]), 20, T)), [`${long}q`, 'r']);
    assert.equal(readIndex(build(2, [{ path: long, nameLength: 0xffe }]), 20, T), undefined);
    // No NUL anywhere after a long path.
    assert.equal(readIndex(build(2, [{ path: long, unterminated: true }]), 20, T), undefined);
  });

  it('version 4: builds each path on the one before, and sees through no count it cannot use', () => {
    const long = `${'d/'.repeat(200)}x.py`; // more than the 256 bytes first set aside
    const entries: Entry[] = [
      { path: 'a.py' },
      { path: 'b/c.py' }, // drops all of 'a.py'
      { path: long, mtime: [1_000, 0], ctime: [999, 1], ino: 5, size: 6 },
      { path: `${long}.bak`, mtime: [1_000, 1] },
      { path: `${'d/'.repeat(200)}y.py` },
    ];
    const read = readIndex(build(4, entries), 20, T);
    assert.deepEqual(names(read), ['a.py', 'b/c.py', `${'d/'.repeat(200)}y.py`]);
    assert.deepEqual(
      read?.sameSecond.map((e) => [Buffer.from(e.path).toString('utf8'), e.stat]),
      [
        [long, { ctime: { sec: 999, nsec: 1 }, mtime: { sec: 1_000, nsec: 0 }, ino: 5, size: 6 }],
        [`${long}.bak`, { ctime: { sec: 1_000, nsec: 5 }, mtime: { sec: 1_000, nsec: 1 }, ino: 77, size: 9 }],
      ],
    );
    // Dropping more than the previous path holds.
    assert.equal(readIndex(build(4, [{ path: 'a.py' }, { path: 'bcdef.py', drop: [5] }]), 20, T), undefined);
    assert.equal(readIndex(build(4, [{ path: 'a.py', drop: [1] }]), 20, T), undefined);
    // Dropping exactly all of it, in a varint of two bytes: 0x80 0x00 is 128.
    const prefix = 'p'.repeat(128);
    assert.deepEqual(names(readIndex(build(4, [{ path: prefix }, { path: 'x', drop: [0x80, 0x00] }]), 20, T)), [prefix, 'x']);
    // A count that does not fit: 0x86 0xfe 0xfe 0x7f is 0xffffff, more than the path before; one more
    // byte would shift it out of 32 bits (0x80 0x00 after 0x86 0xfe 0xfe 0xff would wrap to 128,
    // and 0x8e 0xfe 0xfe 0xff 0x00 to 0).
    assert.equal(readIndex(build(4, [{ path: prefix }, { path: 'q', drop: [0x86, 0xfe, 0xfe, 0x7f] }]), 20, T), undefined);
    assert.equal(readIndex(build(4, [{ path: prefix }, { path: 'x', drop: [0x86, 0xfe, 0xfe, 0xff, 0x80, 0x00] }]), 20, T), undefined);
    assert.equal(readIndex(build(4, [{ path: prefix }, { path: 'x', drop: [0x8e, 0xfe, 0xfe, 0xff, 0x00] }]), 20, T), undefined);
  });

  it('version 4: no NUL after the last path, even where the bytes would read as extensions', () => {
    // With the NUL not found, reading from the top again would see 'DIRC' as an optional extension of
    // 4 bytes, then the entry's ctime 'AAAA' as one whose size (the ctime's nanoseconds) reaches the checksum.
    const bytes = build(4, [{ path: 'abc', unterminated: true, ctime: [0x41414141, 0] }]);
    bytes.writeUInt32BE(bytes.length - 20 - 20, 16);
    assert.equal(readIndex(bytes, 20, T), undefined);
  });

  it('steps over an optional extension, capital letters only, and reads none that does not end at the checksum', () => {
    const entries: Entry[] = [{ path: 'a.py' }];
    const read = (...extensions: Buffer[]) => names(readIndex(build(2, entries, { extensions }), 20, T));
    assert.deepEqual(read(extension('ABCD', 'xy')), ['a.py']);
    assert.deepEqual(read(extension('ZZZZ')), ['a.py'], 'an empty one, ending at the checksum');
    assert.deepEqual(read(extension('TREE', 'abc'), extension('REUC', '12345678')), ['a.py']);
    for (const signature of ['@BCD', '[BCD', 'link', 'sdir', '0000']) assert.equal(read(extension(signature, 'xy')), undefined, signature);
    const over = extension('ABCD', 'xyz');
    over.writeUInt32BE(4, 4);
    assert.equal(read(over), undefined, 'its size beyond the checksum');
    assert.equal(read(extension('ABCD').subarray(0, 7)), undefined, 'too short for its header');
  });
});
